/**
 * Deterministic, seeded generator of the dashboard's ILLUSTRATIVE demo data.
 *
 * Everything here is made up for demonstration, apart from the reference facts imported from
 * `@ldd/shared/reference-data` (authorities, principles, LOTI areas, launch partners, funders, confirmed
 * founders). Dates of signing, approvers, commitments, statuses and partnerships are fictional; fictional
 * organisations carry clearly fictional names and no canonical ids; every link points at example.org.
 *
 * The output depends only on `seed` and `today`: no Math.random, no clock. No effective date and no
 * recorded time is after `today` (the one exception is a commitment's target date, which is a plan and may
 * lie in the future, otherwise no in-progress commitment could be on track).
 */
import { AUTHORITIES } from "@ldd/shared/reference-data";
import { DAY_MS, formatDay, iso, parseDay } from "./calendar.ts";
import type { DemoDataset } from "./demo-dataset.ts";
import { buildCommitments } from "./generate-commitments.ts";
import { buildMemberships } from "./generate-memberships.ts";
import { buildPartners } from "./generate-partners.ts";
import { partnersProse } from "./generate-partners-prose.ts";
import { buildPartnerships, DECLARATION_LAUNCH } from "./generate-partnerships.ts";
import { buildSignatures } from "./generate-signatures.ts";
import type { GenerationContext } from "./generation-context.ts";

export interface DemoDataOptions {
  seed: number;
  /** YYYY-MM-DD: nothing that happened or was recorded is later than this. */
  today: string;
}

/**
 * Build the illustrative demo dataset. Same `seed` and `today`, same output, byte for byte.
 * Throws a RangeError if `today` is not a real YYYY-MM-DD date or `seed` is not a finite number.
 */
export function generateDemoData(options: DemoDataOptions): DemoDataset {
  const { seed } = options;
  if (!Number.isFinite(seed)) throw new RangeError(`Expected a finite number as the seed, got ${seed}`);
  const today = parseDay(options.today);
  const ctx: GenerationContext = { seed, today, todayEndMs: (today + 1) * DAY_MS - 1 };

  const partners = buildPartners();
  const signatures = buildSignatures(ctx);
  const memberships = buildMemberships(ctx);
  const commitments = buildCommitments(ctx, signatures);
  const partnerships =
    today < DECLARATION_LAUNCH ? [] : buildPartnerships(ctx, partners, signatures, commitments);

  return {
    partners: partners.all,
    memberships,
    signatures: [...signatures.values()]
      .sort((a, b) => a.signedOn - b.signedOn || a.gss.localeCompare(b.gss))
      .map((s) => ({
        gss: s.gss,
        signedOn: formatDay(s.signedOn),
        approverName: s.approverName,
        approverRole: s.approverRole,
        commitmentUrl: `https://example.org/declaration/${s.gss}`,
        recordedAt: iso(s.recordedMs),
      })),
    commitments: AUTHORITIES.flatMap(({ gss }) =>
      (commitments.get(gss) ?? []).map((c) => ({
        key: c.key,
        gss: c.gss,
        title: c.title,
        partners: partnersProse(ctx, c),
        mission: c.mission,
        impact: c.impact,
        principles: c.principles,
        lotiArea: c.lotiArea,
        committedOn: formatDay(c.committedDay),
        recordedAt: iso(c.recordedMs),
        targetDates: c.targetDates,
        statusUpdates: c.statusUpdates,
      })),
    ),
    partnerships,
  };
}
