import { AUTHORITIES } from "@ldd/shared/reference-data";
import { addMonths, dayOf } from "./calendar.ts";
import { APPROVER_ROLES, FIRST_NAMES, SURNAMES } from "./content/people.ts";
import { type GenerationContext, recordTime } from "./generation-context.ts";
import { Rng } from "./random-source.ts";

const HACKNEY = "E09000012";
export const KINGSTON = "E09000021";
export const SUTTON = "E09000029";
/**
 * docs/domain.md names Hackney, Kingston and Sutton (shared service), Southwark and Croydon among the early London
 * signatories, so the demo never contradicts that: they are always in the 2018 group.
 */
const KNOWN_EARLY_SIGNATORIES = [HACKNEY, KINGSTON, SUTTON, "E09000028", "E09000008"];
/** London's 2018 collective commitment was signed with 21 councils (docs/domain.md). */
const SIGNED_IN_2018 = 21;

export interface SignatureDraft {
  gss: string;
  signedOn: number;
  approverName: string;
  approverRole: string;
  recordedMs: number;
  lateReport: boolean;
}

/** Declaration signatures, by GSS code; authorities that have not signed by `today` are absent. */
export function buildSignatures(ctx: GenerationContext): Map<string, SignatureDraft> {
  const rng = new Rng(ctx.seed, "signatures");
  const all = AUTHORITIES.map((a) => a.gss);
  const others = rng.shuffle(all.filter((gss) => !KNOWN_EARLY_SIGNATORIES.includes(gss)));
  const earlyCount = SIGNED_IN_2018 - KNOWN_EARLY_SIGNATORIES.length;
  const early = [...KNOWN_EARLY_SIGNATORIES, ...others.slice(0, earlyCount)];
  const rest = others.slice(earlyCount);
  const neverCount = rng.int(2, 4);
  const later = rest.slice(neverCount);

  const drafts: SignatureDraft[] = [];
  const draw = (gss: string, from: number, to: number): SignatureDraft => ({
    gss,
    signedOn: rng.int(from, to),
    approverName: `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)}`,
    approverRole: rng.weighted(APPROVER_ROLES),
    recordedMs: 0,
    lateReport: false,
  });
  for (const gss of early) drafts.push(draw(gss, dayOf(2018, 8, 1), dayOf(2018, 12, 31)));
  for (const gss of later) drafts.push(draw(gss, dayOf(2019, 1, 1), dayOf(2024, 12, 31)));

  // Kingston and Sutton share a digital service: one signing, one approver, two signature records.
  const kingston = drafts.find((d) => d.gss === KINGSTON);
  const sutton = drafts.find((d) => d.gss === SUTTON);
  if (kingston && sutton) {
    sutton.signedOn = kingston.signedOn;
    sutton.approverName = kingston.approverName;
    kingston.approverRole = "Director of the shared digital service";
    sutton.approverRole = kingston.approverRole;
  }

  const signed = drafts.filter((d) => d.signedOn <= ctx.today);
  for (const d of signed) d.recordedMs = recordTime(ctx, rng, d.signedOn);

  // One or two "late reports": a signing recorded years after it happened.
  const lateCandidates = signed.filter(
    (d) => d.gss !== KINGSTON && d.gss !== SUTTON && addMonths(d.signedOn, 36) <= ctx.today,
  );
  for (const d of rng.sample(lateCandidates, rng.int(1, 2))) {
    const day = rng.int(addMonths(d.signedOn, 36), ctx.today);
    d.recordedMs = recordTime(ctx, rng, day);
    d.lateReport = true;
  }
  return new Map(signed.map((d) => [d.gss, d]));
}
