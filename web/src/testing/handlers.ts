import type { Role } from "@ldd/shared/accounts";
import type { ErrorBody, ErrorCode } from "@ldd/shared/errors";
import { type SeriesName, SeriesNameSchema } from "@ldd/shared/series";
import { HttpResponse, http } from "msw";
import {
  buildAuthorityList,
  buildAuthorityProfile,
  buildCommitmentList,
  buildMeta,
  buildSeries,
  buildSummary,
  TODAY_VIEW,
} from "./fixtures.ts";
import {
  buildActivity,
  buildAttention,
  buildChanges,
  buildLeadershipActivity,
} from "./leadership-fixtures.ts";
import { buildMembership } from "./membership-fixtures.ts";
import { buildIncomingPartnership, buildIncomingPartnershipList } from "./partnership-answer-fixtures.ts";
import { buildAuthoritySeries, buildMatrix, buildPartnerList } from "./portfolio-fixtures.ts";
import {
  buildAccount,
  buildHistory,
  buildImportResult,
  buildReviewOutcome,
  buildReviewQueue,
  buildSession,
  buildWorkspace,
  buildWorkspaceCommitment,
  buildWorkspacePartnership,
  buildWorkspaceSignature,
} from "./workspace-fixtures.ts";

export function errorBody(status: number, code: ErrorCode, message: string): ErrorBody {
  return { error: { status, code, message } };
}

/** What the API says when nobody is signed in: 200, with no account. */
const signedOut = () => HttpResponse.json({ account: null, expiresAt: null });

/** The session endpoint answering as a signed-in person of this role. */
export function signedInAs(role: Role) {
  return http.get("*/api/session", () => HttpResponse.json(buildSession(role)));
}

/**
 * The self-reporting API. The session is signed out unless a test says otherwise (`signedInAs`);
 * the other routes answer as they would for someone allowed to use them, writes included.
 */
const selfReportingHandlers = [
  http.get("*/api/session", signedOut),
  http.post("*/api/session", () => HttpResponse.json(buildSession("editor"))),
  http.delete("*/api/session", () => new HttpResponse(null, { status: 204 })),
  http.get("*/api/demo-accounts", () => HttpResponse.json({ accounts: [] })),
  http.get("*/api/accounts", () =>
    HttpResponse.json({
      accounts: [buildAccount("admin"), buildAccount("editor"), buildAccount("reviewer")],
    }),
  ),
  http.post("*/api/accounts", () => HttpResponse.json(buildAccount("reviewer"), { status: 201 })),
  http.patch("*/api/accounts/:id", () => HttpResponse.json(buildAccount("editor", { disabled: true }))),
  http.get("*/api/workspace/:gss", () => HttpResponse.json(buildWorkspace())),
  http.get("*/api/workspace/:gss/preview", () => HttpResponse.json(buildAuthorityProfile())),
  http.post("*/api/workspace/:gss/changes/:changeId/withdraw", () =>
    HttpResponse.json(buildReviewOutcome(1)),
  ),
  http.put("*/api/workspace/:gss/signature", () => HttpResponse.json(buildWorkspaceSignature())),
  http.post("*/api/workspace/:gss/commitments", () =>
    HttpResponse.json(buildWorkspaceCommitment(), { status: 201 }),
  ),
  http.put("*/api/workspace/:gss/commitments/:id", () => HttpResponse.json(buildWorkspaceCommitment())),
  http.post("*/api/workspace/:gss/commitments/:id/status-updates", () =>
    HttpResponse.json(buildWorkspaceCommitment(), { status: 201 }),
  ),
  http.post("*/api/workspace/:gss/commitments/:id/target-dates", () =>
    HttpResponse.json(buildWorkspaceCommitment(), { status: 201 }),
  ),
  http.post("*/api/workspace/:gss/commitments/import", () => HttpResponse.json(buildImportResult())),
  http.post("*/api/workspace/:gss/partnerships", () =>
    HttpResponse.json(buildWorkspacePartnership(), { status: 201 }),
  ),
  http.put("*/api/workspace/:gss/partnerships/:id", () => HttpResponse.json(buildWorkspacePartnership())),
  http.post("*/api/workspace/:gss/submit", () => HttpResponse.json(buildReviewOutcome(2))),
  http.get("*/api/workspace/:gss/history/:recordType/:id", () => HttpResponse.json(buildHistory())),
  http.get("*/api/review", () => HttpResponse.json(buildReviewQueue())),
  http.post("*/api/review/:gss/publish", () => HttpResponse.json(buildReviewOutcome(1))),
  http.post("*/api/review/:gss/return", () => HttpResponse.json(buildReviewOutcome(1))),
  http.get("*/api/workspace/:gss/partnership-answers", () =>
    HttpResponse.json(buildIncomingPartnershipList()),
  ),
  http.post("*/api/workspace/:gss/partnership-answers/:id", () =>
    HttpResponse.json(
      buildIncomingPartnership({ state: "confirmed", answeredAt: "2026-11-20T10:00:00.000Z" }),
    ),
  ),
  http.get("*/api/membership/:gss", () => HttpResponse.json(buildMembership())),
  http.post("*/api/membership/:gss/events", () =>
    HttpResponse.json(buildMembership({ version: 4, member: false }), { status: 201 }),
  ),
  http.post("*/api/membership/:gss/events/:id/withdraw", () =>
    HttpResponse.json(buildMembership({ version: 4 })),
  ),
];

