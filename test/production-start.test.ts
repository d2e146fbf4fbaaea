import { DemoAccountListSchema } from "@ldd/shared/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, freshDatabase, type ServerWorld, spawnServer, startServer } from "./support/server.ts";

let withoutDemo: ServerWorld;
let withDemo: ServerWorld;
beforeAll(async () => {
  // Both new, as a first start meets them: one started in production, one in development first.
  withoutDemo = await freshDatabase({ embeddedOnly: true, empty: true });
  withDemo = await freshDatabase({ embeddedOnly: true, empty: true });
});
afterAll(async () => {
  await withoutDemo.cleanUp();
  await withDemo.cleanUp();
});

describe("a production server", () => {
  it("starts without demo data by default: no demo account is listed or can sign in", async () => {
    const server = await startServer(withoutDemo, { APP_ENV: "production" });
    try {
      const listed = DemoAccountListSchema.parse(
        await (await fetch(`${server.url}/api/demo-accounts`)).json(),
      );
      expect(listed.accounts).toEqual([]);
      const signIn = await fetch(`${server.url}/api/session`, {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: server.url },
        body: JSON.stringify({ email: "admin@example.org", password: "demo-administrator" }),
      });
      expect(signIn.status).toBe(401);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it("refuses to start with DEMO_DATA=true, saying why", async () => {
    const server = spawnServer({
      PORT: String(await freePort()),
      ...withoutDemo.env,
      APP_ENV: "production",
      DEMO_DATA: "true",
    });
    expect(await server.exited).not.toBe(0);
    expect(server.output()).toContain("demo data cannot be loaded with APP_ENV=production");
  });

  it("refuses to start on a database that already holds demo data, saying why", async () => {
    const development = await startServer(withDemo);
    expect(await development.stop()).toBe(0);
    const server = spawnServer({ PORT: String(await freePort()), ...withDemo.env, APP_ENV: "production" });
    expect(await server.exited).not.toBe(0);
    expect(server.output()).toContain("Refusing to start with APP_ENV=production");
    expect(server.output()).toContain("admin@example.org");
  });
});
