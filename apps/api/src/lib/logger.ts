// Structured JSON logs. Personal data never goes in: request logs carry the route
// pattern, not the URL, and known sensitive keys are redacted as a second guard.
import pino from "pino";

export type Logger = pino.Logger;

const REDACT = ["password", "idNumber", "phone", "*.password", "*.idNumber", "*.phone", "req.headers.cookie", 'res.headers["set-cookie"]'];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, base: undefined, redact: { paths: REDACT, censor: "[redacted]" } }, destination);
}
