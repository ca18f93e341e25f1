-- Organised transfers (组织化输出) with their members, and home visits of the early warning.

-- CreateEnum
CREATE TYPE "TransferStatus" AS ENUM ('PLANNED', 'DEPARTED');

-- CreateEnum
CREATE TYPE "TransportMode" AS ENUM ('BUS', 'TRAIN', 'FLIGHT', 'OTHER');

-- CreateEnum
CREATE TYPE "TransferMemberState" AS ENUM ('LISTED', 'BOARDED', 'NO_SHOW', 'ARRIVED', 'EXCEPTION');

-- CreateEnum
CREATE TYPE "TransferExceptionReason" AS ENUM ('NO_SHOW', 'LEFT_EN_ROUTE', 'REFUSED_AT_ARRIVAL', 'OTHER');

-- CreateTable
CREATE TABLE "transfers" (
    "id" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "departsAt" TIMESTAMPTZ(3) NOT NULL,
    "transport" "TransportMode" NOT NULL,
    "destinationRegionCode" TEXT NOT NULL,
    "employerId" UUID,
    "status" "TransferStatus" NOT NULL DEFAULT 'PLANNED',
    "departedAt" TIMESTAMPTZ(3),
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "transfers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transfer_members" (
    "transferId" UUID NOT NULL,
    "seekerId" UUID NOT NULL,
    "state" "TransferMemberState" NOT NULL DEFAULT 'LISTED',
    "boardedAt" TIMESTAMPTZ(3),
    "boardingRequestId" TEXT,
    "arrivedOn" DATE,
    "exceptionReason" "TransferExceptionReason",
    "note" TEXT,
    "listedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "transfer_members_pkey" PRIMARY KEY ("transferId","seekerId")
);

-- CreateTable
CREATE TABLE "household_visits" (
    "id" UUID NOT NULL,
    "householdId" UUID NOT NULL,
    "visitedOn" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "household_visits_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "transfers_organisationId_departsAt_idx" ON "transfers"("organisationId", "departsAt");

-- CreateIndex
CREATE INDEX "transfers_destinationRegionCode_idx" ON "transfers"("destinationRegionCode");

-- CreateIndex
CREATE INDEX "transfer_members_seekerId_idx" ON "transfer_members"("seekerId");

-- CreateIndex
CREATE UNIQUE INDEX "transfer_members_transferId_boardingRequestId_key" ON "transfer_members"("transferId", "boardingRequestId");

-- CreateIndex
CREATE INDEX "household_visits_householdId_visitedOn_idx" ON "household_visits"("householdId", "visitedOn");

-- AddForeignKey
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transfers" ADD CONSTRAINT "transfers_employerId_fkey" FOREIGN KEY ("employerId") REFERENCES "employers"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transfer_members" ADD CONSTRAINT "transfer_members_transferId_fkey" FOREIGN KEY ("transferId") REFERENCES "transfers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "transfer_members" ADD CONSTRAINT "transfer_members_seekerId_fkey" FOREIGN KEY ("seekerId") REFERENCES "seekers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household_visits" ADD CONSTRAINT "household_visits_householdId_fkey" FOREIGN KEY ("householdId") REFERENCES "households"("id") ON DELETE CASCADE ON UPDATE CASCADE;

