-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'STAFF', 'EMPLOYER', 'SEEKER');

-- CreateEnum
CREATE TYPE "EmployerKind" AS ENUM ('SOE', 'PRIVATE', 'FOREIGN', 'PUBLIC', 'OTHER');

-- CreateEnum
CREATE TYPE "FairStatus" AS ENUM ('DRAFT', 'OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "PositionStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "GenderRequirement" AS ENUM ('ANY', 'MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "PovertyStatus" AS ENUM ('REGISTERED_POOR', 'LIFTED', 'MONITORED', 'NONE');

-- CreateEnum
CREATE TYPE "IntentStatus" AS ENUM ('INTENDED', 'INTERVIEWED', 'OFFERED', 'HIRED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "PlacementStatus" AS ENUM ('ACTIVE', 'STABLE', 'ENDED');

-- CreateEnum
CREATE TYPE "PlacementChannel" AS ENUM ('FAIR', 'LABOUR_COOPERATION', 'SELF', 'OTHER');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "employerId" UUID,
    "seekerId" UUID,
    "displayName" TEXT,
    "disabledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "employers" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "creditCode" TEXT NOT NULL,
    "kind" "EmployerKind" NOT NULL,
    "regionCode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "employers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fairs" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "venue" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "hostRegionCode" TEXT NOT NULL,
    "partnerRegionCode" TEXT,
    "status" "FairStatus" NOT NULL DEFAULT 'DRAFT',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "fairs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fair_employers" (
    "fairId" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "booth" TEXT,
    "joinedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fair_employers_pkey" PRIMARY KEY ("fairId","employerId")
);

-- CreateTable
CREATE TABLE "positions" (
    "id" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "openings" INTEGER NOT NULL,
    "wageMin" INTEGER NOT NULL,
    "wageMax" INTEGER NOT NULL,
    "city" TEXT NOT NULL,
    "foodProvided" BOOLEAN NOT NULL,
    "lodgingProvided" BOOLEAN NOT NULL,
    "ageMin" INTEGER,
    "ageMax" INTEGER,
    "gender" "GenderRequirement" NOT NULL DEFAULT 'ANY',
    "tags" TEXT[],
    "status" "PositionStatus" NOT NULL DEFAULT 'OPEN',
    "closedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "positions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fair_positions" (
    "fairId" UUID NOT NULL,
    "positionId" UUID NOT NULL,
    "linkedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fair_positions_pkey" PRIMARY KEY ("fairId","positionId")
);

-- CreateTable
CREATE TABLE "households" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "township" TEXT NOT NULL,
    "village" TEXT NOT NULL,
    "povertyStatus" "PovertyStatus" NOT NULL,
    "labourCapableMembers" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "households_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "seekers" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "idNumberCipher" BYTEA NOT NULL,
    "idNumberHash" TEXT NOT NULL,
    "idNumberMasked" TEXT NOT NULL,
    "phoneCipher" BYTEA NOT NULL,
    "phoneHash" TEXT NOT NULL,
    "phoneMasked" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birthDate" DATE NOT NULL,
    "householdId" UUID,
    "education" TEXT,
    "skills" TEXT[],
    "preferredCities" TEXT[],
    "expectedWageMin" INTEGER,
    "needsLodging" BOOLEAN NOT NULL DEFAULT false,
    "consentAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "seekers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "check_ins" (
    "id" UUID NOT NULL,
    "fairId" UUID NOT NULL,
    "seekerId" UUID NOT NULL,
    "clientRequestId" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" UUID,

    CONSTRAINT "check_ins_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "intents" (
    "id" UUID NOT NULL,
    "seekerId" UUID NOT NULL,
    "positionId" UUID NOT NULL,
    "fairId" UUID,
    "status" "IntentStatus" NOT NULL DEFAULT 'INTENDED',
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "intents_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "placements" (
    "id" UUID NOT NULL,
    "seekerId" UUID NOT NULL,
    "employerId" UUID NOT NULL,
    "positionId" UUID,
    "startedOn" DATE NOT NULL,
    "monthlyWage" INTEGER NOT NULL,
    "workCity" TEXT NOT NULL,
    "channel" "PlacementChannel" NOT NULL,
    "status" "PlacementStatus" NOT NULL DEFAULT 'ACTIVE',
    "stableOn" DATE,
    "endedOn" DATE,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "placements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follow_ups" (
    "id" UUID NOT NULL,
    "placementId" UUID NOT NULL,
    "checkedOn" DATE NOT NULL,
    "employed" BOOLEAN NOT NULL,
    "monthlyWage" INTEGER,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "follow_ups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_logs" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorUserId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "reason" TEXT,
    "data" JSONB,

    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox_events" (
    "id" BIGSERIAL NOT NULL,
    "topic" TEXT NOT NULL,
    "aggregateId" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "availableAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "claimedBy" TEXT,
    "claimedUntil" TIMESTAMPTZ(3),
    "processedAt" TIMESTAMPTZ(3),

    CONSTRAINT "outbox_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "socket_io_attachments" (
    "id" BIGSERIAL NOT NULL,
    "created_at" TIMESTAMPTZ(6) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "payload" BYTEA NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "users_username_key" ON "users"("username");

-- CreateIndex
CREATE UNIQUE INDEX "users_seekerId_key" ON "users"("seekerId");

-- CreateIndex
CREATE INDEX "users_employerId_idx" ON "users"("employerId");

-- CreateIndex
CREATE INDEX "sessions_userId_idx" ON "sessions"("userId");

-- CreateIndex
CREATE INDEX "sessions_expiresAt_idx" ON "sessions"("expiresAt");

-- CreateIndex
CREATE INDEX "rate_limits_resetAt_idx" ON "rate_limits"("resetAt");

-- CreateIndex
CREATE UNIQUE INDEX "employers_creditCode_key" ON "employers"("creditCode");

-- CreateIndex
CREATE INDEX "fairs_startsAt_idx" ON "fairs"("startsAt");

-- CreateIndex
CREATE INDEX "fair_employers_employerId_idx" ON "fair_employers"("employerId");

-- CreateIndex
CREATE INDEX "positions_employerId_idx" ON "positions"("employerId");

-- CreateIndex
CREATE INDEX "positions_status_idx" ON "positions"("status");

-- CreateIndex
CREATE INDEX "fair_positions_positionId_idx" ON "fair_positions"("positionId");

-- CreateIndex
CREATE UNIQUE INDEX "households_code_key" ON "households"("code");

-- CreateIndex
CREATE INDEX "households_regionCode_township_village_idx" ON "households"("regionCode", "township", "village");

-- CreateIndex
CREATE INDEX "households_povertyStatus_idx" ON "households"("povertyStatus");

-- CreateIndex
CREATE UNIQUE INDEX "seekers_idNumberHash_key" ON "seekers"("idNumberHash");

-- CreateIndex
CREATE INDEX "seekers_phoneHash_idx" ON "seekers"("phoneHash");

-- CreateIndex
CREATE INDEX "seekers_householdId_idx" ON "seekers"("householdId");

-- CreateIndex
CREATE INDEX "check_ins_fairId_at_idx" ON "check_ins"("fairId", "at");

-- CreateIndex
CREATE INDEX "check_ins_seekerId_idx" ON "check_ins"("seekerId");

-- CreateIndex
CREATE UNIQUE INDEX "check_ins_fairId_seekerId_key" ON "check_ins"("fairId", "seekerId");

-- CreateIndex
CREATE UNIQUE INDEX "check_ins_fairId_clientRequestId_key" ON "check_ins"("fairId", "clientRequestId");

-- CreateIndex
CREATE INDEX "intents_fairId_idx" ON "intents"("fairId");

-- CreateIndex
CREATE INDEX "intents_positionId_idx" ON "intents"("positionId");

-- CreateIndex
CREATE UNIQUE INDEX "intents_seekerId_positionId_key" ON "intents"("seekerId", "positionId");

-- CreateIndex
CREATE INDEX "placements_seekerId_idx" ON "placements"("seekerId");

-- CreateIndex
CREATE INDEX "placements_employerId_idx" ON "placements"("employerId");

-- CreateIndex
CREATE INDEX "placements_status_idx" ON "placements"("status");

-- CreateIndex
CREATE INDEX "follow_ups_placementId_checkedOn_idx" ON "follow_ups"("placementId", "checkedOn");

-- CreateIndex
CREATE INDEX "audit_logs_entityType_entityId_idx" ON "audit_logs"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "audit_logs_at_idx" ON "audit_logs"("at");

-- CreateIndex
CREATE INDEX "outbox_events_processedAt_availableAt_idx" ON "outbox_events"("processedAt", "availableAt");

-- CreateIndex
CREATE UNIQUE INDEX "socket_io_attachments_id_key" ON "socket_io_attachments"("id");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "employers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "seekers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fair_employers" ADD CONSTRAINT "fair_employers_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "fairs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fair_employers" ADD CONSTRAINT "fair_employers_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "employers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "positions" ADD CONSTRAINT "positions_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "employers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fair_positions" ADD CONSTRAINT "fair_positions_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "fairs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fair_positions" ADD CONSTRAINT "fair_positions_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "positions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "seekers" ADD CONSTRAINT "seekers_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "households"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "fairs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "seekers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "intents" ADD CONSTRAINT "intents_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "seekers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "intents" ADD CONSTRAINT "intents_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "positions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "intents" ADD CONSTRAINT "intents_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "fairs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placements" ADD CONSTRAINT "placements_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "seekers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placements" ADD CONSTRAINT "placements_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "employers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "placements" ADD CONSTRAINT "placements_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "positions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_placementId_fkey" FOREIGN KEY ("placementId") REFERENCES "placements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

