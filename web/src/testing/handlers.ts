import type { ErrorBody } from "@ldd/shared/errors";
import { type SeriesName, SeriesNameSchema } from "@ldd/shared/series";
import { HttpResponse, http } from "msw";
import {
  buildAuthorityList,
  buildAuthorityProfile,
  buildCommitmentList,
  buildMeta,
  buildSeries,
  buildSummary,
} from "./fixtures.ts";

export function errorBody(status: number, code: string, message: string): ErrorBody {
  return { error: { status, code, message } };
}

/** Our API as the tests see it: the same routes and shapes, answered from the fixtures. */
export const handlers = [
  http.get("*/api/meta", () => HttpResponse.json(buildMeta())),
  http.get("*/api/summary", ({ request }) => {
    const since = new URL(request.url).searchParams.get("since") ?? undefined;
    return HttpResponse.json(buildSummary(since));
  }),
  http.get("*/api/series/:name", ({ params }) => {
    const name = SeriesNameSchema.safeParse(params.name);
    if (!name.success)
      return HttpResponse.json(errorBody(404, "not_found", "No such series."), { status: 404 });
    return HttpResponse.json(buildSeries(name.data satisfies SeriesName));
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
        (!status || commitment.status === status),
    );
    return HttpResponse.json({ commitments });
  }),
];
