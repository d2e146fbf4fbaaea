import { screen, waitFor, within } from "@testing-library/react";
import { http } from "msw";
import { describe, expect, it } from "vitest";
import { HACKNEY_GSS } from "@/testing/fixtures.ts";
import { signedInAs } from "@/testing/handlers.ts";
import { renderApp } from "@/testing/render-app.tsx";
import { server } from "@/testing/server.ts";
import { COMMITMENT_ID, PARTNERSHIP_ID } from "@/testing/workspace-fixtures.ts";

const BASE = `/manage/${HACKNEY_GSS}`;
type User = ReturnType<typeof renderApp>["user"];

async function fillDate(user: User, groupName: string, day: string, month: string, year: string) {
  const group = await screen.findByRole("group", { name: groupName });
  for (const [part, value] of [
    ["Day", day],
    ["Month", month],
    ["Year", year],
  ] as const) {
    await user.clear(within(group).getByLabelText(part));
    await user.type(within(group).getByLabelText(part), value);
  }
}

/** Records the JSON body of each request to `path`; the default handler answers it as the API would. */
function capture(method: "post" | "put", path: string) {
  const sent: { body: unknown } = { body: null };
  server.use(
    http[method](path, async ({ request }) => {
      sent.body = await request.clone().json();
    }),
  );
  return sent;
}

describe("re-baselining a target date", () => {
  it("sends the new date with its reason, based on the commitment's version", async () => {
    server.use(signedInAs("editor"));
    const sent = capture("post", "*/api/workspace/:gss/commitments/:id/target-dates");
    const { user, location } = renderApp(`${BASE}/commitments/${COMMITMENT_ID}/target-date`);
    await fillDate(user, "New target date", "31", "3", "2027");
    await user.type(
      screen.getByLabelText("Why the target date changed"),
      "Supplier went into administration.",
    );
    await user.click(screen.getByRole("button", { name: "Save as draft" }));
    await waitFor(() => expect(location.history?.at(-1)).toBe(`${BASE}?saved=target-date`));
    expect(sent.body).toEqual({
      targetDate: "2027-03-31",
      reason: "Supplier went into administration.",
      replaces: null,
      expectedVersion: 3,
    });
  });

  it("names the missing part of the date in GOV.UK's words and links to that box", async () => {
    server.use(signedInAs("editor"));
    const sent = capture("post", "*/api/workspace/:gss/commitments/:id/target-dates");
    const { user } = renderApp(`${BASE}/commitments/${COMMITMENT_ID}/target-date`);
    await fillDate(user, "New target date", "31", "3", "2027");
    const group = screen.getByRole("group", { name: "New target date" });
    await user.clear(within(group).getByLabelText("Month"));
    await user.type(screen.getByLabelText("Why the target date changed"), "Supplier delay.");
    await user.click(screen.getByRole("button", { name: "Save as draft" }));
    const link = await screen.findByRole("link", { name: "New target date must include a month" });
    expect(link.getAttribute("href")).toBe("#targetDate-month");
    expect(within(group).getByLabelText("Month").className).toContain("govuk-input--error");
    expect(within(group).getByLabelText("Day").className).not.toContain("govuk-input--error");
    await user.clear(within(group).getByLabelText("Day"));
    await user.clear(within(group).getByLabelText("Year"));
    await user.click(screen.getByRole("button", { name: "Save as draft" }));
    expect(await screen.findByRole("link", { name: "Enter the new target date" })).toBeTruthy();
    await fillDate(user, "New target date", "31", "2", "2027");
    await user.click(screen.getByRole("button", { name: "Save as draft" }));
    expect(await screen.findByRole("link", { name: "New target date must be a real date" })).toBeTruthy();
    expect(sent.body).toBeNull();
  });

  it("asks why the date changed before sending anything", async () => {
    server.use(signedInAs("editor"));
    const sent = capture("post", "*/api/workspace/:gss/commitments/:id/target-dates");
    const { user } = renderApp(`${BASE}/commitments/${COMMITMENT_ID}/target-date`);
    await fillDate(user, "New target date", "31", "3", "2027");
    await user.click(screen.getByRole("button", { name: "Save as draft" }));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", { name: "Explain why the target date changed" }).getAttribute("href"),
    ).toBe("#reason");
    expect(sent.body).toBeNull();
  });
});

