import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "@/testing/render-app.tsx";

function panel(title: string) {
  return screen.getByRole("heading", { name: title, level: 3 }).closest("section") as HTMLElement;
}

describe("the compare page", () => {
  it("refuses a single authority with an error that names the field and links to it", async () => {
    renderApp("/compare?authorities=E09000012");
    const summary = await screen.findByRole("alert");
    const link = within(summary).getByRole("link", {
      name: "Select at least 2 authorities to compare (you selected only Hackney)",
    });
    expect(link.getAttribute("href")).toBe("#compare-authorities");
    const field = screen.getByRole("group", { name: "Authorities to compare" });
    expect(within(field).getByText(/Select at least 2 authorities to compare/)).toBeTruthy();
    expect((within(field).getByLabelText("Hackney") as HTMLInputElement).checked).toBe(true);
    // The title is set after the page renders: wait for it rather than read it at once.
    await waitFor(() => expect(document.title).toMatch(/^Error: Compare authorities/));
  });

  it("refuses five authorities", async () => {
    renderApp("/compare?authorities=E09000012,E09000007,E09000003,E09000019,E09000028");
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", {
        name: "Select no more than 4 authorities to compare (you selected 5)",
      }),
    ).toBeTruthy();
    expect(screen.queryByText(/^Comparing/)).toBeNull();
  });

  it("refuses a code that is not a London authority's", async () => {
    renderApp("/compare?authorities=E09000012,E09000099");
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", { name: /no London authority with the code E09000099/ }),
    ).toBeTruthy();
  });

  it("shows three authorities side by side, with a chart per measure, each with a table, a summary and CSVs", async () => {
    const { user } = renderApp("/compare?authorities=E09000012,E09000007,E09000003");
    expect(await screen.findByText("Comparing Hackney, Camden and Barnet.")).toBeTruthy();

    const declaration = screen.getByRole("table", { name: "The Declaration and LOTI membership" });
    expect(
      within(declaration)
        .getAllByRole("columnheader")
        .map((header) => header.textContent),
    ).toEqual(["Measure", "Hackney", "Camden", "Barnet"]);
    const approver = within(declaration).getByRole("rowheader", { name: "Senior approver" })
      .parentElement as HTMLElement;
    expect(await within(approver).findAllByText("Jane Example, Chief Executive")).toHaveLength(3);
    const membership = within(declaration).getByRole("rowheader", { name: "LOTI membership" })
      .parentElement as HTMLElement;
    expect(within(membership).getAllByRole("cell")[2]?.textContent).toBe(
      "Founding member, joined 10 June 2019",
    );

    const byPrinciple = screen.getByRole("table", { name: /Commitments by the principle they serve/ });
    expect(await within(byPrinciple).findByRole("rowheader", { name: "2. Fix the plumbing" })).toBeTruthy();
    expect(within(byPrinciple).queryByText("Loading…")).toBeNull();

    const signed = panel("Signed the Declaration");
    expect(
      await within(signed).findByText(
        "By November 2026, Hackney (since December 2018), Camden (since September 2019) and Barnet (since December 2018) had signed the Declaration.",
        { selector: "p" },
      ),
    ).toBeTruthy();
    await user.click(within(signed).getByRole("button", { name: "Table" }));
    const table = within(signed).getByRole("table");
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((header) => header.textContent),
    ).toEqual(["Month", "Hackney", "Camden", "Barnet"]);
    const newest = within(table).getAllByRole("row")[1] as HTMLElement;
    expect(within(newest).getByRole("rowheader").textContent).toBe("November 2026");
    expect(
      within(newest)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["Yes", "Yes", "Yes"]);
    expect(
      within(signed)
        .getByRole("link", { name: /^Camden/ })
        .getAttribute("href"),
    ).toBe("/api/series/adoption.csv?authority=E09000007");

    const done = panel("Commitments done");
    expect(
      await within(done).findByText(
        "By November 2026, Hackney had the most commitments done (1), then Barnet (0) and Camden (0).",
        { selector: "p" },
      ),
    ).toBeTruthy();
    for (const title of ["LOTI membership", "Commitments made", "Active partnerships"]) {
      expect(panel(title)).toBeTruthy();
    }
  });

  it("keeps the page's date in every read, link and download", async () => {
    renderApp("/compare?authorities=E09000012,E09000007&asOf=2024-03-31");
    await screen.findByText("Comparing Hackney and Camden.");
    const declaration = screen.getByRole("table", { name: "The Declaration and LOTI membership" });
    expect(within(declaration).getByRole("link", { name: "Hackney" }).getAttribute("href")).toBe(
      "/authorities/E09000012?asOf=2024-03-31",
    );
    const signed = panel("Signed the Declaration");
    expect(
      within(signed)
        .getByRole("link", { name: /^Hackney/ })
        .getAttribute("href"),
    ).toBe("/api/series/adoption.csv?authority=E09000012&asOf=2024-03-31");
  });

  it("starts from one authority, offers its peer groups, and compares the authorities the user picks", async () => {
    const { user, location } = renderApp("/compare?with=E09000012");
    expect(await screen.findByRole("heading", { name: "Compare Hackney with its peers" })).toBeTruthy();
    expect(screen.queryByRole("alert")).toBeNull();
    const inner = screen.getByRole("link", { name: "Inner London authorities (ONS definition)" });
    expect(inner.getAttribute("href")).toMatch(/^\/compare\?authorities=E09000012(,E090000\d\d){3}$/);
    expect(screen.getByRole("link", { name: "Authorities that also signed in 2018" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Authorities that are not LOTI members" })).toBeTruthy();

    const field = screen.getByRole("group", { name: "Authorities to compare" });
    expect((within(field).getByLabelText("Hackney") as HTMLInputElement).checked).toBe(true);
    await user.click(within(field).getByLabelText("Camden"));
    await user.click(within(field).getByLabelText("Islington"));
    await user.click(screen.getByRole("button", { name: "Compare" }));
    expect(location.history.at(-1)).toBe("/compare?authorities=E09000012,E09000007,E09000019");
    expect(await screen.findByText("Comparing Hackney, Camden and Islington.")).toBeTruthy();
  });

  it("is reached from an authority's profile", async () => {
    const { user, location } = renderApp("/authorities/E09000012");
    await user.click(await screen.findByRole("link", { name: /^Compare with peers/ }));
    expect(location.history.at(-1)).toBe("/compare?with=E09000012");
  });
});
