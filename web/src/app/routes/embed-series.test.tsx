import type { TimeSeries } from "@ldd/shared/series";
import { screen, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { buildSeries } from "@/testing/fixtures.ts";
import { buildAuthoritySeries } from "@/testing/portfolio-fixtures.ts";
import { renderApp } from "@/testing/render-app.tsx";
import { server } from "@/testing/server.ts";

/** The fixture series cut at the end of a month, as the API answers for `asOf`. */
function seriesAsOf(series: TimeSeries, asOf: string, asPublished: boolean): TimeSeries {
  return {
    ...series,
    view: { asOf, asPublished },
    points: series.points.filter((point) => point.month <= asOf.slice(0, 7)),
  };
}

function answerAsOf(requests: URL[]) {
  server.use(
    http.get("*/api/series/:name", ({ params, request }) => {
      const url = new URL(request.url);
      requests.push(url);
      const asOf = url.searchParams.get("asOf") ?? "2026-11-20";
      const authority = url.searchParams.get("authority");
      const name = params.name as TimeSeries["name"];
      const series = authority ? buildAuthoritySeries(name, authority) : buildSeries(name);
      return HttpResponse.json(seriesAsOf(series, asOf, url.searchParams.get("asPublished") === "true"));
    }),
  );
}

describe("an embedded chart", () => {
  it("shows the chart's sentence, its table and its date for ?asOf, with no site navigation", async () => {
    const requests: URL[] = [];
    answerAsOf(requests);
    const { user } = renderApp("/embed/series/adoption?asOf=2024-03-31");
    expect(await screen.findByRole("heading", { level: 1, name: "Adoption over time" })).toBeTruthy();
    expect(
      await screen.findByText(/^By March 2024, \d+ of 33 authorities had signed the Declaration/),
    ).toBeTruthy();
    expect(
      screen.getByText(/Figures as they stood at the end of 31 March 2024, as known today\./),
    ).toBeTruthy();
    expect(requests.at(-1)?.searchParams.get("asOf")).toBe("2024-03-31");

    await user.click(screen.getByRole("button", { name: "Table" }));
    const table = screen.getByRole("table", {
      name: /^Adoption over time: authorities at the end of each month/,
    });
    const months = within(table).getAllByRole("rowheader");
    expect(months[0]?.textContent).toBe("March 2024");
    expect(months.at(-1)?.textContent).toBe("July 2018");

    // No header, navigation, footer or date picker: only the chart and where it comes from.
    expect(screen.queryByRole("navigation")).toBeNull();
    expect(screen.queryByRole("banner")).toBeNull();
    expect(screen.queryByRole("contentinfo")).toBeNull();
    const source = screen.getByRole("link", { name: /Local Digital Declaration dashboard/ });
    expect(source.getAttribute("href")).toBe(`${window.location.origin}/?asOf=2024-03-31`);
    expect(source.getAttribute("target")).toBe("_blank");
    expect(screen.getByRole("link", { name: /Open Government Licence v3\.0/ }).getAttribute("rel")).toContain(
      "license",
    );
    expect(screen.getByRole("link", { name: "Download the data (CSV)" }).getAttribute("href")).toBe(
      "/api/series/adoption.csv?asOf=2024-03-31",
    );
  });

  it("shows one authority's records for ?authority=, as published", async () => {
    const requests: URL[] = [];
    answerAsOf(requests);
    renderApp("/embed/series/adoption?authority=E09000012&asOf=2024-03-31&asPublished=true");
    expect(
      await screen.findByRole("heading", { level: 1, name: "Adoption over time: Hackney" }),
    ).toBeTruthy();
    expect(await screen.findByText(/^By March 2024, Hackney had signed the Declaration/)).toBeTruthy();
    expect(
      screen.getByText(
        "Local Digital Declaration in London. Figures as published by the end of 31 March 2024.",
      ),
    ).toBeTruthy();
    expect(requests.at(-1)?.searchParams.get("authority")).toBe("E09000012");
    expect(requests.at(-1)?.searchParams.get("asPublished")).toBe("true");
    expect(
      screen.getByRole("link", { name: /Local Digital Declaration dashboard/ }).getAttribute("href"),
    ).toBe(`${window.location.origin}/authorities/E09000012?asOf=2024-03-31&asPublished=true`);
  });

  it("says so when the chart or the authority does not exist", async () => {
    renderApp("/embed/series/no-such-chart");
    expect(await screen.findByRole("heading", { level: 1, name: "Chart not found" })).toBeTruthy();
    expect(screen.getByText("There is no chart called “no-such-chart”.")).toBeTruthy();
  });
});

describe("Embed this chart, on the overview", () => {
  it("offers the code of a frame for each chart, keeping the page's date, and copies it", async () => {
    const { user } = renderApp("/?asOf=2024-03-31");
    const summaries = await screen.findAllByText(/^Embed this chart/);
    expect(summaries).toHaveLength(4);
    await user.click(summaries[0] as HTMLElement);
    const code = (await screen.findByLabelText(
      "HTML code to embed “Adoption over time”",
    )) as HTMLTextAreaElement;
    expect(code.readOnly).toBe(true);
    expect(code.value).toBe(
      `<iframe src="${window.location.origin}/embed/series/adoption?asOf=2024-03-31" title="Adoption over time" width="100%" height="620" style="border: 0; max-width: 100%;" loading="lazy"></iframe>`,
    );
    await user.click(screen.getByRole("button", { name: "Copy the code: embed “Adoption over time”" }));
    expect(await navigator.clipboard.readText()).toBe(code.value);
    expect(screen.getAllByRole("status").some((status) => status.textContent?.includes("Code copied"))).toBe(
      true,
    );
  });
});
