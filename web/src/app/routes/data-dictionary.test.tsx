import { DATA_TABLES } from "@ldd/shared/data-dictionary";
import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "@/testing/render-app.tsx";

describe("the open data and data dictionary page", () => {
  it("lists every table and every column of the shared data dictionary, in file order", async () => {
    renderApp("/about/data");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Open data and data dictionary" }),
    ).toBeTruthy();
    for (const table of DATA_TABLES) {
      const heading = screen.getByRole("heading", { level: 3, name: `${table.title} ${table.name}.csv` });
      const section = heading.closest("section");
      if (!section) throw new Error(`No section for ${table.name}`);
      expect(within(section).getByText(table.description)).toBeTruthy();
      const columns = within(section).getByRole("table", {
        name: `Columns of ${table.name}.csv, in file order`,
      });
      const names = within(columns)
        .getAllByRole("rowheader")
        .map((cell) => cell.textContent);
      expect(names).toEqual(table.fields.map((field) => field.name));
      for (const field of table.fields) {
        const row = within(columns).getByRole("rowheader", { name: field.name }).closest("tr");
        expect(row?.textContent).toContain(field.description);
      }
    }
  });

  it("gives each column's constraints and keys", async () => {
    renderApp("/about/data");
    const heading = await screen.findByRole("heading", { level: 3, name: "Commitments commitments.csv" });
    const section = heading.closest("section") as HTMLElement;
    const row = (name: string) =>
      within(section).getByRole("rowheader", { name }).closest("tr")?.textContent ?? "";
    expect(row("id")).toContain("Primary key");
    expect(row("id")).toContain("Unique");
    expect(row("authority_gss_code")).toContain("Refers to authorities.gss_code");
    expect(row("authority_gss_code")).toContain("Required");
    expect(row("status")).toContain("One of: not_yet_reported, not_applicable, planned");
  });

  it("links the zip, the package description and every CSV, latest and dated", async () => {
    renderApp("/about/data");
    await screen.findByRole("heading", { level: 1, name: "Open data and data dictionary" });
    const download = screen.getByRole("heading", { name: "Download the data" })
      .nextElementSibling as HTMLElement;
    const hrefs = within(download)
      .getAllByRole("link")
      .map((link) => link.getAttribute("href"));
    expect(hrefs).toEqual([
      "/data/latest/ldd-data.zip",
      "/data/latest/datapackage.json",
      ...DATA_TABLES.map((table) => `/data/latest/${table.name}.csv`),
    ]);
    // The dated edition to cite, for today's date from /api/meta.
    expect(await screen.findByRole("link", { name: /\/data\/2026-11-20\/datapackage\.json$/ })).toBeTruthy();
  });

  it("is linked from the About page and the footer", async () => {
    renderApp("/about");
    await screen.findByRole("heading", { level: 1, name: "About the data" });
    expect(
      screen
        .getByRole("link", { name: /Open data and data dictionary: download the data/ })
        .getAttribute("href"),
    ).toBe("/about/data");
    const footer = screen.getByRole("contentinfo");
    expect(
      within(footer).getByRole("link", { name: "Open data and data dictionary" }).getAttribute("href"),
    ).toBe("/about/data");
  });
});
