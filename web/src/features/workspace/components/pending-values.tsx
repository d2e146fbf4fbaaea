import { formatLongDate } from "@ldd/shared/dates";
import type { PublicationState } from "@ldd/shared/vocabulary";
import type { ReactNode } from "react";
import { ErrorMessage } from "@/components/error-message.tsx";
import { useWithdrawChange } from "../api/withdraw-change.ts";
import { StateTag } from "./state-tag.tsx";

/** A pending value's state in words and, once returned, what the reviewer said. */
export function PendingState({ state, comment }: { state: PublicationState; comment?: string | null }) {
  return (
    <>
      <StateTag state={state} />
      {state === "returned" ? (
        <span className="app-review-comment">
          {" "}
          <strong>Reviewer’s comment:</strong> {comment ?? "No comment given."}
        </span>
      ) : null}
    </>
  );
}

/**
 * One value of a record: what the public sees now and, where different, the value on its way with
 * its state: never a "Published" tag beside a draft.
 */
export function ValueRow({
  label,
  publicNow,
  pending,
}: {
  label: string;
  publicNow: ReactNode;
  pending?: { value: ReactNode; state: PublicationState; comment?: string | null; actions?: ReactNode }[];
}) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">
        {pending && pending.length > 0 ? (
          <dl className="app-pending">
            <div className="app-pending__row">
              <dt className="govuk-!-font-weight-bold">Public now</dt>
              <dd>{publicNow}</dd>
            </div>
            {pending.map((item, index) => (
              <div className="app-pending__row" key={index}>
                <dt className="govuk-!-font-weight-bold">Not yet published</dt>
                <dd>
                  {item.value} <PendingState state={item.state} comment={item.comment} />
                  {item.actions}
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          publicNow
        )}
      </dd>
    </div>
  );
}

export const dateOrNot = (value: string | null | undefined, none = "Not set") =>
  value ? formatLongDate(value) : none;

/** Withdraws one draft or returned change, after the editor says which (its name for screen readers). */
export function WithdrawButton({ gss, changeId, what }: { gss: string; changeId: string; what: string }) {
  const withdraw = useWithdrawChange({ gss });
  return (
    <>
      <button
        type="button"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0 govuk-!-margin-left-2"
        disabled={withdraw.isPending}
        onClick={() => withdraw.mutate(changeId)}
      >
        Withdraw <span className="govuk-visually-hidden">{what}</span>
      </button>
      {withdraw.isError ? <ErrorMessage title="The change was not withdrawn" error={withdraw.error} /> : null}
    </>
  );
}
