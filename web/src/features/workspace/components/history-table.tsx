import { ROLE_LABELS, RoleSchema } from "@ldd/shared/accounts";
import { formatInstantAsLongDateTime } from "@ldd/shared/dates";
import type { RecordType } from "@ldd/shared/workspace";
import { AccessProblem } from "@/components/access-problem.tsx";
import { Loading } from "@/components/loading.tsx";
import { useHistory } from "../api/get-history.ts";

const RECORD_NAMES: Record<RecordType, string> = {
  signature: "the signature",
  commitment: "the commitment",
  status_update: "the status update",
  target_date: "the target date",
  partnership: "the partnership",
};

function roleLabel(role: string | null): string {
  const parsed = RoleSchema.safeParse(role);
  return parsed.success ? ROLE_LABELS[parsed.data] : (role ?? "System");
}

/** "commitment.status_reported" → "Commitment status reported": the action in words. */
function describeAction(action: string): string {
  const words = action.replace(/[._]/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Every change of one record: when, who, in what role, what and why. */
export function HistoryTable({ gss, recordType, id }: { gss: string; recordType: RecordType; id: string }) {
  const history = useHistory(gss, recordType, id);
  if (history.isPending) return <Loading label="Loading the history…" />;
  if (history.isError) return <AccessProblem error={history.error} onRetry={() => history.refetch()} />;
  const entries = history.data.entries;
  return (
    <>
      <h1 className="govuk-heading-l">History of {RECORD_NAMES[recordType]}</h1>
      {entries.length === 0 ? (
        <p className="govuk-body">No changes have been recorded.</p>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            Every change of {RECORD_NAMES[recordType]}, oldest first
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                When
              </th>
              <th scope="col" className="govuk-table__header">
                Who
              </th>
              <th scope="col" className="govuk-table__header">
                Role
              </th>
              <th scope="col" className="govuk-table__header">
                What
              </th>
              <th scope="col" className="govuk-table__header">
                Reason
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {entries.map((entry) => (
              <tr className="govuk-table__row" key={entry.id}>
                <td className="govuk-table__cell">
                  <time dateTime={entry.at}>{formatInstantAsLongDateTime(entry.at)}</time>
                </td>
                <td className="govuk-table__cell">{entry.actorName ?? "System"}</td>
                <td className="govuk-table__cell">{roleLabel(entry.actorRole)}</td>
                <td className="govuk-table__cell">{describeAction(entry.action)}</td>
                <td className="govuk-table__cell">{entry.reason ?? "Not given"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
