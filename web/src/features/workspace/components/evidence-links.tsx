import { MAX_EVIDENCE_LINKS } from "@ldd/shared/workspace";
import { useEffect, useRef } from "react";
import { TextField } from "@/components/forms/fields.tsx";

/** The form fields the links' errors are named by: one per link, then the list as a whole. */
export function evidenceLinkFields(count: number): string[] {
  return [...Array.from({ length: count }, (_, index) => `evidenceUrls.${index}`), "evidenceUrls"];
}

/** The links to send: without the empty ones. */
export function linksToSend(links: readonly string[]): string[] {
  return links.map((link) => link.trim()).filter((link) => link !== "");
}

/**
 * Links to evidence, as many as needed (up to MAX_EVIDENCE_LINKS), in the GOV.UK "add another"
 * pattern: a field per link, "Remove" beside each once there are two, and "Add another link",
 * which moves focus to the new field. Buttons, so the keyboard reaches and presses them.
 */
export function EvidenceLinks({
  links,
  onChange,
  errors,
}: {
  links: readonly string[];
  onChange: (links: string[]) => void;
  errors: Record<string, string>;
}) {
  const focusIndex = useRef<number | null>(null);
  const listRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusIndex.current === null) return;
    listRef.current?.querySelector<HTMLInputElement>(`#evidenceUrls-${focusIndex.current}`)?.focus();
    focusIndex.current = null;
  });
  const listError = errors.evidenceUrls;

  return (
    <div className={`govuk-form-group${listError ? " govuk-form-group--error" : ""}`} ref={listRef}>
      <fieldset
        className="govuk-fieldset"
        id="evidenceUrls"
        aria-describedby="evidenceUrls-hint"
        tabIndex={-1}
      >
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          Links to evidence (optional)
        </legend>
        <div className="govuk-hint" id="evidenceUrls-hint">
          Web pages that show it, each starting with https://. A reviewer may open them to verify the status.
        </div>
        {listError ? (
          <p className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {listError}
          </p>
        ) : null}
        {links.map((link, index) => (
          // Links are edited in place; an index is the field's identity while it is on screen.
          <div className="app-add-another__item" key={index}>
            <TextField
              path={`evidenceUrls.${index}`}
              label={`Link to evidence ${index + 1}${links.length === 1 ? " (optional)" : ""}`}
              error={errors[`evidenceUrls.${index}`]}
              value={link}
              onChange={(value) => onChange(links.map((item, at) => (at === index ? value : item)))}
              type="url"
              spellCheck={false}
            />
            {links.length > 1 ? (
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() => {
                  focusIndex.current = Math.max(0, index - 1);
                  onChange(links.filter((_, at) => at !== index));
                }}
              >
                Remove <span className="govuk-visually-hidden">{`link ${index + 1}`}</span>
              </button>
            ) : null}
          </div>
        ))}
        {links.length < MAX_EVIDENCE_LINKS ? (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => {
              focusIndex.current = links.length;
              onChange([...links, ""]);
            }}
          >
            Add another link
          </button>
        ) : null}
      </fieldset>
    </div>
  );
}
