/**
 * A synthetic national-scale group for benchmarks (docs/quality.md P8): London's 33 authorities
 * plus 367 more, loaded as data like the 33 (names, GSS codes, groupings, tile positions), 20,000
 * commitments over ten years, 200,000 status updates, re-baselines, signatures, memberships and
 * partnerships. Deterministic: the same numbers every run.
 */
import { AUTHORITIES, type AuthorityReference } from "@ldd/shared/reference-data";
import { COMMITMENT_STATUSES } from "@ldd/shared/vocabulary";
import type { DemoCommitment, DemoDataset } from "../src/seed/demo/demo-dataset.ts";

export const NATIONAL = { authorities: 400, commitments: 20_000, statusUpdates: 200_000 };

let state = 42;
const random = () => {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  return state / 2_147_483_648;
};
const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
const dateBetween = (from: string, to: string) => {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  return new Date(start + Math.floor(random() * ((end - start) / 86_400_000 + 1)) * 86_400_000)
    .toISOString()
    .slice(0, 10);
};
const at = (date: string) => `${date}T12:00:00.000Z`;

export function nationalAuthorities(): AuthorityReference[] {
  const extra = Array.from({ length: NATIONAL.authorities - AUTHORITIES.length }, (_, i) => ({
    gss: `E0${String(7_000_000 + i).padStart(7, "0")}`,
    name: `Authority ${i + 1}`,
    innerOuter1963: i % 2 === 0 ? ("inner" as const) : ("outer" as const),
    innerOuterOns: i % 3 === 0 ? ("inner" as const) : ("outer" as const),
    tile: { column: 1 + (i % 20), row: 10 + Math.floor(i / 20) },
  }));
  return [...AUTHORITIES, ...extra];
}

export function nationalDataset(today: string): DemoDataset {
  const gssCodes = nationalAuthorities().map((a) => a.gss);
  const commitments: DemoCommitment[] = Array.from({ length: NATIONAL.commitments }, (_, i) => {
    const committedOn = dateBetween("2018-07-04", "2025-12-31");
    const original = dateBetween(committedOn, "2027-12-31");
    return {
      key: `c${i}`,
      gss: pick(gssCodes),
      title: `Commitment ${i + 1}`,
      partners: "",
      mission: "A national-scale benchmark commitment.",
      impact: "",
      principles: [1 + Math.floor(random() * 5)],
      lotiArea: null,
      committedOn,
      recordedAt: at(committedOn),
      targetDates:
        random() < 0.3
          ? [
              { targetDate: original, reason: null, effectiveDate: committedOn, recordedAt: at(committedOn) },
              {
                targetDate: dateBetween(original, "2028-12-31"),
                reason: "Re-planned",
                effectiveDate: committedOn < today ? dateBetween(committedOn, today) : committedOn,
                recordedAt: at(committedOn),
              },
            ]
          : [{ targetDate: original, reason: null, effectiveDate: committedOn, recordedAt: at(committedOn) }],
      statusUpdates: [],
    };
  });
  const statuses = COMMITMENT_STATUSES.filter((s) => s !== "not_yet_reported");
  for (let i = 0; i < NATIONAL.statusUpdates; i++) {
    const commitment = pick(commitments);
    const effectiveDate = dateBetween(commitment.committedOn, today);
    commitment.statusUpdates.push({
      status: pick(statuses),
      phase: null,
      effectiveDate,
      note: null,
      evidenceUrls: [],
      recordedAt: at(effectiveDate),
    });
  }
  for (const c of commitments) c.statusUpdates.sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : 1));
  const partners = Array.from({ length: 200 }, (_, i) => ({
    key: `p${i}`,
    name: `Partner ${i + 1}`,
    type: pick(["govtech_supplier", "university", "non_profit", "public_body"] as const),
    canonicalIdScheme: null,
    canonicalId: null,
  }));
  return {
    partners,
    memberships: gssCodes
      .filter(() => random() < 0.5)
      .map((gss) => {
        const joined = dateBetween("2019-06-01", "2025-12-31");
        return { gss, kind: "joined" as const, effectiveDate: joined, reason: null, recordedAt: at(joined) };
      }),
    signatures: gssCodes
      .filter(() => random() < 0.75)
      .map((gss) => {
        const signedOn = dateBetween("2018-07-04", "2025-12-31");
        return {
          gss,
          signedOn,
          approverName: "An approver",
          approverRole: "Chief Executive",
          commitmentUrl: "https://example.org/commitment",
          recordedAt: at(signedOn),
        };
      }),
    commitments,
    partnerships: Array.from({ length: 2_000 }, (_, i) => {
      const startDate = dateBetween("2019-01-01", "2026-06-30");
      return {
        key: `ps${i}`,
        gss: pick(gssCodes),
        partnerKey: pick(partners).key,
        partnerGss: null,
        startDate,
        endDate: random() < 0.3 ? dateBetween(startDate, "2027-12-31") : null,
        purpose: "Benchmark partnership",
        commitmentKeys: [],
        recordedAt: at(startDate),
      };
    }),
  };
}
