import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env.ts";

describe("parseEnv", () => {
  it("defaults to port 3000, ./data and demo data on", () => {
    expect(parseEnv({})).toMatchObject({
      PORT: 3000,
      DATA_DIR: "./data",
      DEMO_DATA: true,
      APP_ENV: "development",
      STOP_WITH_PARENT: true,
    });
  });

  it("trusts no proxy unless TRUSTED_PROXIES names addresses or ranges", () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual([]);
    expect(parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8, 2001:db8::1" }).TRUSTED_PROXIES).toEqual([
      "10.0.0.0/8",
      "2001:db8::1",
    ]);
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8,proxy.internal" })).toThrow(
      /TRUSTED_PROXIES: TRUSTED_PROXIES must be IP addresses or ranges/,
    );
  });

  it("takes a contact mailbox only if it is an email address", () => {
    expect(parseEnv({}).CONTACT_EMAIL).toBeUndefined();
    expect(parseEnv({ CONTACT_EMAIL: "digital@loti.example" }).CONTACT_EMAIL).toBe("digital@loti.example");
    expect(() => parseEnv({ CONTACT_EMAIL: "loti.london" })).toThrow(
      /CONTACT_EMAIL must be an email address/,
    );
  });

  it("lets the server outlive the process that started it when asked", () => {
    expect(parseEnv({ STOP_WITH_PARENT: "false" }).STOP_WITH_PARENT).toBe(false);
    expect(() => parseEnv({ STOP_WITH_PARENT: "no" })).toThrow(/STOP_WITH_PARENT must be true or false/);
  });

  it("serves from one process per core on PostgreSQL, from one on the embedded database", () => {
    const url = "postgres://ldd@db.internal:5432/ldd";
    expect(parseEnv({}).WEB_CONCURRENCY).toBe(1);
    expect(parseEnv({ DATABASE_URL: url }).WEB_CONCURRENCY).toBe(availableParallelism());
    expect(parseEnv({ DATABASE_URL: url, WEB_CONCURRENCY: "3" }).WEB_CONCURRENCY).toBe(3);
    expect(parseEnv({ WEB_CONCURRENCY: "1" }).WEB_CONCURRENCY).toBe(1);
    expect(() => parseEnv({ DATABASE_URL: url, WEB_CONCURRENCY: "0" })).toThrow(
      /WEB_CONCURRENCY: WEB_CONCURRENCY must be a whole number of processes, 1 or more/,
    );
    expect(() => parseEnv({ DATABASE_URL: url, WEB_CONCURRENCY: "two" })).toThrow(
      /WEB_CONCURRENCY: WEB_CONCURRENCY must be a whole number/,
    );
  });

  it("refuses several processes on the embedded database, which only one may open", () => {
    expect(() => parseEnv({ WEB_CONCURRENCY: "2" })).toThrow(
      /WEB_CONCURRENCY: WEB_CONCURRENCY=2 needs DATABASE_URL: only one process may open the embedded database/,
    );
  });

  it("logs at info by default, at any of pino's levels when asked, and names a wrong level", () => {
    expect(parseEnv({}).LOG_LEVEL).toBe("info");
    expect(parseEnv({ LOG_LEVEL: "silent" }).LOG_LEVEL).toBe("silent");
    expect(parseEnv({ LOG_LEVEL: "debug" }).LOG_LEVEL).toBe("debug");
    expect(() => parseEnv({ LOG_LEVEL: "verbose" })).toThrow(
      /LOG_LEVEL: LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent/,
    );
  });

  it("logs lines for people on a development terminal, JSON otherwise, unless LOG_FORMAT says", () => {
    expect(parseEnv({}).LOG_FORMAT).toBe("json");
    expect(parseEnv({}, { interactive: true }).LOG_FORMAT).toBe("pretty");
    expect(parseEnv({ APP_ENV: "production" }, { interactive: true }).LOG_FORMAT).toBe("json");
    expect(parseEnv({ LOG_FORMAT: "json" }, { interactive: true }).LOG_FORMAT).toBe("json");
    expect(parseEnv({ LOG_FORMAT: "pretty", APP_ENV: "production" }).LOG_FORMAT).toBe("pretty");
    expect(() => parseEnv({ LOG_FORMAT: "text" })).toThrow(/LOG_FORMAT: LOG_FORMAT must be json or pretty/);
  });

  it("logs one public read answered from memory in 100 unless LOG_CACHED_READ_EVERY says", () => {
    expect(parseEnv({}).LOG_CACHED_READ_EVERY).toBe(100);
    expect(parseEnv({ LOG_CACHED_READ_EVERY: "1" }).LOG_CACHED_READ_EVERY).toBe(1);
    expect(parseEnv({ LOG_CACHED_READ_EVERY: "0" }).LOG_CACHED_READ_EVERY).toBe(0);
    for (const wrong of ["often", "-1", "2.5"]) {
      expect(() => parseEnv({ LOG_CACHED_READ_EVERY: wrong })).toThrow(
        /LOG_CACHED_READ_EVERY: LOG_CACHED_READ_EVERY must be a whole number, 0 or more/,
      );
    }
  });

  it("lets loopback read the metrics unless METRICS_ALLOW says, and takes only a long METRICS_TOKEN", () => {
    expect(parseEnv({}).METRICS_ALLOW).toEqual(["127.0.0.1", "::1"]);
    expect(parseEnv({ METRICS_ALLOW: "10.0.0.0/8, 192.0.2.7" }).METRICS_ALLOW).toEqual([
      "10.0.0.0/8",
      "192.0.2.7",
    ]);
    expect(parseEnv({ METRICS_ALLOW: "" }).METRICS_ALLOW).toEqual([]);
    expect(() => parseEnv({ METRICS_ALLOW: "prometheus.internal" })).toThrow(
      /METRICS_ALLOW: METRICS_ALLOW must be IP addresses or ranges/,
    );
    expect(parseEnv({}).METRICS_TOKEN).toBeUndefined();
    expect(parseEnv({ METRICS_TOKEN: "0123456789abcdef" }).METRICS_TOKEN).toBe("0123456789abcdef");
    expect(() => parseEnv({ METRICS_TOKEN: "short" })).toThrow(
      /METRICS_TOKEN: METRICS_TOKEN must be at least 16 characters/,
    );
  });

  it("lists every invalid variable in one readable message", () => {
    expect(() => parseEnv({ PORT: "eighty", DATABASE_URL: "mysql://x", DEMO_DATA: "no" })).toThrow(
      /PORT[\s\S]*DATABASE_URL: DATABASE_URL must start with postgres:\/\/[\s\S]*DEMO_DATA: DEMO_DATA must be true or false/,
    );
  });

  it("turns demo data off by default in production, and refuses to turn it on there", () => {
    expect(parseEnv({ APP_ENV: "production" }).DEMO_DATA).toBe(false);
    expect(() => parseEnv({ APP_ENV: "production", DEMO_DATA: "true" })).toThrow(
      /DEMO_DATA: demo data cannot be loaded with APP_ENV=production/,
    );
  });
});
