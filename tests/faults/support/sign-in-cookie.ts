/** Signs in over HTTP and returns the Cookie header value (the session lives in PostgreSQL: any process accepts it). */
export async function signInCookie(baseUrl: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in as ${username} answered ${res.status}`);
  const cookie = res.headers.getSetCookie().find((line) => line.startsWith("xz_session="));
  if (!cookie) throw new Error("no session cookie");
  return cookie.split(";")[0]!;
}
