import { screen, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { buildMeta } from "@/testing/fixtures.ts";
import { errorBody } from "@/testing/handlers.ts";
import { renderApp } from "@/testing/render-app.tsx";
import { server } from "@/testing/server.ts";

function figure(label: string): HTMLElement {
  const headline = screen.getByRole("region", { name: "Headline figures" });
  const item = within(headline).getByText(label).closest("li");
  if (!item) throw new Error(`No headline figure "${label}"`);
  return item;
}

describe("the overview page", () => {
  it("shows the headline figures from the API", async () => {
    renderApp("/");
    expect(await screen.findByText("Authorities signed")).toBeTruthy();
    expect(figure("Authorities signed").textContent).toContain("29 of 33");
    expect(figure("LOTI members").textContent).toContain("27 of 33");
    expect(figure("Commitments").textContent).toContain("64");
    expect(figure("Commitments done").textContent).toContain("20");
    expect(figure("Commitments overdue").textContent).toContain("5");
    expect(figure("Active partnerships").textContent).toContain("18");
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(
      "The Local Digital Declaration in London",
    );
  });

  it("shows the change since the date in the address bar", async () => {
    renderApp("/?since=2024-01-31");
    await screen.findByText("Authorities signed");
    expect(await within(figure("Authorities signed")).findByText("+3 since 31 January 2024")).toBeTruthy();
    expect(within(figure("Commitments overdue")).getByText("\u22122 since 31 January 2024")).toBeTruthy();
  });

  it("compares with a date the user chooses and puts it in the address", async () => {
    const { user, location } = renderApp("/");
    await screen.findByText("Authorities signed");
    const since = await screen.findByRole("group", { name: "Show change since" });
    await user.type(within(since).getByLabelText("Day"), "31");
    await user.type(within(since).getByLabelText("Month"), "1");
    await user.type(within(since).getByLabelText("Year"), "2024");
    await user.click(screen.getByRole("button", { name: "Compare" }));
    expect(await within(figure("Commitments")).findByText("+12 since 31 January 2024")).toBeTruthy();
    expect(location.history.at(-1)).toBe("/?since=2024-01-31");
  });

  it("says which box of the date to compare with is missing, and links to it", async () => {
    const { user } = renderApp("/");
    await screen.findByText("Authorities signed");
    const since = await screen.findByRole("group", { name: "Show change since" });
    await user.type(within(since).getByLabelText("Day"), "31");
    await user.type(within(since).getByLabelText("Year"), "2024");
    await user.click(screen.getByRole("button", { name: "Compare" }));
    const link = await screen.findByRole("link", { name: "Date to compare with must include a month" });
    expect(link.getAttribute("href")).toBe("#since-month");
    expect(within(since).getByLabelText("Month").className).toContain("govuk-input--error");
    expect(within(since).getByLabelText("Day").className).not.toContain("govuk-input--error");
  });

  it("reads the three boxes a form sent without JavaScript", async () => {
    renderApp("/?since-day=31&since-month=1&since-year=2024");
    await screen.findByText("Authorities signed");
    expect(await within(figure("Commitments")).findByText("+12 since 31 January 2024")).toBeTruthy();
  });

  it("explains a date in the address that is not in the calendar instead of asking the API", async () => {
    renderApp("/?since-day=30&since-month=2&since-year=2024");
    await screen.findByText("Authorities signed");
    expect(screen.getByRole("link", { name: "Date to compare with must be a real date" })).toBeTruthy();
    expect(figure("Commitments").textContent).not.toContain("since");
  });

  it("gives every chart a summary sentence and a CSV download", async () => {
    renderApp("/");
    expect(
      await screen.findByText(
        "By November 2026, 29 of 33 authorities had signed the Declaration, up from 21 in December 2018, and 27 were LOTI members.",
      ),
    ).toBeTruthy();
    const downloads = screen
      .getAllByRole("link", { name: /Download the data \(CSV\)/ })
      .map((link) => link.getAttribute("href"));
    expect(downloads).toEqual([
      "/api/series/adoption.csv",
      "/api/series/commitments-by-status.csv",
      "/api/series/commitments-by-principle.csv",
      "/api/series/partnerships-by-type.csv",
    ]);
  });

  it("draws each chart with an accessible name that keyboard users can reach", async () => {
    renderApp("/");
    const chart = await screen.findByRole("application", {
      name: /^Adoption over time, chart of authorities by month/,
    });
    expect(chart.getAttribute("tabindex")).toBe("0");
    const legend = await screen.findAllByRole("list", { name: "Key" });
    expect(within(legend[0] as HTMLElement).getByText("Signed the Declaration")).toBeTruthy();
  });

  it("shows the 33 authorities as tiles that say in words whether each has signed", async () => {
    renderApp("/");
    const tiles = await screen.findByRole("list", { name: "London authorities" });
    expect(within(tiles).getAllByRole("link")).toHaveLength(33);
    const bexley = within(tiles).getByRole("link", { name: /Bexley/ });
    expect(bexley.textContent).toContain("Not signed");
    expect(bexley.getAttribute("href")).toBe("/authorities/E09000004");
    expect(within(tiles).getByRole("link", { name: /Hackney/ }).textContent).toContain("Signed");
  });

  it("shows an error in the chart panel when the API fails, and keeps the rest of the page", async () => {
    server.use(
      http.get("*/api/series/adoption", () =>
        HttpResponse.json(errorBody(503, "unavailable", "The data service is starting up."), { status: 503 }),
      ),
    );
    renderApp("/");
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("“Adoption over time” could not be loaded");
    expect(alert.textContent).toContain("The data service is starting up.");
    expect(within(alert).getByRole("button", { name: "Try again" })).toBeTruthy();
    expect(await screen.findByText("Authorities signed")).toBeTruthy();
  });

  it("says so on every page when the data is illustrative demo data", async () => {
    renderApp("/");
    expect(
      await screen.findByText("This dashboard shows illustrative demo data, not real records."),
    ).toBeTruthy();
  });

  it("shows no demo-data banner when the data is real", async () => {
    server.use(http.get("*/api/meta", () => HttpResponse.json(buildMeta({ demoData: false }))));
    renderApp("/");
    await screen.findByText("Authorities signed");
    expect(screen.queryByText(/illustrative demo data/)).toBeNull();
  });
});