describe("the signature form", () => {
  it("refuses a data: link with a clear message and keeps what was typed", async () => {
    server.use(signedInAs("editor"));
    const sent = capture("put", "*/api/workspace/:gss/signature");
    const { user } = renderApp(`${BASE}/signature`);
    const link = await screen.findByLabelText("Link to the published commitment");
    await user.clear(link);
    await user.type(link, "data:text/html,hello");
    await user.click(screen.getByRole("button", { name: /Save/ }));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", { name: "Enter a link that starts with http:// or https://" }),
    ).toBeTruthy();
    expect((screen.getByLabelText("Link to the published commitment") as HTMLInputElement).value).toBe(
      "data:text/html,hello",
    );
    expect(sent.body).toBeNull();
  });

  it("sends the corrected signature with the version it was based on", async () => {
    server.use(signedInAs("editor"));
    const sent = capture("put", "*/api/workspace/:gss/signature");
    const { user, location } = renderApp(`${BASE}/signature`);
    const name = await screen.findByLabelText("Senior approver’s name");
    await user.clear(name);
    await user.type(name, "Ada Example");
    await user.click(screen.getByRole("button", { name: /Save/ }));
    await waitFor(() => expect(location.history?.at(-1)).toContain("?saved="));
    expect(sent.body).toEqual({
      signedOn: "2018-12-05",
      approverName: "Ada Example",
      approverRole: "Chief Executive",
      commitmentUrl: "https://localdigital.gov.uk/commitments/example",
      expectedVersion: 1,
    });
  });
});

describe("editing a commitment", () => {
  it("starts from the saved values and sends them back with the version", async () => {
    server.use(signedInAs("editor"));
    const sent = capture("put", "*/api/workspace/:gss/commitments/:id");
    const { user, location } = renderApp(`${BASE}/commitments/${COMMITMENT_ID}/edit`);
    const title = await screen.findByLabelText("Title");
    expect((title as HTMLInputElement).value).toBe("Open-source social care case management");
    await user.type(title, " (phase 2)");
    await user.click(screen.getByRole("button", { name: /Save/ }));
    await waitFor(() => expect(location.history?.at(-1)).toContain("?saved="));
    expect(sent.body).toMatchObject({
      title: "Open-source social care case management (phase 2)",
      principles: [1, 2, 5],
      lotiArea: "peer-sharing",
      committedOn: "2018-12-05",
      expectedVersion: 3,
    });
  });
});