/** LOTI's leadership reads, answered as for a reviewer (tests override them for other people). */
const leadershipHandlers = [
  http.get("*/api/leadership/attention", () => HttpResponse.json(buildAttention())),
  http.get("*/api/leadership/activity", () => HttpResponse.json(buildLeadershipActivity())),
];

/** The view a public read asked for, as the API would say it in `view`. */
function viewOf(request: Request) {
  const query = new URL(request.url).searchParams;
  const asOf = query.get("asOf");
  return asOf ? { asOf, asPublished: query.get("asPublished") === "true" } : TODAY_VIEW;
}

/** Our API as the tests see it: the same routes and shapes, answered from the fixtures. */
export const handlers = [
  ...selfReportingHandlers,
  ...leadershipHandlers,
  http.get("*/api/matrix", ({ request }) => HttpResponse.json(buildMatrix(viewOf(request)))),
  http.get("*/api/changes", ({ request }) => {
    const query = new URL(request.url).searchParams;
    return HttpResponse.json(buildChanges(query.get("from") ?? undefined, query.get("to") ?? undefined));
  }),
  http.get("*/api/activity", () => HttpResponse.json(buildActivity())),
  http.get("*/api/meta", () => HttpResponse.json(buildMeta())),
  http.get("*/api/summary", ({ request }) => {
    const since = new URL(request.url).searchParams.get("since") ?? undefined;
    return HttpResponse.json(buildSummary(since));
  }),
  http.get("*/api/series/:name", ({ params, request }) => {
    const name = SeriesNameSchema.safeParse(params.name);
    if (!name.success)
      return HttpResponse.json(errorBody(404, "not_found", "No such series."), { status: 404 });
    const authority = new URL(request.url).searchParams.get("authority");
    if (authority) {
      const known = buildAuthorityList().authorities.some((candidate) => candidate.gss === authority);
      if (!known) {
        return HttpResponse.json(errorBody(404, "not_found", `No authority has the code ${authority}.`), {
          status: 404,
        });
      }
      return HttpResponse.json(buildAuthoritySeries(name.data, authority));
    }
    return HttpResponse.json(buildSeries(name.data satisfies SeriesName));
  }),
  http.get("*/api/partners", ({ request }) => {
    const query = new URL(request.url).searchParams;
    const partnerType = query.get("partnerType");
    const minText = query.get("minAuthorities");
    const min = minText === null ? 1 : Number(minText);
    if (!Number.isInteger(min) || min < 1 || min > 1000) {
      return HttpResponse.json(
        {
          error: {
            ...errorBody(400, "invalid_request", "Check query.minAuthorities").error,
            issues: [
              {
                path: "query.minAuthorities",
                message: "minAuthorities must be a whole number from 1 to 1000",
              },
            ],
          },
        },
        { status: 400 },
      );
    }
    const partners = buildPartnerList().partners.filter(
      (partner) =>
        (!partnerType || partner.type === partnerType) &&
        (minText === null || partner.activeAuthorities.length >= min),
    );
    return HttpResponse.json({ view: TODAY_VIEW, partners });
  }),
  http.get("*/api/authorities", () => HttpResponse.json(buildAuthorityList())),
  http.get("*/api/authorities/:gss", ({ params }) => {
    const gss = String(params.gss);
    const known = buildAuthorityList().authorities.some((authority) => authority.gss === gss);
    if (!known) {
      return HttpResponse.json(errorBody(404, "not_found", `No authority has the code ${gss}.`), {
        status: 404,
      });
    }
    return HttpResponse.json(buildAuthorityProfile(gss));
  }),
  http.get("*/api/commitments", ({ request }) => {
    const query = new URL(request.url).searchParams;
    const authority = query.get("authority");
    const principle = query.get("principle");
    const status = query.get("status");
    const commitments = buildCommitmentList().commitments.filter(
      (commitment) =>
        (!authority || commitment.authorityGss === authority) &&
        (!principle || commitment.principles.includes(Number(principle))) &&
        (!status || commitment.status === status) &&
        (query.get("overdue") !== "true" || commitment.overdue) &&
        (query.get("slipped") !== "true" || commitment.daysSlipped > 0) &&
        (!query.get("stale_days") || commitment.daysSinceUpdate >= Number(query.get("stale_days"))),
    );
    return HttpResponse.json({ view: viewOf(request), commitments });
  }),
];
