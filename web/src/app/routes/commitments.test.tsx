import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "@/testing/render-app.tsx";

describe("the commitments page", () => {
  it("lists every commitment with a CSV download of all of them", async () => {
    renderApp("/commitments");
    expect(await screen.findByText("Showing 3 commitments.")).toBeTruthy();
    const link = screen.getByRole("link", { name: "Download all commitments (CSV)" });
    expect(link.getAttribute("href")).toBe("/api/commitments.csv");
  });

  it("applies the filters in the address and downloads the same filtered set", async () => {
    renderApp("/commitments?principle=2&status=done");
    expect(
      await screen.findByText(
        "Showing 1 commitment, serving principle 2 (Fix the plumbing), with status “Done”.",
      ),
    ).toBeTruthy();
    const table = screen.getByRole("table");
    expect(
      within(table).getByRole("link", { name: "Shared data standard for housing repairs" }),
    ).toBeTruthy();
    expect(screen.getByRole("link", { name: "Download these commitments (CSV)" }).getAttribute("href")).toBe(
      "/api/commitments.csv?principle=2&status=done",
    );
  });

  it("puts the chosen filters in the address when the user applies them", async () => {
    const { user, location } = renderApp("/commitments");
    await screen.findByText("Showing 3 commitments.");
    await user.selectOptions(screen.getByLabelText("Authority"), "Southwark");
    await user.click(screen.getByRole("button", { name: "Apply filters" }));
    expect(await screen.findByText("Showing 1 commitment, by Southwark.")).toBeTruthy();
    expect(location.history.at(-1)).toBe("/commitments?authority=E09000028");
  });
});
