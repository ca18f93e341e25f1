-- Issue 15 (pnpm bench scale): what the pages of a bureau need at 1,000,000 seekers.
--
-- 1. Every household carries how many placements of its members are working now (ACTIVE or
--    STABLE) and how many are STABLE, kept in step by statement-level triggers on placements
--    (insert, update, delete) and on seekers (a member moving between households), in the
--    writing transaction: coverage, the zero-employment list and dropout alerts read the
--    household row instead of joining a million seekers to their placements. The placements
--    trigger takes the seeker row FOR SHARE, so a concurrent move of that seeker to another
--    household waits for it (and then moves the new placement too).
-- 2. Indexes: dropout alerts read ENDED placements by end date, the employment ledger finds the
--    workers of a region and their households in one index, the zero-employment page walks the
--    households of a region in page order, and a placement finds the household of its seeker
--    (dropout alerts) without reading the wide seeker row.

-- AlterTable
ALTER TABLE "households" ADD COLUMN     "stablePlacements" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "workingPlacements" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "households_regionCode_township_village_code_idx" ON "households"("regionCode", "township", "village", "code");

-- CreateIndex
CREATE INDEX "placements_endedOn_idx" ON "placements"("endedOn");

-- CreateIndex
CREATE INDEX "seekers_homeRegionCode_householdId_id_idx" ON "seekers"("homeRegionCode", "householdId", "id");

-- CreateIndex
CREATE INDEX "seekers_id_householdId_idx" ON "seekers"("id", "householdId");

-- The counters of the rows already there.
UPDATE "households" h
SET "workingPlacements" = c.working, "stablePlacements" = c.stable
FROM (
  SELECT s."householdId" AS id,
         count(*) FILTER (WHERE p."status" IN ('ACTIVE', 'STABLE'))::int AS working,
         count(*) FILTER (WHERE p."status" = 'STABLE')::int AS stable
  FROM "placements" p JOIN "seekers" s ON s."id" = p."seekerId"
  WHERE s."householdId" IS NOT NULL
  GROUP BY s."householdId"
) c
WHERE h."id" = c.id;

-- Prisma applies a migration statement by statement, split at every semicolon (dollar quotes
-- included), so the functions below are written without one: the SQL functions are single
-- statements, and the PL/pgSQL bodies are E-strings with \073 for each semicolon.

-- Adds the working/STABLE placements of seekers (one entry per changed placement side, +1 or -1)
-- to their households. Seekers are locked FOR SHARE in id order: a concurrent move of one of
-- them to another household waits until this transaction ends.
CREATE FUNCTION "households_add_placements"(seeker_ids UUID[], working INTEGER[], stable INTEGER[]) RETURNS VOID LANGUAGE sql AS $$
  WITH per_seeker AS (
    SELECT c.seeker_id, sum(c.working)::int AS working, sum(c.stable)::int AS stable
    FROM unnest(seeker_ids, working, stable) AS c(seeker_id, working, stable)
    GROUP BY c.seeker_id HAVING sum(c.working) <> 0 OR sum(c.stable) <> 0
  ),
  members AS (
    SELECT s."id", s."householdId" FROM "seekers" s
    WHERE s."id" IN (SELECT seeker_id FROM per_seeker) AND s."householdId" IS NOT NULL
    ORDER BY s."id"
    FOR SHARE
  ),
  delta AS (
    SELECT m."householdId" AS id, sum(d.working)::int AS working, sum(d.stable)::int AS stable
    FROM per_seeker d JOIN members m ON m."id" = d.seeker_id
    GROUP BY m."householdId"
  )
  UPDATE "households" h
  SET "workingPlacements" = h."workingPlacements" + delta.working, "stablePlacements" = h."stablePlacements" + delta.stable
  FROM delta WHERE h."id" = delta.id
$$;

