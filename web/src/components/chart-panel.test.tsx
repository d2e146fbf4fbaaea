import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { ChartPanel, type ChartTable, ChartView } from "./chart-panel.tsx";

const table: ChartTable = {
  caption: "Adoption over time: authorities at the end of each month, newest first",
  rowHeaderLabel: "Month",
  columns: [
    { key: "signed", label: "Authorities signed" },
    { key: "lotiMembers", label: "LOTI members" },
  ],
  rows: [
    { id: "2026-11", header: "November 2026", cells: ["29", "27"] },
    { id: "2026-10", header: "October 2026", cells: ["28", "27"] },
  ],
};

function renderPanel() {
  render(
    <ChartPanel title="Adoption over time" csvHref="/api/series/adoption.csv">
      <ChartView
        title="Adoption over time"
        summary="By November 2026, 29 of 33 authorities had signed the Declaration."
        table={table}
        chart={<div data-testid="chart">a chart</div>}
      />
    </ChartPanel>,
  );
  return userEvent.setup();
}

describe("ChartPanel", () => {
  it("shows a heading, the summary sentence and the chart first", () => {
    renderPanel();
    expect(screen.getByRole("heading", { level: 2, name: "Adoption over time" })).toBeTruthy();
    expect(
      screen.getByText("By November 2026, 29 of 33 authorities had signed the Declaration."),
    ).toBeTruthy();
    expect(screen.getByTestId("chart")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Chart" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("switches to a real table with a caption and row and column headers", async () => {
    const user = renderPanel();
    await user.click(screen.getByRole("button", { name: "Table" }));

    expect(screen.getByRole("button", { name: "Table" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.queryByTestId("chart")).toBeNull();
    const shownTable = screen.getByRole("table", { name: table.caption });
    expect(
      within(shownTable).getByRole("columnheader", { name: "Authorities signed" }).getAttribute("scope"),
    ).toBe("col");
    const rowHeader = within(shownTable).getByRole("rowheader", { name: "November 2026" });
    expect(rowHeader.getAttribute("scope")).toBe("row");
    expect(within(shownTable).getAllByRole("row")).toHaveLength(3);
  });

  it("puts the table in a labelled region that keyboard users can focus to scroll", async () => {
    const user = renderPanel();
    await user.click(screen.getByRole("button", { name: "Table" }));
    const region = screen.getByRole("region", { name: table.caption });
    expect(region.getAttribute("tabindex")).toBe("0");
  });

  it("offers the data behind the chart as a CSV download", () => {
    renderPanel();
    const link = screen.getByRole("link", { name: /Download the data \(CSV\)/ });
    expect(link.getAttribute("href")).toBe("/api/series/adoption.csv");
    expect(link.hasAttribute("download")).toBe(true);
  });

  it("keeps its heading and download whatever state its content is in", () => {
    render(
      <ChartPanel title="Adoption over time" csvHref="/api/series/adoption.csv">
        <p>Loading adoption over time…</p>
      </ChartPanel>,
    );
    expect(screen.getByRole("heading", { name: "Adoption over time" })).toBeTruthy();
    expect(screen.getByRole("link", { name: /Download the data \(CSV\)/ })).toBeTruthy();
  });
});
