import { screen, waitFor, within } from "@testing-library/react";
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { HACKNEY_GSS } from "@/testing/fixtures.ts";
import { signedInAs } from "@/testing/handlers.ts";
import { renderApp } from "@/testing/render-app.tsx";
import { server } from "@/testing/server.ts";

function capture(path: string) {
  const sent: { body: unknown } = { body: null };
  server.use(
    http.post(path, async ({ request }) => {
      sent.body = await request.clone().json();
    }),
  );
  return sent;
}

describe("recording LOTI membership", () => {
  it("lists every authority's membership with a link to record a change", async () => {
    server.use(signedInAs("admin"));
    renderApp("/admin/membership");
    const table = await screen.findByRole("table", { name: "Authorities and their LOTI membership today" });
    expect(within(table).getByRole("link", { name: "Hackney" }).getAttribute("href")).toBe(
      `/admin/membership/${HACKNEY_GSS}`,
    );
  });

  it("shows the events with their reasons, and records a leave with its date and reason", async () => {
    server.use(signedInAs("admin"));
    const sent = capture("*/api/membership/:gss/events");
    const { user } = renderApp(`/admin/membership/${HACKNEY_GSS}`);
    const table = await screen.findByRole("table", { name: "Membership events, oldest first" });
    expect(within(table).getByText("Joined at launch (founding member)")).toBeTruthy();
    expect(within(table).getByText("Did not renew for 2022/23")).toBeTruthy();
    expect(screen.getByText(/Hackney is a member now, and was a founding member/)).toBeTruthy();
    // A member now: the form offers a leave first.
    expect((screen.getByLabelText("Left") as HTMLInputElement).checked).toBe(true);
    const date = screen.getByRole("group", { name: "Date" });
    for (const [part, value] of [
      ["Day", "1"],
      ["Month", "4"],
      ["Year", "2026"],
    ] as const) {
      await user.clear(within(date).getByLabelText(part));
      await user.type(within(date).getByLabelText(part), value);
    }
    await user.type(screen.getByLabelText("Reason"), "Did not renew for 2026/27");
    await user.click(screen.getByRole("button", { name: "Record and publish" }));
    expect(await screen.findByText("Left on 1 April 2026: recorded and published")).toBeTruthy();
    expect(sent.body).toEqual({
      kind: "left",
      effectiveDate: "2026-04-01",
      reason: "Did not renew for 2026/27",
      expectedVersion: 3,
    });
  });

  it("explains a founding join dated after the launch, and a missing reason, before sending", async () => {
    server.use(signedInAs("admin"));
    const sent = capture("*/api/membership/:gss/events");
    const { user } = renderApp(`/admin/membership/${HACKNEY_GSS}`);
    await screen.findByRole("table", { name: "Membership events, oldest first" });
    await user.click(screen.getByLabelText("Joined at launch (founding member)"));
    await user.click(screen.getByRole("button", { name: "Record and publish" }));
    const summary = await screen.findByRole("alert");
    expect(
      within(summary).getByRole("link", { name: /A founding member joined at LOTI’s launch/ }),
    ).toBeTruthy();
    expect(
      within(summary).getByRole("link", { name: "Say why, or where the record comes from" }),
    ).toBeTruthy();
    expect(sent.body).toBeNull();
  });

  it("says when another administrator recorded a change first", async () => {
    server.use(
      signedInAs("admin"),
      http.post("*/api/membership/:gss/events", () =>
        HttpResponse.json(
          {
            error: {
              status: 409,
              code: "conflict",
              message: "Hackney's membership changed since you read it.",
              current: { version: 4 },
            },
          },
          { status: 409 },
        ),
      ),
    );
    const { user } = renderApp(`/admin/membership/${HACKNEY_GSS}`);
    await screen.findByRole("table", { name: "Membership events, oldest first" });
    await user.type(screen.getByLabelText("Reason"), "Did not renew");
    await user.click(screen.getByRole("button", { name: "Record and publish" }));
    await waitFor(() =>
      expect(screen.getByText(/Someone recorded a change to this membership/)).toBeTruthy(),
    );
  });

  it("withdraws an event recorded in error, with a reason", async () => {
    server.use(signedInAs("admin"));
    const sent = capture("*/api/membership/:gss/events/:id/withdraw");
    const { user } = renderApp(`/admin/membership/${HACKNEY_GSS}`);
    await screen.findByRole("table", { name: "Membership events, oldest first" });
    const summaries = screen.getAllByText(/^Withdraw/, { selector: ".govuk-details__summary-text" });
    expect(summaries.map((summary) => summary.textContent)).toEqual([
      "Withdraw Joined at launch (founding member) on 10 June 2019",
      "Withdraw Left on 1 April 2022",
      "Withdraw Joined on 1 April 2023",
    ]);
    await user.click(summaries[2] as HTMLElement);
    const form = screen.getByRole("form", { name: "Withdraw Joined on 1 April 2023" });
    await user.type(within(form).getByLabelText("Why it is withdrawn"), "Recorded twice");
    await user.click(within(form).getByRole("button", { name: "Withdraw this event" }));
    expect(await screen.findByText("Joined on 1 April 2023: withdrawn")).toBeTruthy();
    expect(sent.body).toEqual({ reason: "Recorded twice", expectedVersion: 3 });
  });

  it("is refused to editors", async () => {
    server.use(
      signedInAs("editor"),
      http.get("*/api/membership/:gss", () =>
        HttpResponse.json(
          { error: { status: 403, code: "forbidden", message: "Not allowed" } },
          { status: 403 },
        ),
      ),
    );
    renderApp(`/admin/membership/${HACKNEY_GSS}`);
    expect(await screen.findByText(/Only LOTI’s administrators can record membership/)).toBeTruthy();
  });
});
