import { screen, waitFor, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { buildAuthorityProfile, buildCommitmentList, HACKNEY_GSS } from "@/testing/fixtures.ts";
import { errorBody, signedInAs } from "@/testing/handlers.ts";
import { renderApp } from "@/testing/render-app.tsx";
import { server } from "@/testing/server.ts";
import { buildReviewQueue, STATUS_CHANGE_ID, TARGET_CHANGE_ID } from "@/testing/workspace-fixtures.ts";

/** A reviewer whose decision finds Hackney's submission changed (409); counts the reads of the queue. */
function submissionThatChangesWhenDecided(decision: "publish" | "return") {
  const queue = { reads: 0 };
  server.use(
    signedInAs("reviewer"),
    http.get("*/api/review", () => {
      queue.reads += 1;
      return HttpResponse.json(buildReviewQueue());
    }),
    http.post(`*/api/review/:gss/${decision}`, () =>
      HttpResponse.json(
        errorBody(409, "submission_changed", "Hackney's submission changed since you read it."),
        {
          status: 409,
        },
      ),
    ),
  );
  return queue;
}

describe("the review queue", () => {
  it("describes each authority's submitted changes", async () => {
    server.use(signedInAs("reviewer"));
    renderApp("/review");
    const submission = await screen.findByRole("region", { name: "Hackney" });
    expect(
      within(submission).getByText(/Status of “Open-source social care case management” set to Done/),
    ).toBeTruthy();
  });

  it("shows each change's fields as published now and as submitted", async () => {
    server.use(signedInAs("reviewer"));
    renderApp("/review");
    const submission = await screen.findByRole("region", { name: "Hackney" });
    const tables = await within(submission).findAllByRole("table", { name: "What this change changes" });
    expect(tables).toHaveLength(2);
    const statusRow = within(tables[0] as HTMLElement).getByRole("row", { name: /Status/ });
    expect(
      within(statusRow)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["In progress (Beta)", "Done"]);
    const reason = within(tables[1] as HTMLElement).getByRole("row", { name: /Reason/ });
    expect(
      within(reason)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["Nothing published", "Procurement"]);
  });

  it("publishes one change and returns the other with its own comment", async () => {
    server.use(signedInAs("reviewer"));
    const decisions: unknown[] = [];
    server.use(
      http.post("*/api/review/:gss/:decision", async ({ params, request }) => {
        decisions.push({ decision: params.decision, body: await request.json() });
        return HttpResponse.json({ count: 1 });
      }),
    );
    const { user } = renderApp("/review");
    await user.click(await screen.findByRole("checkbox", { name: /Target date of/ }));
    // The reviewer opened the evidence and ticks that it shows the status: published as verified.
    expect(
      screen
        .getByRole("link", { name: "https://example.org/hackney/case-management-live" })
        .getAttribute("href"),
    ).toBe("https://example.org/hackney/case-management-live");
    await user.click(screen.getByRole("checkbox", { name: "Evidence checked" }));
    await user.click(screen.getByRole("button", { name: "Publish 1 change from Hackney" }));
    expect(await screen.findByText("Published 1 change from Hackney.")).toBeTruthy();
    expect(decisions).toEqual([
      {
        decision: "publish",
        body: { changeIds: [STATUS_CHANGE_ID], evidenceCheckedIds: [STATUS_CHANGE_ID] },
      },
    ]);

    await user.click(screen.getByRole("checkbox", { name: /Status of/ }));
    await user.click(screen.getByRole("checkbox", { name: /Target date of/ }));
    await user.click(screen.getByRole("button", { name: "Return 1 change with a comment to Hackney" }));
    await user.type(screen.getByLabelText("Comment for Hackney"), "Say who decided the new date.");
    await user.click(screen.getByRole("button", { name: "Return 1 change with this comment" }));
    await waitFor(() => expect(decisions).toHaveLength(2));
    expect(decisions[1]).toEqual({
      decision: "return",
      body: { comment: "Say who decided the new date.", changeIds: [TARGET_CHANGE_ID] },
    });
  });

  it("publishes a submission and says so", async () => {
    server.use(signedInAs("reviewer"));
    const published: unknown[] = [];
    server.use(
      http.post("*/api/review/:gss/publish", async ({ params, request }) => {
        published.push({ gss: params.gss, body: await request.json() });
        return HttpResponse.json({ count: 1 });
      }),
    );
    const { user } = renderApp("/review");
    await user.click(await screen.findByRole("button", { name: "Publish 2 changes from Hackney" }));
    expect(await screen.findByText("Published 1 change from Hackney.")).toBeTruthy();
    expect(published).toEqual([
      { gss: HACKNEY_GSS, body: { changeIds: [STATUS_CHANGE_ID, TARGET_CHANGE_ID], evidenceCheckedIds: [] } },
    ]);
  });

  it("says so and shows the submission again when it changed since the reviewer read it", async () => {
    const queue = submissionThatChangesWhenDecided("publish");
    const { user } = renderApp("/review");
    await user.click(await screen.findByRole("button", { name: "Publish 2 changes from Hackney" }));
    expect(await screen.findByText("Hackney's submission changed since you read it.")).toBeTruthy();
    await waitFor(() => expect(queue.reads).toBe(2));
  });

  it("needs a comment to return a submission, then sends it", async () => {
    server.use(signedInAs("reviewer"));
    const comments: unknown[] = [];
    server.use(
      http.post("*/api/review/:gss/return", async ({ request }) => {
        comments.push(await request.json());
        return HttpResponse.json({ count: 1 });
      }),
    );
    const { user } = renderApp("/review");
    await user.click(
      await screen.findByRole("button", { name: "Return 2 changes with a comment to Hackney" }),
    );
    await user.click(screen.getByRole("button", { name: "Return 2 changes with this comment" }));

    const summary = await screen.findByRole("alert");
    const link = within(summary).getByRole("link", { name: "Explain what needs to change" });
    expect(link.getAttribute("href")).toBe(`#${HACKNEY_GSS}-comment`);
    await waitFor(() => expect(document.activeElement).toBe(summary.parentElement));
    expect(comments).toEqual([]);

    await user.type(screen.getByLabelText("Comment for Hackney"), "Add the evidence link.");
    await user.click(screen.getByRole("button", { name: "Return 2 changes with this comment" }));
    expect(await screen.findByText("Returned 1 change to Hackney with your comment.")).toBeTruthy();
    expect(comments).toEqual([
      { comment: "Add the evidence link.", changeIds: [STATUS_CHANGE_ID, TARGET_CHANGE_ID] },
    ]);
  });

  it("says so and shows the submission again when it changed before it could be returned", async () => {
    const queue = submissionThatChangesWhenDecided("return");
    const { user } = renderApp("/review");
    await user.click(
      await screen.findByRole("button", { name: "Return 2 changes with a comment to Hackney" }),
    );
    await user.type(screen.getByLabelText("Comment for Hackney"), "Add the evidence link.");
    await user.click(screen.getByRole("button", { name: "Return 2 changes with this comment" }));
    const summary = await screen.findByRole("alert");
    expect(within(summary).getByText("Hackney's submission changed since you read it.")).toBeTruthy();
    await waitFor(() => expect(queue.reads).toBe(2));
  });

  it("asks a signed-out visitor to sign in", async () => {
    server.use(
      http.get("*/api/review", () =>
        HttpResponse.json(errorBody(401, "signed_out", "Sign in to continue."), { status: 401 }),
      ),
    );
    renderApp("/review");
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in to continue" })).toBeTruthy();
  });
});

const HACKNEY_COMMITMENT = "Open-source social care case management";

/**
 * Public reads that answer with Hackney's commitment as published so far: in progress until a
 * reviewer publishes, done after. Counts the requests for the commitments list.
 */
function publicDataThatChangesOnPublish() {
  const state = { published: false, commitmentListReads: 0 };
  const asPublished = <Commitment extends { title: string }>(commitment: Commitment) =>
    state.published && commitment.title === HACKNEY_COMMITMENT
      ? { ...commitment, status: "done" as const, phase: "live" as const }
      : commitment;
  server.use(
    signedInAs("reviewer"),
    http.get("*/api/commitments", () => {
      state.commitmentListReads += 1;
      return HttpResponse.json({
        ...buildCommitmentList(),
        commitments: buildCommitmentList().commitments.map(asPublished),
      });
    }),
    http.get("*/api/authorities/:gss", () => {
      const profile = buildAuthorityProfile();
      return HttpResponse.json({ ...profile, commitments: profile.commitments.map(asPublished) });
    }),
    http.post("*/api/review/:gss/publish", () => {
      state.published = true;
      return HttpResponse.json({ count: 1 });
    }),
  );
  return state;
}

type User = ReturnType<typeof renderApp>["user"];

async function goToReviewAndPublish(user: User) {
  await user.click(
    within(screen.getByRole("navigation", { name: "Account" })).getByRole("link", { name: "Review" }),
  );
  await user.click(await screen.findByRole("button", { name: "Publish 2 changes from Hackney" }));
  expect(await screen.findByText("Published 1 change from Hackney.")).toBeTruthy();
}

describe("after a reviewer's decision", () => {
  it("a commitments list read before publishing shows the published status when the reviewer goes back to it", async () => {
    publicDataThatChangesOnPublish();
    const { user } = renderApp("/commitments");
    const before = await screen.findByRole("row", { name: new RegExp(HACKNEY_COMMITMENT) });
    expect(within(before).getByText("In progress · Beta")).toBeTruthy();

    await goToReviewAndPublish(user);
    await user.click(
      within(screen.getByRole("navigation", { name: "Main" })).getByRole("link", { name: "Commitments" }),
    );

    const after = await screen.findByRole("row", { name: new RegExp(HACKNEY_COMMITMENT) });
    expect(await within(after).findByText("Done · Live")).toBeTruthy();
  });

  it("an authority's profile read before publishing shows the published status when the reviewer goes back to it", async () => {
    publicDataThatChangesOnPublish();
    const { user } = renderApp(`/authorities/${HACKNEY_GSS}`);
    const before = await screen.findByRole("article", { name: HACKNEY_COMMITMENT });
    expect(within(before).getAllByText("In progress · Beta").length).toBeGreaterThan(0);

    await goToReviewAndPublish(user);
    await user.click(
      within(screen.getByRole("navigation", { name: "Main" })).getByRole("link", { name: "Authorities" }),
    );
    await user.click(await screen.findByRole("link", { name: "Hackney" }));

    const after = await screen.findByRole("article", { name: HACKNEY_COMMITMENT });
    expect(await within(after).findByText("Done · Live")).toBeTruthy();
  });

  it("returning a submission leaves public pages as they were read, without asking the API again", async () => {
    const state = publicDataThatChangesOnPublish();
    const { user } = renderApp("/commitments");
    await screen.findByText("Showing 3 commitments.");
    expect(state.commitmentListReads).toBe(1);

    await user.click(
      within(screen.getByRole("navigation", { name: "Account" })).getByRole("link", { name: "Review" }),
    );
    await user.click(
      await screen.findByRole("button", { name: "Return 2 changes with a comment to Hackney" }),
    );
    await user.type(screen.getByLabelText("Comment for Hackney"), "Add the evidence link.");
    await user.click(screen.getByRole("button", { name: "Return 2 changes with this comment" }));
    expect(await screen.findByText("Returned 1 change to Hackney with your comment.")).toBeTruthy();
    await user.click(
      within(screen.getByRole("navigation", { name: "Main" })).getByRole("link", { name: "Commitments" }),
    );

    expect(await screen.findByText("Showing 3 commitments.")).toBeTruthy();
    expect(state.commitmentListReads).toBe(1);
  });
});

describe("account administration", () => {
  it("lists accounts and refuses a new one with no details, linking each error to its field", async () => {
    server.use(signedInAs("admin"));
    const { user } = renderApp("/admin/accounts");
    const table = await screen.findByRole("table", { name: "Everyone who can sign in" });
    expect(within(table).getByRole("row", { name: /Ada Editor/ }).textContent).toContain(
      "Borough editor (Hackney)",
    );

    await user.click(screen.getByRole("button", { name: "Create account" }));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary)
        .getAllByRole("link")
        .map((link) => link.getAttribute("href")),
    ).toEqual(["#email", "#displayName", "#role", "#password"]);
  });

  it("says against the email address when it already has an account", async () => {
    server.use(
      signedInAs("admin"),
      http.post("*/api/accounts", () =>
        HttpResponse.json(
          {
            error: {
              status: 409,
              code: "email_taken",
              message: "An account with this email address already exists",
              issues: [{ path: "body.email", message: "An account with this email address already exists" }],
            },
          },
          { status: 409 },
        ),
      ),
    );
    const { user } = renderApp("/admin/accounts");
    await user.type(await screen.findByLabelText("Email address"), "editor@hackney.example");
    await user.type(screen.getByLabelText("Name"), "Ada Again");
    await user.click(screen.getByRole("radio", { name: "LOTI reviewer" }));
    await user.type(screen.getByLabelText("Password"), "a long enough password");
    await user.click(screen.getByRole("button", { name: "Create account" }));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary)
        .getByRole("link", { name: "An account with this email address already exists" })
        .getAttribute("href"),
    ).toBe("#email");
    expect((screen.getByLabelText("Email address") as HTMLInputElement).value).toBe("editor@hackney.example");
  });

  it("disables an account", async () => {
    server.use(signedInAs("admin"));
    const patches: unknown[] = [];
    server.use(
      http.patch("*/api/accounts/:id", async ({ request, params }) => {
        patches.push({ id: params.id, body: await request.json() });
        return HttpResponse.json({
          id: String(params.id),
          email: "editor@hackney.example",
          displayName: "Ada Editor",
          role: "editor",
          authorityGss: HACKNEY_GSS,
          authorityName: "Hackney",
          disabled: true,
          createdAt: "2026-01-05T09:00:00.000Z",
        });
      }),
    );
    const { user } = renderApp("/admin/accounts");
    await user.click(await screen.findByRole("button", { name: "Disable Ada Editor" }));
    await waitFor(() => expect(patches).toEqual([{ id: "account-editor", body: { disabled: true } }]));
  });

  it("offers no way for administrators to disable their own account", async () => {
    server.use(signedInAs("admin"));
    renderApp("/admin/accounts");
    const table = await screen.findByRole("table", { name: "Everyone who can sign in" });
    const ownRow = await within(table).findByRole("row", { name: /This is you/ });
    expect(within(ownRow).queryByRole("button")).toBeNull();
    expect(within(table).getAllByRole("button", { name: /^Disable/ })).toHaveLength(2);
  });
});
