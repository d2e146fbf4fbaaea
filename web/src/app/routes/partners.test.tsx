import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "@/testing/render-app.tsx";

function partnerTable() {
  return screen.getByRole("table", { name: "Partner organisations and the authorities they work with" });
}

function partnerNames() {
  return within(partnerTable())
    .getAllByRole("rowheader")
    .map((cell) => cell.textContent);
}

describe("the partners page", () => {
  it("lists partner organisations, the most connected first, with a sentence and a CSV", async () => {
    renderApp("/partners");
    expect(
      await screen.findByText(
        "Showing 4 partner organisations. 2 work with more than one authority; the most connected is London Councils (3 authorities).",
      ),
    ).toBeTruthy();
    expect(partnerNames()).toEqual([
      "London Councils",
      "UCL",
      "Example Civic Tech Ltd",
      "Sample Open Data Foundation",
    ]);
    const londonCouncils = within(partnerTable()).getByRole("rowheader", { name: "London Councils" })
      .parentElement as HTMLElement;
    expect(within(londonCouncils).getByRole("link", { name: "Hackney" }).getAttribute("href")).toBe(
      "/authorities/E09000012",
    );
    expect(
      within(londonCouncils)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["Public body", "Camden, Hackney, Islington", "3", "4"]);
    expect(
      screen.getByRole("link", { name: "Download all partner organisations (CSV)" }).getAttribute("href"),
    ).toBe("/api/partners.csv");
  });

  it("filters by type and by how many authorities share a partner, keeping the filters and the date in the address", async () => {
    const { user, location } = renderApp("/partners?asOf=2025-01-31");
    await screen.findByText(/Showing 4 partner organisations/);
    await user.selectOptions(screen.getByLabelText("Type of partner"), "university");
    await user.type(screen.getByLabelText("Shared by at least"), "2");
    await user.click(screen.getByRole("button", { name: "Apply filters" }));

    expect(location.history.at(-1)).toBe("/partners?asOf=2025-01-31&partnerType=university&minAuthorities=2");
    expect(
      await screen.findByText(
        "Showing 1 university, each working with at least 2 authorities. 1 works with more than one authority; the most connected is UCL (2 authorities).",
      ),
    ).toBeTruthy();
    expect(partnerNames()).toEqual(["UCL"]);
    expect(
      screen.getByRole("link", { name: "Download these partner organisations (CSV)" }).getAttribute("href"),
    ).toBe("/api/partners.csv?partnerType=university&minAuthorities=2&asOf=2025-01-31");
  });

  it("says when no partner matches", async () => {
    renderApp("/partners?minAuthorities=5");
    expect(
      await screen.findByText("No partner organisations work with at least 5 authorities."),
    ).toBeTruthy();
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("refuses a number that is not a whole number from 1, naming the field, and shows every partner", async () => {
    renderApp("/partners?minAuthorities=none");
    const summary = await screen.findByRole("alert");
    const link = within(summary).getByRole("link", {
      name: "Enter a whole number of authorities from 1 to 1000, for example 2",
    });
    expect(link.getAttribute("href")).toBe("#partner-min-authorities");
    expect((screen.getByLabelText("Shared by at least") as HTMLInputElement).value).toBe("none");
    expect(await screen.findByText(/Showing 4 partner organisations/)).toBeTruthy();
  });
});
