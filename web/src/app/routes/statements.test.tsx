import { screen, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { buildMeta } from "@/testing/fixtures.ts";
import { renderApp } from "@/testing/render-app.tsx";
import { server } from "@/testing/server.ts";

describe("the accessibility statement", () => {
  it("follows the GOV.UK model: who runs it, compliance, known issues, contact, enforcement, testing", async () => {
    renderApp("/accessibility");
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Accessibility statement for the Local Digital Declaration dashboard",
      }),
    ).toBeTruthy();
    for (const heading of [
      "How accessible this website is",
      "Feedback and contact information",
      "Reporting accessibility problems with this website",
      "Enforcement procedure",
      "Compliance status",
      "Non-accessible content",
      "Preparation of this accessibility statement",
    ]) {
      expect(screen.getByRole("heading", { name: heading })).toBeTruthy();
    }
    expect(screen.getByText(/run by the London Office of Technology and Innovation/)).toBeTruthy();
    expect(screen.getByText(/partially compliant with the/)).toBeTruthy();
    expect(screen.getByText(/2\.2\.1 Timing adjustable/)).toBeTruthy();
    expect(screen.getByText(/rather than from the chart itself/)).toBeTruthy();
    expect(screen.getByRole("link", { name: "Equality Advisory and Support Service (EASS)" })).toBeTruthy();
    expect(screen.getByText(/Equality and Human Rights Commission \(EHRC\)/)).toBeTruthy();
    expect(screen.getByText(/This statement was prepared on 30 November 2026/)).toBeTruthy();
    // No mailbox set: LOTI's website, never an address nobody reads.
    const website = await screen.findAllByRole("link", { name: "its website, loti.london" });
    expect(website).toHaveLength(2);
    for (const link of website) expect(link.getAttribute("href")).toBe("https://loti.london");
  });

  it("gives the mailbox the installation set, for other formats and for reporting problems", async () => {
    const contactEmail = "digital-access@loti.example";
    server.use(http.get("*/api/meta", () => HttpResponse.json(buildMeta({ contactEmail }))));
    renderApp("/accessibility");
    const mail = await screen.findAllByRole("link", { name: contactEmail });
    expect(mail).toHaveLength(2);
    for (const link of mail) expect(link.getAttribute("href")).toBe(`mailto:${contactEmail}`);
  });

  it("is the footer's accessibility link, and the page has no date picker", async () => {
    renderApp("/accessibility");
    await screen.findByRole("heading", { level: 1 });
    const footer = screen.getByRole("contentinfo");
    expect(within(footer).getByRole("link", { name: "Accessibility statement" }).getAttribute("href")).toBe(
      "/accessibility",
    );
    expect(screen.queryByRole("button", { name: /Show/ })).toBeNull();
  });
});

describe("the methodology page", () => {
  it("explains every figure", async () => {
    renderApp("/methodology");
    expect(await screen.findByRole("heading", { level: 1, name: /^Methodology/ })).toBeTruthy();
    for (const heading of [
      "Signed the Declaration",
      "LOTI members and founding members",
      "The status of a commitment on a date",
      "Overdue commitments",
      "Target dates, re-baselines and days slipped",
      "Stale records",
      "Active partnerships and partner organisations",
      "The monthly charts",
      "Showing a past date: as known and as published",
      "Changes between two dates",
    ]) {
      expect(screen.getByRole("heading", { level: 2, name: heading })).toBeTruthy();
    }
    expect(screen.getByText(/founding member/, { selector: "p" }).textContent).toContain("10 June 2019");
    expect(screen.getByText(/for more than 183 days/)).toBeTruthy();
  });

  it("is linked from the About page and the footer", async () => {
    renderApp("/about");
    await screen.findByRole("heading", { level: 1, name: "About the data" });
    expect(
      screen.getByRole("link", { name: "Read how every figure is worked out" }).getAttribute("href"),
    ).toBe("/methodology");
    const footer = screen.getByRole("contentinfo");
    expect(within(footer).getByRole("link", { name: "Methodology" }).getAttribute("href")).toBe(
      "/methodology",
    );
  });
});
