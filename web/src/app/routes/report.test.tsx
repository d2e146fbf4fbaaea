import { getLondonToday } from "@ldd/shared/dates";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { monthOf, previousMonth } from "@/lib/months.ts";
import { recordRequests } from "@/testing/record-requests.ts";
import { renderApp } from "@/testing/render-app.tsx";

describe("the board report", () => {
  it("computes a month as published at its last day, compared with the month before", async () => {
    const requests = recordRequests();
    renderApp("/report?month=2026-10");
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "The Local Digital Declaration in London: October 2026",
      }),
    ).toBeTruthy();
    const figures = await screen.findByRole("table", { name: /Headline figures at the end of/ });
    expect(
      within(figures).getByRole("columnheader", { name: /Change since 30 September 2026/ }),
    ).toBeTruthy();
    expect(
      within(within(figures).getByRole("row", { name: /Authorities signed/ })).getByText("+3"),
    ).toBeTruthy();
    await screen.findByRole("table", { name: /Commitments by authority and principle/ });
    await waitFor(() => {
      expect(requests).toContain("/api/summary?since=2026-09-30&asOf=2026-10-31&asPublished=true");
      expect(requests).toContain("/api/matrix?asOf=2026-10-31&asPublished=true");
      expect(requests).toContain("/api/changes?from=2026-09-30&to=2026-10-31&asPublished=true");
      expect(requests).toContain(
        "/api/commitments?overdue=true&sort=target_date&asOf=2026-10-31&asPublished=true",
      );
    });
    const attention = screen.getByRole("table", { name: "Commitments that need attention" });
    expect(within(within(attention).getByRole("row", { name: /Overdue/ })).getByText("1")).toBeTruthy();
    // Links to records open them as they stood in the report.
    const cell = screen.getByRole("link", { name: /^4 \(2 done/ });
    expect(cell.getAttribute("href")).toBe(
      "/commitments?authority=E09000012&principle=1&asOf=2026-10-31&asPublished=true",
    );
    // No "as of" banner or picker: the report has its own month.
    expect(screen.queryByRole("region", { name: "Date shown" })).toBeNull();
  });

  it("defaults to the last complete month and prints from a button", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => undefined);
    const { user } = renderApp("/report");
    const month = previousMonth(monthOf(getLondonToday()));
    const select = (await screen.findByLabelText("Month")) as HTMLSelectElement;
    expect(select.value).toBe(month);
    await user.click(screen.getByRole("button", { name: "Print or save as PDF" }));
    expect(print).toHaveBeenCalledOnce();
    print.mockRestore();
  });

  it("refuses a month that is not complete yet", async () => {
    renderApp(`/report?month=${monthOf(getLondonToday())}`);
    expect(await screen.findByText(/A board report covers a complete month/)).toBeTruthy();
  });

  it("reports between any two dates at /leadership/report?asOf=&since=, with every authority", async () => {
    const requests = recordRequests();
    renderApp("/leadership/report?asOf=2026-10-15&since=2026-07-31");
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "The Local Digital Declaration in London: 15 October 2026",
      }),
    ).toBeTruthy();
    const authorities = await screen.findByRole("table", { name: "Authorities on 15 October 2026" });
    expect(within(authorities).getAllByRole("row")).toHaveLength(34);
    await waitFor(() => {
      expect(requests).toContain("/api/summary?since=2026-07-31&asOf=2026-10-15&asPublished=true");
      expect(requests).toContain("/api/changes?from=2026-07-31&to=2026-10-15&asPublished=true");
      expect(requests).toContain("/api/authorities?asOf=2026-10-15&asPublished=true");
    });
  });

  it("names the problem with a date it cannot report on", async () => {
    renderApp("/leadership/report?asOf=2026-10-15&since=2026-11-01");
    expect(
      await screen.findByText(/The date to compare with \(since\) must be a date before 15 October 2026/),
    ).toBeTruthy();
    renderApp("/leadership/report?asOf=last-tuesday");
    expect(await screen.findByText(/is not a date: use the form YYYY-MM-DD/)).toBeTruthy();
  });
});
