import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "@/testing/render-app.tsx";

function authorityTable() {
  return screen.getByRole("table", { name: "London authorities and the Local Digital Declaration" });
}

describe("the authorities page", () => {
  it("lists all 33 authorities with links to their profiles", async () => {
    renderApp("/authorities");
    expect(await screen.findByText("Showing 33 of 33 authorities")).toBeTruthy();
    const rows = within(authorityTable()).getAllByRole("row");
    expect(rows).toHaveLength(34);
    const hackney = within(authorityTable()).getByRole("link", { name: "Hackney" });
    expect(hackney.getAttribute("href")).toBe("/authorities/E09000012");
  });

  it("narrows the table as the user searches by name, and keeps the search in the address", async () => {
    const { user, location } = renderApp("/authorities");
    await screen.findByText("Showing 33 of 33 authorities");
    await user.type(screen.getByLabelText("Search by name or GSS code"), "hack");

    expect(screen.getByText("Showing 1 of 33 authorities")).toBeTruthy();
    const links = within(authorityTable()).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual(["Hackney"]);
    expect(location.history.at(-1)).toBe("/authorities?q=hack");
  });

  it("finds an authority by its GSS code from the address bar", async () => {
    renderApp("/authorities?q=E09000007");
    expect(await screen.findByText("Showing 1 of 33 authorities")).toBeTruthy();
    expect(within(authorityTable()).getByRole("link", { name: "Camden" })).toBeTruthy();
  });

  it("filters to outer London and says when nothing matches", async () => {
    const { user } = renderApp("/authorities?area=outer");
    expect(await screen.findByText("Showing 19 of 33 authorities")).toBeTruthy();
    await user.type(screen.getByLabelText("Search by name or GSS code"), "Hackney");
    expect(screen.getByText(/No authority matches your search/)).toBeTruthy();
  });
});
