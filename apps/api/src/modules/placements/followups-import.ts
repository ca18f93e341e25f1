// POST /api/followups/import, wired once for app.ts: its repository, its service on the
// placements service (every row is recorded through addFollowUp), its route.
import type { RouteRegistry } from "../../http/route.ts";
import type { FieldCrypto } from "../../lib/field-crypto.ts";
import type { Db } from "../../lib/prisma.ts";
import { createFollowUpImportRepository } from "./followups-import.repository.ts";
import { createFollowUpImportRoutes } from "./followups-import.routes.ts";
import { createFollowUpImportService } from "./followups-import.service.ts";
import type { PlacementsService } from "./placements.service.ts";

export function createFollowUpImport(registry: RouteRegistry, deps: { db: Db; placements: PlacementsService; fieldCrypto: FieldCrypto }) {
  const imports = createFollowUpImportRepository(deps.db);
  return createFollowUpImportRoutes(
    registry,
    createFollowUpImportService({ imports, placements: deps.placements, fieldCrypto: deps.fieldCrypto }),
  );
}
