import type { PublicationState } from "@ldd/shared/vocabulary";

const STATE_TAGS: Record<PublicationState, { label: string; colour: string }> = {
  draft: { label: "Draft", colour: "govuk-tag--grey" },
  submitted: { label: "Submitted for review", colour: "govuk-tag--blue" },
  published: { label: "Published", colour: "govuk-tag--green" },
  returned: { label: "Returned", colour: "govuk-tag--orange" },
  withdrawn: { label: "Withdrawn", colour: "govuk-tag--grey" },
};

/** Where a record is on its way to the public pages, in words. */
export function StateTag({ state }: { state: PublicationState }) {
  const tag = STATE_TAGS[state];
  return <strong className={`govuk-tag ${tag.colour}`}>{tag.label}</strong>;
}
