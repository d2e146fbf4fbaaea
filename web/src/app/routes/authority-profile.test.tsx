import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "@/testing/render-app.tsx";

describe("an authority's profile page", () => {
  it("shows the signature, approver and LOTI membership", async () => {
    renderApp("/authorities/E09000012");
    expect(await screen.findByRole("heading", { level: 1, name: "Hackney" })).toBeTruthy();
    const signed = screen.getByText("Signed the Declaration").closest("div");
    expect(signed?.textContent).toContain("5 December 2018");
    expect(screen.getByText("Jane Example, Chief Executive")).toBeTruthy();
    const timeline = screen.getByRole("list", { name: "LOTI membership of Hackney, oldest first" });
    const [first] = within(timeline).getAllByRole("listitem");
    expect(first?.textContent).toContain("10 June 2019: Joined LOTI at its launch: a founding member");
    expect(first?.textContent).toContain("as LOTI’s public sources confirm");
    expect(screen.getByText(/^Hackney is a member of LOTI now/)).toBeTruthy();
  });

  it("says who reported each partnership and whether the partner authority confirmed it, on both profiles", async () => {
    renderApp("/authorities/E09000012");
    const own = await screen.findByRole("table", { name: "Partnerships of Hackney" });
    const camden = within(own).getByRole("row", { name: /Camden/ });
    expect(within(camden).getByText("Confirmed")).toBeTruthy();
    expect(within(camden).getByText("Reported by Hackney, confirmed by Camden on 2 May 2024")).toBeTruthy();
    const named = screen.getByRole("table", { name: "Partnerships other authorities reported with Hackney" });
    const islington = within(named).getByRole("row", { name: /Islington/ });
    expect(
      within(islington).getByText("Reported by Islington, awaiting confirmation by Hackney"),
    ).toBeTruthy();
    expect(within(islington).getByRole("link", { name: "Islington" }).getAttribute("href")).toBe(
      "/authorities/E09000019",
    );
  });

  it("shows a commitment's four fields, status, overdue flag and re-baselined target date with its reason", async () => {
    renderApp("/authorities/E09000012");
    const commitment = await screen.findByRole("article", {
      name: "Open-source social care case management",
    });
    expect(within(commitment).getByText("Camden, Greenwich")).toBeTruthy();
    expect(within(commitment).getByText(/Build and share a modular case management tool/)).toBeTruthy();
    expect(within(commitment).getByText(/Social workers spend less time/)).toBeTruthy();
    expect(within(commitment).getByText("2. Fix the plumbing")).toBeTruthy();
    expect(within(commitment).getByText("Peer-to-peer sharing of tools, patterns and code")).toBeTruthy();
    expect(within(commitment).getAllByText("In progress · Beta").length).toBeGreaterThan(0);
    expect(within(commitment).getByText("Overdue")).toBeTruthy();
    expect(
      within(commitment).getByText(
        "On 15 November 2019, moved to 30 June 2020: Procurement of hosting took longer than planned.",
      ),
    ).toBeTruthy();
  });

  it("says how far each status claim can be trusted, and counts the current claims by confidence", async () => {
    renderApp("/authorities/E09000012");
    const table = await screen.findByRole("table", { name: "Current status claims by confidence" });
    const counts = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => [within(row).getByRole("rowheader").textContent, row.lastElementChild?.textContent]);
    expect(counts).toEqual([
      ["Self-declared", "1"],
      ["Evidenced", "1"],
      ["Verified", "0"],
    ]);
    expect(
      screen.getByText("Of 2 reported statuses, 1 self-declared, 1 evidenced, 0 verified."),
    ).toBeTruthy();
    const commitment = screen.getByRole("article", { name: "Open-source social care case management" });
    expect(within(commitment).getAllByText("Evidenced").length).toBeGreaterThan(0);
    expect(within(commitment).getByText("Self-declared")).toBeTruthy();
  });

  it("shows the commitment's status history, newest first, with notes and evidence", async () => {
    renderApp("/authorities/E09000012");
    const history = await screen.findByRole("list", {
      name: "Status history of Open-source social care case management, newest first",
    });
    const entries = within(history)
      .getAllByRole("listitem")
      .filter((item) => item.parentElement === history);
    expect(entries.map((entry) => entry.querySelector("time")?.textContent)).toEqual([
      "10 February 2020",
      "1 June 2019",
      "5 December 2018",
    ]);
    expect(entries[2]?.textContent).toContain("Planned · Discovery");
    expect(entries[1]?.textContent).toContain("Alpha started with a shared team.");
    expect(
      within(history).getByRole("link", { name: "https://example.org/hackney/alpha-show-and-tell" }),
    ).toBeTruthy();
  });

  it("lists partnerships with their type, dates and whether they are active", async () => {
    renderApp("/authorities/E09000012");
    const table = await screen.findByRole("table", { name: "Partnerships of Hackney" });
    const row = within(table).getByRole("row", { name: /UCL/ });
    expect(row.textContent).toContain("University");
    expect(row.textContent).toContain("15 July 2019");
    expect(row.textContent).toContain("Active");
  });

  it("says an authority is not found for an unknown code", async () => {
    renderApp("/authorities/E09999999");
    expect(await screen.findByRole("heading", { level: 1, name: "Authority not found" })).toBeTruthy();
    expect(screen.getByText(/no London authority with the code “E09999999”/)).toBeTruthy();
  });
});
