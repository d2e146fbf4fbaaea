import { AccountListSchema, AccountSchema, SessionCheckSchema } from "@ldd/shared/accounts";
import { ErrorBodySchema } from "@ldd/shared/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonRequest, signIn } from "../../testing/sign-in.ts";
import { createSeededApp } from "../../testing/test-database.ts";

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
let admin: string;
beforeAll(async () => {
  seeded = await createSeededApp();
  admin = await signIn(seeded.app, "admin@example.org", "demo-administrator");
});
afterAll(() => seeded.database.close());

describe("accounts", () => {
  it("lets an administrator create an editor bound to one authority, who can then sign in", async () => {
    const response = await seeded.app.request(
      "/api/accounts",
      jsonRequest(
        "POST",
        {
          email: "New.Editor@Example.org",
          displayName: "New Editor",
          role: "editor",
          authorityGss: "E09000028",
          password: "a-long-enough-password",
        },
        admin,
      ),
    );
    expect(response.status).toBe(201);
    const account = AccountSchema.parse(await response.json());
    expect(account).toMatchObject({
      email: "new.editor@example.org",
      authorityGss: "E09000028",
      authorityName: "Southwark",
    });
    await signIn(seeded.app, "new.editor@example.org", "a-long-enough-password");
  });

  it("names each field that is wrong", async () => {
    const response = await seeded.app.request(
      "/api/accounts",
      jsonRequest(
        "POST",
        { email: "not-an-email", displayName: "", role: "editor", password: "short" },
        admin,
      ),
    );
    expect(response.status).toBe(400);
    const body = ErrorBodySchema.parse(await response.json());
    expect(body.error.issues?.map((issue) => issue.path).sort()).toEqual([
      "json.authorityGss",
      "json.displayName",
      "json.email",
      "json.password",
    ]);
  });

  it("refuses a second account with the same email address", async () => {
    const response = await seeded.app.request(
      "/api/accounts",
      jsonRequest(
        "POST",
        {
          email: "reviewer@example.org",
          displayName: "Copy",
          role: "reviewer",
          password: "a-long-enough-password",
        },
        admin,
      ),
    );
    expect(response.status).toBe(409);
  });

  it("signs a disabled account out everywhere and refuses its sign-in", async () => {
    const camden = await signIn(seeded.app, "editor.camden@example.org", "demo-editor-camden");
    const list = AccountListSchema.parse(
      await (await seeded.app.request("/api/accounts", { headers: { Cookie: admin } })).json(),
    );
    const target = list.accounts.find((a) => a.email === "editor.camden@example.org");
    const response = await seeded.app.request(
      `/api/accounts/${target?.id}`,
      jsonRequest("PATCH", { disabled: true }, admin),
    );
    expect(response.status).toBe(200);
    // Signed out everywhere: the session check finds no account behind the cookie.
    const check = await seeded.app.request("/api/session", { headers: { Cookie: camden } });
    expect(SessionCheckSchema.parse(await check.json()).account).toBeNull();
    const again = await seeded.app.request(
      "/api/session",
      jsonRequest("POST", { email: "editor.camden@example.org", password: "demo-editor-camden" }),
    );
    expect(again.status).toBe(401);
  });

  it("refuses to let an administrator disable their own account, so one always remains", async () => {
    const me = await seeded.app.request("/api/session", { headers: { Cookie: admin } });
    const { account } = (await me.json()) as { account: { id: string } };
    const response = await seeded.app.request(
      `/api/accounts/${account.id}`,
      jsonRequest("PATCH", { disabled: true }, admin),
    );
    expect(response.status).toBe(409);
    expect(ErrorBodySchema.parse(await response.json()).error.code).toBe("own_account");
    const still = await seeded.app.request("/api/session", { headers: { Cookie: admin } });
    expect(SessionCheckSchema.parse(await still.json()).account?.id).toBe(account.id);
  });

  it("is for administrators only", async () => {
    const editor = await signIn(seeded.app, "editor.hackney@example.org", "demo-editor-hackney");
    expect((await seeded.app.request("/api/accounts", { headers: { Cookie: editor } })).status).toBe(403);
    expect((await seeded.app.request("/api/accounts")).status).toBe(401);
  });
});
