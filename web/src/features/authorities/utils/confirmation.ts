import { formatLongDate } from "@ldd/shared/dates";
import type { Partnership } from "@ldd/shared/partnerships";

/**
 * Who says a partnership exists, in words: "Reported by Hackney, confirmed by Camden on
 * 2 May 2024", "…, disputed by Camden", "…, awaiting confirmation by Camden". A partnership with
 * an organisation that is not an authority is the reporter's word alone.
 */
export function describeConfirmation(partnership: Partnership): string {
  const reported = `Reported by ${partnership.authorityName}`;
  const { state, partnerName, answeredOn } = partnership.confirmation;
  const partner = partnerName ?? partnership.partner.name;
  const on = answeredOn ? ` on ${formatLongDate(answeredOn)}` : "";
  switch (state) {
    case "confirmed":
      return `${reported}, confirmed by ${partner}${on}`;
    case "disputed":
      return `${reported}, disputed by ${partner}${on}`;
    case "awaiting":
      return `${reported}, awaiting confirmation by ${partner}`;
    default:
      return reported;
  }
}

/** The tag beside the words: its text says the same, so colour is never the only signal. */
export const CONFIRMATION_TAGS: Record<
  Partnership["confirmation"]["state"],
  { text: string; className: string } | null
> = {
  confirmed: { text: "Confirmed", className: "govuk-tag--green" },
  disputed: { text: "Disputed", className: "govuk-tag--red" },
  awaiting: { text: "Awaiting confirmation", className: "govuk-tag--yellow" },
  not_needed: null,
};
