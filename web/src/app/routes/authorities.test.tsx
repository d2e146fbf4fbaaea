import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "@/testing/render-app.tsx";

function authorityTable() {
  return screen.getByRole("table", { name: "London authorities and the Local Digital Declaration" });
}

/** The authority names in the table, top to bottom. */
function namesInTable() {
  return within(authorityTable())
    .getAllByRole("rowheader")
    .map((cell) => within(cell).getByRole("link").textContent);
}

function columnHeader(name: string) {
  return within(authorityTable()).getByRole("columnheader", { name: new RegExp(`^${name}`) });
}

function tileMap() {
  return screen.getByRole("list", { name: /^Map of London authorities/ });
}

function tile(name: string) {
  return within(tileMap()).getByRole("link", { name: new RegExp(`^${name}`) });
}

describe("the authorities page", () => {
  it("lists all 33 authorities with links to their profiles, sorted by name", async () => {
    renderApp("/authorities");
    expect(
      await screen.findByText("Showing 33 of 33 authorities. Sorted by name, A to Z.", { exact: false }),
    ).toBeTruthy();
    const rows = within(authorityTable()).getAllByRole("row");
    expect(rows).toHaveLength(34);
    const hackney = within(authorityTable()).getByRole("link", { name: "Hackney" });
    expect(hackney.getAttribute("href")).toBe("/authorities/E09000012");
    expect(namesInTable()[0]).toBe("Barking and Dagenham");
    expect(columnHeader("Authority").getAttribute("aria-sort")).toBe("ascending");
    expect(columnHeader("Overdue").getAttribute("aria-sort")).toBe("none");
  });

  it("keeps the page's date on every link", async () => {
    renderApp("/authorities?asOf=2024-03-31");
    await screen.findByText(/Showing 33 of 33 authorities/);
    expect(within(authorityTable()).getByRole("link", { name: "Hackney" }).getAttribute("href")).toBe(
      "/authorities/E09000012?asOf=2024-03-31",
    );
    expect(tile("Hackney").getAttribute("href")).toBe("/authorities/E09000012?asOf=2024-03-31");
    expect(screen.getByRole("link", { name: /Compare 2 to 4 authorities/ }).getAttribute("href")).toBe(
      "/compare?asOf=2024-03-31",
    );
  });

  it("sorts by a column when its heading is chosen, most first the second time, and keeps the sort in the address", async () => {
    const { user, location } = renderApp("/authorities");
    await screen.findByText(/Showing 33 of 33 authorities/);

    await user.click(within(columnHeader("Overdue")).getByRole("button"));
    expect(location.history.at(-1)).toBe("/authorities?sort=overdue");
    expect(columnHeader("Overdue").getAttribute("aria-sort")).toBe("ascending");
    expect(columnHeader("Authority").getAttribute("aria-sort")).toBe("none");
    expect(namesInTable()[0]).toBe("Barking and Dagenham");
    expect(screen.getByRole("status").textContent).toContain("Sorted by overdue commitments, fewest first.");

    await user.click(within(columnHeader("Overdue")).getByRole("button"));
    expect(location.history.at(-1)).toBe("/authorities?sort=-overdue");
    expect(columnHeader("Overdue").getAttribute("aria-sort")).toBe("descending");
    expect(namesInTable().slice(0, 3)).toEqual(["Brent", "City of London", "Ealing"]);
    expect(screen.getByRole("status").textContent).toContain("Sorted by overdue commitments, most first.");
  });

  it("sorts from the address, by keyboard, and puts authorities that have not signed last", async () => {
    const { user, location } = renderApp("/authorities?sort=-signed");
    await screen.findByText(/Sorted by date signed, latest first/);
    const names = namesInTable();
    expect(names[0]).toBe("Camden");
    expect(names.slice(-4)).toEqual(["Bexley", "Bromley", "Havering", "Hillingdon"]);

    within(columnHeader("Commitments")).getByRole("button").focus();
    await user.keyboard("{Enter}");
    expect(location.history.at(-1)).toBe("/authorities?sort=commitments");
    await user.keyboard(" ");
    expect(location.history.at(-1)).toBe("/authorities?sort=-commitments");
    expect(namesInTable()[0]).toBe("Barnet");
  });

  it("ignores a sort it does not know and sorts by name", async () => {
    renderApp("/authorities?sort=nonsense");
    expect(await screen.findByText(/Sorted by name, A to Z/)).toBeTruthy();
    expect(namesInTable()[0]).toBe("Barking and Dagenham");
  });

  it("narrows the table as the user searches by name, and keeps the search in the address", async () => {
    const { user, location } = renderApp("/authorities");
    await screen.findByText(/Showing 33 of 33 authorities/);
    await user.type(screen.getByLabelText("Search by name or GSS code"), "hack{Enter}");

    expect(screen.getByText(/Showing 1 of 33 authorities: matching “hack”/)).toBeTruthy();
    const links = within(authorityTable()).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual(["Hackney"]);
    expect(location.history.at(-1)).toBe("/authorities?q=hack");
  });

  it("finds an authority by its GSS code from the address bar", async () => {
    renderApp("/authorities?q=E09000007");
    expect(await screen.findByText(/Showing 1 of 33 authorities/)).toBeTruthy();
    expect(within(authorityTable()).getByRole("link", { name: "Camden" })).toBeTruthy();
  });

  it("filters to outer London and says when nothing matches", async () => {
    const { user } = renderApp("/authorities?area=outer");
    expect(
      await screen.findByText(/Showing 19 of 33 authorities: outer London \(ONS definition\)/),
    ).toBeTruthy();
    await user.type(screen.getByLabelText("Search by name or GSS code"), "Hackney");
    await user.click(screen.getByRole("button", { name: "Apply filters" }));
    expect(screen.getByText(/No authority matches your search/)).toBeTruthy();
  });

  it("filters by either definition of inner London, LOTI membership and founding members, and says which", async () => {
    const { user, location } = renderApp("/authorities?sort=-overdue");
    await screen.findByText(/Showing 33 of 33 authorities/);
    await user.selectOptions(screen.getByLabelText("Part of London"), "inner");
    await user.click(screen.getByLabelText("London Government Act 1963"));
    await user.selectOptions(screen.getByLabelText("LOTI membership"), "yes");
    await user.click(screen.getByRole("button", { name: "Apply filters" }));

    expect(
      screen.getByText(
        "Showing 12 of 33 authorities: inner London (1963 definition), LOTI members. Sorted by overdue commitments, most first.",
      ),
    ).toBeTruthy();
    expect(location.history.at(-1)).toBe("/authorities?sort=-overdue&area=inner&member=yes&definition=1963");
    const names = namesInTable();
    // Greenwich is inner London by the 1963 Act (outer by the ONS); Haringey and Newham the other way round.
    expect(names).toContain("Greenwich");
    expect(names).not.toContain("Newham");
    expect(names).not.toContain("City of London");

    await user.click(screen.getByLabelText("Founding members only"));
    await user.click(screen.getByRole("button", { name: "Apply filters" }));
    expect(screen.getByText(/inner London \(1963 definition\), founding LOTI members\./)).toBeTruthy();
    expect(within(tileMap()).getAllByRole("link")).toHaveLength(namesInTable().length);

    await user.click(screen.getByRole("link", { name: "Clear filters" }));
    expect(await screen.findByText(/Showing 33 of 33 authorities/)).toBeTruthy();
    expect(location.history.at(-1)).toBe("/authorities?sort=-overdue");
  });

  it("shows the map by the measure the user picks, in words on every tile with a key in words", async () => {
    const { user, location } = renderApp("/authorities");
    await screen.findByText(/Showing 33 of 33 authorities/);
    expect(screen.getByRole("heading", { name: "Map: signed the declaration" })).toBeTruthy();
    expect(tile("Bexley").textContent).toContain("Not signed");
    expect(tile("Hackney").textContent).toContain("Signed 2018");

    await user.selectOptions(screen.getByLabelText("Show on the map"), "overdue");
    await user.click(screen.getByRole("button", { name: "Update the map" }));
    expect(location.history.at(-1)).toBe("/authorities?measure=overdue");
    expect(screen.getByRole("heading", { name: "Map: overdue commitments" })).toBeTruthy();
    expect(tile("Brent").textContent).toContain("1 overdue");
    expect(tile("Barnet").textContent).toContain("None overdue");
    expect(tile("Bexley").textContent).toContain("No commitments");
    const key = screen.getByRole("list", { name: "Key: overdue commitments" });
    expect(within(key).getByText("1 overdue: 8")).toBeTruthy();
    expect(within(key).getByText("No commitments: 4")).toBeTruthy();
  });

  it("reads the measure from the address, and ignores one it does not know", async () => {
    const { unmount } = renderApp("/authorities?measure=share_done");
    await screen.findByText(/Showing 33 of 33 authorities/);
    expect(tile("Barking and Dagenham").textContent).toContain("50% done");
    expect(tile("Barking and Dagenham").textContent).toContain("(1 of 2 commitments)");
    unmount();

    const second = renderApp("/authorities?measure=days_since_update");
    await screen.findByText(/Showing 33 of 33 authorities/);
    expect(tile("Hackney").textContent).toContain("50 days");
    expect(tile("Bexley").textContent).toContain("Never updated");
    second.unmount();

    renderApp("/authorities?measure=colour");
    await screen.findByText(/Showing 33 of 33 authorities/);
    expect(screen.getByRole("heading", { name: "Map: signed the declaration" })).toBeTruthy();
  });

  it("offers to compare the authorities shown when there are 2 to 4 of them", async () => {
    renderApp("/authorities?q=ey");
    await screen.findByText(/Showing 4 of 33 authorities/);
    expect(
      screen.getByRole("link", { name: "Compare these 4 authorities side by side" }).getAttribute("href"),
    ).toBe("/compare?authorities=E09000004,E09000006,E09000012,E09000014");
  });
});
