import { type ReactNode, useEffect, useRef } from "react";
import type { Conflict } from "./use-form-submission.ts";

export interface ConflictField {
  key: string;
  label: string;
  /** Shows a value in words; the default joins lists and says "Not given" for empty ones. */
  format?: (value: unknown) => string;
}

export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "Not given";
  if (Array.isArray(value))
    return value.length > 0 ? value.map((item) => formatValue(item)).join(", ") : "None";
  if (typeof value === "object") {
    const named = value as { name?: unknown };
    return typeof named.name === "string" ? named.name : JSON.stringify(value);
  }
  return String(value);
}

/**
 * Someone saved the record while this person was editing: shows what they typed next to what is
 * now saved, field by field, and lets them keep their own values (sent against the new version).
 */
export function ConflictPanel<Body>({
  conflict,
  fields,
  pending,
  onUseMine,
  cancel,
}: {
  conflict: Conflict<Body>;
  fields: readonly ConflictField[];
  pending: boolean;
  onUseMine: () => void;
  cancel: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);

  const mine = conflict.mine as Record<string, unknown>;
  // Compare the fields the server sent back; if it sent none we know of, show what the user typed.
  const known = fields.filter((field) => field.key in conflict.current);
  const rows = known.length > 0 ? known : fields;

  return (
    <div
      className="govuk-notification-banner"
      role="alert"
      aria-labelledby="conflict-title"
      ref={ref}
      tabIndex={-1}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="conflict-title">
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          Someone else changed this record while you were editing
        </p>
        <p className="govuk-body">
          Your changes have not been saved. Compare them with what is saved now, then choose what to keep.
        </p>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            Your changes and what is saved now
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Field
              </th>
              <th scope="col" className="govuk-table__header">
                What you entered
              </th>
              <th scope="col" className="govuk-table__header">
                Saved now
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {rows.map((field) => {
              const format = field.format ?? formatValue;
              return (
                <tr className="govuk-table__row" key={field.key}>
                  <th scope="row" className="govuk-table__header">
                    {field.label}
                  </th>
                  <td className="govuk-table__cell app-break-anywhere">{format(mine[field.key])}</td>
                  <td className="govuk-table__cell app-break-anywhere">
                    {field.key in conflict.current ? format(conflict.current[field.key]) : "Not shown"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="app-button-group">
          {conflict.currentVersion === null ? (
            <p className="govuk-body">Reload the page to start again from the saved version.</p>
          ) : (
            <button type="button" className="govuk-button" disabled={pending} onClick={onUseMine}>
              Use my changes
            </button>
          )}
          {cancel}
        </div>
      </div>
    </div>
  );
}
