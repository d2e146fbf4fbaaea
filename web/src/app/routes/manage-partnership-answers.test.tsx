import { screen, waitFor, within } from "@testing-library/react";
import { http } from "msw";
import { describe, expect, it } from "vitest";
import { HACKNEY_GSS } from "@/testing/fixtures.ts";
import { signedInAs } from "@/testing/handlers.ts";
import { INCOMING_PARTNERSHIP_ID } from "@/testing/partnership-answer-fixtures.ts";
import { renderApp } from "@/testing/render-app.tsx";
import { server } from "@/testing/server.ts";

function capture() {
  const sent: { body: unknown } = { body: null };
  server.use(
    http.post("*/api/workspace/:gss/partnership-answers/:id", async ({ request }) => {
      sent.body = await request.clone().json();
    }),
  );
  return sent;
}

describe("answering partnerships other authorities reported", () => {
  it("tells the editor on their records that a partnership awaits their answer", async () => {
    server.use(signedInAs("editor"));
    renderApp(`/manage/${HACKNEY_GSS}`);
    // In a banner above the heading, and beside the records.
    const links = await screen.findAllByRole("link", {
      name: "1 partnership other authorities reported with you awaits your answer",
    });
    expect(links).toHaveLength(2);
    for (const link of links)
      expect(link.getAttribute("href")).toBe(`/manage/${HACKNEY_GSS}/partnership-answers`);
  });

  it("confirms a partnership with the version the editor read", async () => {
    server.use(signedInAs("editor"));
    const sent = capture();
    const { user } = renderApp(`/manage/${HACKNEY_GSS}/partnership-answers`);
    const card = await screen.findByRole("region", { name: "Reported by Islington" });
    expect(within(card).getByText("Awaiting your answer")).toBeTruthy();
    await user.click(within(card).getByLabelText("Yes, confirm it"));
    await user.click(within(card).getByRole("button", { name: "Send answer" }));
    expect(await screen.findByText(/You confirmed the partnership Islington reported/)).toBeTruthy();
    expect(sent.body).toEqual({ answer: "confirmed", comment: "", partnershipVersion: 2 });
    const camden = screen.getByRole("region", { name: "Reported by Camden" });
    expect(within(camden).getByText("You confirmed it")).toBeTruthy();
  });

  it("asks why before sending a dispute, and links the error to the comment", async () => {
    server.use(signedInAs("editor"));
    const sent = capture();
    const { user } = renderApp(`/manage/${HACKNEY_GSS}/partnership-answers`);
    const card = await screen.findByRole("region", { name: "Reported by Islington" });
    await user.click(within(card).getByLabelText("No, dispute it"));
    await user.click(within(card).getByRole("button", { name: "Send answer" }));
    const link = await within(card).findByRole("link", {
      name: "Say what is wrong with the partnership, so the other authority can correct it",
    });
    expect(link.getAttribute("href")).toBe(`#answer-${INCOMING_PARTNERSHIP_ID}-comment`);
    await waitFor(() => expect(sent.body).toBeNull());
  });

  it("shows reviewers the answers without a form", async () => {
    server.use(signedInAs("reviewer"));
    renderApp(`/manage/${HACKNEY_GSS}/partnership-answers`);
    await screen.findByRole("region", { name: "Reported by Islington" });
    expect(screen.queryByRole("button", { name: "Send answer" })).toBeNull();
  });
});
