-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "import_progress" (
    "id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'RUNNING',
    "processedRows" INTEGER NOT NULL DEFAULT 0,
    "totalRows" INTEGER,
    "actorUserId" UUID,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_progress_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_progress_startedAt_idx" ON "import_progress"("startedAt");

