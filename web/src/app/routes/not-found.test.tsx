import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "@/testing/render-app.tsx";

describe("an unknown address", () => {
  it("shows a page-not-found message with the navigation still there", async () => {
    renderApp("/no-such-page");
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeTruthy();
    expect(screen.getByRole("navigation", { name: "Main" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Skip to main content" })).toBeTruthy();
  });

  it("still shows the demo-data banner", async () => {
    renderApp("/no-such-page");
    expect(
      await screen.findByText("This dashboard shows illustrative demo data, not real records."),
    ).toBeTruthy();
  });
});
