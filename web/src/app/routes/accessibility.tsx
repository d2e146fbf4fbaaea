import { formatLongDate } from "@ldd/shared/dates";
import { Link } from "wouter";
import { useMeta } from "@/features/meta/api/get-meta.ts";
import { SITE_NAME, useDocumentTitle } from "@/lib/use-document-title.ts";
import { useSiteOrigin } from "@/lib/use-hydrated.ts";

/*
 * `/accessibility`: the accessibility statement, in the model GOV.UK publishes for public sector
 * websites (https://www.gov.uk/government/publications/sample-accessibility-statement). Review it
 * whenever the site changes a lot, and at least once a year: update the known issues and the dates.
 */

/** When this statement was prepared, last reviewed, and when the site was last tested. */
const PREPARED_ON = "2026-11-30";
const LAST_REVIEWED_ON = "2026-11-30";
const LAST_TESTED_ON = "2026-11-30";

/** What does not yet meet WCAG 2.2 AA, or may be hard to use: each with the criterion it concerns. */
const KNOWN_ISSUES: readonly { issue: string; criterion?: string }[] = [
  {
    issue:
      "If you are signed in to report for your authority and do nothing for an hour, you are signed out without a warning and cannot ask for more time, so you may have to enter again anything you had not yet saved.",
    criterion: "2.2.1 Timing adjustable",
  },
];

/** What is accessible but may still be harder for some people, said plainly. */
const LIMITATIONS: readonly string[] = [
  "The charts are pictures drawn in the browser. Screen reader users get the same figures from each chart’s one-sentence summary and its table (choose “Table” above the chart), and from its CSV download, rather than from the chart itself.",
  "The chart lines and areas are told apart by their dash and fill patterns as well as their colours, but some patterns are small and may be hard to tell apart at a glance.",
  "Wide tables, such as the comparison of authorities and the column lists of the data dictionary, scroll sideways on small screens and when zoomed in, rather than rewrapping.",
  "Without JavaScript, the public pages show each chart as its table, and filters work by reloading the page; signing in and self-reporting need JavaScript. The charts themselves are drawn only with JavaScript.",
  "On an embedded chart (a chart shown on another website), the links to this dashboard and to the licence open in a new tab, and say so.",
  "The API reference (/api/docs) and the open data files are written for developers and data users. The CSV files follow the GOV.UK tabular data standard, but a table of several thousand rows can be hard to use with a screen reader.",
];

const LOTI_WEBSITE = "https://loti.london";

/**
 * How to reach the people who run the dashboard: the mailbox the installation set (CONTACT_EMAIL),
 * or else LOTI's website, never an address nobody reads.
 */
function Contact({ email }: { email: string | null }) {
  if (email) {
    return (
      <>
        email{" "}
        <a className="govuk-link" href={`mailto:${email}`}>
          {email}
        </a>
      </>
    );
  }
  return (
    <>
      contact LOTI through{" "}
      <a className="govuk-link" href={LOTI_WEBSITE}>
        its website, loti.london
      </a>
    </>
  );
}

