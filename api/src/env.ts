import { availableParallelism } from "node:os";
import * as z from "zod";
import { parseAddressRange } from "./lib/client-address.ts";
import { LOG_FORMATS, LOG_LEVELS, type LogFormat } from "./lib/observability/logger.ts";

/** Addresses or ranges separated by commas ("10.0.0.0/8,2001:db8::1"), each checked. */
const addressList = (name: string, fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value) =>
      value
        .split(",")
        .map((entry) => entry.trim())
        .filter((entry) => entry !== ""),
    )
    .refine(
      (entries) => entries.every((entry) => parseAddressRange(entry) !== null),
      `${name} must be IP addresses or ranges (like 10.0.0.0/8) separated by commas`,
    );

/** The environment, parsed once. Nothing else reads process.env. */
const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default("0.0.0.0"),
    /** Folder of the embedded database; ignored when DATABASE_URL is set. */
    DATA_DIR: z.string().min(1).default("./data"),
    /** A PostgreSQL server; when set, the embedded database is not used. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
      .optional(),
    /**
     * Processes serving requests, sharing the port (api/src/cluster.ts). Default: one per core on
     * PostgreSQL, one on the embedded database, which only one process may open (resolved below).
     */
    WEB_CONCURRENCY: z.coerce
      .number({ error: "WEB_CONCURRENCY must be a whole number of processes, 1 or more" })
      .int("WEB_CONCURRENCY must be a whole number of processes, 1 or more")
      .min(1, "WEB_CONCURRENCY must be a whole number of processes, 1 or more")
      .optional(),
    /** Load illustrative demo data into an empty database at first start (not in production). */
    DEMO_DATA: z.enum(["true", "false"], { error: "DEMO_DATA must be true or false" }).optional(),
    /** "production" turns on HSTS and Secure cookies; "development" is a laptop. */
    APP_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** Where readers report accessibility and data problems (shown on the accessibility statement). */
    CONTACT_EMAIL: z.email("CONTACT_EMAIL must be an email address").optional(),
    /** Built web assets served at /. */
    WEB_DIST: z.string().optional(),
    /**
     * Reverse proxies whose X-Forwarded-For is believed, as addresses or ranges separated by commas
     * ("10.0.0.0/8,2001:db8::1"). Unset: nothing is trusted and limits count the connecting address.
     */
    TRUSTED_PROXIES: addressList("TRUSTED_PROXIES", ""),
    /**
     * Stop cleanly when the process that started the server exits (pnpm, which does not pass
     * SIGTERM on, or a shell), so it never lingers holding the data folder.
     */
    STOP_WITH_PARENT: z
      .enum(["true", "false"], { error: "STOP_WITH_PARENT must be true or false" })
      .default("true")
      .transform((value) => value === "true"),
    // Logs and metrics (docs/decisions/015-logs-request-ids-and-metrics.md).
    /** pino's levels; "silent" logs nothing. */
    LOG_LEVEL: z
      .enum(LOG_LEVELS, { error: `LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}` })
      .default("info"),
    /** One JSON object a line, or lines for people; unset: pretty on a development terminal. */
    LOG_FORMAT: z.enum(LOG_FORMATS, { error: "LOG_FORMAT must be json or pretty" }).optional(),
    /** One line in this many for public reads answered from memory (200/304); 0: none. */
    LOG_CACHED_READ_EVERY: z.coerce
      .number({ error: "LOG_CACHED_READ_EVERY must be a whole number, 0 or more" })
      .int("LOG_CACHED_READ_EVERY must be a whole number, 0 or more")
      .min(0, "LOG_CACHED_READ_EVERY must be a whole number, 0 or more")
      .default(100),
    /** Who may read GET /metrics without the token: addresses or ranges, like TRUSTED_PROXIES. */
    METRICS_ALLOW: addressList("METRICS_ALLOW", "127.0.0.1,::1"),
    /** A bearer token that also opens GET /metrics, from anywhere. */
    METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN must be at least 16 characters").optional(),
  })
  // Demo accounts have passwords anyone can read on the sign-in page: never in production.
  .refine((env) => !(env.APP_ENV === "production" && env.DEMO_DATA === "true"), {
    path: ["DEMO_DATA"],
    message:
      "demo data cannot be loaded with APP_ENV=production: its accounts' passwords are public. Unset DEMO_DATA or set it to false",
  })
  .transform((env) => ({
    ...env,
    DEMO_DATA: (env.DEMO_DATA ?? (env.APP_ENV === "production" ? "false" : "true")) === "true",
  }))
  // WEB_CONCURRENCY: several processes need PostgreSQL (docs/decisions/016-backups-and-worker-processes.md).
  .transform((env, context) => {
    const processes = env.WEB_CONCURRENCY ?? (env.DATABASE_URL ? availableParallelism() : 1);
    if (processes > 1 && !env.DATABASE_URL) {
      context.issues.push({
        code: "custom",
        path: ["WEB_CONCURRENCY"],
        input: env.WEB_CONCURRENCY,
        message: `WEB_CONCURRENCY=${processes} needs DATABASE_URL: only one process may open the embedded database (DATA_DIR). Set DATABASE_URL to use PostgreSQL, or unset WEB_CONCURRENCY`,
      });
      return z.NEVER;
    }
    return { ...env, WEB_CONCURRENCY: processes };
  });

export type Env = Omit<z.infer<typeof EnvSchema>, "LOG_FORMAT"> & { LOG_FORMAT: LogFormat };

export interface ParseEnvOptions {
  /** Standard output is a terminal: development logs are then pretty unless LOG_FORMAT says. */
  interactive?: boolean;
}

export function parseEnv(source: Record<string, string | undefined>, options: ParseEnvOptions = {}): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const env = result.data;
  const pretty = env.APP_ENV === "development" && (options.interactive ?? false);
  return { ...env, LOG_FORMAT: env.LOG_FORMAT ?? (pretty ? "pretty" : "json") };
}
