import { formatLongDate } from "@ldd/shared/dates";
import { DECLARATION_LAUNCH_DATE, LOTI_LAUNCH_DATE } from "@ldd/shared/reference-data";
import { COMMITMENT_STATUS_LABELS } from "@ldd/shared/vocabulary";
import { Link } from "wouter";
import { STALE_AFTER_DAYS } from "@/features/authorities/utils/freshness.ts";
import { useDocumentTitle } from "@/lib/use-document-title.ts";

/*
 * `/methodology`: how every figure is worked out, in plain English. It follows the code that
 * computes them (api/src/public-data/model/*.ts); change both together.
 */

const label = (status: keyof typeof COMMITMENT_STATUS_LABELS) =>
  COMMITMENT_STATUS_LABELS[status].toLowerCase();
const CLOSED = `${label("done")}, ${label("dropped")} or ${label("not_applicable")}`;
const OPEN = `${label("not_yet_reported")}, ${label("planned")} or ${label("in_progress")}`;

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 className="govuk-heading-l" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

export function MethodologyRoute() {
  useDocumentTitle("Methodology");
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Methodology: how the figures are worked out</h1>
        <p className="govuk-body-l">
          Every figure on this dashboard is counted from the records London’s authorities report and LOTI
          reviews and publishes. This page explains each one, so you can check it or reproduce it from the{" "}
          <Link className="govuk-link" href="/about/data">
            open data
          </Link>
          .
        </p>

        <nav aria-label="On this page">
          <h2 className="govuk-heading-s">On this page</h2>
          <ul className="govuk-list">
            {[
              ["records", "Where the records come from"],
              ["dates", "Dates: when it happened, and when we were told"],
              ["signed", "Signed the Declaration"],
              ["members", "LOTI members and founding members"],
              ["status", "The status of a commitment on a date"],
              ["overdue", "Overdue commitments"],
              ["slipped", "Target dates, re-baselines and days slipped"],
              ["stale", "Stale records"],
              ["partnerships", "Active partnerships and partner organisations"],
              ["series", "The monthly charts"],
              ["as-of", "Showing a past date: as known and as published"],
              ["changes", "Changes between two dates"],
            ].map(([id, text]) => (
              <li key={id}>
                <a className="govuk-link" href={`#${id}`}>
                  {text}
                </a>
              </li>
            ))}
          </ul>
        </nav>

        <Section id="records" title="Where the records come from">
          <p className="govuk-body">
            Each authority reports its own signature of the Local Digital Declaration, its commitments, every
            change of a commitment’s status or target date, and its partnerships. LOTI records membership of
            LOTI. Nothing counts until LOTI has reviewed and published it: drafts and changes waiting for
            review are never in any figure, chart or download.
          </p>
          <p className="govuk-body">
            A partnership between two authorities appears on both profiles. The authority that did not report
            it confirms or disputes it, and the profiles say so: “reported by Hackney, confirmed by Camden”,
            “disputed by Camden” or “awaiting confirmation”. Its answer is its own statement, public as soon
            as it is given; when the reporting authority changes the partnership, it is asked again.
          </p>
          <p className="govuk-body">
            Records are never overwritten. A correction is a new version or a new dated entry, and the old one
            is kept, so any past state can be worked out again.
          </p>
        </Section>

        <Section id="dates" title="Dates: when it happened, and when we were told">
          <p className="govuk-body">Every record has two kinds of time:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              the <strong>effective date</strong>: when it happened in the world, for example the day an
              authority signed or a commitment was finished
            </li>
            <li>
              when it was <strong>recorded</strong> and when it was <strong>published</strong> on this
              dashboard, which can be weeks or months later
            </li>
          </ul>
          <p className="govuk-body">
            Figures and charts use effective dates. So when an authority reports something late, the figures
            for earlier dates change to include it. Days are London days (UK time, with summer time), and a
            date means the end of that day.
          </p>
          <p className="govuk-body">
            An edit to the words of a commitment (its title, mission or impact, say) has no date in the world
            of its own: it counts on the day it was recorded.
          </p>
        </Section>

        <Section id="signed" title="Signed the Declaration">
          <p className="govuk-body">
            An authority has <strong>signed</strong> on a date when its published signature is dated on or
            before that day. The Declaration was launched on {formatLongDate(DECLARATION_LAUNCH_DATE)}, so
            nobody can have signed before then. A figure such as “29 of 33” counts the authorities that had
            signed out of all 33 London authorities (the 32 boroughs and the City of London).
          </p>
        </Section>

        <Section id="members" title="LOTI members and founding members">
          <p className="govuk-body">
            Membership of LOTI is recorded by LOTI’s administrators as dated events, each with a reason:
            joining and leaving. An event recorded in error is withdrawn, not erased. An authority is a{" "}
            <strong>LOTI member</strong> on a date when the latest of its events on or before that day is a
            join. An authority that left and joined again is a member again from the day it rejoined.
          </p>
          <p className="govuk-body">
            A <strong>founding member</strong> is an authority whose first membership event is joining on the
            day LOTI was launched, {formatLongDate(LOTI_LAUNCH_DATE)}. It stays a founding member even if it
            later leaves.
          </p>
        </Section>

        <Section id="status" title="The status of a commitment on a date">
          <p className="govuk-body">
            A commitment counts from the day it was made. Its <strong>status</strong> on a date is the latest
            status update dated on or before that day. When two updates have the same date, the one recorded
            later wins. Before its first update a commitment is “{label("not_yet_reported")}”: the authority
            has not told us, which is not the same as “not started”.
          </p>
          <p className="govuk-body">
            A commitment is <strong>open</strong> while it is {OPEN}, and <strong>closed</strong> once it is{" "}
            {CLOSED}. The{" "}
            <Link className="govuk-link" href="/about">
              About page
            </Link>{" "}
            explains what each status means.
          </p>
        </Section>

        <Section id="overdue" title="Overdue commitments">
          <p className="govuk-body">
            A commitment is <strong>overdue</strong> on a date when its target date on that day is before that
            day, and its status on that day is not {CLOSED}. A commitment due today is not yet overdue; one
            with no target date never is.
          </p>
        </Section>

        <Section id="slipped" title="Target dates, re-baselines and days slipped">
          <p className="govuk-body">
            A commitment’s target dates are kept as a history. The first is its <strong>original</strong>{" "}
            target date. Each later one is a <strong>re-baseline</strong>, recorded with the date it was
            decided and a reason. The <strong>target date</strong> on a date is the latest one decided on or
            before that day.
          </p>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              <strong>Re-baselines</strong>: how many times the target date was set again after the original.
            </li>
            <li>
              <strong>Days slipped</strong>: the number of days from the original target date to the current
              one. A target date brought forward counts as 0 days slipped, never as a negative number.
            </li>
            <li>
              A commitment has <strong>slipped</strong> when it has slipped by at least one day.
            </li>
          </ul>
          <p className="govuk-body">
            In the list of changes, each re-baseline shows how many days it moved the date, later or earlier.
          </p>
        </Section>

        <Section id="stale" title="Stale records">
          <p className="govuk-body">
            A commitment’s <strong>last update</strong> is the latest date on which anything happened to it:
            the day it was made, a status update or a change of target date (by effective date, so it reads
            the same on any date shown). The commitments list can show the <strong>stale</strong> ones: open
            commitments ({OPEN}) whose last update was at least the number of days you choose before the date
            shown. Closed commitments are never stale: they need no more updates.
          </p>
          <p className="govuk-body">
            An authority’s records are marked stale when nothing about the authority (its signature,
            membership, commitments or partnerships) has been recorded for more than {STALE_AFTER_DAYS} days
            (about six months) before the date shown, or nothing has ever been recorded.
          </p>
        </Section>

        <Section id="partnerships" title="Active partnerships and partner organisations">
          <p className="govuk-body">
            A partnership is <strong>active</strong> on a date when it started on or before that day and has
            not ended: it has no end date, or its end date is that day or later.{" "}
            <strong>Partner organisations</strong> counts the different organisations in active partnerships,
            so a partner working with five authorities counts once.
          </p>
        </Section>

        <Section id="series" title="The monthly charts">
          <p className="govuk-body">
            Each chart has one point per month, from July 2018 (when the Declaration was launched) to the
            current month. Each point is the <strong>state at the end of that month</strong>, worked out with
            the rules above on the month’s last day. The current month shows the state today, not a forecast
            for its end.
          </p>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              <strong>Adoption</strong>: authorities that had signed, and authorities that were LOTI members.
            </li>
            <li>
              <strong>Commitments by status</strong>: every commitment made by the end of the month, under its
              status on that day. A status holds from the month of its date until the next one.
            </li>
            <li>
              <strong>Commitments by principle</strong>: commitments made by the end of the month, under each
              Declaration principle they serve. A commitment serving two principles counts under both, so the
              lines can add up to more than the number of commitments.
            </li>
            <li>
              <strong>Active partnerships by partner type</strong>: partnerships active on the month’s last
              day, by the type of partner organisation.
            </li>
          </ul>
          <p className="govuk-body">
            Every chart has a one-sentence summary, a table with the same figures and a CSV download.
          </p>
        </Section>

        <Section id="as-of" title="Showing a past date: as known and as published">
          <p className="govuk-body">
            Every public page can show the records at the end of a past date. There are two ways to ask:
          </p>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              <strong>As known</strong> (the usual view): everything that had happened by the end of that
              date, as we know it today. A correction recorded later, such as a status change reported late,
              changes this view of the past. It is the best knowledge of what the situation was.
            </li>
            <li>
              <strong>As published</strong>: only what had been published on this dashboard by the end of that
              date. This is what a visitor saw that day, and it never changes, so it is the view to cite in a
              report or board paper.
            </li>
          </ul>
          <p className="govuk-body">
            A page showing a past date says so, and says how many published changes took effect (as known) or
            were published (as published) after it. Dated editions of the{" "}
            <Link className="govuk-link" href="/about/data">
              open data
            </Link>{" "}
            are as published.
          </p>
        </Section>

        <Section id="changes" title="Changes between two dates">
          <p className="govuk-body">
            “Changes between two dates” lists each published change whose effective date is after the first
            date and on or before the second. It counts these kinds of change:
          </p>
          <ul className="govuk-list govuk-list--bullet">
            <li>an authority signing the Declaration</li>
            <li>an authority joining or leaving LOTI</li>
            <li>a new commitment (on the day it was made)</li>
            <li>
              a status update, including one that confirms the same status (it shows the status before and
              after)
            </li>
            <li>a target date set again (with the days it moved and the reason), but not the original one</li>
            <li>a partnership starting, and a partnership ending</li>
          </ul>
          <p className="govuk-body">
            Edits to the words of a commitment are listed too, on the day they were recorded, but are not in
            the counts. As published, only changes published by the end of the second date are included.
          </p>
        </Section>
      </div>
    </div>
  );
}
