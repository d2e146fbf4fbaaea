import { ROLE_LABELS, RoleSchema } from "@ldd/shared/accounts";
import { formatInstantAsLongDateTime } from "@ldd/shared/dates";
import type { AuditEntry, HistoryVersion } from "@ldd/shared/history";
import type { RecordType } from "@ldd/shared/workspace";
import { AccessProblem } from "@/components/access-problem.tsx";
import { DataTable, type DataTableColumn } from "@/components/data-table.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { useHistory } from "../api/get-history.ts";
import { StateTag } from "./state-tag.tsx";

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

/** Each value the version changed, before → after, as a description list. */
function ValueChanges({ version }: { version: HistoryVersion }) {
  if (version.fields.length === 0) return <span className="app-secondary-text">No values changed</span>;
  return (
    <dl className="app-history-values">
      {version.fields.map((field) => (
        <div key={field.field} className="app-history-values__row">
          <dt className="govuk-!-font-weight-bold">{field.label}</dt>
          <dd className="app-break-anywhere">
            {field.before === null ? (
              <span className="app-history-values__after">{field.after ?? "Nothing"}</span>
            ) : (
              <>
                <del className="app-history-values__before">
                  <span className="govuk-visually-hidden">was </span>
                  {field.before}
                </del>{" "}
                <span aria-hidden="true">→</span>{" "}
                <ins className="app-history-values__after">
                  <span className="govuk-visually-hidden">now </span>
                  {field.after ?? "Nothing"}
                </ins>
              </>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

const VERSION_COLUMNS: DataTableColumn<HistoryVersion>[] = [
  {
    key: "when",
    header: "When recorded",
    cell: (version) => (
      <time dateTime={version.recordedAt}>{formatInstantAsLongDateTime(version.recordedAt)}</time>
    ),
  },
  { key: "who", header: "Who", cell: (version) => version.recordedBy ?? "System (data loaded)" },
  { key: "what", header: "What", rowHeader: true, cell: (version) => version.label },
  { key: "values", header: "Values, before → after", cell: (version) => <ValueChanges version={version} /> },
  { key: "why", header: "Why", cell: (version) => version.reason ?? "Not given" },
  {
    key: "state",
    header: "State",
    cell: (version) => (
      <>
        <StateTag state={version.state} />
        {version.publishedAt ? (
          <span className="govuk-body-s app-secondary-text">
            {" "}
            on <time dateTime={version.publishedAt}>{formatInstantAsLongDateTime(version.publishedAt)}</time>
          </span>
        ) : null}
      </>
    ),
  },
];

const AUDIT_COLUMNS: DataTableColumn<AuditEntry>[] = [
  {
    key: "when",
    header: "When",
    cell: (entry) => <time dateTime={entry.at}>{formatInstantAsLongDateTime(entry.at)}</time>,
  },
  { key: "who", header: "Who", cell: (entry) => entry.actorName ?? "System" },
  { key: "role", header: "Role", cell: (entry) => roleLabel(entry.actorRole) },
  { key: "what", header: "What", cell: (entry) => describeAction(entry.action) },
  { key: "reason", header: "Reason", cell: (entry) => entry.reason ?? "Not given" },
];

/** Every version of one record with its values before → after, then the audit trail. */
export function HistoryTable({ gss, recordType, id }: { gss: string; recordType: RecordType; id: string }) {
  const history = useHistory(gss, recordType, id);
  const name = RECORD_NAMES[recordType];
  return (
    <QueryBoundary
      query={history}
      loadingLabel="Loading the history…"
      renderError={(error, retry) => <AccessProblem error={error} onRetry={retry} />}
    >
      {({ versions, entries }) => (
        <>
          <h1 className="govuk-heading-l">History of {name}</h1>
          <h2 className="govuk-heading-m">Versions</h2>
          <DataTable
            caption={`Every version of ${name}, newest first`}
            columns={VERSION_COLUMNS}
            rows={versions}
            rowKey={(version) => version.id}
            emptyMessage="No versions have been recorded."
            scroll="wide"
          />
          <h2 className="govuk-heading-m">Audit trail</h2>
          <p className="govuk-body">
            Every save, submission and review that touched {name}, as the audit log recorded it.
          </p>
          <DataTable
            caption={`Audit entries of ${name}, newest first`}
            columns={AUDIT_COLUMNS}
            rows={entries}
            rowKey={(entry) => String(entry.id)}
            emptyMessage="No entries: it was loaded with the data, not changed through the dashboard."
            scroll="wide"
          />
        </>
      )}
    </QueryBoundary>
  );
}
