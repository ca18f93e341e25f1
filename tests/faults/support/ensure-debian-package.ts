// Debian packages the multi-host fault test runs (nginx, iproute2): installed with apt when
// missing (as root), without letting a package start a system-wide service of its own.
import { execFileSync } from "node:child_process";
import fs from "node:fs";

const POLICY = "/usr/sbin/policy-rc.d";

function apt(args: string[]): void {
  execFileSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

/** The program's path, after `apt-get install <debianPackage>` if it was missing. */
export function ensureDebianPackage(program: string, debianPackage: string): string {
  if (fs.existsSync(program)) return program;
  if (process.getuid?.() !== 0) throw new Error(`${program} is missing and only root can install it: apt-get install ${debianPackage}`);
  // Debian starts a service when its package is installed unless policy-rc.d says no.
  const ownPolicy = !fs.existsSync(POLICY);
  if (ownPolicy) fs.writeFileSync(POLICY, "#!/bin/sh\nexit 101\n", { mode: 0o755 });
  try {
    const install = ["install", "-y", "-qq", "--no-install-recommends", debianPackage];
    try {
      apt(install);
    } catch {
      apt(["update", "-qq"]);
      apt(install);
    }
  } finally {
    if (ownPolicy) fs.rmSync(POLICY, { force: true });
  }
  if (!fs.existsSync(program)) throw new Error(`apt-get install ${debianPackage} did not provide ${program}`);
  return program;
}

export const ensureNginx = () => ensureDebianPackage("/usr/sbin/nginx", "nginx");
export const ensureIproute2 = () => ensureDebianPackage("/bin/ip", "iproute2");
