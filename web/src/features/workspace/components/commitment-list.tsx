import { getLondonToday } from "@ldd/shared/dates";
import { LOTI_AREAS, PRINCIPLES } from "@ldd/shared/reference-data";
import { COMMITMENT_STATUS_LABELS } from "@ldd/shared/vocabulary";
import type { WorkspaceCommitment } from "@ldd/shared/workspace";
import { Link, useSearch } from "wouter";
import { describeStatus, OverdueTag, StatusTag } from "@/components/status-tag.tsx";
import { useSearchForm } from "@/lib/search-form.ts";
import {
  filterCommitments,
  hasFilters,
  isOverdue,
  isStale,
  pendingContentChanges,
  pendingStatuses,
  pendingTargets,
  publicStatusOf,
  publicTargetOf,
  readWorkspaceFilters,
  WORKSPACE_FILTER_STATUSES,
} from "../utils/pending-values.ts";
import { dateOrNot, PendingState, ValueRow, WithdrawButton } from "./pending-values.tsx";

function Hidden({ children }: { children: string }) {
  return <span className="govuk-visually-hidden">{children}</span>;
}

const principleTitles = (numbers: readonly number[]) =>
  numbers
    .map((number) => {
      const principle = PRINCIPLES.find((item) => item.number === number);
      return principle ? `${number}. ${principle.title}` : String(number);
    })
    .join("; ");

