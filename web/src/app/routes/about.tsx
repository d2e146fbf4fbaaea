import { LOTI_AREAS, PRINCIPLES } from "@ldd/shared/reference-data";
import { COMMITMENT_STATUS_LABELS, COMMITMENT_STATUSES } from "@ldd/shared/vocabulary";
import { useEffect } from "react";
import { Link } from "wouter";
import { useMeta } from "@/features/meta/api/get-meta.ts";
import { buildDatasetJsonLd, useJsonLd } from "@/lib/dataset-json-ld.ts";
import { useDocumentTitle } from "@/lib/use-document-title.ts";
import { useSiteOrigin } from "@/lib/use-hydrated.ts";

const STATUS_MEANINGS: Record<(typeof COMMITMENT_STATUSES)[number], string> = {
  not_yet_reported: "the authority has not told us yet; this is not the same as “not started”",
  not_applicable: "the commitment no longer applies, for example after a service moved elsewhere",
  planned: "agreed, with work not yet started",
  in_progress: "work has started; a delivery phase (discovery, alpha, beta or live) may be given",
  done: "delivered, usually with evidence",
  dropped: "the authority decided to stop",
};

export function AboutRoute() {
  useDocumentTitle("About the data");
  const meta = useMeta();
  const origin = useSiteOrigin();
  // The dataset, described for search engines and data catalogues while this page is shown.
  useJsonLd(
    "dataset-json-ld",
    origin ? buildDatasetJsonLd({ origin, dataVersion: meta.data?.dataVersion ?? null }) : null,
  );

  useEffect(() => {
    const target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
    target?.scrollIntoView();
  }, []);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">About the data</h1>

        <h2 className="govuk-heading-l">The Local Digital Declaration</h2>
        <p className="govuk-body">
          The Local Digital Declaration (also called the “Local Government Digital Declaration”) was launched
          on 4 July 2018 by the Ministry of Housing, Communities and Local Government and the Government
          Digital Service, with councils and sector bodies. An organisation signs it by publishing a
          commitment: one project to deliver within a year, described by its title, partners, mission and
          impact, and approved by a named senior leader.
        </p>
        <h3 className="govuk-heading-m">The five principles</h3>
        <ol className="govuk-list govuk-list--number">
          {PRINCIPLES.map((principle) => (
            <li key={principle.number}>
              <strong>{principle.title}</strong>: {principle.description}
            </li>
          ))}
        </ol>

        <h2 className="govuk-heading-l">LOTI</h2>
        <p className="govuk-body">
          The London Office of Technology and Innovation (LOTI) was launched on 10 June 2019, hosted by London
          Councils and part-funded by the Greater London Authority. Boroughs join as members; membership is
          recorded as dated joining and leaving events. At launch LOTI named six areas of work, and each
          commitment may say which it serves:
        </p>
        <ul className="govuk-list govuk-list--bullet">
          {LOTI_AREAS.map((area) => (
            <li key={area.id}>{area.title}</li>
          ))}
        </ul>

        <h2 className="govuk-heading-l">Methodology</h2>
        <p className="govuk-body">
          Charts show the <strong>state at the end of each month</strong>, from July 2018 to the current
          month. They use <strong>effective dates</strong>: when something happened (the day an authority
          signed, a status changed or a partnership started), not when it was recorded. When an authority
          reports something late, earlier months are corrected, so a chart can change after you last saw it.
          “Change since” compares today with the state at the end of the date you choose.
        </p>
        <p className="govuk-body">Commitment statuses mean:</p>
        <dl className="govuk-summary-list">
          {COMMITMENT_STATUSES.map((status) => (
            <div className="govuk-summary-list__row" key={status}>
              <dt className="govuk-summary-list__key">{COMMITMENT_STATUS_LABELS[status]}</dt>
              <dd className="govuk-summary-list__value">{STATUS_MEANINGS[status]}</dd>
            </div>
          ))}
        </dl>
        <p className="govuk-body">
          A commitment is <strong>overdue</strong> when its target date has passed and it is not done, dropped
          or not applicable. An authority’s records are marked <strong>stale</strong> when nothing has been
          updated for over six months. Only published records are shown.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" href="/methodology">
            Read how every figure is worked out
          </Link>
          , including slipped target dates, the monthly charts and the difference between showing a past date
          as known and as published.
        </p>

        <h2 className="govuk-heading-l" id="open-data">
          Open data
        </h2>
        <p className="govuk-body">
          Every chart and table has a CSV download. The whole dataset is one open data package: a CSV file per
          table, a zip of them all and a machine-readable description, today’s at a fixed address and every
          past day’s at a dated one you can cite.
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>
            <Link className="govuk-link" href="/about/data">
              Open data and data dictionary: download the data and read what every column means
            </Link>
          </li>
          <li>
            <a className="govuk-link" href="/api/docs">
              API reference
            </a>
          </li>
          <li>
            <a className="govuk-link" href="/api/openapi.json">
              OpenAPI document (JSON)
            </a>
          </li>
        </ul>
        <p className="govuk-body">
          The data is published under the{" "}
          <a
            className="govuk-link"
            href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
            rel="license"
          >
            Open Government Licence v3.0
          </a>
          .
        </p>

        <h2 className="govuk-heading-l" id="accessibility">
          Accessibility
        </h2>
        <p className="govuk-body">
          This dashboard aims to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. Every
          chart has a one-sentence summary, a table and a CSV download, and everything works with a keyboard.
          The{" "}
          <Link className="govuk-link" href="/accessibility">
            accessibility statement
          </Link>{" "}
          says how accessible it is, what we know is not yet right, and how to report a problem.
        </p>
      </div>
    </div>
  );
}
