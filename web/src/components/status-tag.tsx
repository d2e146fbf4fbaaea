import {
  COMMITMENT_STATUS_LABELS,
  type CommitmentStatus,
  DELIVERY_PHASE_LABELS,
  type DeliveryPhase,
} from "@ldd/shared/vocabulary";

const TAG_COLOURS: Record<CommitmentStatus, string> = {
  not_yet_reported: "govuk-tag--grey",
  not_applicable: "govuk-tag--grey",
  planned: "govuk-tag--light-blue",
  in_progress: "govuk-tag--blue",
  done: "govuk-tag--green",
  dropped: "govuk-tag--red",
};

/** "In progress · Beta": the status in words (colour only repeats it). */
export function describeStatus(status: CommitmentStatus, phase: DeliveryPhase | null): string {
  const label = COMMITMENT_STATUS_LABELS[status];
  return phase ? `${label} · ${DELIVERY_PHASE_LABELS[phase]}` : label;
}

export function StatusTag({
  status,
  phase = null,
}: {
  status: CommitmentStatus;
  phase?: DeliveryPhase | null;
}) {
  return <strong className={`govuk-tag ${TAG_COLOURS[status]}`}>{describeStatus(status, phase)}</strong>;
}

export function OverdueTag() {
  return <strong className="govuk-tag govuk-tag--red">Overdue</strong>;
}
