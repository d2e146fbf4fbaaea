import { AUTHORITIES, LOTI_CONFIRMED_FOUNDERS, LOTI_LAUNCH_DATE } from "@ldd/shared/reference-data";
import type { MembershipEventKind } from "@ldd/shared/vocabulary";
import { dayOf, formatDay, iso, parseDay } from "./calendar.ts";
import type { DemoMembership } from "./demo-dataset.ts";
import { type GenerationContext, recordTime } from "./generation-context.ts";
import { Rng } from "./random-source.ts";

const LOTI_LAUNCH = parseDay(LOTI_LAUNCH_DATE);

/** LOTI membership: dated join/leave events. */
export function buildMemberships(ctx: GenerationContext): DemoMembership[] {
  const rng = new Rng(ctx.seed, "loti-membership");
  const confirmed: readonly string[] = LOTI_CONFIRMED_FOUNDERS;
  const others = rng.shuffle(AUTHORITIES.map((a) => a.gss).filter((gss) => !confirmed.includes(gss)));
  const founders = [...confirmed, ...others.slice(0, 15 - confirmed.length)];
  const joiners = others.slice(15 - confirmed.length);

  const events: { gss: string; kind: MembershipEventKind; day: number }[] = [];
  // Only the founders public sources confirm are recorded as founding members; the others joining
  // at launch are illustrative.
  for (const gss of founders) {
    events.push({ gss, kind: confirmed.includes(gss) ? "founding" : "joined", day: LOTI_LAUNCH });
  }
  // 16 by July 2020, 19 by September 2020, 27 by January 2024 (docs/domain.md).
  const waves: readonly [number, number, number][] = [
    [1, dayOf(2019, 7, 15), dayOf(2020, 7, 31)],
    [3, dayOf(2020, 8, 1), dayOf(2020, 9, 30)],
    [8, dayOf(2020, 10, 1), dayOf(2024, 1, 31)],
  ];
  let next = 0;
  for (const [count, from, to] of waves) {
    for (const gss of joiners.slice(next, next + count))
      events.push({ gss, kind: "joined", day: rng.int(from, to) });
    next += count;
  }

  // One founder (never a confirmed one) leaves at the start of a financial year; perhaps it comes back.
  const leaver = rng.pick(founders.filter((gss) => !confirmed.includes(gss)));
  if (rng.chance(0.5)) {
    events.push({ gss: leaver, kind: "left", day: dayOf(rng.int(2021, 2022), 4, 1) });
    events.push({ gss: leaver, kind: "joined", day: dayOf(2023, 4, 1) });
  } else {
    events.push({ gss: leaver, kind: "left", day: dayOf(rng.int(2024, 2025), 4, 1) });
  }

  return events
    .filter((e) => e.day <= ctx.today)
    .sort((a, b) => a.day - b.day || a.gss.localeCompare(b.gss))
    .map((e) => ({
      gss: e.gss,
      kind: e.kind,
      effectiveDate: formatDay(e.day),
      reason: e.kind === "founding" ? "A founding member, as LOTI’s public sources confirm" : null,
      recordedAt: iso(recordTime(ctx, rng, e.day)),
    }));
}
