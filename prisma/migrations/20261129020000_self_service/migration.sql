-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('VERIFICATION_CODE', 'INTENT_STATUS', 'FOLLOWUP_REMINDER');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "registrations" (
    "id" UUID NOT NULL,
    "fairId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "idNumberCipher" BYTEA NOT NULL,
    "idNumberHash" TEXT NOT NULL,
    "idNumberMasked" TEXT NOT NULL,
    "phoneCipher" BYTEA NOT NULL,
    "phoneHash" TEXT NOT NULL,
    "phoneMasked" TEXT NOT NULL,
    "householdCode" TEXT,
    "preferredCities" TEXT[],
    "expectedWageMin" INTEGER,
    "consentAt" TIMESTAMPTZ(3) NOT NULL,
    "codeHash" TEXT NOT NULL,
    "codeExpiresAt" TIMESTAMPTZ(3) NOT NULL,
    "failedAttempts" INTEGER NOT NULL DEFAULT 0,
    "confirmedAt" TIMESTAMPTZ(3),
    "seekerId" UUID,
    "reviewNote" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "registrations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "channel" TEXT NOT NULL DEFAULT 'SMS',
    "seekerId" UUID,
    "registrationId" UUID,
    "phoneMasked" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "NotificationStatus" NOT NULL DEFAULT 'PENDING',
    "provider" TEXT,
    "providerMessageId" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "registrations_fairId_confirmedAt_idx" ON "registrations"("fairId", "confirmedAt");

-- CreateIndex
CREATE INDEX "registrations_seekerId_idx" ON "registrations"("seekerId");

-- CreateIndex
CREATE INDEX "registrations_idNumberHash_idx" ON "registrations"("idNumberHash");

-- CreateIndex
CREATE INDEX "notifications_createdAt_idx" ON "notifications"("createdAt");

-- CreateIndex
CREATE INDEX "notifications_seekerId_idx" ON "notifications"("seekerId");

-- AddForeignKey
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "fairs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "seekers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

