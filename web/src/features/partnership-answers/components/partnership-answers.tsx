import { formatInstantAsLongDate, formatLongDate } from "@ldd/shared/dates";
import type { IncomingPartnership } from "@ldd/shared/partnership-answers";
import { type FormEvent, useState } from "react";
import { Link } from "wouter";
import { AccessProblem } from "@/components/access-problem.tsx";
import { ErrorSummary } from "@/components/forms/error-summary.tsx";
import { CheckableField, TextareaField } from "@/components/forms/fields.tsx";
import { useFormSubmission } from "@/components/forms/use-form-submission.ts";
import { NotificationBanner } from "@/components/notification-banner.tsx";
import { QueryBoundary } from "@/components/query-boundary.tsx";
import { loadPartnershipAnswerInputSchema, useAnswerPartnership } from "../api/answer-partnership.ts";
import { useIncomingPartnerships } from "../api/get-incoming-partnerships.ts";

const FIELDS = ["answer", "comment"] as const;
const STATE_TAGS = {
  awaiting: { text: "Awaiting your answer", className: "govuk-tag--yellow" },
  confirmed: { text: "You confirmed it", className: "govuk-tag--green" },
  disputed: { text: "You disputed it", className: "govuk-tag--red" },
} as const;

function AnswerForm({
  gss,
  partnership,
  editable,
  onAnswered,
}: {
  gss: string;
  partnership: IncomingPartnership;
  editable: boolean;
  onAnswered: (text: string) => void;
}) {
  const [answer, setAnswer] = useState(partnership.state === "awaiting" ? "" : partnership.state);
  const [comment, setComment] = useState(partnership.comment ?? "");
  const idPrefix = `answer-${partnership.id}-`;
  const form = useFormSubmission({
    fields: FIELDS,
    loadSchema: loadPartnershipAnswerInputSchema,
    mutation: useAnswerPartnership(gss, partnership.id),
    idPrefix,
    onSuccess: (_result, body) =>
      onAnswered(
        `You ${body.answer} the partnership ${partnership.reportedBy.name} reported. Both profiles show your answer now.`,
      ),
  });
  if (!editable) return null;
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void form.submit({
      answer: answer === "" ? undefined : answer,
      comment,
      partnershipVersion: partnership.version,
    });
  };
  const summaryErrors = form.conflict
    ? [
        {
          message: `${partnership.reportedBy.name} changed this partnership since you opened the page. It now shows the latest: check it, then answer again.`,
        },
      ]
    : form.summaryErrors;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Answer ${partnership.reportedBy.name}’s partnership`}>
      <ErrorSummary errors={summaryErrors} focusKey={form.focusKey} />
      <CheckableField
        type="radio"
        path={`${idPrefix}answer`}
        label="Is this partnership right?"
        error={form.fieldErrors.answer}
        value={answer}
        onChange={setAnswer}
        small
        options={[
          { value: "confirmed", label: "Yes, confirm it" },
          { value: "disputed", label: "No, dispute it", hint: "Say what is wrong, so they can correct it" },
        ]}
      />
      <TextareaField
        id={`${idPrefix}comment`}
        path="comment"
        label="Comment (optional when you confirm)"
        hint="The public sees it beside the partnership"
        error={form.fieldErrors.comment}
        value={comment}
        onChange={setComment}
        rows={2}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={form.pending}>
        Send answer
      </button>
    </form>
  );
}

function IncomingCard({
  gss,
  partnership,
  editable,
  onAnswered,
}: {
  gss: string;
  partnership: IncomingPartnership;
  editable: boolean;
  onAnswered: (text: string) => void;
}) {
  const tag = STATE_TAGS[partnership.state];
  const headingId = `incoming-${partnership.id}`;
  return (
    <section className="app-record" aria-labelledby={headingId}>
      <h2 className="govuk-heading-s" id={headingId}>
        Reported by {partnership.reportedBy.name}
      </h2>
      <p className="govuk-body">
        <strong className={`govuk-tag ${tag.className}`}>{tag.text}</strong>
      </p>
      <dl className="govuk-summary-list govuk-summary-list--no-border">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Purpose</dt>
          <dd className="govuk-summary-list__value">{partnership.purpose || "Not given"}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Dates</dt>
          <dd className="govuk-summary-list__value">
            From {formatLongDate(partnership.startDate)}
            {partnership.endDate ? ` to ${formatLongDate(partnership.endDate)}` : ", continuing"}
          </dd>
        </div>
        {partnership.answeredAt ? (
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Your answer</dt>
            <dd className="govuk-summary-list__value">
              {partnership.state === "confirmed" ? "Confirmed" : "Disputed"} on{" "}
              {formatInstantAsLongDate(partnership.answeredAt)}
              {partnership.answeredBy ? ` by ${partnership.answeredBy}` : ""}
              {partnership.comment ? `: “${partnership.comment}”` : ""}
            </dd>
          </div>
        ) : null}
      </dl>
      {partnership.answeredEarlierVersion ? (
        <p className="govuk-inset-text">
          You answered an earlier version. {partnership.reportedBy.name} has changed it since, so it needs
          your answer again.
        </p>
      ) : null}
      <AnswerForm gss={gss} partnership={partnership} editable={editable} onAnswered={onAnswered} />
    </section>
  );
}

/**
 * The partnerships other authorities reported with this one: its editors confirm or dispute each,
 * with a comment; reviewers and administrators read them. Awaiting an answer first.
 */
export function PartnershipAnswers({ gss, editable }: { gss: string; editable: boolean }) {
  const incoming = useIncomingPartnerships(gss);
  const [answered, setAnswered] = useState<string | null>(null);
  return (
    <QueryBoundary
      query={incoming}
      loadingLabel="Loading partnerships…"
      renderError={(error, retry) => <AccessProblem error={error} onRetry={retry} />}
    >
      {(data) => (
        <>
          <p className="govuk-body">
            <Link className="govuk-link" href={`/manage/${gss}`}>
              Back to {data.authority.name}’s records
            </Link>
          </p>
          <h1 className="govuk-heading-l">
            Partnerships other authorities reported with {data.authority.name}
          </h1>
          {answered ? <NotificationBanner title="Success" heading={answered} success /> : null}
          <p className="govuk-body">
            A partnership between two authorities appears on both profiles. The public sees whether you
            confirmed it, disputed it or have not answered yet. Your answer is public as soon as you send it.
          </p>
          {data.partnerships.length === 0 ? (
            <p className="govuk-body">
              No other authority has reported a partnership with {data.authority.name}.
            </p>
          ) : (
            data.partnerships.map((partnership) => (
              <IncomingCard
                key={`${partnership.id}-${partnership.version}-${partnership.state}`}
                gss={gss}
                partnership={partnership}
                editable={editable}
                onAnswered={setAnswered}
              />
            ))
          )}
        </>
      )}
    </QueryBoundary>
  );
}

/**
 * On the workspace. As a banner above the page's heading, only while some partnerships await this
 * authority's answer; as a link, always.
 */
export function PartnershipAnswersNotice({ gss, banner = false }: { gss: string; banner?: boolean }) {
  const incoming = useIncomingPartnerships(gss);
  if (incoming.data === undefined) return null;
  const total = incoming.data.partnerships.length;
  const awaiting = incoming.data.partnerships.filter(
    (partnership) => partnership.state === "awaiting",
  ).length;
  const awaitingText = `${awaiting} ${awaiting === 1 ? "partnership" : "partnerships"} other authorities reported with you ${awaiting === 1 ? "awaits" : "await"} your answer`;
  const link = (
    <Link
      className={banner ? "govuk-notification-banner__link" : "govuk-link"}
      href={`/manage/${gss}/partnership-answers`}
    >
      {awaiting > 0 ? awaitingText : `Partnerships other authorities reported with you (${total})`}
    </Link>
  );
  if (banner) {
    return awaiting > 0 ? <NotificationBanner title="Important" heading={link} /> : null;
  }
  return <p className="govuk-body">{link}</p>;
}
