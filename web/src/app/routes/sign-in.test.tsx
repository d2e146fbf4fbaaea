import { screen, waitFor, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { errorBody, signedInAs } from "@/testing/handlers.ts";
import { renderApp } from "@/testing/render-app.tsx";
import { server } from "@/testing/server.ts";
import { buildDemoAccounts, buildSession } from "@/testing/workspace-fixtures.ts";

describe("the sign-in page", () => {
  it("signs an editor in and takes them to their authority's records", async () => {
    let sent: unknown = null;
    server.use(
      http.post("*/api/session", async ({ request }) => {
        sent = await request.json();
        server.use(signedInAs("editor"));
        return HttpResponse.json(buildSession("editor"));
      }),
    );
    const { user, location } = renderApp("/sign-in");
    await user.type(await screen.findByLabelText("Email address"), "Editor@Hackney.example");
    await user.type(screen.getByLabelText("Password"), "correct horse battery");
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    expect(
      await screen.findByRole("heading", { level: 1, name: "Hackney: Declaration records" }),
    ).toBeTruthy();
    expect(location.history?.at(-1)).toBe("/manage/E09000012");
    expect(sent).toEqual({ email: "editor@hackney.example", password: "correct horse battery" });
    const account = screen.getByRole("navigation", { name: "Account" });
    expect(within(account).getByText("Ada Editor")).toBeTruthy();
    expect(within(account).getByRole("link", { name: "Your authority" })).toBeTruthy();
  });

  it("sends a reviewer to the review queue", async () => {
    server.use(http.post("*/api/session", () => HttpResponse.json(buildSession("reviewer"))));
    const { user, location } = renderApp("/sign-in");
    await user.type(await screen.findByLabelText("Email address"), "reviewer@loti.example");
    await user.type(screen.getByLabelText("Password"), "a long enough password");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    await waitFor(() => expect(location.history?.at(-1)).toBe("/review"));
  });

  it("shows a focused error summary linked to each empty field", async () => {
    const { user } = renderApp("/sign-in");
    await user.click(await screen.findByRole("button", { name: "Sign in" }));

    const summary = await screen.findByRole("alert");
    expect(within(summary).getByRole("heading", { name: "There is a problem" })).toBeTruthy();
    const emailLink = within(summary).getByRole("link", { name: "Enter your email address" });
    expect(emailLink.getAttribute("href")).toBe("#email");
    expect(within(summary).getByRole("link", { name: "Enter your password" }).getAttribute("href")).toBe(
      "#password",
    );
    await waitFor(() => expect(document.activeElement).toBe(summary.parentElement));
    expect(screen.getByLabelText("Email address").getAttribute("aria-describedby")).toBe("email-error");
    expect(document.title).toMatch(/^Error: Sign in/);

    await user.click(emailLink);
    expect(document.activeElement).toBe(screen.getByLabelText("Email address"));
  });

  it("shows the API's refusal against the email address and keeps what was typed", async () => {
    server.use(
      http.post("*/api/session", () =>
        HttpResponse.json(
          errorBody(401, "invalid_credentials", "The email address or password is not right"),
          {
            status: 401,
          },
        ),
      ),
    );
    const { user } = renderApp("/sign-in");
    await user.type(await screen.findByLabelText("Email address"), "someone@example.org");
    await user.type(screen.getByLabelText("Password"), "wrong password here");
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    const summary = await screen.findByRole("alert");
    expect(
      within(summary)
        .getByRole("link", { name: "The email address or password is not right" })
        .getAttribute("href"),
    ).toBe("#email");
    expect((screen.getByLabelText("Email address") as HTMLInputElement).value).toBe("someone@example.org");
    expect((screen.getByLabelText("Password") as HTMLInputElement).value).toBe("wrong password here");
  });

  it("lists the demo accounts while demo data is loaded", async () => {
    server.use(http.get("*/api/demo-accounts", () => HttpResponse.json(buildDemoAccounts())));
    renderApp("/sign-in");
    expect(
      await screen.findByRole("heading", { name: "Demo accounts (illustrative demo data only)" }),
    ).toBeTruthy();
    const row = screen.getByRole("row", { name: /editor@hackney\.example/ });
    expect(row.textContent).toContain("demo-password-hackney");
    expect(row.textContent).toContain("Borough editor (Hackney)");
  });

  it("lists no demo accounts without demo data", async () => {
    renderApp("/sign-in");
    await screen.findByRole("heading", { level: 1, name: "Sign in" });
    expect(screen.queryByRole("heading", { name: /Demo accounts/ })).toBeNull();
  });
});

describe("the header", () => {
  it("offers a sign-in link to visitors", async () => {
    renderApp("/about");
    const account = await screen.findByRole("navigation", { name: "Account" });
    expect(within(account).getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe("/sign-in");
  });

  it("signs a reviewer out", async () => {
    server.use(signedInAs("reviewer"));
    const { user } = renderApp("/about");
    const account = await screen.findByRole("navigation", { name: "Account" });
    expect(await within(account).findByText("Rita Reviewer")).toBeTruthy();
    expect(within(account).getByRole("link", { name: "Review" }).getAttribute("href")).toBe("/review");
    await user.click(within(account).getByRole("button", { name: "Sign out" }));
    expect(await within(account).findByRole("link", { name: "Sign in" })).toBeTruthy();
  });
});
