import { ROLE_LABELS, RoleSchema } from "@ldd/shared/accounts";
import { formatInstantAsLongDateTime } from "@ldd/shared/dates";
import type { AuditEntry, RecordType } from "@ldd/shared/workspace";
import { AccessProblem } from "@/components/access-problem.tsx";
import { DataTable, type DataTableColumn } from "@/components/data-table.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
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

const HISTORY_COLUMNS: DataTableColumn<AuditEntry>[] = [
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

/** Every change of one record: when, who, in what role, what and why. */
export function HistoryTable({ gss, recordType, id }: { gss: string; recordType: RecordType; id: string }) {
  const history = useHistory(gss, recordType, id);
  return (
    <QueryBoundary
      query={history}
      loadingLabel="Loading the history…"
      renderError={(error, retry) => <AccessProblem error={error} onRetry={retry} />}
    >
      {({ entries }) => (
        <>
          <h1 className="govuk-heading-l">History of {RECORD_NAMES[recordType]}</h1>
          <DataTable
            caption={`Every change of ${RECORD_NAMES[recordType]}, oldest first`}
            columns={HISTORY_COLUMNS}
            rows={entries}
            rowKey={(entry) => String(entry.id)}
            emptyMessage="No changes have been recorded."
          />
        </>
      )}
    </QueryBoundary>
  );
}
