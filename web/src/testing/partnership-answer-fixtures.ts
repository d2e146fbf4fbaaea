import type { IncomingPartnership, IncomingPartnershipList } from "@ldd/shared/partnership-answers";
import { HACKNEY_GSS } from "./fixtures.ts";

export const INCOMING_PARTNERSHIP_ID = "5a1e0c6e-0000-4000-8000-000000000001";

/** A partnership Islington reported with Hackney, awaiting Hackney's answer. */
export function buildIncomingPartnership(overrides: Partial<IncomingPartnership> = {}): IncomingPartnership {
  return {
    id: INCOMING_PARTNERSHIP_ID,
    reportedBy: { gss: "E09000019", name: "Islington" },
    startDate: "2025-01-06",
    endDate: null,
    purpose: "Joint digital inclusion outreach.",
    version: 2,
    state: "awaiting",
    comment: null,
    answeredAt: null,
    answeredBy: null,
    answeredEarlierVersion: false,
    ...overrides,
  };
}

export function buildIncomingPartnershipList(): IncomingPartnershipList {
  return {
    authority: { gss: HACKNEY_GSS, name: "Hackney" },
    partnerships: [
      buildIncomingPartnership(),
      buildIncomingPartnership({
        id: "5a1e0c6e-0000-4000-8000-000000000002",
        reportedBy: { gss: "E09000007", name: "Camden" },
        purpose: "Shared booking system.",
        version: 1,
        state: "confirmed",
        answeredAt: "2026-10-01T10:00:00.000Z",
        answeredBy: "Harriet Editor",
      }),
    ],
  };
}
