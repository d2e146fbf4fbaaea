import { formatMonth, getLondonToday } from "@ldd/shared/dates";
import { Link, useSearchParams } from "wouter";
import { ActivityFeed } from "@/features/changes/components/activity-feed.tsx";
import { ChangeFilterForm } from "@/features/changes/components/change-filter-form.tsx";
import { readChangeFilters } from "@/features/changes/utils/change-filters.ts";
import {
  CommitmentAttentionList,
  StaleDaysForm,
} from "@/features/commitments/components/commitment-attention.tsx";
import { readStaleDays } from "@/features/commitments/utils/attention.ts";
import { LeadershipGate } from "@/features/leadership/components/leadership-gate.tsx";
import { AwaitingReview, ReturnedNotAnswered } from "@/features/leadership/components/review-attention.tsx";
import { PortfolioMatrix } from "@/features/portfolio/components/portfolio-matrix.tsx";
import { firstDayOfMonth, monthOf, previousMonth } from "@/lib/months.ts";
import { useDocumentTitle } from "@/lib/use-document-title.ts";
import { TODAY } from "@/lib/view.ts";

const SECTIONS = [
  { id: "portfolio", label: "Portfolio" },
  { id: "attention", label: "What needs attention" },
  { id: "activity", label: "Activity this month" },
] as const;

/** LOTI leadership's screen: the portfolio, what needs attention, and this month's activity. */
export function LeadershipRoute() {
  useDocumentTitle("Leadership");
  const [searchParams] = useSearchParams();
  const today = getLondonToday();
  const reportMonth = previousMonth(monthOf(today));
  const rawStaleDays = searchParams.get("stale_days");
  const staleDays = readStaleDays(rawStaleDays);
  const staleDaysError =
    rawStaleDays !== null && rawStaleDays.trim() !== String(staleDays)
      ? "Enter the days as a whole number from 1 to 3650"
      : null;
  const activity = readChangeFilters(searchParams, { from: firstDayOfMonth(today), to: "" });

  return (
    <LeadershipGate>
      {(attention) => (
        <>
          <span className="govuk-caption-l">LOTI reviewers and administrators</span>
          <h1 className="govuk-heading-xl">Leadership</h1>
          <p className="govuk-body-l">
            Where every authority stands on each principle, what needs attention, and what changed this month,
            drafts and submissions included.
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" href={`/report?month=${reportMonth}`}>
              Board report for {formatMonth(reportMonth)}
            </Link>{" "}
            (as published at the end of the month, ready to print)
          </p>
          <nav className="app-contents" aria-label="On this page">
            <h2 className="govuk-heading-s govuk-!-margin-bottom-1">On this page</h2>
            <ul className="govuk-list">
              {SECTIONS.map((section) => (
                <li key={section.id}>
                  <a className="govuk-link" href={`#${section.id}`}>
                    {section.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>

          <div id="portfolio" className="app-anchor">
            <PortfolioMatrix view={TODAY} title="Portfolio" />
          </div>

          <section id="attention" className="app-section app-anchor" aria-labelledby="attention-heading">
            <h2 className="govuk-heading-m" id="attention-heading">
              What needs attention
            </h2>
            <div>
              <CommitmentAttentionList kind="stale" staleDays={staleDays} view={TODAY}>
                <StaleDaysForm staleDays={staleDays} error={staleDaysError} />
              </CommitmentAttentionList>
              <CommitmentAttentionList kind="overdue" staleDays={staleDays} view={TODAY} />
              <CommitmentAttentionList kind="slipped" staleDays={staleDays} view={TODAY} />
              <AwaitingReview attention={attention} />
              <ReturnedNotAnswered attention={attention} />
            </div>
          </section>

          <section id="activity" className="app-section app-anchor" aria-labelledby="activity-heading">
            <h2 className="govuk-heading-m" id="activity-heading">
              Activity this month
            </h2>
            <p className="govuk-body">
              Every change recorded since{" "}
              {firstDayOfMonth(today) === activity.values.from ? "the start of the month" : "the date chosen"}
              , published or not: drafts, submissions and returned changes too, each tagged with where it
              stands.
            </p>
            <ChangeFilterForm
              idPrefix="activity"
              label="Filter the activity"
              values={activity.values}
              errors={activity.errors}
              dates={{
                from: { label: "Recorded from", hint: "Counting this day" },
                to: { label: "Recorded up to", hint: "Counting this day; leave empty for today" },
              }}
            />
            <ActivityFeed
              scope="loti"
              enabled={activity.errors.length === 0}
              caption="Changes recorded this month, newest first"
              query={{
                from: activity.values.from || undefined,
                to: activity.values.to || undefined,
                authority: activity.values.authority,
                kind: activity.values.kind,
              }}
            />
          </section>
        </>
      )}
    </LeadershipGate>
  );
}
