import { AuthorityMembershipSchema } from "@ldd/shared/membership";
import { IncomingPartnershipListSchema } from "@ldd/shared/partnership-answers";
import {
  adminsOnly,
  authorityEditors,
  authorityReaders,
  cookies,
  editorCookieOf,
  gssOf,
  lotiOnly,
  OTHER,
  OWN,
  type Row,
  seeded,
} from "./authorization-context.ts";
import { submittedChangeIds } from "./review.ts";
import { jsonRequest } from "./sign-in.ts";
import { TEST_TODAY } from "./test-database.ts";

/*
 * Rows of the authorization matrix (api/src/authorization-matrix.test.ts) for LOTI membership
 * and the partner authority's answers to partnerships, with what their requests need.
 */

/** Per seeded app (files share this module when a worker runs several), then per authority. */
const askedOf = new WeakMap<object, Map<string, Promise<{ id: string; version: number }>>>();
/** A published partnership the other authority reported with `gss`: something for `gss` to answer. */
function partnershipNaming(gss: string) {
  const ofThisApp = askedOf.get(seeded.app) ?? new Map<string, Promise<{ id: string; version: number }>>();
  askedOf.set(seeded.app, ofThisApp);
  let asked = ofThisApp.get(gss);
  if (!asked) {
    asked = (async () => {
      const reporter = gss === OWN ? OTHER : OWN;
      const created = await seeded.app.request(
        `/api/workspace/${reporter}/partnerships`,
        jsonRequest(
          "POST",
          {
            partner: { kind: "authority", gss },
            startDate: "2026-02-01",
            endDate: null,
            purpose: "A partnership to answer",
            commitmentIds: [],
            expectedVersion: 0,
          },
          editorCookieOf(reporter),
        ),
      );
      if (created.status !== 201) throw new Error(`could not report a partnership: ${created.status}`);
      await seeded.app.request(
        `/api/workspace/${reporter}/submit`,
        jsonRequest("POST", {}, editorCookieOf(reporter)),
      );
      const changeIds = await submittedChangeIds(seeded.app, cookies.reviewer ?? "", reporter);
      await seeded.app.request(
        `/api/review/${reporter}/publish`,
        jsonRequest("POST", { changeIds }, cookies.reviewer),
      );
      const response = await seeded.app.request(`/api/workspace/${gss}/partnership-answers`, {
        headers: { Cookie: cookies.reviewer ?? "" },
      });
      const list = IncomingPartnershipListSchema.parse(await response.json());
      const partnership = list.partnerships.find((p) => p.purpose === "A partnership to answer");
      if (!partnership) throw new Error("the reported partnership should await an answer");
      return { id: partnership.id, version: partnership.version };
    })();
    ofThisApp.set(gss, asked);
  }
  return asked;
}

async function readMembership(gss: string) {
  const response = await seeded.app.request(`/api/membership/${gss}`, {
    headers: { Cookie: cookies.admin ?? "" },
  });
  return AuthorityMembershipSchema.parse(await response.json());
}

export const MEMBERSHIP_AND_PARTNER_ANSWER_ROWS: Record<string, Row> = {
  "GET /api/membership/:gss": {
    expected: lotiOnly,
    request: async (scope) => ({ path: `/api/membership/${gssOf(scope)}` }),
  },
  "POST /api/membership/:gss/events": {
    expected: adminsOnly,
    request: async (scope) => {
      const membership = await readMembership(gssOf(scope));
      return {
        path: `/api/membership/${gssOf(scope)}/events`,
        body: {
          kind: membership.member ? "left" : "joined",
          effectiveDate: TEST_TODAY,
          reason: "Recorded by the matrix",
          expectedVersion: membership.version,
        },
      };
    },
  },
  "POST /api/membership/:gss/events/:id/withdraw": {
    expected: adminsOnly,
    request: async (scope) => {
      const membership = await readMembership(gssOf(scope));
      const last = membership.events.at(-1);
      if (!last) throw new Error(`${gssOf(scope)} should have membership events`);
      return {
        path: `/api/membership/${gssOf(scope)}/events/${last.id}/withdraw`,
        body: { reason: "Recorded in error", expectedVersion: membership.version },
      };
    },
  },

  "GET /api/workspace/:gss/partnership-answers": {
    expected: authorityReaders,
    request: async (scope) => ({ path: `/api/workspace/${gssOf(scope)}/partnership-answers` }),
  },
  "POST /api/workspace/:gss/partnership-answers/:id": {
    expected: authorityEditors,
    request: async (scope) => {
      const asked = await partnershipNaming(gssOf(scope));
      return {
        path: `/api/workspace/${gssOf(scope)}/partnership-answers/${asked.id}`,
        body: { answer: "confirmed", comment: "", partnershipVersion: asked.version },
      };
    },
  },
};
