import { INTERNAL_COLLABORATORS } from "./content/partners.ts";
import type { CommitmentDraft } from "./generate-commitments.ts";
import type { GenerationContext } from "./generation-context.ts";
import { Rng } from "./random-source.ts";

function listInProse(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/** The "partners" field of a commitment, in prose. */
export function partnersProse(ctx: GenerationContext, commitment: CommitmentDraft): string {
  const rng = new Rng(ctx.seed, `partners-prose:${commitment.key}`);
  const internal = rng.pick(INTERNAL_COLLABORATORS);
  const names = [...new Set(commitment.collaborators)];
  if (names.length === 0) {
    return rng.chance(0.5)
      ? `Delivered by ${internal}.`
      : `Led by ${internal}, with residents involved in research and testing.`;
  }
  return `Working with ${listInProse(names)}, alongside ${internal}.`;
}
