import { DAY_MS } from "./calendar.ts";
import type { Rng } from "./random-source.ts";

/** What every generator needs to know: the seed and the day that nothing may come after. */
export interface GenerationContext {
  seed: number;
  today: number;
  todayEndMs: number;
}

/**
 * When something that happened on `day` was recorded: usually within a few days, now and then weeks later,
 * during (UTC) working hours, never before `floorMs` and never after the end of today.
 */
export function recordTime(ctx: GenerationContext, rng: Rng, day: number, floorMs = 0): number {
  const lag = rng.chance(0.08)
    ? rng.int(10, 60)
    : rng.weighted([
        [0, 3],
        [1, 4],
        [2, 3],
        [3, 2],
        [5, 1],
        [7, 1],
      ]);
  const recordedDay = Math.min(day + lag, ctx.today);
  const ms = recordedDay * DAY_MS + (rng.int(8, 18) * 3600 + rng.int(0, 59) * 60 + rng.int(0, 59)) * 1000;
  return Math.min(Math.max(ms, floorMs), ctx.todayEndMs);
}
