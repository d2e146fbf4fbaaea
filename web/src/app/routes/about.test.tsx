import { DATA_TABLES } from "@ldd/shared/data-dictionary";
import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "@/testing/render-app.tsx";

function readJsonLd(): Record<string, unknown> & { distribution: Array<Record<string, string>> } {
  const script = document.head.querySelector('script[type="application/ld+json"]');
  if (!script?.textContent) throw new Error("No JSON-LD in the document head");
  return JSON.parse(script.textContent);
}

describe("the About page", () => {
  it("describes the dataset as schema.org JSON-LD in the head, naming every download", async () => {
    renderApp("/about");
    await screen.findByRole("heading", { level: 1, name: "About the data" });
    // dateModified comes from /api/meta once it has answered.
    await waitFor(() => expect(readJsonLd().dateModified).toBe("2026-11-20T09:00:00.000Z"));
    const dataset = readJsonLd();
    expect(dataset).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Dataset",
      name: "Local Digital Declaration adoption in London",
      license: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
      creator: { "@type": "Organization", name: "London Office of Technology and Innovation (LOTI)" },
      temporalCoverage: "2018-07-04/..",
    });
    expect(String(dataset.description).length).toBeGreaterThan(50);
    const origin = window.location.origin;
    expect(dataset.distribution.map(({ contentUrl }) => contentUrl)).toEqual([
      `${origin}/data/latest/ldd-data.zip`,
      `${origin}/data/latest/datapackage.json`,
      ...DATA_TABLES.map((table) => `${origin}/data/latest/${table.name}.csv`),
    ]);
    for (const download of dataset.distribution) {
      expect(download["@type"]).toBe("DataDownload");
      expect(download.encodingFormat).toMatch(/^(application\/zip|application\/json|text\/csv)$/);
    }
  });

  it("takes its JSON-LD away when another page is shown", async () => {
    const { user } = renderApp("/about");
    await screen.findByRole("heading", { level: 1, name: "About the data" });
    expect(document.head.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(1);
    await user.click(screen.getByRole("link", { name: "Read how every figure is worked out" }));
    await screen.findByRole("heading", { level: 1, name: /^Methodology/ });
    expect(document.head.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(0);
  });

  it("keeps the old accessibility anchor, pointing to the statement", async () => {
    renderApp("/about");
    await screen.findByRole("heading", { level: 1, name: "About the data" });
    expect(document.getElementById("accessibility")?.textContent).toBe("Accessibility");
    expect(screen.getByRole("link", { name: "accessibility statement" }).getAttribute("href")).toBe(
      "/accessibility",
    );
  });
});
