import {
  DATA_TABLES,
  type DataFieldName,
  type DataTableName,
  dataTable,
  LIST_SEPARATOR,
} from "@ldd/shared/data-dictionary";
import { daysBetween } from "@ldd/shared/dates";
import { GOV_UK_CSV, toCsv } from "../lib/csv.ts";
import type { PublicModel } from "../public-data/build-public-model.ts";

/** A cell before it is written: null is an empty cell (a missing value). */
type Cell = string | number | boolean | null;
/** One row of a table, a value for each of its fields and nothing else. */
export type TableRow<N extends DataTableName> = Record<DataFieldName<N>, Cell>;
export type OpenDataRows = { [N in DataTableName]: TableRow<N>[] };

const list = (values: readonly (string | number)[]): string | null =>
  values.length > 0 ? values.join(LIST_SEPARATOR) : null;

/** Text the model may hold as an empty string is a missing value in the CSV. */
const text = (value: string | null): string | null => (value === null || value === "" ? null : value);

/**
 * Every table's rows from one public model (published data only, as the model holds it). The
 * types tie each row to the data dictionary: a field missing here, or one it does not name,
 * fails to compile.
 */
export function openDataRows(model: PublicModel): OpenDataRows {
  const profiles = model.authorities.flatMap((authority) => {
    const profile = model.profiles.get(authority.gss);
    return profile ? [profile] : [];
  });
  return {
    authorities: model.authorities.map((a) => ({
      gss_code: a.gss,
      name: a.name,
      inner_outer_1963: a.innerOuter1963,
      inner_outer_ons: a.innerOuterOns,
      signed_on: a.signedOn,
      loti_member: a.lotiMember,
      founding_member: a.foundingMember,
      commitment_count: a.commitmentCount,
      overdue_commitments: a.overdueCommitments,
      active_partnerships: a.activePartnershipCount,
      status_claims_self_declared: a.statusClaimsByConfidence.self_declared ?? 0,
      status_claims_evidenced: a.statusClaimsByConfidence.evidenced ?? 0,
      status_claims_verified: a.statusClaimsByConfidence.verified ?? 0,
      last_updated_at: a.lastUpdatedAt,
    })),
    signatures: profiles.flatMap(({ authority, signature }) =>
      // The model keeps a signature dated after the view's date out already; the summary is the check.
      signature && authority.signedOn !== null
        ? [
            {
              authority_gss_code: authority.gss,
              signed_on: signature.signedOn,
              approver_name: text(signature.approverName),
              approver_role: text(signature.approverRole),
              commitment_url: text(signature.commitmentUrl),
              recorded_at: signature.recordedAt,
            },
          ]
        : [],
    ),
    membership_events: profiles.flatMap(({ authority, membership }) =>
      membership.map((event, index) => ({
        authority_gss_code: authority.gss,
        sequence: index + 1,
        event: event.kind,
        effective_date: event.effectiveDate,
        reason: text(event.reason),
      })),
    ),
    commitments: model.commitments.map((c) => ({
      id: c.id,
      authority_gss_code: c.authorityGss,
      authority_name: c.authorityName,
      title: c.title,
      partners: text(c.partners),
      mission: text(c.mission),
      impact: text(c.impact),
      principles: list(c.principles),
      loti_area: text(c.lotiArea),
      committed_on: c.committedOn,
      original_target_date: c.originalTargetDate,
      target_date: c.targetDate,
      rebaselines: c.rebaselines,
      days_slipped: c.daysSlipped,
      status: c.status,
      phase: c.phase,
      status_date: c.statusDate,
      status_confidence: c.statusConfidence,
      overdue: c.overdue,
      last_update_date: c.lastUpdateDate,
      days_since_update: c.daysSinceUpdate,
      last_updated_at: c.lastUpdatedAt,
    })),
    status_history: model.commitments.flatMap((c) =>
      c.statusHistory.map((update, index) => ({
        commitment_id: c.id,
        sequence: index + 1,
        status: update.status,
        phase: update.phase,
        effective_date: update.effectiveDate,
        note: text(update.note),
        evidence_urls: list(update.evidenceUrls),
        confidence: update.confidence,
        recorded_at: update.recordedAt,
      })),
    ),
    target_date_history: model.commitments.flatMap((c) =>
      c.targetDateHistory.map((change, index, all) => {
        const previous = index > 0 ? all[index - 1] : undefined;
        return {
          commitment_id: c.id,
          sequence: index + 1,
          target_date: change.targetDate,
          reason: text(change.reason),
          effective_date: change.effectiveDate,
          days_moved: previous ? daysBetween(previous.targetDate, change.targetDate) : null,
          recorded_at: change.recordedAt,
        };
      }),
    ),
    partnerships: model.partnerships.map((p) => ({
      id: p.id,
      authority_gss_code: p.authorityGss,
      authority_name: p.authorityName,
      partner_organisation_id: p.partner.id,
      partner_name: p.partner.name,
      partner_type: p.partner.type,
      partner_id_scheme: p.partner.canonicalIdScheme,
      partner_id: text(p.partner.canonicalId),
      start_date: p.startDate,
      end_date: p.endDate,
      active: p.active,
      purpose: text(p.purpose),
      commitment_ids: list(p.commitmentIds),
      confirmation: p.confirmation.state,
      confirmation_authority_gss_code: p.confirmation.partnerGss,
      confirmation_date: p.confirmation.answeredOn,
      confirmation_comment: text(p.confirmation.comment),
    })),
  };
}

/** One table as a CSV file: its fields in the dictionary's order, GOV.UK conventions. */
export function tableCsv(name: DataTableName, rows: readonly Readonly<Record<string, Cell>>[]): string {
  const fields: readonly { name: string }[] = dataTable(name).fields;
  return toCsv(
    rows,
    fields.map((field) => ({
      header: field.name,
      value: (row: Readonly<Record<string, Cell>>) => row[field.name],
    })),
    GOV_UK_CSV,
  );
}

/** Every table's CSV text, by table name, in the dictionary's order. */
export function openDataCsvs(model: PublicModel): Map<DataTableName, string> {
  const rows = openDataRows(model);
  return new Map(DATA_TABLES.map((table) => [table.name, tableCsv(table.name, rows[table.name])]));
}
