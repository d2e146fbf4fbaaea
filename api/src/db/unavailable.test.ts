import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { databaseErrorMessage, isDatabaseUnavailable } from "./unavailable.ts";

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });
const asDrizzleWraps = (cause: Error) => new DrizzleQueryError("select 1", [], cause);

describe("telling an unreachable database from other errors", () => {
  it("counts refused, dropped and timed-out connections, wrapped by Drizzle or not", () => {
    for (const error of [
      withCode("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"),
      new AggregateError([withCode("connect ECONNREFUSED ::1:5432", "ECONNREFUSED")], "connect failed"),
      new Error("Connection terminated unexpectedly"),
      new Error("Connection terminated due to connection timeout"),
      new Error("timeout exceeded when trying to connect"),
      new Error("timeout expired"),
      new Error("Query read timeout"),
      new Error("Client has encountered a connection error and is not queryable"),
      withCode("terminating connection due to administrator command", "57P01"),
      withCode("the database system is starting up", "57P03"),
      withCode("canceling statement due to statement timeout", "57014"),
      withCode("connection failure", "08006"),
      new Error("PGlite is closed"),
    ]) {
      expect(isDatabaseUnavailable(error), error.message).toBe(true);
      expect(isDatabaseUnavailable(asDrizzleWraps(error)), error.message).toBe(true);
    }
  });

  it("does not count a request's own mistakes or the application's errors", () => {
    for (const error of [
      withCode('duplicate key value violates unique constraint "accounts_email"', "23505"),
      withCode("audit entries are append-only", "P0001"),
      Object.assign(new Error("Someone else saved first"), { status: 409, code: "conflict" }),
      new TypeError("Cannot read properties of undefined"),
    ]) {
      expect(isDatabaseUnavailable(error), error.message).toBe(false);
      expect(isDatabaseUnavailable(asDrizzleWraps(error)), error.message).toBe(false);
    }
    expect(isDatabaseUnavailable("ECONNREFUSED")).toBe(false);
  });
});

describe("logging a database error", () => {
  it("gives the driver's message without the query's parameters", () => {
    const wrapped = new DrizzleQueryError(
      "select * from sessions where token_hash = $1",
      ["secret-hash"],
      new Error("Connection terminated unexpectedly"),
    );
    expect(databaseErrorMessage(wrapped)).toBe("Connection terminated unexpectedly");
  });
});
