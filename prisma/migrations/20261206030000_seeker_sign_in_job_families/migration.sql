-- AlterTable
ALTER TABLE "registrations" ADD COLUMN     "jobFamilies" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "seekers" ADD COLUMN     "jobFamilies" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "seeker_sign_ins" (
    "id" UUID NOT NULL,
    "seekerId" UUID,
    "codeHash" TEXT NOT NULL,
    "codeExpiresAt" TIMESTAMPTZ(3) NOT NULL,
    "failedAttempts" INTEGER NOT NULL DEFAULT 0,
    "usedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "seeker_sign_ins_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "seeker_sign_ins_seekerId_idx" ON "seeker_sign_ins"("seekerId");

-- AddForeignKey
ALTER TABLE "seeker_sign_ins" ADD CONSTRAINT "seeker_sign_ins_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "seekers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
