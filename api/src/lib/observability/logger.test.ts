import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { captureLogs } from "../../testing/log-capture.ts";
import { createLogger, serializeError } from "./logger.ts";

describe("the logger", () => {
  it("writes one JSON object a line: ISO time, level by name, message and fields", () => {
    const logs = captureLogs();
    logs.logger.info({ port: 3000 }, "ready");
    logs.logger.debug("not at info");
    expect(logs.text().split("\n").filter(Boolean)).toHaveLength(1);
    const [line] = logs.lines();
    expect(line).toMatchObject({ level: "info", msg: "ready", port: 3000 });
    expect(line?.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });

  it("never writes a password, token, cookie, authorization header or body passed by mistake", () => {
    const logs = captureLogs();
    logs.logger.warn(
      {
        password: "hunter2-hunter2",
        token: "tok-123",
        cookie: "ldd_session=abc",
        authorization: "Bearer xyz",
        headers: { cookie: "c" },
        body: { password: "p" },
      },
      "careless",
    );
    const text = logs.text();
    for (const secret of ["hunter2", "tok-123", "ldd_session=abc", "Bearer xyz", '"p"']) {
      expect(text).not.toContain(secret);
    }
    expect(logs.lines()[0]).toMatchObject({
      password: "[redacted]",
      headers: "[redacted]",
      body: "[redacted]",
    });
  });

  it("logs a failed query's statement but not its parameters, in the message or the stack", () => {
    const cause = Object.assign(new Error("duplicate key value"), { code: "23505" });
    const wrapped = Object.assign(
      new Error("Failed query: insert into sessions values ($1)\nparams: secret-token-hash"),
      { query: "insert into sessions values ($1)", params: ["secret-token-hash"], cause },
    );
    const serialized = serializeError(wrapped);
    expect(JSON.stringify(serialized)).not.toContain("secret-token-hash");
    expect(serialized).toMatchObject({
      message: "Failed query: insert into sessions values ($1)",
      cause: { message: "duplicate key value", code: "23505" },
    });
    expect(serialized.stack).toContain("Failed query: insert into sessions");
  });

  it("writes lines for people in the pretty format", async () => {
    let written = "";
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.toString();
        done();
      },
    });
    const logger = createLogger({ level: "info", format: "pretty", destination });
    logger.info({ method: "GET", route: "/api/summary", status: 200, ms: 1.5 }, "GET /api/summary 200");
    await new Promise((resolve) => setImmediate(resolve));
    expect(written.startsWith("{")).toBe(false);
    expect(written).toMatch(/\[\d\d:\d\d:\d\d\.\d{3}\] INFO: GET \/api\/summary 200/);
    expect(written).toContain('{"ms":1.5}');
    expect(written.trim().split("\n")).toHaveLength(1);
  });
});
