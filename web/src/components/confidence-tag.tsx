import {
  EVIDENCE_CONFIDENCE_HINTS,
  EVIDENCE_CONFIDENCE_LABELS,
  type EvidenceConfidence,
} from "@ldd/shared/vocabulary";

const COLOURS: Record<EvidenceConfidence, string> = {
  self_declared: "govuk-tag--grey",
  evidenced: "govuk-tag--light-blue",
  verified: "govuk-tag--green",
};

/** How far a status claim can be trusted, in words: the tag's text, with what it means for screen readers. */
export function ConfidenceTag({ confidence }: { confidence: EvidenceConfidence }) {
  return (
    <strong className={`govuk-tag ${COLOURS[confidence]}`} title={EVIDENCE_CONFIDENCE_HINTS[confidence]}>
      {EVIDENCE_CONFIDENCE_LABELS[confidence]}
      <span className="govuk-visually-hidden">{`: ${EVIDENCE_CONFIDENCE_HINTS[confidence]}`}</span>
    </strong>
  );
}
