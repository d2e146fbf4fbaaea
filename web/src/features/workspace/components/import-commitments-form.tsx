import { MAX_IMPORT_ROWS } from "@ldd/shared/commitment-spreadsheet";
import { type FormEvent, useRef } from "react";
import { ErrorSummary } from "@/components/forms/error-summary.tsx";
import { type FormIssue, useFormSubmission } from "@/components/forms/use-form-submission.ts";
import { NotificationBanner } from "@/components/notification-banner.tsx";
import { loadCommitmentImportRequestSchema, useImportCommitments } from "../api/import-commitments.ts";

/** "rows.3.title" → "Row 3, column title: …": where in the spreadsheet each problem is. */
export function describeImportIssue(issue: FormIssue): string {
  const match = /^(?:json\.)?rows\.(\d+)(?:\.(.+))?$/.exec(issue.path);
  if (!match) return issue.message;
  const [, row, column] = match;
  return column ? `Row ${row}, column ${column}: ${issue.message}` : `Row ${row}: ${issue.message}`;
}

/** Reads the chosen CSV file in the browser and sends its text as `{csv}`. */
export function ImportCommitmentsForm({ gss }: { gss: string }) {
  const fileRef = useRef<HTMLInputElement>(null);
  const mutation = useImportCommitments({ gss });
  const form = useFormSubmission({
    fields: ["csv"],
    loadSchema: loadCommitmentImportRequestSchema,
    mutation,
    onSuccess: () => {
      if (fileRef.current) fileRef.current.value = "";
    },
    describeIssue: describeImportIssue,
  });
  const error = form.fieldErrors.csv;
  const result = mutation.data;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    const csv = file ? await file.text() : "";
    await form.submit({ csv });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="import-title">
      <h3 className="govuk-heading-s" id="import-title">
        Import from CSV
      </h3>
      <ErrorSummary
        errors={form.summaryErrors}
        focusKey={form.focusKey}
        title="The file could not be imported"
      />
      {result ? (
        <NotificationBanner
          title="Success"
          titleLevel={4}
          heading={`Import finished: ${result.created} added, ${result.updated} updated, ${result.unchanged} unchanged`}
          success
        />
      ) : null}
      <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
        <label className="govuk-label" htmlFor="csv">
          Upload a CSV file of commitments
        </label>
        <div className="govuk-hint" id="csv-hint">
          Use the columns of the downloaded file, with at most {MAX_IMPORT_ROWS} rows of commitments. Imported
          changes are saved as drafts.
        </div>
        {error ? (
          <p className="govuk-error-message" id="csv-error">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        ) : null}
        <input
          ref={fileRef}
          className={`govuk-file-upload${error ? " govuk-file-upload--error" : ""}`}
          id="csv"
          name="csv"
          type="file"
          accept=".csv,text/csv"
          aria-describedby={error ? "csv-hint csv-error" : "csv-hint"}
        />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={form.pending}>
        Import from CSV
      </button>
    </form>
  );
}
