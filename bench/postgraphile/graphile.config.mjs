// PostGraphile v5 on NewsGraph's database, as a production deployment runs it: Amber preset, no
// GraphiQL, no watch mode, no explain, a pool as large as NewsGraph's. bench/compare starts it with
// DATABASE_URL and PORT; functions.sql adds the root fields NewsGraph's queries need.
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";
import { PgSimplifyInflectionPreset } from "@graphile/simplify-inflection";

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["public", "pgl_bench"],
      poolConfig: { max: Number(process.env.PG_POOL_MAX ?? 20) }, // Agroal's default in NewsGraph
      pubsub: false,
    }),
  ],
  schema: {
    pgOrderByNullsLast: true, // PUBLISHED_AT_DESC as NewsGraph orders and indexes it: nulls last
  },
  grafserv: {
    port: Number(process.env.PORT ?? 5678),
    host: "127.0.0.1",
    graphqlPath: "/graphql",
    graphiql: false,
    watch: false,
  },
  grafast: { explain: false },
};
export default preset;
