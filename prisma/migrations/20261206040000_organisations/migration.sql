-- Organisations (labour bureaus) and the jurisdiction columns. Existing data moves
-- without loss: users stay platform-wide (organisationId null), fairs stay
-- platform-operated (hostOrganisationId null), seekers get the home region they
-- already had (the household's, else the first six digits of the ID number, which
-- the masked form keeps), placements the region of their employer.

-- CreateTable
CREATE TABLE "organisations" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "regionCode" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "organisations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fair_partners" (
    "fairId" UUID NOT NULL,
    "organisationId" UUID NOT NULL,
    "addedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fair_partners_pkey" PRIMARY KEY ("fairId","organisationId")
);

-- AlterTable
ALTER TABLE "fairs" ADD COLUMN     "hostOrganisationId" UUID;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "organisationId" UUID;

-- AlterTable: placements get the employer's region
ALTER TABLE "placements" ADD COLUMN     "workRegionCode" TEXT;
UPDATE "placements" p SET "workRegionCode" = e."regionCode" FROM "employers" e WHERE e."id" = p."employerId";
ALTER TABLE "placements" ALTER COLUMN "workRegionCode" SET NOT NULL;

-- AlterTable: seekers get the household's region, else the ID number's first six digits
ALTER TABLE "seekers" ADD COLUMN     "homeRegionCode" TEXT;
UPDATE "seekers" s SET "homeRegionCode" = COALESCE(
    (SELECT h."regionCode" FROM "households" h WHERE h."id" = s."householdId"),
    left(s."idNumberMasked", 6));
ALTER TABLE "seekers" ALTER COLUMN "homeRegionCode" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "organisations_name_key" ON "organisations"("name");

-- CreateIndex
CREATE INDEX "fair_partners_organisationId_idx" ON "fair_partners"("organisationId");

-- CreateIndex
CREATE INDEX "fairs_hostOrganisationId_idx" ON "fairs"("hostOrganisationId");

-- CreateIndex
CREATE INDEX "households_regionCode_idx" ON "households"("regionCode");

-- CreateIndex
CREATE INDEX "placements_workRegionCode_idx" ON "placements"("workRegionCode");

-- CreateIndex
CREATE INDEX "seekers_homeRegionCode_idx" ON "seekers"("homeRegionCode");

-- CreateIndex
CREATE INDEX "users_organisationId_idx" ON "users"("organisationId");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fair_partners" ADD CONSTRAINT "fair_partners_fairId_fkey" FOREIGN KEY ("fairId") REFERENCES "fairs"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fair_partners" ADD CONSTRAINT "fair_partners_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fairs" ADD CONSTRAINT "fairs_hostOrganisationId_fkey" FOREIGN KEY ("hostOrganisationId") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
