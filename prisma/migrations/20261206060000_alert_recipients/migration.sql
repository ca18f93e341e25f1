-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "NotificationKind" ADD VALUE 'DROPOUT_ALERT';
ALTER TYPE "NotificationKind" ADD VALUE 'EMPLOYER_REMINDER';

-- AlterTable
ALTER TABLE "employers" ADD COLUMN     "contactPhoneCipher" BYTEA,
ADD COLUMN     "contactPhoneMasked" TEXT;

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "employerId" UUID,
ADD COLUMN     "organisationId" UUID;

-- AlterTable
ALTER TABLE "organisations" ADD COLUMN     "alertPhoneCipher" BYTEA,
ADD COLUMN     "alertPhoneMasked" TEXT;

-- CreateTable
CREATE TABLE "employer_reminder_runs" (
    "month" TEXT NOT NULL,
    "queued" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "employer_reminder_runs_pkey" PRIMARY KEY ("month")
);