describe("a partnership", () => {
  it("is ended by giving it an end date, which cannot come before its start", async () => {
    server.use(signedInAs("editor"));
    const sent = capture("put", "*/api/workspace/:gss/partnerships/:id");
    const { user, location } = renderApp(`${BASE}/partnerships/${PARTNERSHIP_ID}/edit`);
    await fillDate(user, "End date (optional)", "1", "1", "2000");
    await user.click(screen.getByRole("button", { name: /Save/ }));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", { name: "The end date must be on or after the start date" }),
    ).toBeTruthy();
    expect(sent.body).toBeNull();

    await fillDate(user, "End date (optional)", "30", "11", "2026");
    await user.click(screen.getByRole("button", { name: /Save/ }));
    await waitFor(() => expect(location.history?.at(-1)).toContain("?saved="));
    expect(sent.body).toMatchObject({ endDate: "2026-11-30", expectedVersion: 2 });
  });

  it("can name a partner not listed yet, with its type", async () => {
    server.use(signedInAs("editor"));
    const sent = capture("post", "*/api/workspace/:gss/partnerships");
    const { user, location } = renderApp(`${BASE}/partnerships/new`);
    await user.click(await screen.findByRole("radio", { name: "An organisation not listed yet" }));
    await user.type(screen.getByLabelText("Partner’s name"), "Example Civic Tech Ltd");
    await user.click(screen.getByRole("radio", { name: "Govtech supplier" }));
    await fillDate(user, "Start date", "1", "9", "2026");
    await user.type(screen.getByLabelText("What the partnership is for"), "Build the repairs service.");
    await user.click(screen.getByRole("button", { name: /Save/ }));
    await waitFor(() => expect(location.history?.at(-1)).toContain("?saved="));
    expect(sent.body).toMatchObject({
      partner: { kind: "new", name: "Example Civic Tech Ltd", type: "govtech_supplier" },
      startDate: "2026-09-01",
      endDate: null,
      purpose: "Build the repairs service.",
      expectedVersion: 0,
    });
  });

  it("narrows the list of partners by a search, saying how many match", async () => {
    server.use(signedInAs("editor"));
    const { user } = renderApp(`${BASE}/partnerships/new`);
    await user.click(
      await screen.findByRole("radio", { name: "An organisation or authority already listed" }),
    );
    expect(screen.getByRole("status").textContent).toBe("3 partners on the list");
    await user.type(screen.getByLabelText("Search the list"), "inclusion");
    expect(screen.getByRole("status").textContent).toBe("1 of 3 partners match “inclusion”");
    const options = within(screen.getByLabelText("Choose the partner")).getAllByRole("option");
    expect(options.map((option) => option.textContent)).toEqual([
      "Choose a partner",
      "Example Digital Inclusion Trust (Non-profit)",
    ]);
    await user.clear(screen.getByLabelText("Search the list"));
    await user.type(screen.getByLabelText("Search the list"), "10007784");
    expect(
      within(screen.getByLabelText("Choose the partner")).getByRole("option", { name: /UCL/ }),
    ).toBeTruthy();
  });

  it("says when a proposed partner is already listed, and sends a new one's identifier", async () => {
    server.use(signedInAs("editor"));
    const sent = capture("post", "*/api/workspace/:gss/partnerships");
    const { user } = renderApp(`${BASE}/partnerships/new`);
    await user.click(await screen.findByRole("radio", { name: "An organisation not listed yet" }));
    await user.type(screen.getByLabelText("Partner’s name"), "The Example Digital Inclusion Trust");
    await user.click(screen.getByRole("button", { name: "Choose Example Digital Inclusion Trust instead" }));
    expect(
      (screen.getByRole("radio", { name: "An organisation or authority already listed" }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    expect((screen.getByLabelText("Choose the partner") as HTMLSelectElement).value).toBe(
      "3f0e8c1a-0000-4000-8000-0000000000aa",
    );

    await user.click(screen.getByRole("radio", { name: "An organisation not listed yet" }));
    await user.clear(screen.getByLabelText("Partner’s name"));
    await user.type(screen.getByLabelText("Partner’s name"), "Sample Registered Ltd");
    await user.click(screen.getByRole("button", { name: /Save/ }));
    expect(await screen.findByRole("link", { name: "Choose the type of partner" })).toBeTruthy();
    await user.click(screen.getByRole("radio", { name: "Govtech supplier" }));
    await user.click(screen.getByRole("radio", { name: "Companies House number" }));
    await user.type(screen.getByLabelText("The partner’s Companies House number"), "ABC123");
    await user.type(screen.getByLabelText("What the partnership is for"), "Hosting.");
    await user.click(screen.getByRole("button", { name: /Save/ }));
    const summary = await screen.findByRole("alert");
    const link = within(summary).getByRole("link", {
      name: "Enter a Companies House number of 8 characters, like 01234567 or SC123456",
    });
    expect(link.getAttribute("href")).toBe("#partner-canonicalId");
    await user.clear(screen.getByLabelText("The partner’s Companies House number"));
    await user.type(screen.getByLabelText("The partner’s Companies House number"), "sc123456");
    await user.click(screen.getByRole("button", { name: /Save/ }));
    await waitFor(() =>
      expect(sent.body).toMatchObject({
        partner: {
          kind: "new",
          name: "Sample Registered Ltd",
          type: "govtech_supplier",
          canonicalIdScheme: "companies_house",
          canonicalId: "SC123456",
        },
      }),
    );
  });
});
