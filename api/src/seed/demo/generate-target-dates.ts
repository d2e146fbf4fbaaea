import { addMonths, formatDay, iso } from "./calendar.ts";
import { rebaselineReasons } from "./content/progress-notes.ts";
import type { DemoTargetDate } from "./demo-dataset.ts";
import type { StatusEvent } from "./generate-status-history.ts";
import { type GenerationContext, recordTime } from "./generation-context.ts";
import type { Rng } from "./random-source.ts";

/** A commitment's target dates: the original first, then any re-baselines, each with its reason. */
export function buildTargetDates(
  ctx: GenerationContext,
  rng: Rng,
  input: { committedDay: number; recordedMs: number; last: Pick<StatusEvent, "status" | "day"> | undefined },
): DemoTargetDate[] {
  const { committedDay, recordedMs, last } = input;

  // Target dates: about twelve months out; about a third of the late-running ones re-baselined once or twice.
  const originalTarget = addMonths(committedDay, 12) + rng.int(-10, 20);
  const targetDates: DemoTargetDate[] = [
    {
      targetDate: formatDay(originalTarget),
      reason: null,
      effectiveDate: formatDay(committedDay),
      recordedAt: iso(recordedMs),
    },
  ];
  const closed =
    last && (last.status === "done" || last.status === "dropped" || last.status === "not_applicable");
  const resolvedDay = closed ? last.day : ctx.today;
  const canSlip = last !== undefined && last.status !== "not_applicable";
  if (canSlip && resolvedDay > originalTarget - 45 && rng.chance(0.55)) {
    let target = originalTarget;
    let earliest = Math.max(committedDay + 60, originalTarget - 90);
    let targetMs = recordedMs;
    for (let round = 0; round < 2; round++) {
      if (round === 1 && !rng.chance(0.35)) break;
      const latest = Math.min(target + 45, resolvedDay - 1, ctx.today);
      if (earliest > latest) break;
      const effective = rng.int(earliest, latest);
      target = addMonths(Math.max(target, effective), rng.int(3, 9));
      targetMs = Math.max(recordTime(ctx, rng, effective, targetMs), targetMs);
      targetDates.push({
        targetDate: formatDay(target),
        reason: rng.pick(rebaselineReasons(effective)),
        effectiveDate: formatDay(effective),
        recordedAt: iso(targetMs),
      });
      earliest = effective + 60;
    }
  }

  return targetDates;
}
