// The API process of `pnpm bench checkin` and `pnpm bench api`: tests/support/live-api-process.ts
// plus the benchmarks' baselines, served ahead of the API by the same process and pool size.
// BARE_INSERT=1: POST /bare/fairs/:id/checkins, the same row into the same table (check_ins:
// same keys, indexes and foreign keys) by one raw pg INSERT, with no session, validation,
// idempotency or events. BARE_READS=1: GET /bare/positions/:id and /bare/fairs/:id, one
// primary-key SELECT each, the row sent as JSON (no session, validation, response schema,
// logging or helmet). Over IPC the benchmark asks for CPU time around a burst ({cpu:true}) and,
// with BENCH_PROFILE_DIR, for a V8 CPU profile ({profileStart:true}, {profileSave:file}).
import fs from "node:fs";
import inspector from "node:inspector";
import pg from "pg";
import { LIVE_API_POOL_SIZE, runLiveApiChild } from "../../support/live-api-child.ts";
import { requireEnv } from "../../support/require-env.ts";

const bareReads = process.env.BARE_READS === "1";
const bareInsert = process.env.BARE_INSERT === "1";
const barePool = bareReads || bareInsert ? new pg.Pool({ connectionString: requireEnv("DATABASE_URL"), max: LIVE_API_POOL_SIZE }) : null;

let profiler: inspector.Session | null = null;
process.on("message", (message: { cpu?: boolean; profileStart?: boolean; profileSave?: string }) => {
  if (message.cpu) process.send?.({ cpu: process.cpuUsage() });
  if (message.profileStart) {
    profiler = new inspector.Session();
    profiler.connect();
    profiler.post("Profiler.enable", () => profiler?.post("Profiler.start"));
  }
  if (message.profileSave && profiler) {
    const file = message.profileSave;
    profiler.post("Profiler.stop", (error, result) => {
      if (!error) fs.writeFileSync(file, JSON.stringify(result.profile));
      process.send?.({ profileSaved: file });
    });
  }
});

await runLiveApiChild({
  mountFirst(outer, { json }) {
    if (!barePool) return;
    if (bareReads) {
      for (const table of ["positions", "fairs"]) {
        outer.get(`/bare/${table}/:id`, async (req, res) => {
          const { rows } = await barePool.query(`SELECT * FROM ${table} WHERE id = $1`, [req.params.id]);
          if (rows.length === 0) res.status(404).end();
          else res.json({ row: rows[0] });
        });
      }
    }
    if (bareInsert) {
      outer.post("/bare/fairs/:id/checkins", json(), async (req, res) => {
        const { rows } = await barePool.query(
          `INSERT INTO check_ins (id, "fairId", "seekerId", "clientRequestId", "at") VALUES (gen_random_uuid(), $1, $2, $3, now()) RETURNING id, "at"`,
          [req.params.id, req.body.seekerId, req.body.clientRequestId],
        );
        res.status(201).json({ checkIn: rows[0] });
      });
    }
  },
  onStop: async () => {
    await barePool?.end();
  },
});
