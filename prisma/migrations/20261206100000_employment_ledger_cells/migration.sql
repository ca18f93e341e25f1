-- Issue 15 (pnpm bench scale): the employment ledger of a whole prefecture counted 900,000
-- workers at every request (1.4 s p95). A county's ledger of a month is now kept as a cell
-- with the snapshot it was counted in. Writers note the counties they change, and a cell is
-- used only while every change noted since is visible in its snapshot. So a cell is never
-- older than what the reader could count itself, and a follow-up shows at the next read.
--
-- Prisma applies a migration statement by statement, split at every semicolon (dollar quotes
-- included): the SQL function is one statement, the PL/pgSQL bodies are E-strings with \073.

-- CreateTable
CREATE TABLE "employment_ledger_cells" (
    "county" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "rows" JSONB NOT NULL,
    "snapshot" pg_snapshot NOT NULL,
    "computedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "employment_ledger_cells_pkey" PRIMARY KEY ("county","month")
);

-- CreateTable
CREATE TABLE "employment_ledger_changes" (
    "id" BIGSERIAL NOT NULL,
    "county" TEXT NOT NULL,
    "xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),

    CONSTRAINT "employment_ledger_changes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "employment_ledger_horizons" (
    "county" TEXT NOT NULL,
    "horizon" xid8 NOT NULL,

    CONSTRAINT "employment_ledger_horizons_pkey" PRIMARY KEY ("county")
);

-- CreateIndex
CREATE INDEX "employment_ledger_changes_county_idx" ON "employment_ledger_changes"("county");

-- Notes each county (first six digits of a home region code) once per statement.
CREATE FUNCTION "employment_ledger_note"(codes TEXT[]) RETURNS VOID LANGUAGE sql AS $$
  INSERT INTO "employment_ledger_changes" ("county")
  SELECT DISTINCT left(code, 6) FROM unnest(codes) AS code WHERE code IS NOT NULL
$$;

-- Seekers count as workers through their household: joining, leaving or moving changes a county.
CREATE FUNCTION "employment_ledger_seekers_inserted"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "employment_ledger_note"(array_agg("homeRegionCode")) FROM new_seekers WHERE "householdId" IS NOT NULL\073
  RETURN NULL\073
END';

CREATE FUNCTION "employment_ledger_seekers_updated"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "employment_ledger_note"(array_agg(c.code))
  FROM (SELECT o."homeRegionCode" AS code FROM old_seekers o JOIN new_seekers n ON n."id" = o."id"
        WHERE (o."homeRegionCode" IS DISTINCT FROM n."homeRegionCode" OR o."householdId" IS DISTINCT FROM n."householdId")
          AND o."householdId" IS NOT NULL
        UNION ALL
        SELECT n."homeRegionCode" FROM old_seekers o JOIN new_seekers n ON n."id" = o."id"
        WHERE (o."homeRegionCode" IS DISTINCT FROM n."homeRegionCode" OR o."householdId" IS DISTINCT FROM n."householdId")
          AND n."householdId" IS NOT NULL) c\073
  RETURN NULL\073
END';

CREATE FUNCTION "employment_ledger_seekers_deleted"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "employment_ledger_note"(array_agg("homeRegionCode")) FROM old_seekers WHERE "householdId" IS NOT NULL\073
  RETURN NULL\073
END';

-- A household that gains or loses labour, or moves township or region, changes its members' counties.
-- Any updated household counts as changed. A first version compared old and new rows by joining
-- the two transition tables: the XLSX import of 100,000 changed households took 31.6 s instead
-- of 3.3 s (pnpm bench import). A needless note costs only a recount of that county at its next read.
CREATE FUNCTION "employment_ledger_households_updated"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "employment_ledger_note"(array_agg(s."homeRegionCode"))
  FROM "seekers" s WHERE s."householdId" IN (SELECT n."id" FROM new_households n)\073
  RETURN NULL\073
END';

-- Placements decide where a worker is counted in a month.
CREATE FUNCTION "employment_ledger_placements_inserted"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "employment_ledger_note"(array_agg(s."homeRegionCode"))
  FROM new_placements p JOIN "seekers" s ON s."id" = p."seekerId"\073
  RETURN NULL\073
END';

CREATE FUNCTION "employment_ledger_placements_updated"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "employment_ledger_note"(array_agg(s."homeRegionCode"))
  FROM old_placements o JOIN new_placements n ON n."id" = o."id" JOIN "seekers" s ON s."id" IN (o."seekerId", n."seekerId")
  WHERE o."seekerId" IS DISTINCT FROM n."seekerId" OR o."startedOn" IS DISTINCT FROM n."startedOn"
     OR o."endedOn" IS DISTINCT FROM n."endedOn" OR o."workRegionCode" IS DISTINCT FROM n."workRegionCode"\073
  RETURN NULL\073
END';

CREATE FUNCTION "employment_ledger_placements_deleted"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "employment_ledger_note"(array_agg(s."homeRegionCode"))
  FROM old_placements p JOIN "seekers" s ON s."id" = p."seekerId"\073
  RETURN NULL\073
END';

CREATE TRIGGER "employment_ledger_seekers_inserted" AFTER INSERT ON "seekers"
  REFERENCING NEW TABLE AS new_seekers FOR EACH STATEMENT EXECUTE FUNCTION "employment_ledger_seekers_inserted"();
CREATE TRIGGER "employment_ledger_seekers_updated" AFTER UPDATE ON "seekers"
  REFERENCING OLD TABLE AS old_seekers NEW TABLE AS new_seekers FOR EACH STATEMENT EXECUTE FUNCTION "employment_ledger_seekers_updated"();
CREATE TRIGGER "employment_ledger_seekers_deleted" AFTER DELETE ON "seekers"
  REFERENCING OLD TABLE AS old_seekers FOR EACH STATEMENT EXECUTE FUNCTION "employment_ledger_seekers_deleted"();
CREATE TRIGGER "employment_ledger_households_updated" AFTER UPDATE ON "households"
  REFERENCING NEW TABLE AS new_households FOR EACH STATEMENT EXECUTE FUNCTION "employment_ledger_households_updated"();
CREATE TRIGGER "employment_ledger_placements_inserted" AFTER INSERT ON "placements"
  REFERENCING NEW TABLE AS new_placements FOR EACH STATEMENT EXECUTE FUNCTION "employment_ledger_placements_inserted"();
CREATE TRIGGER "employment_ledger_placements_updated" AFTER UPDATE ON "placements"
  REFERENCING OLD TABLE AS old_placements NEW TABLE AS new_placements FOR EACH STATEMENT EXECUTE FUNCTION "employment_ledger_placements_updated"();
CREATE TRIGGER "employment_ledger_placements_deleted" AFTER DELETE ON "placements"
  REFERENCING OLD TABLE AS old_placements FOR EACH STATEMENT EXECUTE FUNCTION "employment_ledger_placements_deleted"();
