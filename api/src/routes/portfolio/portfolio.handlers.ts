import type { PartnerListQuery, PartnerSummary } from "@ldd/shared/partnerships";
import { COMMITMENT_STATUSES } from "@ldd/shared/vocabulary";
import { toCsv } from "../../lib/csv.ts";
import type { AppRouteHandler } from "../../lib/types.ts";
import type { PublicModel } from "../../public-data/build-public-model.ts";
import { sendSnapshotCsv, sendSnapshotJson, snapshotKey, viewOf } from "../../public-data/public-response.ts";
import type { getMatrix, getMatrixCsv, listPartners, listPartnersCsv } from "./portfolio.routes.ts";

export const getMatrixHandler: AppRouteHandler<typeof getMatrix> = (c) => {
  const query = c.req.valid("query");
  const view = viewOf(c, query);
  return sendSnapshotJson(c, snapshotKey("matrix", query), (data) => ({
    view,
    rows: data.at(view).matrix(),
  }));
};

export const getMatrixCsvHandler: AppRouteHandler<typeof getMatrixCsv> = (c) => {
  const query = c.req.valid("query");
  const view = viewOf(c, query);
  return sendSnapshotCsv(c, snapshotKey("matrix.csv", query), "matrix.csv", (data) =>
    toCsv(
      data
        .at(view)
        .matrix()
        .flatMap((row) => row.cells.map((cell) => ({ row, cell }))),
      [
        { header: "authority_gss_code", value: ({ row }) => row.gss },
        { header: "authority_name", value: ({ row }) => row.name },
        { header: "principle", value: ({ cell }) => cell.principle },
        { header: "commitments", value: ({ cell }) => cell.total },
        ...COMMITMENT_STATUSES.map((status) => ({
          header: status,
          value: ({ cell }: { cell: { byStatus: Record<string, number> } }) => cell.byStatus[status] ?? 0,
        })),
        { header: "overdue", value: ({ cell }) => cell.overdue },
      ],
    ),
  );
};

function selectPartners(model: PublicModel, query: PartnerListQuery): PartnerSummary[] {
  return model
    .partners()
    .filter(
      (partner) =>
        (query.partnerType === undefined || partner.type === query.partnerType) &&
        (query.minAuthorities === undefined || partner.activeAuthorities.length >= query.minAuthorities),
    );
}

export const listPartnersHandler: AppRouteHandler<typeof listPartners> = (c) => {
  const query = c.req.valid("query");
  const view = viewOf(c, query);
  return sendSnapshotJson(c, snapshotKey("partners", query), (data) => ({
    view,
    partners: selectPartners(data.at(view), query),
  }));
};

export const listPartnersCsvHandler: AppRouteHandler<typeof listPartnersCsv> = (c) => {
  const query = c.req.valid("query");
  const view = viewOf(c, query);
  return sendSnapshotCsv(c, snapshotKey("partners.csv", query), "partners.csv", (data) =>
    toCsv(selectPartners(data.at(view), query), [
      { header: "id", value: (p) => p.id },
      { header: "name", value: (p) => p.name },
      { header: "type", value: (p) => p.type },
      { header: "id_scheme", value: (p) => p.canonicalIdScheme },
      { header: "canonical_id", value: (p) => p.canonicalId },
      { header: "active_authorities", value: (p) => p.activeAuthorities.length },
      { header: "active_authority_names", value: (p) => p.activeAuthorities.map((a) => a.name) },
      { header: "all_authorities", value: (p) => p.allAuthorities.length },
    ]),
  );
};
