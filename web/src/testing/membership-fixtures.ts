import type { AuthorityMembership } from "@ldd/shared/membership";
import { HACKNEY_GSS } from "./fixtures.ts";

/** Hackney's membership as an administrator reads it: a founding member, then a leave and a return. */
export function buildMembership(overrides: Partial<AuthorityMembership> = {}): AuthorityMembership {
  return {
    authority: { gss: HACKNEY_GSS, name: "Hackney" },
    version: 3,
    member: true,
    foundingMember: true,
    events: [
      {
        id: "8c0f7e1e-0000-4000-8000-000000000001",
        kind: "founding",
        effectiveDate: "2019-06-10",
        reason: "A founding member, as LOTI’s public sources confirm",
        recordedAt: "2019-06-11T09:00:00.000Z",
        recordedBy: null,
      },
      {
        id: "8c0f7e1e-0000-4000-8000-000000000002",
        kind: "left",
        effectiveDate: "2022-04-01",
        reason: "Did not renew for 2022/23",
        recordedAt: "2022-04-02T09:00:00.000Z",
        recordedBy: "Ada Administrator",
      },
      {
        id: "8c0f7e1e-0000-4000-8000-000000000003",
        kind: "joined",
        effectiveDate: "2023-04-01",
        reason: "Renewed",
        recordedAt: "2023-04-02T09:00:00.000Z",
        recordedBy: "Ada Administrator",
      },
    ],
    ...overrides,
  };
}
