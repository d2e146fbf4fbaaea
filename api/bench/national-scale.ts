/**
 * docs/quality.md P8: national scale — ~400 authorities, 10 years, 20,000 commitments, 200,000 status
 * events. Times building the public model (what every write triggers) from synthetic rows.
 *
 *   pnpm exec tsx api/bench/national-scale.ts
 */
import { randomUUID } from "node:crypto";
import { buildPublicModel } from "../src/public-data/build-public-model.ts";
import type { PublishedData } from "../src/public-data/published-data.repository.ts";

const AUTHORITIES = 400;
const COMMITMENTS = 20_000;
const EVENTS = 200_000;
const TODAY = "2026-11-28";
const statuses = ["planned", "in_progress", "done", "dropped", "not_applicable"] as const;

let seed = 42;
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const dateBetween = (fromYear: number, toYear: number) => {
  const year = fromYear + Math.floor(random() * (toYear - fromYear + 1));
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
};
const at = (date: string) => `${date} 12:00:00+00`;

function syntheticData(): PublishedData {
  const organisations: PublishedData["organisations"] = Array.from({ length: AUTHORITIES }, (_, i) => ({
    id: randomUUID(),
    kind: "authority" as const,
    gss: `E0${String(7_000_000 + i).padStart(8, "0")}`,
    name: `Authority ${i}`,
    innerOuter1963: null,
    innerOuterOns: null,
    partnerType: null,
    canonicalIdScheme: null,
    canonicalId: null,
    proposedByAuthorityId: null,
    createdAt: at("2018-07-04"),
  }));
  const authorityIds = organisations.map((o) => o.id);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)] as T;
  const commitments = Array.from({ length: COMMITMENTS }, () => {
    const committedOn = dateBetween(2018, 2025);
    return {
      id: randomUUID(),
      authorityId: pick(authorityIds),
      title: "A commitment",
      partners: "",
      mission: "",
      impact: "",
      principles: [1 + Math.floor(random() * 5)],
      lotiArea: null,
      committedOn,
      recordedAt: at(committedOn),
    };
  });
  const statusUpdates = Array.from({ length: EVENTS }, () => {
    const commitment = pick(commitments);
    const effectiveDate = dateBetween(Number(commitment.committedOn.slice(0, 4)), 2026);
    return {
      commitmentId: commitment.id,
      status: pick([...statuses]),
      phase: null,
      effectiveDate: effectiveDate > TODAY ? TODAY : effectiveDate,
      note: null,
      evidenceUrls: [],
      recordedAt: at(effectiveDate > TODAY ? TODAY : effectiveDate),
    };
  });
  return {
    organisations,
    membershipEvents: [],
    signatures: authorityIds.map((authorityId) => {
      const signedOn = dateBetween(2018, 2024);
      return {
        authorityId,
        signedOn,
        approverName: null,
        approverRole: null,
        commitmentUrl: null,
        recordedAt: at(signedOn),
      };
    }),
    commitments,
    statusUpdates,
    targetDateChanges: commitments.map((c) => ({
      commitmentId: c.id,
      targetDate: dateBetween(2019, 2027),
      reason: null,
      effectiveDate: c.committedOn,
      recordedAt: c.recordedAt,
    })),
    partnerships: [],
    demoData: false,
  };
}

const data = syntheticData();
const timings: number[] = [];
for (let run = 0; run < 3; run++) {
  const started = performance.now();
  const model = buildPublicModel(data, TODAY);
  timings.push(performance.now() - started);
  if (run === 0)
    console.log(
      `commitments in model: ${model.commitments.length}; months: ${model.series.adoption.points.length}`,
    );
}
console.log(`buildPublicModel at national scale: ${timings.map((t) => `${Math.round(t)} ms`).join(", ")}`);
