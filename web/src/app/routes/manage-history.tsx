import { RECORD_TYPES, type RecordType } from "@ldd/shared/workspace";
import { Link, useParams } from "wouter";
import { NotFoundMessage } from "@/components/not-found-message.tsx";
import { HistoryTable } from "@/features/workspace/components/history-table.tsx";
import { useDocumentTitle } from "@/lib/use-document-title.ts";

const isRecordType = (value: string): value is RecordType =>
  (RECORD_TYPES as readonly string[]).includes(value);

export function ManageHistoryRoute() {
  const { gss = "", recordType = "", id = "" } = useParams<{ gss: string; recordType: string; id: string }>();
  useDocumentTitle("History of a record");
  if (!isRecordType(recordType)) return <NotFoundMessage title="No such kind of record" />;
  return (
    <>
      <Link href={`/manage/${gss}`} className="govuk-back-link govuk-!-margin-top-0">
        Back to the authority’s records
      </Link>
      <HistoryTable gss={gss} recordType={recordType} id={id} />
    </>
  );
}
