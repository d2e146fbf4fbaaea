import type { ReactNode } from "react";
import { DataTable } from "@/components/data-table.tsx";
import { NotificationBanner } from "@/components/notification-banner.tsx";
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

/** Shows a coded value by its label ("in_progress" → "In progress"), or `missing` for anything else. */
export function formatWithLabels(labels: Readonly<Record<string, string>>, missing: string) {
  return (value: unknown): string => (typeof value === "string" ? labels[value] : undefined) ?? missing;
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
  const mine = conflict.mine as Record<string, unknown>;
  // Compare the fields the server sent back; if it sent none we know of, show what the user typed.
  const known = fields.filter((field) => field.key in conflict.current);
  const rows = known.length > 0 ? known : fields;

  return (
    <NotificationBanner
      title="Important"
      heading="Someone else changed this record while you were editing"
      alert
      focusOnShow
    >
      <p className="govuk-body">
        Your changes have not been saved. Compare them with what is saved now, then choose what to keep.
      </p>
      <DataTable
        caption="Your changes and what is saved now"
        columns={[
          { key: "field", header: "Field", cell: (field) => field.label, rowHeader: true },
          {
            key: "mine",
            header: "What you entered",
            cell: (field) => (field.format ?? formatValue)(mine[field.key]),
            cellClassName: "app-break-anywhere",
          },
          {
            key: "current",
            header: "Saved now",
            cell: (field) =>
              field.key in conflict.current
                ? (field.format ?? formatValue)(conflict.current[field.key])
                : "Not shown",
            cellClassName: "app-break-anywhere",
          },
        ]}
        rows={rows}
        rowKey={(field) => field.key}
      />
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
    </NotificationBanner>
  );
}
