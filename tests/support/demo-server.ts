// The platform as the demo runs it (demo data, built web app, same origin), on a
// free loopback port, against a fresh test database.
import http from "node:http";
import path from "node:path";
import { PROJECT_ROOT } from "../../apps/api/src/env.ts";
import { hashPassword } from "../../apps/api/src/lib/password.ts";
import { sealIdentity } from "../../apps/api/src/lib/personal-data.ts";
import { createTestApp } from "../../apps/api/src/testing/test-app.ts";
import { seedDemo } from "../../prisma/seed/seed-demo.ts";

export async function startDemoServer() {
  const t = await createTestApp({ webDistDir: path.join(PROJECT_ROOT, "apps/web/dist") });
  const seeded = await seedDemo(t.db, { sealIdentity: (input) => sealIdentity(t.fieldCrypto, input), hashPassword });
  const server = http.createServer(t.app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    ...t,
    ...seeded,
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await t.close();
    },
  };
}