export function AccessibilityRoute() {
  useDocumentTitle("Accessibility statement");
  const site = useSiteOrigin();
  const contactEmail = useMeta().data?.contactEmail ?? null;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Accessibility statement for the {SITE_NAME}</h1>
        <p className="govuk-body">
          This accessibility statement applies to the {SITE_NAME} at{" "}
          <span className="app-break-anywhere">{site}</span>, including its embedded charts. It does not apply
          to other websites it links to, such as the Local Digital Declaration website.
        </p>
        <p className="govuk-body">
          This website is run by the London Office of Technology and Innovation (LOTI). We want as many people
          as possible to be able to use it. For example, that means you should be able to:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>change colours, contrast levels and fonts using browser or device settings</li>
          <li>zoom in up to 400% without the text spilling off the screen</li>
          <li>navigate the whole website using just a keyboard, with the focus always visible</li>
          <li>navigate most of the website using speech recognition software</li>
          <li>
            listen to the whole website using a screen reader (including the most recent versions of JAWS,
            NVDA and VoiceOver)
          </li>
          <li>get every figure in a chart as a sentence, a table and a CSV file</li>
        </ul>
        <p className="govuk-body">We’ve also made the text as simple as possible to understand.</p>
        <p className="govuk-body">
          <a className="govuk-link" href="https://mcmw.abilitynet.org.uk/">
            AbilityNet
          </a>{" "}
          has advice on making your device easier to use if you have a disability.
        </p>

        <h2 className="govuk-heading-l" id="how-accessible">
          How accessible this website is
        </h2>
        <p className="govuk-body">We know some parts of this website are not fully accessible:</p>
        <ul className="govuk-list govuk-list--bullet">
          {KNOWN_ISSUES.map(({ issue }) => (
            <li key={issue}>{issue}</li>
          ))}
          {LIMITATIONS.map((limitation) => (
            <li key={limitation}>{limitation}</li>
          ))}
        </ul>

        <h2 className="govuk-heading-l" id="feedback">
          Feedback and contact information
        </h2>
        <p className="govuk-body">
          If you need information on this website in a different format, such as accessible PDF, large print,
          easy read, audio recording or braille, <Contact email={contactEmail} />.
        </p>
        <p className="govuk-body">
          We’ll consider your request and get back to you within 10 working days. Every figure is also
          available as a CSV file, which many assistive technologies and spreadsheet programs can read: see{" "}
          <Link className="govuk-link" href="/about/data">
            open data and data dictionary
          </Link>
          .
        </p>

        <h2 className="govuk-heading-l" id="reporting">
          Reporting accessibility problems with this website
        </h2>
        <p className="govuk-body">
          We’re always looking to improve the accessibility of this website. If you find any problems not
          listed on this page or think we’re not meeting accessibility requirements,{" "}
          <Contact email={contactEmail} />. Tell us the address of the page, what you were trying to do, and
          the device, browser and any assistive technology you were using, if you can.
        </p>

        <h2 className="govuk-heading-l" id="enforcement">
          Enforcement procedure
        </h2>
        <p className="govuk-body">
          The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector
          Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the “accessibility
          regulations”). If you’re not happy with how we respond to your complaint, contact the{" "}
          <a className="govuk-link" href="https://www.equalityadvisoryservice.com/">
            Equality Advisory and Support Service (EASS)
          </a>
          .
        </p>

        <h2 className="govuk-heading-l" id="technical">
          Technical information about this website’s accessibility
        </h2>
        <p className="govuk-body">
          LOTI is committed to making its website accessible, in accordance with the Public Sector Bodies
          (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
        </p>

        <h3 className="govuk-heading-m" id="compliance">
          Compliance status
        </h3>
        <p className="govuk-body">
          This website is partially compliant with the{" "}
          <a className="govuk-link" href="https://www.w3.org/TR/WCAG22/">
            Web Content Accessibility Guidelines version 2.2
          </a>{" "}
          AA standard, due to the non-compliance listed below.
        </p>

        <h3 className="govuk-heading-m" id="non-accessible">
          Non-accessible content
        </h3>
        <p className="govuk-body">The content listed below is non-accessible for the following reasons.</p>
        <h4 className="govuk-heading-s">Non-compliance with the accessibility regulations</h4>
        <ul className="govuk-list govuk-list--bullet">
          {KNOWN_ISSUES.map(({ issue, criterion }) => (
            <li key={issue}>
              {issue} This fails WCAG 2.2 success criterion {criterion}. We plan to warn people before they
              are signed out and let them stay signed in.
            </li>
          ))}
        </ul>
        <h4 className="govuk-heading-s">Disproportionate burden</h4>
        <p className="govuk-body">We are not claiming that any fix would be a disproportionate burden.</p>
        <h4 className="govuk-heading-s">
          Content that’s not within the scope of the accessibility regulations
        </h4>
        <p className="govuk-body">
          The open data files are data for people to analyse, not documents to read; we describe every table
          and column in the{" "}
          <Link className="govuk-link" href="/about/data">
            data dictionary
          </Link>
          .
        </p>

        <h2 className="govuk-heading-l" id="improving">
          What we’re doing to improve accessibility
        </h2>
        <p className="govuk-body">
          Every change to the website is checked automatically with axe-core, in a real browser, on every
          public page and on the forms authorities use to report, and must have no failures before it is
          published. We fix problems people report to us first.
        </p>

        <h2 className="govuk-heading-l" id="preparation">
          Preparation of this accessibility statement
        </h2>
        <p className="govuk-body">
          This statement was prepared on {formatLongDate(PREPARED_ON)}. It was last reviewed on{" "}
          {formatLongDate(LAST_REVIEWED_ON)}.
        </p>
        <p className="govuk-body">
          This website was last tested on {formatLongDate(LAST_TESTED_ON)} against the WCAG 2.2 AA standard.
          The test was carried out by the team that builds it. We tested every public page (the overview,
          authorities, an authority’s profile, commitments, comparison, partners, about, methodology, open
          data, this statement and an embedded chart), the pages shown for a past date, and the sign-in and
          reporting forms:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>with axe-core’s automated checks for WCAG 2.0, 2.1 and 2.2 at levels A and AA, in Chromium</li>
          <li>using only a keyboard, checking the order of focus and that focus is always visible</li>
          <li>at a width of 390 pixels, like a small phone</li>
        </ul>
        <p className="govuk-body">
          We have not yet had the website tested by disabled people or audited by an accessibility specialist.
          We plan to, and will update this statement when we have.
        </p>
      </div>
    </div>
  );
}
