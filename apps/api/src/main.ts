// Entry point: `tsx apps/api/src/main.ts [--demo] [--reset]`.
import { readEnv } from "./env.ts";
import { startServer } from "./runtime/start-server.ts";

const args = new Set(process.argv.slice(2));
const env = readEnv();
const demo = env.DEMO || args.has("--demo");

const running = await startServer(env, { demo, reset: args.has("--reset") });
running.logger.info({ url: running.url, startupMs: running.startupMs }, "Xiezuo is ready");
if (demo) {
  process.stdout.write(
    [
      "",
      "  协作 Xiezuo demo is running",
      `  Open ${running.url.replace("127.0.0.1", "localhost")}  (ready in ${(running.startupMs / 1000).toFixed(1)} s)`,
      "  Accounts (password xiezuo-demo):",
      "    admin    人社局管理员 ADMIN",
      "    staff    招聘会工作人员 STAFF",
      "    zhongqi  企业招聘专员 EMPLOYER (中国重汽)",
      "  Stop with Ctrl+C. Start over with: npm run demo -- --reset",
      "",
    ].join("\n"),
  );
}

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    running.logger.info({ signal }, "shutting down");
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
