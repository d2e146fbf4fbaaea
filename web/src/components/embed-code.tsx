import { useEffect, useId, useRef, useState } from "react";

/** What an embedded chart needs: enough height for the sentence, the switch and the chart. */
const FRAME_HEIGHT = 620;

const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The HTML another site pastes to show a chart: a titled, borderless, full-width frame. */
export function embedSnippet(src: string, title: string): string {
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${FRAME_HEIGHT}" style="border: 0; max-width: 100%;" loading="lazy"></iframe>`;
}

/**
 * The inside of a chart panel's "Embed this chart": the code in a read-only text box (select it
 * and copy it by hand, with or without this button) and a button that copies it, saying so in a
 * live region. Loaded lazily: the closed details in the panel is all the first load needs.
 */
export function EmbedCode({ href, title }: { href: string; title: string }) {
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [message, setMessage] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const snippet = embedSnippet(new URL(href, window.location.origin).toString(), title);

  async function copy() {
    const text = textRef.current;
    try {
      await navigator.clipboard.writeText(snippet);
      setMessage("Code copied. Paste it into your web page’s HTML.");
    } catch {
      // No clipboard access (an old browser, or permission refused): select it for the reader.
      text?.focus();
      text?.select();
      setMessage("The code is selected: copy it with Ctrl+C (or Cmd+C on a Mac).");
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setMessage(""), 10_000);
  }

  return (
    <>
      <p className="govuk-body-s">
        Paste this code into a web page to show the chart there, with its summary, its table, the date of the
        figures, the licence and a link back to this dashboard. The chart keeps the date shown here: choose a
        date on this page first to fix the figures in time.
      </p>
      <label className="govuk-label govuk-label--s" htmlFor={id}>
        HTML code to embed “{title}”
      </label>
      <textarea
        ref={textRef}
        id={id}
        className="govuk-textarea app-embed-code"
        rows={4}
        readOnly
        spellCheck={false}
        value={snippet}
        onFocus={(event) => event.currentTarget.select()}
      />
      <button type="button" className="govuk-button govuk-button--secondary app-embed-copy" onClick={copy}>
        Copy the code<span className="govuk-visually-hidden">: embed “{title}”</span>
      </button>
      <p className="govuk-body-s app-embed-copied" role="status">
        {message}
      </p>
    </>
  );
}
