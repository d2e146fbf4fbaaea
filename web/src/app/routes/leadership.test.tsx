import { getLondonToday } from "@ldd/shared/dates";
import { screen, waitFor, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { errorBody, signedInAs } from "@/testing/handlers.ts";
import { recordRequests } from "@/testing/record-requests.ts";
import { renderApp } from "@/testing/render-app.tsx";
import { server } from "@/testing/server.ts";

const forbidden = () =>
  HttpResponse.json(errorBody(403, "forbidden", "Reviewers and administrators only."), { status: 403 });
const signedOut = () =>
  HttpResponse.json(errorBody(401, "signed_out", "Sign in to continue."), { status: 401 });

describe("the leadership page", () => {
  it("asks a signed-out visitor to sign in, and has no Leadership item in the navigation", async () => {
    server.use(http.get("*/api/leadership/*", signedOut));
    renderApp("/leadership");
    expect(await screen.findByRole("heading", { name: "Sign in to continue" })).toBeTruthy();
    expect(within(screen.getByRole("main")).getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe(
      "/sign-in?next=%2Fleadership",
    );
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).queryByRole("link", { name: "Leadership" })).toBeNull();
  });

  it("tells an editor they cannot see it", async () => {
    server.use(signedInAs("editor"), http.get("*/api/leadership/*", forbidden));
    renderApp("/leadership");
    expect(await screen.findByRole("heading", { name: "You cannot see the leadership view" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: "Portfolio" })).toBeNull();
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).queryByRole("link", { name: "Leadership" })).toBeNull();
  });

  it("shows a reviewer the portfolio in words, each cell linking to its commitments", async () => {
    server.use(signedInAs("reviewer"));
    renderApp("/leadership");
    expect(await screen.findByRole("heading", { level: 1, name: "Leadership" })).toBeTruthy();
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(await within(nav).findByRole("link", { name: "Leadership" })).toBeTruthy();
    const matrix = await screen.findByRole("table", { name: "Portfolio" });
    const cell = within(matrix).getByRole("link", {
      name: /^4 \(2 done, 1 in progress, 1 planned, 1 overdue\)/,
    });
    expect(cell.getAttribute("href")).toBe("/commitments?authority=E09000012&principle=1");
    expect(within(matrix).getByRole("link", { name: "Hackney" }).getAttribute("href")).toBe(
      "/commitments?authority=E09000012",
    );
    expect(screen.getByText(/of 33 authorities have commitments/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Download the portfolio (CSV)" }).getAttribute("href")).toBe(
      "/api/matrix.csv",
    );
  });

  it("lists what needs attention with counts, links and CSVs", async () => {
    server.use(signedInAs("reviewer"));
    const requests = recordRequests();
    renderApp("/leadership");

    const stale = await screen.findByRole("region", { name: /No update for 180 days or more/ });
    await within(stale).findByRole("link", { name: "Open-source social care case management" });
    expect(within(stale).getByRole("heading").textContent).toBe("No update for 180 days or more 2");
    expect(
      within(stale)
        .getByRole("link", { name: "Open-source social care case management" })
        .getAttribute("href"),
    ).toBe("/authorities/E09000012#commitment-c-hackney-1");
    expect(
      within(stale)
        .getByRole("link", { name: /Download these commitments/ })
        .getAttribute("href"),
    ).toBe("/api/commitments.csv?stale_days=180&sort=-days_since_update");
    expect(requests).toContain("/api/commitments?stale_days=180&sort=-days_since_update");
    expect(requests).toContain("/api/commitments?overdue=true&sort=target_date");
    expect(requests).toContain("/api/commitments?slipped=true&sort=-days_slipped");

    const slipped = screen.getByRole("region", { name: /Target date moved later/ });
    expect(await within(slipped).findByText("182 days later")).toBeTruthy();
    expect(within(slipped).getByText(/1 re-baseline: 31 December 2019 → 30 June 2020/)).toBeTruthy();

    const awaiting = screen.getByRole("region", { name: /Awaiting review/ });
    expect(
      within(awaiting)
        .getByRole("link", { name: /Camden/ })
        .getAttribute("href"),
    ).toBe("/review");
    expect(
      within(awaiting)
        .getByRole("link", { name: /Download/ })
        .getAttribute("href"),
    ).toBe("/api/leadership/attention.csv?list=awaiting_review");
    const returned = screen.getByRole("region", { name: /Returned, not yet answered/ });
    expect(within(returned).getByText("Please add the beta report.")).toBeTruthy();
    expect(
      within(returned)
        .getByRole("link", { name: "Status update: Open-source social care case management" })
        .getAttribute("href"),
    ).toBe("/manage/E09000012");
    expect(
      within(returned)
        .getByRole("link", { name: /Download/ })
        .getAttribute("href"),
    ).toBe("/api/leadership/attention.csv?list=returned");
  });

  it("changes the days without an update through the address", async () => {
    server.use(signedInAs("reviewer"));
    const requests = recordRequests();
    const { user, location } = renderApp("/leadership");
    const field = await screen.findByLabelText("Days without an update");
    await user.clear(field);
    await user.type(field, "365");
    await user.click(screen.getByRole("button", { name: "Show" }));
    expect(await screen.findByRole("region", { name: /No update for 365 days or more/ })).toBeTruthy();
    expect(location.history.at(-1)).toBe("/leadership?stale_days=365");
    await waitFor(() =>
      expect(requests).toContain("/api/commitments?stale_days=365&sort=-days_since_update"),
    );
  });

  it("shows this month's activity with each change's state, filtered through the address", async () => {
    server.use(signedInAs("reviewer"));
    const requests = recordRequests();
    const { user, location } = renderApp("/leadership");
    const activity = await screen.findByRole("region", { name: "Activity this month" });
    const table = await within(activity).findByRole("table");
    for (const state of ["Draft", "Submitted", "Returned", "Published"]) {
      expect(within(table).getAllByText(state).length).toBeGreaterThan(0);
    }
    expect(within(table).getByText("Supplier delay.")).toBeTruthy();
    expect(within(table).getByText(/31 December 2026/).textContent).toContain("(90 days later)");
    const draftLink = within(table).getAllByRole("link", {
      name: "Open-source social care case management",
    })[0];
    expect(draftLink?.getAttribute("href")).toBe("/manage/E09000012/history/commitment/c-hackney-1");
    const monthStart = `${getLondonToday().slice(0, 7)}-01`;
    expect(requests).toContain(`/api/leadership/activity?from=${monthStart}`);
    expect(
      within(activity).getByRole("link", { name: "Download this activity (CSV)" }).getAttribute("href"),
    ).toBe(`/api/leadership/activity.csv?from=${monthStart}`);

    await user.selectOptions(within(activity).getByLabelText("Kind of change"), "status");
    await user.click(within(activity).getByRole("button", { name: "Apply filters" }));
    await waitFor(() => expect(location.history.at(-1)).toBe(`/leadership?from=${monthStart}&kind=status`));
    await waitFor(() =>
      expect(requests).toContain(`/api/leadership/activity?from=${monthStart}&kind=status`),
    );
  });
});
