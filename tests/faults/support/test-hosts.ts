// Several hosts on one machine: a Linux network namespace per host, each joined by a veth
// pair to a bridge in the root namespace, which is the clients' side (the test process,
// its desks and dashboards). Built with iproute2 as root; a machine that cannot build them
// fails the test with the reason, it never skips.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ensureIproute2 } from "./ensure-debian-package.ts";

const PREFIX = "xzf";
const SUBNET = "10.231.77";
export const HOSTS_SUBNET = `${SUBNET}.0/24`;
const BRIDGE = `${PREFIX}-br0`;
const CLIENT_ADDRESS = `${SUBNET}.1`;

export interface TestHost {
  readonly name: string;
  readonly namespace: string;
  readonly address: string;
}

function ip(args: string[]): string {
  return execFileSync("ip", args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function quietly(work: () => unknown): void {
  try {
    work();
  } catch {
    // already gone
  }
}

/** Throws, with what to do, when this machine cannot build network namespaces. */
export function assertCanBuildHosts(): void {
  if (process.getuid?.() !== 0) {
    throw new Error(
      "The multi-host fault test builds hosts with Linux network namespaces (ip netns, veth) and needs root. " +
        "Run `npm run test:faults` as root (CI does); it fails rather than skips.",
    );
  }
  ensureIproute2();
}

const namespaceOf = (name: string) => `${PREFIX}-${name}`;

/** Kills what still runs in our namespaces, then removes them, their /etc/netns files and the bridge. */
export function removeHosts(names: readonly string[]): void {
  for (const name of names) {
    const namespace = namespaceOf(name);
    quietly(() => {
      for (const pid of ip(["netns", "pids", namespace]).split("\n").filter(Boolean)) quietly(() => process.kill(Number(pid), "SIGKILL"));
    });
    quietly(() => ip(["netns", "del", namespace]));
    fs.rmSync(path.join("/etc/netns", namespace), { recursive: true, force: true });
  }
  quietly(() => ip(["link", "del", BRIDGE]));
}

/** Builds the hosts (10.231.77.10, .11, … in the order given); the clients' address is 10.231.77.1. */
export function buildHosts<Name extends string>(names: readonly Name[]): { hosts: Record<Name, TestHost>; clientAddress: string } {
  try {
    return buildHostsOrThrow(names);
  } catch (error) {
    removeHosts(names);
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(
      `Could not build the test hosts with ip netns and veth (${stderr || (error as Error).message}). ` +
        "The multi-host fault test needs root with the network-admin capability; it fails rather than skips.",
    );
  }
}

function buildHostsOrThrow<Name extends string>(names: readonly Name[]): { hosts: Record<Name, TestHost>; clientAddress: string } {
  removeHosts(names);
  ip(["link", "add", BRIDGE, "type", "bridge"]);
  ip(["addr", "add", `${CLIENT_ADDRESS}/24`, "dev", BRIDGE]);
  ip(["link", "set", BRIDGE, "up"]);
  const hosts = {} as Record<Name, TestHost>;
  names.forEach((name, i) => {
    const namespace = namespaceOf(name);
    const address = `${SUBNET}.${10 + i}`;
    const [outside, inside] = [`${PREFIX}${i}h`, `${PREFIX}${i}n`];
    ip(["netns", "add", namespace]);
    ip(["link", "add", outside, "type", "veth", "peer", "name", inside, "netns", namespace]);
    ip(["link", "set", outside, "master", BRIDGE, "up"]);
    ip(["-n", namespace, "addr", "add", `${address}/24`, "dev", inside]);
    ip(["-n", namespace, "link", "set", inside, "up"]);
    ip(["-n", namespace, "link", "set", "lo", "up"]);
    hosts[name] = { name, namespace, address };
  });
  return { hosts, clientAddress: CLIENT_ADDRESS };
}

/** The host's own /etc/hosts (ip netns exec mounts /etc/netns/<namespace>/hosts over it). */
export function writeHostsFile(host: TestHost, entries: readonly { address: string; name: string }[]): void {
  const dir = path.join("/etc/netns", host.namespace);
  fs.mkdirSync(dir, { recursive: true });
  const lines = ["127.0.0.1 localhost", ...entries.map((e) => `${e.address} ${e.name}`)];
  fs.writeFileSync(path.join(dir, "hosts"), `${lines.join("\n")}\n`);
}

/** A program running on the host: `ip netns exec` execs it, so the child's PID is the program's own. */
export function spawnOnHost(
  host: TestHost,
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): ChildProcess {
  return spawn("ip", ["netns", "exec", host.namespace, command, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
}
