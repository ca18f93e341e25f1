-- Check-ins waiting for their live announcement (see the model's comment): a host lost
-- between a check-in and its broadcast no longer means dashboards never hear of it.
-- CreateTable
CREATE TABLE "check_in_announcements" (
    "checkInId" UUID NOT NULL,
    "fairId" UUID NOT NULL,
    "dueAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "check_in_announcements_pkey" PRIMARY KEY ("checkInId")
);

-- CreateIndex
CREATE INDEX "check_in_announcements_dueAt_idx" ON "check_in_announcements"("dueAt");
