import request from "supertest";
import type { App } from "supertest/types.js";

/** Signs in and returns the Cookie header value for later requests. */
export async function signIn(app: App, username: string, password: string): Promise<string> {
  const res = await request(app).post("/api/auth/login").send({ username, password });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
  const raw = ([] as string[]).concat(res.headers["set-cookie"] ?? []);
  const cookie = raw.find((c) => c.startsWith("xz_session="));
  if (!cookie) throw new Error("no session cookie");
  return cookie.split(";")[0]!;
}
