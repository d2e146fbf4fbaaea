import { useMeta } from "../api/get-meta.ts";

const OGL_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";

/** The open licence line in the footer; uses the API's licence name once it is known. */
export function LicenceNotice() {
  const meta = useMeta();
  const licence = meta.data?.licence ?? "Open Government Licence v3.0";
  const isOgl = /open government licen[cs]e/i.test(licence);
  return (
    <p className="govuk-footer__licence-description">
      All data is available under the{" "}
      {isOgl ? (
        <a className="govuk-footer__link" href={OGL_URL} rel="license">
          {licence}
        </a>
      ) : (
        licence
      )}
      , except where otherwise stated.
    </p>
  );
}
