-- CreateEnum
CREATE TYPE "SubsidyKind" AS ENUM ('TRANSPORT', 'EMPLOYER_RETENTION');

-- CreateEnum
CREATE TYPE "SubsidyRosterStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'APPROVED');

-- CreateTable
CREATE TABLE "subsidy_rules" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SubsidyKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "minMonths" INTEGER NOT NULL,
    "povertyStatuses" "PovertyStatus"[],
    "amounts" JSONB NOT NULL,
    "excludeOrganisedTransfer" BOOLEAN NOT NULL DEFAULT false,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "subsidy_rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subsidy_rosters" (
    "id" UUID NOT NULL,
    "ruleId" UUID NOT NULL,
    "asOf" DATE NOT NULL,
    "status" "SubsidyRosterStatus" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMPTZ(3),
    "approvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "subsidy_rosters_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "subsidy_entries" (
    "id" UUID NOT NULL,
    "rosterId" UUID NOT NULL,
    "ruleId" UUID NOT NULL,
    "seekerId" UUID,
    "employerId" UUID,
    "amount" INTEGER NOT NULL,
    "placementIds" UUID[],
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawReason" TEXT,
    "paidAt" TIMESTAMPTZ(3),
    "paymentReference" TEXT,
    "paidOn" DATE,

    CONSTRAINT "subsidy_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "subsidy_rules_organisationId_idx" ON "subsidy_rules"("organisationId");

-- CreateIndex
CREATE INDEX "subsidy_rosters_ruleId_idx" ON "subsidy_rosters"("ruleId");

-- CreateIndex
CREATE INDEX "subsidy_entries_rosterId_idx" ON "subsidy_entries"("rosterId");

-- CreateIndex
CREATE INDEX "subsidy_entries_ruleId_seekerId_idx" ON "subsidy_entries"("ruleId", "seekerId");

-- CreateIndex
CREATE INDEX "subsidy_entries_ruleId_employerId_idx" ON "subsidy_entries"("ruleId", "employerId");

-- AddForeignKey
ALTER TABLE "subsidy_rules" ADD CONSTRAINT "subsidy_rules_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_rosters" ADD CONSTRAINT "subsidy_rosters_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "subsidy_rules"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "subsidy_entries" ADD CONSTRAINT "subsidy_entries_rosterId_fkey" FOREIGN KEY ("rosterId") REFERENCES "subsidy_rosters"("id") ON DELETE CASCADE ON UPDATE CASCADE;

