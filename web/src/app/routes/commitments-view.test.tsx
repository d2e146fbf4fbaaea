import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { recordRequests } from "@/testing/record-requests.ts";
import { renderApp } from "@/testing/render-app.tsx";

describe("a public page shown as of a past date", () => {
  it("says so, asks the API for that date, and keeps it on its links", async () => {
    const requests = recordRequests();
    renderApp("/commitments?asOf=2024-03-31");
    const banner = await screen.findByRole("region", { name: "Date shown" });
    expect(within(banner).getByText(/as they stood at the end of 31 March 2024/)).toBeTruthy();
    await screen.findByText("Showing 3 commitments.");
    await waitFor(() => {
      expect(requests).toContain("/api/commitments?asOf=2024-03-31");
      expect(requests).toContain("/api/meta?asOf=2024-03-31");
    });
    const table = screen.getByRole("table");
    expect(within(table).getByRole("link", { name: "Hackney" }).getAttribute("href")).toBe(
      "/authorities/E09000012?asOf=2024-03-31",
    );
    expect(
      within(table)
        .getByRole("link", { name: "Open-source social care case management" })
        .getAttribute("href"),
    ).toBe("/authorities/E09000012?asOf=2024-03-31#commitment-c-hackney-1");
    const nav = screen.getByRole("navigation", { name: "Main" });
    expect(within(nav).getByRole("link", { name: "Changes" }).getAttribute("href")).toBe(
      "/changes?asOf=2024-03-31",
    );
  });
});
