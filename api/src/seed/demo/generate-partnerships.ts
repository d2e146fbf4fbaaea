import { AUTHORITIES, DECLARATION_LAUNCH_DATE } from "@ldd/shared/reference-data";
import { dayOf, formatDay, iso, parseDay } from "./calendar.ts";
import { COUNCIL_PURPOSES, LINKED_PURPOSE_PREFIX, ORG_PURPOSES } from "./content/partners.ts";
import type { DemoPartner, DemoPartnership } from "./demo-dataset.ts";
import type { CommitmentDraft } from "./generate-commitments.ts";
import type { PartnerPools } from "./generate-partners.ts";
import { KINGSTON, type SignatureDraft, SUTTON } from "./generate-signatures.ts";
import { type GenerationContext, recordTime } from "./generation-context.ts";
import { Rng } from "./random-source.ts";

/** No partnership starts before the declaration was launched. */
export const DECLARATION_LAUNCH = parseDay(DECLARATION_LAUNCH_DATE);

interface PartnershipDraft {
  gss: string;
  partnerKey: string | null;
  partnerGss: string | null;
  start: number;
  end: number | null;
  purpose: string;
  linked: CommitmentDraft[];
}

function maybeEnd(
  ctx: GenerationContext,
  rng: Rng,
  start: number,
  mustOutlast: number,
  probability: number,
): number | null {
  if (!rng.chance(probability)) return null;
  const end = start + rng.int(180, 1200);
  return end <= ctx.today && end > mustOutlast ? end : null;
}

/** "the Metropolitan Police", but "Transport for London" and "Example Civic Tech Ltd". */
function withArticle(partner: DemoPartner): string {
  const bare = ["Transport for London", "London Councils", "London & Partners"];
  return partner.type === "public_body" && !bare.includes(partner.name)
    ? `the ${partner.name}`
    : partner.name;
}

function quoteTitles(linked: readonly CommitmentDraft[]): string {
  return linked.map((c) => `"${c.title}"`).join(" and ");
}

