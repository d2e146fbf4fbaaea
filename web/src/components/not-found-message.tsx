import { Link } from "wouter";

export function NotFoundMessage({ title = "Page not found", detail }: { title?: string; detail?: string }) {
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      {detail ? <p className="govuk-body">{detail}</p> : null}
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        You can{" "}
        <Link className="govuk-link" href="/authorities">
          find an authority in the list of all 33
        </Link>{" "}
        or go to the{" "}
        <Link className="govuk-link" href="/">
          overview
        </Link>
        .
      </p>
    </>
  );
}
