import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type * as schema from "./schema";

/**
 * The database handle every query takes. Both drivers (PGlite, node-postgres) and a
 * transaction object satisfy it, so domain functions run unchanged on each.
 */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