/** Partnerships: authority ↔ partner organisation, and authority ↔ authority. */
export function buildPartnerships(
  ctx: GenerationContext,
  partners: PartnerPools,
  signatures: Map<string, SignatureDraft>,
  commitments: Map<string, CommitmentDraft[]>,
): DemoPartnership[] {
  const drafts: PartnershipDraft[] = [];
  const nameOf = new Map(AUTHORITIES.map((a) => [a.gss, a.name]));

  // Authority ↔ partner organisation.
  for (const { gss } of AUTHORITIES) {
    const rng = new Rng(ctx.seed, `partnerships:${gss}`);
    const own = commitments.get(gss) ?? [];
    const count = signatures.has(gss)
      ? rng.weighted([
          [1, 2],
          [2, 4],
          [3, 3],
          [4, 1],
        ])
      : rng.int(0, 1);
    const used = new Set<string>();
    for (let i = 0; i < count; i++) {
      let partner: DemoPartner | undefined;
      for (let attempt = 0; attempt < 10 && !partner; attempt++) {
        const pool = rng.weighted([
          [partners.fictional, 6],
          [partners.launch, 3],
          [partners.funders, 1],
        ] as const);
        const candidate = rng.pick(pool);
        if (!used.has(candidate.key)) partner = candidate;
      }
      if (!partner) continue;
      used.add(partner.key);
      const linked = own.length > 0 && rng.chance(0.5) ? [rng.pick(own)] : [];
      // Now and then a partner serves two commitments made within two years of each other.
      const anchor = linked[0];
      const nearby = own.filter(
        (c) => anchor && c !== anchor && Math.abs(c.committedDay - anchor.committedDay) <= 730,
      );
      if (anchor && nearby.length > 0 && rng.chance(0.2)) linked.push(rng.pick(nearby));
      linked.sort((a, b) => a.committedDay - b.committedDay);
      const firstCommitted = Math.min(...linked.map((c) => c.committedDay));
      const lastCommitted = Math.max(DECLARATION_LAUNCH, ...linked.map((c) => c.committedDay));
      const start =
        linked.length > 0
          ? Math.max(DECLARATION_LAUNCH, firstCommitted - rng.int(0, 120))
          : rng.int(DECLARATION_LAUNCH, ctx.today);
      const purpose =
        linked.length > 0
          ? `${LINKED_PURPOSE_PREFIX[partner.type]} ${quoteTitles(linked)}`
          : rng.pick(ORG_PURPOSES[partner.type]);
      const end = maybeEnd(ctx, rng, start, lastCommitted, 0.28);
      drafts.push({ gss, partnerKey: partner.key, partnerGss: null, start, end, purpose, linked });
      for (const c of linked) c.collaborators.push(withArticle(partner));
    }
  }

  // Authority ↔ authority: Kingston and Sutton's shared digital service, plus a few illustrative pairs.
  const rng = new Rng(ctx.seed, "partnerships:councils");
  const kingstonSigned = signatures.get(KINGSTON)?.signedOn ?? dayOf(2018, 12, 31);
  const sharedStart = Math.min(rng.int(DECLARATION_LAUNCH, kingstonSigned), ctx.today);
  const kingstonCommitments = (commitments.get(KINGSTON) ?? []).filter((c) => c.committedDay >= sharedStart);
  const sharedLinked = rng.sample(kingstonCommitments, 2).sort((a, b) => a.committedDay - b.committedDay);
  drafts.push({
    gss: KINGSTON,
    partnerKey: null,
    partnerGss: SUTTON,
    start: sharedStart,
    end: null,
    purpose: "Shared digital service for Kingston upon Thames and Sutton",
    linked: sharedLinked,
  });
  for (const c of commitments.get(KINGSTON) ?? [])
    c.collaborators.push("our shared digital service with Sutton");
  for (const c of commitments.get(SUTTON) ?? []) {
    c.collaborators.push("our shared digital service with Kingston upon Thames");
  }

  const pairKeys = new Set([`${KINGSTON}|${SUTTON}`, `${SUTTON}|${KINGSTON}`]);
  const pairCount = rng.int(3, 5);
  for (let attempt = 0; attempt < 50 && pairKeys.size < 2 + pairCount * 2; attempt++) {
    const [a, b] = rng.sample(AUTHORITIES, 2);
    if (!a || !b || pairKeys.has(`${a.gss}|${b.gss}`)) continue;
    pairKeys.add(`${a.gss}|${b.gss}`).add(`${b.gss}|${a.gss}`);
    const own = commitments.get(a.gss) ?? [];
    const linked = own.length > 0 && rng.chance(0.35) ? [rng.pick(own)] : [];
    const firstLinked = linked[0];
    const start = firstLinked
      ? Math.max(DECLARATION_LAUNCH, firstLinked.committedDay - rng.int(0, 120))
      : rng.int(DECLARATION_LAUNCH, ctx.today);
    const purpose = firstLinked
      ? `${LINKED_PURPOSE_PREFIX.other_council} ${quoteTitles(linked)} with ${b.name}`
      : rng.pick(COUNCIL_PURPOSES);
    const end = maybeEnd(ctx, rng, start, firstLinked?.committedDay ?? start, 0.3);
    drafts.push({ gss: a.gss, partnerKey: null, partnerGss: b.gss, start, end, purpose, linked });
    if (firstLinked) firstLinked.collaborators.push(`the digital team at ${nameOf.get(b.gss) ?? b.gss}`);
  }

  // Stable keys: numbered per authority in order of start date.
  const sorted = drafts
    .filter((d) => d.start <= ctx.today)
    .sort(
      (x, y) =>
        x.gss.localeCompare(y.gss) ||
        x.start - y.start ||
        (x.partnerKey ?? x.partnerGss ?? "").localeCompare(y.partnerKey ?? y.partnerGss ?? ""),
    );
  const counters = new Map<string, number>();
  return sorted.map((d) => {
    const n = (counters.get(d.gss) ?? 0) + 1;
    counters.set(d.gss, n);
    const key = `p-${d.gss}-${n}`;
    const recRng = new Rng(ctx.seed, `partnership-recorded:${key}`);
    // The record as it stands: recorded after it started, after it ended, and after the commitments it serves.
    const floorMs = Math.max(0, ...d.linked.map((c) => c.recordedMs));
    let recordedMs = recordTime(ctx, recRng, d.start, floorMs);
    if (d.end !== null) recordedMs = Math.max(recordedMs, recordTime(ctx, recRng, d.end));
    return {
      key,
      gss: d.gss,
      partnerKey: d.partnerKey,
      partnerGss: d.partnerGss,
      startDate: formatDay(d.start),
      endDate: d.end === null ? null : formatDay(d.end),
      purpose: d.purpose,
      commitmentKeys: d.linked.map((c) => c.key),
      recordedAt: iso(recordedMs),
    };
  });
}