-- Moves the working/STABLE placements of seekers that changed household (from, to: null for none).
CREATE FUNCTION "households_move_members"(seeker_ids UUID[], from_ids UUID[], to_ids UUID[]) RETURNS VOID LANGUAGE sql AS $$
  WITH moved AS (
    SELECT * FROM unnest(seeker_ids, from_ids, to_ids) AS m(seeker_id, from_id, to_id)
    WHERE m.from_id IS DISTINCT FROM m.to_id
  ),
  counts AS (
    SELECT m.from_id, m.to_id,
           count(*) FILTER (WHERE p."status" IN ('ACTIVE', 'STABLE'))::int AS working,
           count(*) FILTER (WHERE p."status" = 'STABLE')::int AS stable
    FROM moved m JOIN "placements" p ON p."seekerId" = m.seeker_id
    GROUP BY m.seeker_id, m.from_id, m.to_id
  ),
  delta AS (
    SELECT x.id, sum(x.working)::int AS working, sum(x.stable)::int AS stable
    FROM (SELECT from_id AS id, -working AS working, -stable AS stable FROM counts WHERE from_id IS NOT NULL
          UNION ALL
          SELECT to_id, working, stable FROM counts WHERE to_id IS NOT NULL) x
    GROUP BY x.id HAVING sum(x.working) <> 0 OR sum(x.stable) <> 0
  )
  UPDATE "households" h
  SET "workingPlacements" = h."workingPlacements" + delta.working, "stablePlacements" = h."stablePlacements" + delta.stable
  FROM delta WHERE h."id" = delta.id
$$;

CREATE FUNCTION "placements_count_inserted"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "households_add_placements"(array_agg("seekerId"), array_agg(("status" IN (''ACTIVE'', ''STABLE''))::int),
                                      array_agg(("status" = ''STABLE'')::int))
  FROM new_placements\073
  RETURN NULL\073
END';

CREATE FUNCTION "placements_count_updated"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "households_add_placements"(array_agg(c."seekerId"), array_agg(c.working), array_agg(c.stable))
  FROM (SELECT "seekerId", ("status" IN (''ACTIVE'', ''STABLE''))::int AS working, ("status" = ''STABLE'')::int AS stable
        FROM new_placements
        UNION ALL
        SELECT "seekerId", -("status" IN (''ACTIVE'', ''STABLE''))::int, -("status" = ''STABLE'')::int
        FROM old_placements) c\073
  RETURN NULL\073
END';

CREATE FUNCTION "placements_count_deleted"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "households_add_placements"(array_agg("seekerId"), array_agg(-("status" IN (''ACTIVE'', ''STABLE''))::int),
                                      array_agg(-("status" = ''STABLE'')::int))
  FROM old_placements\073
  RETURN NULL\073
END';

CREATE FUNCTION "seekers_move_placement_counts"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM "households_move_members"(array_agg(n."id"), array_agg(o."householdId"), array_agg(n."householdId"))
  FROM new_seekers n JOIN old_seekers o ON o."id" = n."id"
  WHERE o."householdId" IS DISTINCT FROM n."householdId"\073
  RETURN NULL\073
END';

CREATE TRIGGER "placements_count_inserted" AFTER INSERT ON "placements"
  REFERENCING NEW TABLE AS new_placements FOR EACH STATEMENT EXECUTE FUNCTION "placements_count_inserted"();
CREATE TRIGGER "placements_count_updated" AFTER UPDATE ON "placements"
  REFERENCING OLD TABLE AS old_placements NEW TABLE AS new_placements FOR EACH STATEMENT EXECUTE FUNCTION "placements_count_updated"();
CREATE TRIGGER "placements_count_deleted" AFTER DELETE ON "placements"
  REFERENCING OLD TABLE AS old_placements FOR EACH STATEMENT EXECUTE FUNCTION "placements_count_deleted"();

-- A seeker moving between households (or joining or leaving one) takes its placements along.
CREATE TRIGGER "seekers_move_placement_counts" AFTER UPDATE ON "seekers"
  REFERENCING OLD TABLE AS old_seekers NEW TABLE AS new_seekers FOR EACH STATEMENT EXECUTE FUNCTION "seekers_move_placement_counts"();
