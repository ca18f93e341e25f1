/** The value of an environment variable a child process of a test or benchmark must be given. */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
}
