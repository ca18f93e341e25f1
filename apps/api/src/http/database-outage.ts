// Tells a lost database connection apart from a bug, so a client hears "503, try again"
// during a PostgreSQL restart or failover instead of a 500. The error may come from raw pg
// (sqlPool), from Prisma's pg adapter, or wrap either in `cause`.

/** Node socket errors and PostgreSQL SQLSTATEs of class 08 (connection) and 57P0x (shutdown). */
const CONNECTION_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
]);
const CONNECTION_MESSAGES = [/Connection terminated/i, /connect ECONNREFUSED/i, /Client has encountered a connection error/i];

export function isDatabaseOutage(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === "object" && current !== null && !seen.has(current) && seen.size < 8) {
    seen.add(current);
    const { code, message, cause, originalCode } = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      originalCode?: unknown;
    };
    if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
    if (typeof originalCode === "string" && CONNECTION_CODES.has(originalCode)) return true;
    if (typeof message === "string" && CONNECTION_MESSAGES.some((re) => re.test(message))) return true;
    current = cause;
  }
  return false;
}
