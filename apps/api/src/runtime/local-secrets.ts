// Secrets the platform makes for itself when it runs its own services (demo, dev):
// kept in DATA_DIR with owner-only permissions, so a restart can read its own data.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { generateMasterKey } from "../lib/field-crypto.ts";

export interface LocalSecrets {
  dataEncryptionKey: string;
  meiliMasterKey: string;
}

export function loadOrCreateLocalSecrets(dataDir: string): LocalSecrets {
  const file = path.join(dataDir, "secrets.json");
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as LocalSecrets;
  const secrets: LocalSecrets = {
    dataEncryptionKey: generateMasterKey(),
    meiliMasterKey: crypto.randomBytes(24).toString("base64url"),
  };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
