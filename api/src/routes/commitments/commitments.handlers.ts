import type { CommitmentListQuery } from "@ldd/shared/commitments";
import { toCsv } from "../../lib/csv.ts";
import type { AppRouteHandler } from "../../lib/types.ts";
import { type PublicModel, toCommitment } from "../../public-data/build-public-model.ts";
import { sendSnapshotCsv, sendSnapshotJson, snapshotKey } from "../../public-data/public-response.ts";
import type { listCommitments, listCommitmentsCsv } from "./commitments.routes.ts";

function filterCommitments(model: PublicModel, query: CommitmentListQuery) {
  return model.commitments.filter(
    (c) =>
      (query.authority === undefined || c.authorityGss === query.authority) &&
      (query.principle === undefined || c.principles.includes(query.principle)) &&
      (query.status === undefined || c.status === query.status),
  );
}

export const listCommitmentsHandler: AppRouteHandler<typeof listCommitments> = (c) => {
  const query = c.req.valid("query");
  return sendSnapshotJson(c, snapshotKey("commitments", query), (model) => ({
    commitments: filterCommitments(model, query).map(toCommitment),
  }));
};

export const listCommitmentsCsvHandler: AppRouteHandler<typeof listCommitmentsCsv> = (c) => {
  const query = c.req.valid("query");
  return sendSnapshotCsv(c, snapshotKey("commitments.csv", query), "commitments.csv", (model) =>
    toCsv(filterCommitments(model, query), [
      { header: "id", value: (r) => r.id },
      { header: "authority_gss_code", value: (r) => r.authorityGss },
      { header: "authority_name", value: (r) => r.authorityName },
      { header: "title", value: (r) => r.title },
      { header: "partners", value: (r) => r.partners },
      { header: "mission", value: (r) => r.mission },
      { header: "impact", value: (r) => r.impact },
      { header: "principles", value: (r) => r.principles },
      { header: "loti_area", value: (r) => r.lotiArea },
      { header: "committed_on", value: (r) => r.committedOn },
      { header: "original_target_date", value: (r) => r.originalTargetDate },
      { header: "target_date", value: (r) => r.targetDate },
      { header: "status", value: (r) => r.status },
      { header: "phase", value: (r) => r.phase },
      { header: "status_date", value: (r) => r.statusDate },
      { header: "overdue", value: (r) => r.overdue },
      { header: "evidence_urls", value: (r) => r.statusHistory.at(-1)?.evidenceUrls ?? [] },
      { header: "last_updated_at", value: (r) => r.lastUpdatedAt },
    ]),
  );
};
