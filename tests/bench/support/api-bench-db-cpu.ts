// CPU time of the bench's PostgreSQL backends (the processes the postmaster listening on the
// database URL's port forked for connections to its database: those that run our statements;
// not the checkpointer, WAL writer or autovacuum, whose work is not per request), from /proc, so
// `pnpm bench api` can say what a request costs on the database beside the API process's own
// CPU: on a machine of 2 cores the two share the same cores with the load generator.
// Null where there is no /proc (not Linux) or the postmaster is not found.
import fs from "node:fs";

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ, 100 on every Linux we run on). */
const TICKS_PER_SECOND = 100;

function statFields(pid: string): string[] | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // After "pid (comm) ": state, ppid, …; utime and stime are fields 14 and 15 of the line.
    return text.slice(text.lastIndexOf(") ") + 2).split(" ");
  } catch {
    return null;
  }
}

function findPostmaster(port: string): string | null {
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const args = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
      const portAt = args.indexOf("-p");
      if (args[0]?.endsWith("/postgres") && portAt > 0 && args[portAt + 1] === port) return pid;
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return null;
}

/** A client backend's title: "postgres: <user> <database> <host>(<port>) <state>". */
function isBackendOf(pid: string, database: string): boolean {
  try {
    const title = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return title.startsWith("postgres: ") && title.split(" ")[2] === database;
  } catch {
    return false;
  }
}

/**
 * A reader of the database's backends' CPU time so far (µs), or null when it cannot be read
 * here. A backend's time is remembered after it exits (a pool closes idle connections while
 * another contender runs): the reader samples every 200 ms and on each call, and sums the last
 * time seen of every backend, so the total never goes back.
 */
export function postgresCpuReader(databaseUrl: string): (() => number) | null {
  if (!fs.existsSync("/proc/self/stat")) return null;
  const url = new URL(databaseUrl);
  const postmaster = findPostmaster(url.port);
  if (!postmaster) return null;
  const database = url.pathname.slice(1);
  const lastSeen = new Map<string, number>();
  const sample = () => {
    for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
      const fields = statFields(pid);
      if (!fields || fields[1] !== postmaster) continue;
      // pid and start time (field 22) name one process even if the pid is reused later; once a
      // backend of ours, it stays one until it exits (its title changes with its state only).
      const key = `${pid}@${fields[19]}`;
      if (!lastSeen.has(key) && !isBackendOf(pid, database)) continue;
      lastSeen.set(key, Number(fields[11]) + Number(fields[12]));
    }
  };
  setInterval(sample, 200).unref();
  return () => {
    sample();
    let ticks = 0;
    for (const t of lastSeen.values()) ticks += t;
    return (ticks * 1_000_000) / TICKS_PER_SECOND;
  };
}