/** The list's filters as a GET form: it works without JavaScript, and by keyboard. */
function CommitmentFilterForm({ gss, search }: { gss: string; search: string }) {
  const onSubmit = useSearchForm();
  const filters = readWorkspaceFilters(new URLSearchParams(search));
  return (
    // Keyed by the address, so the fields show the filters in force after each navigation.
    <form method="get" action={`/manage/${gss}`} onSubmit={onSubmit} key={search} className="app-filter-form">
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="commitment-search">
          Search commitments
        </label>
        <div className="govuk-hint" id="commitment-search-hint">
          Words from the title, mission, impact or partners
        </div>
        <input
          className="govuk-input govuk-input--width-20"
          id="commitment-search"
          name="q"
          type="search"
          defaultValue={filters.search}
          aria-describedby="commitment-search-hint"
        />
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="commitment-status">
          Status
        </label>
        <select
          className="govuk-select"
          id="commitment-status"
          name="status"
          defaultValue={filters.status ?? ""}
        >
          <option value="">Any status</option>
          {WORKSPACE_FILTER_STATUSES.map((status) => (
            <option key={status} value={status}>
              {COMMITMENT_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="govuk-fieldset govuk-form-group">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Needs attention</legend>
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="commitment-overdue"
              name="overdue"
              type="checkbox"
              value="true"
              defaultChecked={filters.overdue}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="commitment-overdue">
              Overdue: past the target date and not done
            </label>
          </div>
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id="commitment-stale"
              name="stale"
              type="checkbox"
              value="true"
              defaultChecked={filters.stale}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor="commitment-stale">
              Stale: no status reported for six months
            </label>
          </div>
        </div>
      </fieldset>
      <div className="govuk-button-group">
        <button type="submit" className="govuk-button govuk-button--secondary">
          Show commitments
        </button>
        {hasFilters(filters) ? (
          <Link className="govuk-link" href={`/manage/${gss}`}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}

/** The address of the list with one commitment open (or none), keeping the filters. */
function listHref(gss: string, search: string, open: string | null): string {
  const params = new URLSearchParams(search);
  params.delete("saved");
  if (open) params.set("open", open);
  else params.delete("open");
  const query = params.toString();
  return `/manage/${gss}${query ? `?${query}` : ""}`;
}

/** The commitment opened: each value as the public sees it and, where different, what is on its way. */
function CommitmentDetails({
  gss,
  commitment,
  editable,
}: {
  gss: string;
  commitment: WorkspaceCommitment;
  editable: boolean;
}) {
  const base = `/manage/${gss}/commitments/${commitment.id}`;
  const published = publicStatusOf(commitment);
  const target = publicTargetOf(commitment);
  const area = (id: string | null) => LOTI_AREAS.find((item) => item.id === id)?.title ?? "None";
  const content = pendingContentChanges(commitment);
  const withdrawable = (state: string) => editable && (state === "draft" || state === "returned");
  return (
    <div className="app-commitment-details">
      <dl className="govuk-summary-list">
        <ValueRow
          label="Status"
          publicNow={
            published
              ? `${describeStatus(published.status, published.phase)}, since ${dateOrNot(published.effectiveDate)}`
              : "Not yet reported"
          }
          pending={pendingStatuses(commitment).map((update) => ({
            value: `${describeStatus(update.status, update.phase)}, since ${dateOrNot(update.effectiveDate)}${
              update.evidenceUrls.length > 0
                ? ` (${update.evidenceUrls.length} link${update.evidenceUrls.length === 1 ? "" : "s"} to evidence)`
                : ""
            }`,
            state: update.state,
            comment: update.reviewComment,
            actions: (
              <>
                {editable && update.state === "returned" ? (
                  <Link
                    className="govuk-link govuk-!-margin-left-2"
                    href={`${base}/status?replaces=${update.id}`}
                  >
                    Correct it <Hidden>{`: the returned status of “${commitment.title}”`}</Hidden>
                  </Link>
                ) : null}
                {withdrawable(update.state) ? (
                  <WithdrawButton
                    gss={gss}
                    changeId={update.id}
                    what={`the status report of “${commitment.title}”`}
                  />
                ) : null}
              </>
            ),
          }))}
        />
        <ValueRow
          label="Target date"
          publicNow={dateOrNot(target?.targetDate)}
          pending={pendingTargets(commitment).map((change) => ({
            value: `${dateOrNot(change.targetDate)}${change.reason ? `: ${change.reason}` : ""}`,
            state: change.state,
            comment: change.reviewComment,
            actions: (
              <>
                {editable && change.state === "returned" ? (
                  <Link
                    className="govuk-link govuk-!-margin-left-2"
                    href={`${base}/target-date?replaces=${change.id}`}
                  >
                    Correct it <Hidden>{`: the returned target date of “${commitment.title}”`}</Hidden>
                  </Link>
                ) : null}
                {withdrawable(change.state) ? (
                  <WithdrawButton
                    gss={gss}
                    changeId={change.id}
                    what={`the target date of “${commitment.title}”`}
                  />
                ) : null}
              </>
            ),
          }))}
        />
        {content.length > 0 ? (
          content.map((change) => (
            <ValueRow
              key={change.field}
              label={change.label}
              publicNow={change.publicNow ?? "Nothing published yet"}
              pending={[
                { value: change.pending, state: commitment.state, comment: commitment.reviewComment },
              ]}
            />
          ))
        ) : (
          <>
            <ValueRow label="Principles" publicNow={principleTitles(commitment.principles)} />
            <ValueRow label="LOTI area" publicNow={area(commitment.lotiArea)} />
          </>
        )}
      </dl>
      {content.length > 0 && withdrawable(commitment.state) ? (
        <p className="govuk-body">
          <PendingState state={commitment.state} comment={null} /> changes to the details
          <WithdrawButton
            gss={gss}
            changeId={commitment.changeId}
            what={`the changes to “${commitment.title}”`}
          />
        </p>
      ) : null}
      <ul className="app-record__actions">
        {editable ? (
          <>
            <li>
              <Link className="govuk-link" href={`${base}/edit`}>
                Edit details <Hidden>{`of “${commitment.title}”`}</Hidden>
              </Link>
            </li>
            <li>
              <Link className="govuk-link" href={`${base}/target-date`}>
                Change the target date <Hidden>{`of “${commitment.title}”`}</Hidden>
              </Link>
            </li>
          </>
        ) : null}
        <li>
          <Link className="govuk-link" href={`/manage/${gss}/history/commitment/${commitment.id}`}>
            History <Hidden>{`of “${commitment.title}”`}</Hidden>
          </Link>
        </li>
      </ul>
    </div>
  );
}

/**
 * The authority's commitments, one line each, with a filter and search; one opens at a time to
 * show its values and pending changes. Reporting a status is one link away on every line.
 */
export function CommitmentList({
  gss,
  commitments,
  editable,
  today = getLondonToday(),
}: {
  gss: string;
  commitments: readonly WorkspaceCommitment[];
  editable: boolean;
  today?: string;
}) {
  const search = useSearch();
  const params = new URLSearchParams(search);
  const filters = readWorkspaceFilters(params);
  const open = params.get("open");
  const shown = filterCommitments(commitments, filters, today);

  return (
    <>
      <CommitmentFilterForm gss={gss} search={search} />
      <p className="govuk-body" role="status">
        {hasFilters(filters)
          ? `${shown.length} of ${commitments.length} commitments match`
          : `${commitments.length} commitment${commitments.length === 1 ? "" : "s"}`}
      </p>
      <ul className="govuk-list app-commitment-list">
        {shown.map((commitment) => {
          const isOpen = commitment.id === open;
          const headingId = `commitment-${commitment.id}`;
          const published = publicStatusOf(commitment);
          const pending = pendingStatuses(commitment).at(-1);
          return (
            <li key={commitment.id} className="app-record app-commitment-item">
              <h3 className="govuk-heading-s govuk-!-margin-bottom-2" id={headingId}>
                <Link
                  className="govuk-link"
                  href={listHref(gss, search, isOpen ? null : commitment.id)}
                  aria-expanded={isOpen}
                >
                  {commitment.title}
                  <Hidden>{isOpen ? " (close)" : " (open)"}</Hidden>
                </Link>
              </h3>
              <div className="app-record__tags">
                {published ? (
                  <StatusTag status={published.status} phase={published.phase} />
                ) : (
                  <StatusTag status="not_yet_reported" />
                )}
                {pending ? (
                  <span className="govuk-body-s govuk-!-margin-bottom-0">
                    Not yet published: {describeStatus(pending.status, pending.phase)}{" "}
                    <PendingState state={pending.state} />
                  </span>
                ) : null}
                {commitment.state !== "published" && !pending ? (
                  <PendingState state={commitment.state} />
                ) : null}
                {isOverdue(commitment, today) ? <OverdueTag /> : null}
                {isStale(commitment, today) ? (
                  <strong className="govuk-tag govuk-tag--yellow">Stale</strong>
                ) : null}
              </div>
              <p className="govuk-body-s govuk-!-margin-bottom-2">
                Target date {dateOrNot(commitment.targetDate)}
                {editable ? (
                  <>
                    {" · "}
                    <Link className="govuk-link" href={`/manage/${gss}/commitments/${commitment.id}/status`}>
                      Report a status <Hidden>{`of “${commitment.title}”`}</Hidden>
                    </Link>
                  </>
                ) : null}
              </p>
              {isOpen ? <CommitmentDetails gss={gss} commitment={commitment} editable={editable} /> : null}
            </li>
          );
        })}
      </ul>
      {shown.length === 0 && commitments.length > 0 ? (
        <p className="govuk-body">No commitments match. Change or clear the filters.</p>
      ) : null}
    </>
  );
}
