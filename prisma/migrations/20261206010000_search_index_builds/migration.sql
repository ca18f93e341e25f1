-- CreateTable
CREATE TABLE "search_index_builds" (
    "indexUid" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "liveIncomplete" BOOLEAN NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "search_index_builds_pkey" PRIMARY KEY ("indexUid")
);
