import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DataTable, type DataTableColumn } from "./data-table.tsx";

interface Borough {
  gss: string;
  name: string;
  commitments: number;
}

const COLUMNS: DataTableColumn<Borough>[] = [
  { key: "name", header: "Authority", cell: (row) => row.name, rowHeader: true },
  { key: "gss", header: "GSS code", cell: (row) => row.gss },
  { key: "commitments", header: "Commitments", cell: (row) => row.commitments, numeric: true },
];

const ROWS: Borough[] = [
  { gss: "E09000012", name: "Hackney", commitments: 3 },
  { gss: "E09000007", name: "Camden", commitments: 2 },
];

function renderTable(props: Partial<Parameters<typeof DataTable<Borough>>[0]> = {}) {
  return render(
    <DataTable caption="Boroughs" columns={COLUMNS} rows={ROWS} rowKey={(row) => row.gss} {...props} />,
  );
}

describe("DataTable", () => {
  it("is named by its caption and heads each column with scope col", () => {
    renderTable();
    const table = screen.getByRole("table", { name: "Boroughs" });
    const headers = within(table).getAllByRole("columnheader");
    expect(headers.map((header) => header.textContent)).toEqual(["Authority", "GSS code", "Commitments"]);
    expect(headers.every((header) => header.getAttribute("scope") === "col")).toBe(true);
  });

  it("heads each row with its name, so screen readers announce it with every cell", () => {
    renderTable();
    const rowHeader = screen.getByRole("rowheader", { name: "Hackney" });
    expect(rowHeader.getAttribute("scope")).toBe("row");
    expect(screen.getAllByRole("rowheader")).toHaveLength(2);
  });

  it("right-aligns numeric columns, header and cells", () => {
    renderTable();
    expect(screen.getByRole("columnheader", { name: "Commitments" }).className).toContain(
      "govuk-table__header--numeric",
    );
    expect(screen.getByRole("cell", { name: "3" }).className).toContain("govuk-table__cell--numeric");
    expect(screen.getByRole("cell", { name: "E09000012" }).className).not.toContain("numeric");
  });

  it("says so instead of showing a table with no rows, when given a message", () => {
    renderTable({ rows: [], emptyMessage: "No authority matches your search." });
    expect(screen.queryByRole("table")).toBeNull();
    expect(screen.getByText("No authority matches your search.")).toBeTruthy();
  });

  it("scrolls inside a region named like the table that keyboard users can focus", () => {
    renderTable({ scroll: "wide" });
    const region = screen.getByRole("region", { name: "Boroughs" });
    expect(region.getAttribute("tabindex")).toBe("0");
    expect(within(region).getByRole("table", { name: "Boroughs" })).toBeTruthy();
  });

  it("keeps a hidden caption as the table's name", () => {
    renderTable({ hideCaption: true });
    expect(screen.getByRole("table", { name: "Boroughs" })).toBeTruthy();
    expect(screen.getByText("Boroughs").className).toContain("govuk-visually-hidden");
  });
});
