import { availableParallelism } from "node:os";
import * as z from "zod";
import { parseAddressRange } from "./lib/client-address.ts";

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
    TRUSTED_PROXIES: z
      .string()
      .default("")
      .transform((value) =>
        value
          .split(",")
          .map((entry) => entry.trim())
          .filter((entry) => entry !== ""),
      )
      .refine(
        (entries) => entries.every((entry) => parseAddressRange(entry) !== null),
        "TRUSTED_PROXIES must be IP addresses or ranges (like 10.0.0.0/8) separated by commas",
      ),
    /**
     * Stop cleanly when the process that started the server exits (pnpm, which does not pass
     * SIGTERM on, or a shell), so it never lingers holding the data folder.
     */
    STOP_WITH_PARENT: z
      .enum(["true", "false"], { error: "STOP_WITH_PARENT must be true or false" })
      .default("true")
      .transform((value) => value === "true"),
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

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}
