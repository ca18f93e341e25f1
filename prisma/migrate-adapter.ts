// Driver adapter for the Prisma CLI's WebAssembly schema engine (prisma.config.ts only).
// The stock PrismaPg factory has two shadow-database bugs and cannot map Postgres
// "char" columns that introspection returns; this subclass works around all three.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

type Adapter = Awaited<ReturnType<PrismaPg["connect"]>>;
type FieldsResult = { fields: { dataTypeID: number }[] };

/** Report "char" columns as text so the adapter can map them. */
function readCharAsText(adapter: Adapter): Adapter {
  const target = adapter as unknown as { performIO: (q: unknown) => Promise<FieldsResult> };
  const original = target.performIO.bind(adapter);
  target.performIO = async (query) => {
    const result = await original(query);
    for (const field of result.fields) if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    return result;
  };
  return adapter;
}

/**
 * The engine replays each migration into the shadow database as one executeRaw call
 * without parameters; pg's extended protocol rejects several statements at once, so
 * such calls go through the simple query protocol.
 */
function runScriptsAsSimpleQueries(adapter: Adapter): Adapter {
  const pool = adapter.underlyingDriver() as pg.Pool;
  const original = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    if (query.args.length > 0) return original(query);
    const result = (await pool.query(query.sql)) as pg.QueryResult | pg.QueryResult[];
    return Array.isArray(result) ? 0 : (result.rowCount ?? 0);
  };
  return adapter;
}

export class MigratePg extends PrismaPg {
  constructor(private readonly url: string) {
    super({ connectionString: url, allowExitOnIdle: true });
  }

  override async connect() {
    return readCharAsText(await super.connect());
  }

  override async connectToShadowDb() {
    const admin = new pg.Client({ connectionString: this.url });
    await admin.connect();
    const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    const shadowUrl = new URL(this.url);
    shadowUrl.pathname = `/${database}`;
    const shadow = new PrismaPg({ connectionString: shadowUrl.toString(), allowExitOnIdle: true });
    const adapter = runScriptsAsSimpleQueries(readCharAsText(await shadow.connect()));
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    };
    return adapter;
  }
}
