import type { CommitmentStatus, DeliveryPhase } from "@ldd/shared/vocabulary";
import { formatDay, iso } from "./calendar.ts";
import { DROPPED_NOTES, EVIDENCE_PAGES, NOT_APPLICABLE_NOTES, STEP_NOTES } from "./content/progress-notes.ts";
import type { DemoStatusUpdate } from "./demo-dataset.ts";
import { type GenerationContext, recordTime } from "./generation-context.ts";
import type { Rng } from "./random-source.ts";

type Outcome = "no_updates" | "not_applicable" | "dropped" | "stalled" | "complete";

const OUTCOMES: readonly (readonly [Outcome, number])[] = [
  ["no_updates", 12],
  ["not_applicable", 5],
  ["dropped", 8],
  ["stalled", 9],
  ["complete", 66],
];

interface Step {
  status: CommitmentStatus;
  phase: DeliveryPhase | null;
  /** Days after the previous step (before scaling by the commitment's pace). */
  gap: readonly [number, number];
}

const PHASED_STEPS: readonly Step[] = [
  { status: "planned", phase: null, gap: [0, 21] },
  { status: "in_progress", phase: "discovery", gap: [20, 90] },
  { status: "in_progress", phase: "alpha", gap: [45, 120] },
  { status: "in_progress", phase: "beta", gap: [45, 150] },
  { status: "in_progress", phase: "live", gap: [45, 150] },
  { status: "done", phase: "live", gap: [30, 120] },
];

const UNPHASED_STEPS: readonly Step[] = [
  { status: "planned", phase: null, gap: [0, 21] },
  { status: "in_progress", phase: null, gap: [30, 120] },
  { status: "done", phase: null, gap: [150, 400] },
];

/** A status update while it is drafted: its day as a day number, not yet given a recorded time. */
export interface StatusEvent {
  status: CommitmentStatus;
  phase: DeliveryPhase | null;
  day: number;
  note: string | null;
  evidence: string[];
}

/** A commitment's status history: how it turned out, and the updates that tell it, in effective-date order. */
export function buildStatusHistory(
  ctx: GenerationContext,
  rng: Rng,
  input: { gss: string; key: string; committedDay: number; recordedMs: number },
): { events: StatusEvent[]; statusUpdates: DemoStatusUpdate[] } {
  const { gss, key, committedDay, recordedMs } = input;

  const outcome = rng.weighted(OUTCOMES);
  const updates: StatusEvent[] = [];
  const evidenceFor = (day: number): string[] =>
    rng.chance(0.4)
      ? rng
          .sample(EVIDENCE_PAGES, rng.int(1, 2))
          .map((page) => `https://example.org/demo/${gss}/${key}/${page}-${formatDay(day)}`)
      : [];
  if (outcome === "not_applicable") {
    const day = committedDay + rng.int(14, 180);
    if (day <= ctx.today) {
      updates.push({
        status: "not_applicable",
        phase: null,
        day,
        note: rng.pick(NOT_APPLICABLE_NOTES),
        evidence: [],
      });
    }
  } else if (outcome !== "no_updates") {
    let steps = rng.chance(0.1) ? [...UNPHASED_STEPS] : [...PHASED_STEPS];
    if (steps.length > 3 && rng.chance(0.15)) steps = steps.filter((s) => s.phase !== "discovery");
    if (rng.chance(0.2)) steps = steps.slice(1); // starts straight in progress
    const inProgressIndexes = steps.flatMap((s, i) => (s.status === "in_progress" ? [i] : []));
    if (outcome === "stalled") {
      // Stalls anywhere from "planned" (never started) to the last in-progress phase.
      const stopAt = rng.int(0, Math.max(...inProgressIndexes));
      steps = steps.slice(0, stopAt + 1);
    } else if (outcome === "dropped") {
      const stopAt = rng.int(0, steps.length - 2);
      steps = steps.slice(0, stopAt + 1);
    }
    const pace = 0.7 + rng.float() * 0.8;
    let day = committedDay;
    for (const step of steps) {
      day += Math.max(updates.length === 0 ? 0 : 1, Math.round(rng.int(step.gap[0], step.gap[1]) * pace));
      if (day > ctx.today) break;
      const notes = STEP_NOTES[`${step.status}:${step.phase ?? ""}`] ?? [];
      const wantsNote = step.status === "done" ? rng.chance(0.8) : rng.chance(0.55);
      const withEvidence = step.phase === "alpha" || step.phase === "beta" || step.phase === "live";
      updates.push({
        status: step.status,
        phase: step.phase,
        day,
        note: wantsNote && notes.length > 0 ? rng.pick(notes) : null,
        evidence: withEvidence ? evidenceFor(day) : [],
      });
    }
    const last = updates[updates.length - 1];
    if (outcome === "dropped" && last) {
      const dropDay = last.day + rng.int(20, 150);
      if (dropDay <= ctx.today) {
        updates.push({
          status: "dropped",
          phase: last.phase,
          day: dropDay,
          note: rng.pick(DROPPED_NOTES),
          evidence: [],
        });
      }
    }
  }

  let previousMs = recordedMs;
  const statusUpdates: DemoStatusUpdate[] = updates.map((u) => {
    previousMs = Math.max(recordTime(ctx, rng, u.day, previousMs), previousMs);
    return {
      status: u.status,
      phase: u.phase,
      effectiveDate: formatDay(u.day),
      note: u.note,
      evidenceUrls: u.evidence,
      recordedAt: iso(previousMs),
    };
  });

  return { events: updates, statusUpdates };
}
