import { getLondonToday } from "@ldd/shared/dates";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { lastDayOfPreviousMonth } from "@/lib/months.ts";
import { recordRequests } from "@/testing/record-requests.ts";
import { renderApp } from "@/testing/render-app.tsx";

describe("what changed between two dates", () => {
  it("shows this month so far by default: counts by kind, then every change with from, to and why", async () => {
    const requests = recordRequests();
    renderApp("/changes");
    const today = getLondonToday();
    const from = lastDayOfPreviousMonth(today);
    expect(
      await screen.findByText(
        /3 changes, including 1 status change, 1 target date moved and 1 partnership started/,
      ),
    ).toBeTruthy();
    expect(requests).toContain(`/api/changes?from=${from}&to=${today}`);
    const counts = screen.getByRole("table", { name: /^Changes by kind/ });
    expect(within(within(counts).getByRole("row", { name: /Status changes/ })).getByText("1")).toBeTruthy();
    const list = screen.getByRole("table", { name: /newest first/ });
    const link = within(list).getByRole("link", { name: "Shared data standard for housing repairs" });
    expect(link.getAttribute("href")).toBe("/authorities/E09000007#commitment-c-camden-1");
    expect(within(list).getByText("Supplier delay.")).toBeTruthy();
    expect(within(list).getByText(/Target date: 31 December 2026/).textContent).toContain(
      "31 March 2027 (90 days later)",
    );
    expect(screen.getByRole("link", { name: "Download these changes (CSV)" }).getAttribute("href")).toBe(
      `/api/changes.csv?from=${from}&to=${today}`,
    );
  });

  it("puts the filters in the address and asks for what was published", async () => {
    const requests = recordRequests();
    const { user, location } = renderApp("/changes?from=2026-01-31&to=2026-02-28");
    await screen.findByText(/After 31 January 2026 up to the end of 28 February 2026/);
    await user.selectOptions(screen.getByLabelText("Authority"), "Hackney");
    await user.selectOptions(screen.getByLabelText("Kind of change"), "status");
    await user.click(screen.getByLabelText("As published"));
    await user.click(screen.getByRole("button", { name: "Apply filters" }));
    await waitFor(() =>
      expect(location.history.at(-1)).toBe(
        "/changes?from=2026-01-31&to=2026-02-28&authority=E09000012&kind=status&asPublished=true",
      ),
    );
    await waitFor(() =>
      expect(requests).toContain(
        "/api/changes?from=2026-01-31&to=2026-02-28&authority=E09000012&kind=status&asPublished=true",
      ),
    );
  });

  it("names a date that is not real instead of asking the API", async () => {
    const requests = recordRequests();
    renderApp("/changes?from=2026-02-30");
    expect(await screen.findByRole("heading", { name: "There is a problem" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Start date must be a real date" }).getAttribute("href")).toBe(
      "#changes-from",
    );
    expect(requests.some((request) => request.startsWith("/api/changes"))).toBe(false);
  });

  it("takes dates in day, month and year boxes, and links a missing month to its box", async () => {
    const { user, location } = renderApp("/changes?from=2026-01-31&to=2026-02-28");
    await screen.findByText(/After 31 January 2026 up to the end of 28 February 2026/);
    const group = () => screen.getByRole("group", { name: "Up to the end of" });
    await user.clear(within(group()).getByLabelText("Month"));
    await user.click(screen.getByRole("button", { name: "Apply filters" }));
    const link = await screen.findByRole("link", { name: "End date must include a month" });
    const to = group();
    expect(link.getAttribute("href")).toBe("#changes-to-month");
    expect(within(to).getByLabelText("Month").className).toContain("govuk-input--error");
    expect(within(to).getByLabelText("Year").className).not.toContain("govuk-input--error");
    await user.type(within(to).getByLabelText("Month"), "3");
    await user.clear(within(to).getByLabelText("Day"));
    await user.type(within(to).getByLabelText("Day"), "31");
    await user.click(screen.getByRole("button", { name: "Apply filters" }));
    await waitFor(() => expect(location.history.at(-1)).toBe("/changes?from=2026-01-31&to=2026-03-31"));
  });

  it("ends on the date of the view it was opened from", async () => {
    const requests = recordRequests();
    renderApp("/changes?asOf=2024-03-31&asPublished=true");
    await screen.findByText(/up to the end of 31 March 2024/);
    expect(requests).toContain("/api/changes?from=2024-02-29&to=2024-03-31&asPublished=true");
  });
});

describe("the activity feed", () => {
  it("lists published changes, newest recorded first, with its filters in the address and a CSV", async () => {
    const requests = recordRequests();
    const { user, location } = renderApp("/activity");
    expect(await screen.findByText("Showing 3 changes, newest recorded first.")).toBeTruthy();
    expect(requests).toContain("/api/activity");
    const table = screen.getByRole("table");
    expect(within(table).queryByText("Published")).toBeNull();
    expect(within(table).getByText("13 November 2026")).toBeTruthy();
    await user.selectOptions(screen.getByLabelText("Authority"), "Camden");
    await user.click(screen.getByRole("button", { name: "Apply filters" }));
    await waitFor(() => expect(location.history.at(-1)).toBe("/activity?authority=E09000007"));
    await waitFor(() => expect(requests).toContain("/api/activity?authority=E09000007"));
    expect(screen.getByRole("link", { name: "Download this activity (CSV)" }).getAttribute("href")).toBe(
      "/api/activity.csv?authority=E09000007",
    );
  });
});
