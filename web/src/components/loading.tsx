/** A polite loading message; screen readers hear it once, without stealing focus. */
export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <p className="govuk-body app-loading" role="status">
      {label}
    </p>
  );
}
