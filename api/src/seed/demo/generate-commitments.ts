import { AUTHORITIES, LOTI_AREAS } from "@ldd/shared/reference-data";
import { dayOf, yearOf } from "./calendar.ts";
import { type CommitmentIdea, IDEAS, SECOND_SENTENCES } from "./content/commitment-ideas.ts";
import type { DemoCommitment } from "./demo-dataset.ts";
import type { SignatureDraft } from "./generate-signatures.ts";
import { buildStatusHistory } from "./generate-status-history.ts";
import { buildTargetDates } from "./generate-target-dates.ts";
import { type GenerationContext, recordTime } from "./generation-context.ts";
import { Rng } from "./random-source.ts";

export interface CommitmentDraft extends Omit<DemoCommitment, "committedOn" | "recordedAt" | "partners"> {
  committedDay: number;
  recordedMs: number;
  /** Names of collaborators to write into the "partners" field. */
  collaborators: string[];
}

/** Commitments of each signed authority, by GSS code, the first made on the day it signed. */
export function buildCommitments(
  ctx: GenerationContext,
  signatures: Map<string, SignatureDraft>,
): Map<string, CommitmentDraft[]> {
  const result = new Map<string, CommitmentDraft[]>();
  for (const { gss } of AUTHORITIES) {
    const signature = signatures.get(gss);
    if (!signature) continue;
    const rng = new Rng(ctx.seed, `commitments:${gss}`);
    const count = rng.int(2, 6);
    const days = [signature.signedOn];
    const earliestFollowUp = signature.signedOn + 30;
    for (let i = 1; i < count; i++) {
      // About a third land in July, "Digital Declaration Month".
      const july = rng.chance(0.3);
      const year = rng.int(
        yearOf(signature.signedOn) + 1,
        Math.max(yearOf(signature.signedOn) + 1, yearOf(ctx.today)),
      );
      const day = july
        ? dayOf(year, 7, rng.int(1, 31))
        : rng.int(earliestFollowUp, Math.max(earliestFollowUp, ctx.today));
      if (day >= earliestFollowUp && day <= ctx.today) days.push(day);
    }
    days.sort((a, b) => a - b);
    const ideas = rng.sample(IDEAS, days.length);
    // A late reporter backfilled its history on the day it recorded its signature.
    const floorMs = signature.lateReport ? signature.recordedMs : 0;
    const drafts = days.map((day, index) => {
      const idea = ideas[index] as CommitmentIdea;
      const key = `c-${gss}-${index + 1}`;
      const recordedMs = index === 0 ? signature.recordedMs : recordTime(ctx, rng, day, floorMs);
      return buildCommitment(ctx, new Rng(ctx.seed, `commitment:${key}`), {
        gss,
        key,
        idea,
        day,
        recordedMs,
      });
    });
    result.set(gss, drafts);
  }
  return result;
}

function buildCommitment(
  ctx: GenerationContext,
  rng: Rng,
  input: { gss: string; key: string; idea: CommitmentIdea; day: number; recordedMs: number },
): CommitmentDraft {
  const { gss, key, idea, day: committedDay, recordedMs } = input;

  const principles = new Set<number>(idea.principles);
  if (principles.size < 3 && rng.chance(0.25)) principles.add(rng.int(1, 5));
  const lotiArea = rng.chance(0.25) ? null : rng.chance(0.85) ? idea.area : rng.pick(LOTI_AREAS).id;
  const mission = rng.chance(0.5) ? `${idea.mission} ${rng.pick(SECOND_SENTENCES)}` : idea.mission;

  // Both histories draw on the same `rng`, status first: swapping them would change every seed's output.
  const { events, statusUpdates } = buildStatusHistory(ctx, rng, { gss, key, committedDay, recordedMs });
  const targetDates = buildTargetDates(ctx, rng, { committedDay, recordedMs, last: events.at(-1) });

  return {
    key,
    gss,
    title: idea.title,
    collaborators: [],
    mission,
    impact: idea.impact,
    principles: [...principles].sort((a, b) => a - b),
    lotiArea,
    committedDay,
    recordedMs,
    targetDates,
    statusUpdates,
  };
}
