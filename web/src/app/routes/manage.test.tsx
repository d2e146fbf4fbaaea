import { screen, waitFor, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { HACKNEY_GSS } from "@/testing/fixtures.ts";
import { errorBody, signedInAs } from "@/testing/handlers.ts";
import { renderApp } from "@/testing/render-app.tsx";
import { server } from "@/testing/server.ts";
import { buildWorkspace, buildWorkspaceCommitment, COMMITMENT_ID } from "@/testing/workspace-fixtures.ts";

const STATUS_PATH = `/manage/${HACKNEY_GSS}/commitments/${COMMITMENT_ID}/status`;

async function fillStatusForm(user: ReturnType<typeof renderApp>["user"]) {
  await user.click(await screen.findByRole("radio", { name: "Done" }));
  await user.click(screen.getByRole("radio", { name: "Live" }));
  const date = screen.getByRole("group", { name: "Date of this status" });
  for (const [part, value] of [
    ["Day", "18"],
    ["Month", "11"],
    ["Year", "2026"],
  ] as const) {
    await user.clear(within(date).getByLabelText(part));
    await user.type(within(date).getByLabelText(part), value);
  }
  await user.type(screen.getByLabelText("Note (optional unless dropped)"), "Live in all teams.");
  await user.type(screen.getByLabelText("Link to evidence 1 (optional)"), "https://example.org/launch");
}

describe("an editor's workspace", () => {
  it("shows records with their states, the reviewer's comment and the pending count", async () => {
    server.use(signedInAs("editor"));
    renderApp(`/manage/${HACKNEY_GSS}`);
    expect(
      await screen.findByRole("heading", { level: 1, name: "Hackney: Declaration records" }),
    ).toBeTruthy();

    // A returned change says what the reviewer said, and how to correct or withdraw it.
    const returned = screen.getByRole("region", { name: "Returned by a reviewer" });
    expect(returned.textContent).toContain("Say which services the data standard covers.");
    expect(
      within(returned)
        .getByRole("link", { name: /Correct it/ })
        .getAttribute("href"),
    ).toBe(`/manage/${HACKNEY_GSS}/commitments/6c1d8a3f-5e47-4b68-8a1d-3e0f9b2c4d09/edit`);
    expect(within(returned).getByRole("button", { name: /Withdraw/ })).toBeTruthy();

    // One line per commitment: its public status, and the state of what is pending; never a
    // "Published" tag beside a value that is not.
    const line = (title: string) => {
      const heading = screen.getByRole("heading", { level: 3, name: new RegExp(title) });
      const item = heading.closest("li");
      if (!item) throw new Error(`no line for ${title}`);
      return item;
    };
    expect(
      within(line("Open-source social care case management")).getByText("In progress · Beta"),
    ).toBeTruthy();
    expect(within(line("Shared data standard for housing repairs")).getByText("Returned")).toBeTruthy();
    expect(within(line("Shared data standard for housing repairs")).queryByText("Published")).toBeNull();
    expect(
      screen.getByRole("link", { name: "Report a status of “Open-source social care case management”" }),
    ).toBeTruthy();
    const partnership = screen.getByRole("row", { name: /UCL/ }).textContent;
    expect(partnership).toContain("Draft");
    expect(partnership).toContain("Public now: from 15 July 2019");

    expect(screen.getByText("2 changes not yet submitted")).toBeTruthy();
    expect(screen.getByRole("link", { name: "Download commitments (CSV)" }).getAttribute("href")).toBe(
      `/api/workspace/${HACKNEY_GSS}/commitments.csv`,
    );
  });

  it("submits the drafts for review and confirms", async () => {
    server.use(signedInAs("editor"));
    let submitted = 0;
    server.use(
      http.post("*/api/workspace/:gss/submit", async ({ request }) => {
        expect(await request.json()).toEqual({});
        submitted += 1;
        return HttpResponse.json({ count: 2 });
      }),
    );
    const { user } = renderApp(`/manage/${HACKNEY_GSS}`);
    await user.click(await screen.findByRole("button", { name: "Submit 2 changes for review" }));
    const panel = await screen.findByRole("heading", { name: "Submitted for review" });
    expect(panel.parentElement?.textContent).toContain("2 changes sent to LOTI reviewers");
    expect(submitted).toBe(1);
  });

  it("lists each row and column a CSV import refused", async () => {
    server.use(signedInAs("editor"));
    let sent: unknown = null;
    server.use(
      http.post("*/api/workspace/:gss/commitments/import", async ({ request }) => {
        sent = await request.json();
        return HttpResponse.json(
          {
            error: {
              status: 422,
              code: "invalid_import",
              message: "Some rows could not be imported",
              issues: [
                { path: "rows.3.title", message: "Enter a title" },
                { path: "rows.5.evidence_url", message: "Enter a link that starts with http:// or https://" },
              ],
            },
          },
          { status: 422 },
        );
      }),
    );
    const { user } = renderApp(`/manage/${HACKNEY_GSS}`);
    const input = await screen.findByLabelText("Upload a CSV file of commitments");
    await user.upload(input, new File(["id,version,title\n,0,\n"], "commitments.csv", { type: "text/csv" }));
    await user.click(screen.getByRole("button", { name: "Import from CSV" }));

    const summary = await screen.findByRole("alert");
    expect(within(summary).getByText("The file could not be imported")).toBeTruthy();
    expect(within(summary).getByText("Row 3, column title: Enter a title")).toBeTruthy();
    expect(
      within(summary).getByText(
        "Row 5, column evidence_url: Enter a link that starts with http:// or https://",
      ),
    ).toBeTruthy();
    expect(sent).toEqual({ csv: "id,version,title\n,0,\n" });
  });

  it("says how many rows an import may hold, and how many more problems a refusal did not list", async () => {
    server.use(signedInAs("editor"));
    server.use(
      http.post("*/api/workspace/:gss/commitments/import", () =>
        HttpResponse.json(
          {
            error: {
              status: 422,
              code: "invalid_import",
              message: "Nothing was imported. Check rows 2 and others",
              issues: [
                { path: "rows.2.title", message: "Enter a title" },
                {
                  path: "rows",
                  message: "And 1,184 more problems: fix these, then import again to see the rest",
                },
              ],
            },
          },
          { status: 422 },
        ),
      ),
    );
    const { user } = renderApp(`/manage/${HACKNEY_GSS}`);
    const input = await screen.findByLabelText("Upload a CSV file of commitments");
    expect(document.getElementById("csv-hint")?.textContent).toContain("at most 500 rows of commitments");
    await user.upload(input, new File(["id,version,title\n,0,\n"], "commitments.csv", { type: "text/csv" }));
    await user.click(screen.getByRole("button", { name: "Import from CSV" }));

    const summary = await screen.findByRole("alert");
    expect(within(summary).getByText("Row 2, column title: Enter a title")).toBeTruthy();
    expect(
      within(summary).getByText("And 1,184 more problems: fix these, then import again to see the rest"),
    ).toBeTruthy();
  });

  it("asks a signed-out visitor to sign in", async () => {
    server.use(
      http.get("*/api/workspace/:gss", () =>
        HttpResponse.json(errorBody(401, "signed_out", "Sign in to continue."), { status: 401 }),
      ),
    );
    renderApp(`/manage/${HACKNEY_GSS}`);
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in to continue" })).toBeTruthy();
    expect(within(screen.getByRole("main")).getByRole("link", { name: "Sign in" }).getAttribute("href")).toBe(
      `/sign-in?next=${encodeURIComponent(`/manage/${HACKNEY_GSS}`)}`,
    );
  });

  it("tells an editor of another authority they cannot see its records", async () => {
    server.use(
      signedInAs("editor"),
      http.get("*/api/workspace/:gss", () =>
        HttpResponse.json(errorBody(403, "forbidden", "Not your authority."), { status: 403 }),
      ),
    );
    renderApp("/manage/E09000007");
    expect(
      await screen.findByRole("heading", { level: 1, name: "You cannot see this authority’s records" }),
    ).toBeTruthy();
  });

  it("shows a record's versions with who, when, why and the values before → after, newest first", async () => {
    server.use(signedInAs("editor"));
    renderApp(`/manage/${HACKNEY_GSS}/history/commitment/${COMMITMENT_ID}`);
    const versions = await screen.findByRole("table", {
      name: "Every version of the commitment, newest first",
    });
    const rows = within(versions).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual([
      "Status report for 18 November 2026",
      "Status report for 10 February 2020",
    ]);
    const latest = rows[0]?.textContent ?? "";
    expect(latest).toContain("Ada Editor");
    expect(latest).toContain("was In progress (Beta)");
    expect(latest).toContain("now Done (Live)");
    expect(latest).toContain("Live for every social worker");
    expect(latest).toContain("Returned");
    expect(rows[1]?.textContent).toContain("System (data loaded)");

    const table = screen.getByRole("table", { name: "Audit entries of the commitment, newest first" });
    const row = within(table).getByRole("row", { name: /Rita Reviewer/ });
    expect(row.textContent).toContain("LOTI reviewer");
    expect(row.textContent).toContain("Submission returned");
    expect(row.textContent).toContain("Add the evidence link.");
  });
});

describe("reporting a status", () => {
  it("sends the status, phase, date, note and evidence in one step, based on the record's version", async () => {
    server.use(signedInAs("editor"));
    let sent: unknown = null;
    server.use(
      http.post("*/api/workspace/:gss/commitments/:id/status-updates", async ({ request, params }) => {
        expect(params.id).toBe(COMMITMENT_ID);
        sent = await request.json();
        return HttpResponse.json(buildWorkspaceCommitment(), { status: 201 });
      }),
    );
    const { user, location } = renderApp(STATUS_PATH);
    await fillStatusForm(user);
    await user.click(screen.getByRole("button", { name: "Save as draft" }));

    expect(await screen.findByText("The status was reported as a draft.")).toBeTruthy();
    expect(location.history?.at(-1)).toBe(`/manage/${HACKNEY_GSS}?saved=status`);
    expect(sent).toEqual({
      status: "done",
      phase: "live",
      effectiveDate: "2026-11-18",
      note: "Live in all teams.",
      evidenceUrls: ["https://example.org/launch"],
      replaces: null,
      expectedVersion: 3,
    });
  });

  it("refuses a javascript: link before sending, with a clear message", async () => {
    server.use(signedInAs("editor"));
    const { user } = renderApp(STATUS_PATH);
    await user.click(await screen.findByRole("radio", { name: "Planned" }));
    await user.type(screen.getByLabelText("Link to evidence 1 (optional)"), "javascript:alert(1)");
    await user.click(screen.getByRole("button", { name: "Save as draft" }));

    const summary = await screen.findByRole("alert");
    const link = within(summary).getByRole("link", {
      name: "Enter a link that starts with http:// or https://",
    });
    expect(link.getAttribute("href")).toBe("#evidenceUrls-0");
    expect((screen.getByLabelText(/Link to evidence/) as HTMLInputElement).value).toBe("javascript:alert(1)");
  });

  it("shows the API's field errors from a 400 next to the fields", async () => {
    server.use(
      signedInAs("editor"),
      http.post("*/api/workspace/:gss/commitments/:id/status-updates", () =>
        HttpResponse.json(
          {
            error: {
              status: 400,
              code: "invalid_request",
              message: "Check json.effectiveDate, json.note",
              issues: [
                { path: "json.effectiveDate", message: "The date cannot be in the future" },
                { path: "json.note", message: "The note must be 2,000 characters or fewer" },
              ],
            },
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = renderApp(STATUS_PATH);
    await fillStatusForm(user);
    await user.click(screen.getByRole("button", { name: "Save as draft" }));

    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", { name: "The date cannot be in the future" }).getAttribute("href"),
    ).toBe("#effectiveDate");
    expect(
      within(summary)
        .getByRole("link", { name: /The note must be/ })
        .getAttribute("href"),
    ).toBe("#note");
    expect(document.getElementById("effectiveDate-error")?.textContent).toContain(
      "The date cannot be in the future",
    );
    expect((screen.getByLabelText(/Note/) as HTMLTextAreaElement).value).toBe("Live in all teams.");
  });

  it("on a conflict shows what is saved now and re-sends the user's values with the new version", async () => {
    server.use(signedInAs("editor"));
    const bodies: Record<string, unknown>[] = [];
    server.use(
      http.post("*/api/workspace/:gss/commitments/:id/status-updates", async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        bodies.push(body);
        if (body.expectedVersion === 3) {
          return HttpResponse.json(
            {
              error: {
                status: 409,
                code: "conflict",
                message: "Someone else changed this record",
                current: buildWorkspaceCommitment({ version: 4, status: "dropped", phase: null }),
              },
            },
            { status: 409 },
          );
        }
        return HttpResponse.json(buildWorkspaceCommitment(), { status: 201 });
      }),
    );
    const { user, location } = renderApp(STATUS_PATH);
    await fillStatusForm(user);
    await user.click(screen.getByRole("button", { name: "Save as draft" }));

    const banner = await screen.findByRole("alert");
    expect(within(banner).getByText("Someone else changed this record while you were editing")).toBeTruthy();
    const statusRow = within(banner).getByRole("row", { name: /^Status/ });
    expect(statusRow.textContent).toContain("Done");
    expect(statusRow.textContent).toContain("Dropped");
    const phaseRow = within(banner).getByRole("row", { name: /^Delivery phase/ });
    expect(phaseRow.textContent).toContain("Live");

    await user.click(within(banner).getByRole("button", { name: "Use my changes" }));
    await waitFor(() => expect(location.history?.at(-1)).toBe(`/manage/${HACKNEY_GSS}?saved=status`));
    expect(bodies).toHaveLength(2);
    expect(bodies[1]).toEqual({ ...bodies[0], expectedVersion: 4 });
  });

  it("is read-only for a reviewer", async () => {
    server.use(signedInAs("reviewer"));
    renderApp(STATUS_PATH);
    expect(
      await screen.findByRole("heading", { level: 1, name: "You cannot change this authority’s records" }),
    ).toBeTruthy();
  });
});

describe("adding a commitment", () => {
  it("asks for each missing field, linked from the error summary", async () => {
    server.use(
      signedInAs("editor"),
      http.get("*/api/workspace/:gss", () => HttpResponse.json(buildWorkspace())),
    );
    const { user } = renderApp(`/manage/${HACKNEY_GSS}/commitments/new`);
    await user.click(await screen.findByRole("button", { name: "Save as draft" }));
    const summary = await screen.findByRole("alert");
    const links = within(summary)
      .getAllByRole("link")
      .map((link) => link.getAttribute("href"));
    expect(links).toEqual(["#title", "#mission", "#impact", "#principles", "#targetDate"]);
  });
});
