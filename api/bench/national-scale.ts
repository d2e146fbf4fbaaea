/**
 * docs/quality.md P8: national scale — ~400 authorities, 10 years, 20,000 commitments, 200,000 status
 * events. Times building the public data (what a publish triggers) from synthetic rows, and a
 * past view built on first use ("as of" a date, as known and as published).
 *
 *   pnpm exec tsx api/bench/national-scale.ts
 */
import { randomUUID } from "node:crypto";
import { createPublicData } from "../src/public-data/public-data.ts";
import type { PublishedHistory } from "../src/public-data/published-data.repository.ts";

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

function syntheticData(): PublishedHistory {
  const organisations: PublishedHistory["organisations"] = Array.from({ length: AUTHORITIES }, (_, i) => ({
    id: randomUUID(),
    kind: "authority" as const,
    gss: `E0${String(7_000_000 + i).padStart(8, "0")}`,
    name: `Authority ${i}`,
    innerOuter1963: null,
    innerOuterOns: null,
    partnerType: null,
    canonicalIdScheme: null,
    canonicalId: null,
    nameKey: null,
    proposedByAuthorityId: null,
    tileColumn: i % 20,
    tileRow: Math.floor(i / 20),
    createdAt: at("2018-07-04"),
  }));
  const authorityIds = organisations.map((o) => o.id);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)] as T;
  const published = (date: string) => ({ recordedAt: at(date), publishedAt: at(date), withdrawn: false });
  const commitments = Array.from({ length: COMMITMENTS }, () => {
    const committedOn = dateBetween(2018, 2025);
    return {
      commitmentId: randomUUID(),
      version: 1,
      authorityId: pick(authorityIds),
      title: "A commitment",
      partners: "",
      mission: "",
      impact: "",
      principles: [1 + Math.floor(random() * 5)],
      lotiArea: null,
      committedOn,
      ...published(committedOn),
    };
  });
  const statusUpdates = Array.from({ length: EVENTS }, () => {
    const commitment = pick(commitments);
    const effectiveDate = dateBetween(Number(commitment.committedOn.slice(0, 4)), 2026);
    return {
      id: randomUUID(),
      supersedesId: null,
      commitmentId: commitment.commitmentId,
      status: pick([...statuses]),
      phase: null,
      effectiveDate: effectiveDate > TODAY ? TODAY : effectiveDate,
      note: null,
      evidenceUrls: [],
      evidenceCheckedAt: null,
      ...published(effectiveDate > TODAY ? TODAY : effectiveDate),
    };
  });
  return {
    organisations,
    membershipEvents: [],
    signatureVersions: authorityIds.map((authorityId) => {
      const signedOn = dateBetween(2018, 2024);
      return {
        signatureId: randomUUID(),
        version: 1,
        authorityId,
        signedOn,
        approverName: null,
        approverRole: null,
        commitmentUrl: null,
        ...published(signedOn),
      };
    }),
    commitmentVersions: commitments,
    statusUpdates,
    targetDateChanges: commitments.map((c) => ({
      id: randomUUID(),
      supersedesId: null,
      commitmentId: c.commitmentId,
      targetDate: dateBetween(2019, 2027),
      reason: null,
      effectiveDate: c.committedOn,
      ...published(c.committedOn),
    })),
    partnershipVersions: [],
    partnershipAnswers: [],
    demoData: false,
  };
}

const history = syntheticData();
const ms = (started: number) => `${Math.round(performance.now() - started)} ms`;
for (let run = 0; run < 3; run++) {
  let started = performance.now();
  const data = createPublicData(history, TODAY);
  const build = ms(started);
  started = performance.now();
  data.at({ asOf: "2022-03-31", asPublished: false });
  const asKnown = ms(started);
  started = performance.now();
  data.at({ asOf: "2022-03-31", asPublished: true });
  const asPublished = ms(started);
  started = performance.now();
  data.at({ asOf: "2022-03-31", asPublished: true });
  const kept = ms(started);
  started = performance.now();
  const changes = data.changes().length;
  const changeFeed = ms(started);
  if (run === 0) {
    console.log(
      `commitments: ${data.current.commitments.length}; months: ${data.current.series.adoption.points.length}; changes: ${changes}`,
    );
  }
  console.log(
    `run ${run + 1}: today's model ${build}; a past view cold: as known ${asKnown}, as published ${asPublished}; kept ${kept}; change feed ${changeFeed}`,
  );
}
