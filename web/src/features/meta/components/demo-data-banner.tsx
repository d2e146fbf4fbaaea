import { useMeta } from "../api/get-meta.ts";

/** Shown on every page while illustrative demo data is loaded. */
export function DemoDataBanner() {
  const meta = useMeta();
  if (!meta.data?.demoData) return null;
  return (
    <section className="govuk-notification-banner app-demo-banner" aria-labelledby="demo-data-banner-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="demo-data-banner-title">
          Demo data
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          This dashboard shows illustrative demo data, not real records.
        </p>
      </div>
    </section>
  );
}
