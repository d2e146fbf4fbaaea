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
