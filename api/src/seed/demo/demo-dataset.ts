/**
 * The shape of the illustrative demo dataset: what `generateDemoData` returns and the seed loads. Kept apart
 * from the generator so that code reading a dataset does not depend on how one is made.
 */
import type {
  CanonicalIdScheme,
  CommitmentStatus,
  DeliveryPhase,
  MembershipEventKind,
  PartnerType,
} from "@ldd/shared/vocabulary";

export interface DemoPartner {
  key: string;
  name: string;
  type: PartnerType;
  canonicalIdScheme: CanonicalIdScheme | null;
  canonicalId: string | null;
}

export interface DemoMembership {
  gss: string;
  /** "founding" only for the founders public sources confirm (docs/domain.md). */
  kind: MembershipEventKind;
  /** YYYY-MM-DD */
  effectiveDate: string;
  reason: string | null;
  /** ISO datetime */
  recordedAt: string;
}

export interface DemoSignature {
  gss: string;
  signedOn: string;
  approverName: string;
  approverRole: string;
  commitmentUrl: string;
  recordedAt: string;
}

export interface DemoTargetDate {
  targetDate: string;
  reason: string | null;
  effectiveDate: string;
  recordedAt: string;
}

export interface DemoStatusUpdate {
  status: CommitmentStatus;
  phase: DeliveryPhase | null;
  effectiveDate: string;
  note: string | null;
  evidenceUrls: string[];
  recordedAt: string;
}

export interface DemoCommitment {
  key: string;
  gss: string;
  title: string;
  partners: string;
  mission: string;
  impact: string;
  principles: number[];
  lotiArea: string | null;
  committedOn: string;
  recordedAt: string;
  /** First = original (reason null), later = re-baselines with a reason. */
  targetDates: DemoTargetDate[];
  /** In effective-date order. */
  statusUpdates: DemoStatusUpdate[];
}

export interface DemoPartnership {
  key: string;
  gss: string;
  partnerKey: string | null;
  partnerGss: string | null;
  startDate: string;
  endDate: string | null;
  purpose: string;
  commitmentKeys: string[];
  recordedAt: string;
}

export interface DemoDataset {
  partners: DemoPartner[];
  memberships: DemoMembership[];
  signatures: DemoSignature[];
  commitments: DemoCommitment[];
  partnerships: DemoPartnership[];
}
