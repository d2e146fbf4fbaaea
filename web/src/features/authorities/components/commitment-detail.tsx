import type { CommitmentDetail as CommitmentDetailData } from "@ldd/shared/commitments";
import { formatLongDate } from "@ldd/shared/dates";
import { LOTI_AREAS, PRINCIPLES } from "@ldd/shared/reference-data";
import { ConfidenceTag } from "@/components/confidence-tag.tsx";
import { OverdueTag, StatusTag } from "@/components/status-tag.tsx";
import { safeHref } from "@/lib/safe-href.ts";

function principleTitle(number: number): string {
  const principle = PRINCIPLES.find((candidate) => candidate.number === number);
  return principle ? `${number}. ${principle.title}` : `Principle ${number}`;
}

function lotiAreaTitle(id: string | null): string {
  if (!id) return "None given";
  return LOTI_AREAS.find((area) => area.id === id)?.title ?? id;
}

function SummaryRow({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

/** One commitment with its four Declaration fields, its target dates and its status history. */
export function CommitmentDetail({
  commitment,
  headingId,
}: {
  commitment: CommitmentDetailData;
  headingId: string;
}) {
  const rebaselines = commitment.targetDateHistory.filter((change) => change.reason !== null);
  const history = [...commitment.statusHistory].sort((a, b) =>
    b.effectiveDate.localeCompare(a.effectiveDate),
  );
  const evidence = [
    ...new Set(
      commitment.statusHistory
        .flatMap((update) => update.evidenceUrls)
        .map(safeHref)
        .filter((href) => href !== null),
    ),
  ];

  return (
    <article className="app-commitment" aria-labelledby={headingId}>
      <h3 className="govuk-heading-m" id={headingId}>
        {commitment.title}
      </h3>
      <p className="govuk-body app-commitment__tags">
        <StatusTag status={commitment.status} phase={commitment.phase} />
        {commitment.statusConfidence ? (
          <>
            {" "}
            <ConfidenceTag confidence={commitment.statusConfidence} />
          </>
        ) : null}
        {commitment.overdue ? (
          <>
            {" "}
            <OverdueTag />
          </>
        ) : null}
        {commitment.statusDate ? (
          <span className="govuk-body-s app-secondary-text">
            {" "}
            since {formatLongDate(commitment.statusDate)}
          </span>
        ) : null}
      </p>
      <dl className="govuk-summary-list">
        <SummaryRow label="Partners">{commitment.partners || "None named"}</SummaryRow>
        <SummaryRow label="Mission">{commitment.mission}</SummaryRow>
        <SummaryRow label="Impact">{commitment.impact}</SummaryRow>
        <SummaryRow label="Principles">
          {commitment.principles.length > 0 ? (
            <ul className="govuk-list">
              {commitment.principles.map((number) => (
                <li key={number}>{principleTitle(number)}</li>
              ))}
            </ul>
          ) : (
            "None given"
          )}
        </SummaryRow>
        <SummaryRow label="LOTI area">{lotiAreaTitle(commitment.lotiArea)}</SummaryRow>
        <SummaryRow label="Committed on">{formatLongDate(commitment.committedOn)}</SummaryRow>
        <SummaryRow label="Target date">
          {commitment.targetDate ? formatLongDate(commitment.targetDate) : "Not set"}
          {commitment.overdue ? " (passed)" : null}
          {rebaselines.length > 0 ? (
            <>
              <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-1">
                Originally{" "}
                {commitment.originalTargetDate ? formatLongDate(commitment.originalTargetDate) : "not set"}.
                Re-baselined {rebaselines.length} {rebaselines.length === 1 ? "time" : "times"}:
              </p>
              <ul className="govuk-list govuk-list--bullet govuk-body-s">
                {rebaselines.map((change) => (
                  <li key={`${change.effectiveDate}-${change.targetDate}`}>
                    On {formatLongDate(change.effectiveDate)}, moved to {formatLongDate(change.targetDate)}:{" "}
                    {change.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </SummaryRow>
        <SummaryRow label="Evidence">
          {evidence.length > 0 ? (
            <ul className="govuk-list">
              {evidence.map((href) => (
                <li key={href}>
                  <a className="govuk-link app-break-anywhere" href={href} rel="noopener noreferrer">
                    {href}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            "None published"
          )}
        </SummaryRow>
      </dl>

      <h4 className="govuk-heading-s">Status history</h4>
      {history.length > 0 ? (
        <ol className="app-timeline" aria-label={`Status history of ${commitment.title}, newest first`}>
          {history.map((update) => (
            <li key={`${update.effectiveDate}-${update.recordedAt}`} className="app-timeline__item">
              <p className="govuk-body govuk-!-margin-bottom-1">
                <time dateTime={update.effectiveDate} className="govuk-!-font-weight-bold">
                  {formatLongDate(update.effectiveDate)}
                </time>{" "}
                <StatusTag status={update.status} phase={update.phase} />{" "}
                <ConfidenceTag confidence={update.confidence} />
              </p>
              {update.note ? <p className="govuk-body-s govuk-!-margin-bottom-1">{update.note}</p> : null}
              {update.evidenceUrls.map(safeHref).filter((href) => href !== null).length > 0 ? (
                <ul className="govuk-list govuk-body-s">
                  {update.evidenceUrls
                    .map(safeHref)
                    .filter((href) => href !== null)
                    .map((href) => (
                      <li key={href}>
                        Evidence:{" "}
                        <a className="govuk-link app-break-anywhere" href={href} rel="noopener noreferrer">
                          {href}
                        </a>
                      </li>
                    ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="govuk-body">No status updates have been published yet.</p>
      )}
    </article>
  );
}
