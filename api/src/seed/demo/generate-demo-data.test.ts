import { HttpUrlSchema, IsoDateSchema, IsoDateTimeSchema } from "@ldd/shared/common";
import {
  AUTHORITIES,
  LOTI_AREA_IDS,
  LOTI_CONFIRMED_FOUNDERS,
  LOTI_LAUNCH_DATE,
  LOTI_LAUNCH_PARTNERS,
} from "@ldd/shared/reference-data";
import {
  CANONICAL_ID_SCHEMES,
  COMMITMENT_STATUSES,
  DELIVERY_PHASES,
  PARTNER_TYPES,
} from "@ldd/shared/vocabulary";
import { describe, expect, it } from "vitest";
import type { DemoDataset } from "./demo-dataset.ts";
import { generateDemoData } from "./generate-demo-data.ts";

const SEED = 20180704;
const TODAY = "2026-11-28";
const data = generateDemoData({ seed: SEED, today: TODAY });
const ALL_GSS = new Set(AUTHORITIES.map((a) => a.gss));
const KINGSTON = "E09000021";
const SUTTON = "E09000029";

/** Every effective date and recorded time in the dataset, with where it came from. */
function eventTimes(d: DemoDataset): { where: string; date?: string; recordedAt?: string }[] {
  return [
    ...d.memberships.map((m) => ({
      where: `membership ${m.gss}`,
      date: m.effectiveDate,
      recordedAt: m.recordedAt,
    })),
    ...d.signatures.map((s) => ({ where: `signature ${s.gss}`, date: s.signedOn, recordedAt: s.recordedAt })),
    ...d.commitments.flatMap((c) => [
      { where: c.key, date: c.committedOn, recordedAt: c.recordedAt },
      ...c.targetDates.map((t) => ({
        where: `${c.key} target`,
        date: t.effectiveDate,
        recordedAt: t.recordedAt,
      })),
      ...c.statusUpdates.map((u) => ({
        where: `${c.key} status`,
        date: u.effectiveDate,
        recordedAt: u.recordedAt,
      })),
    ]),
    ...d.partnerships.flatMap((p) => [
      { where: `${p.key} start`, date: p.startDate, recordedAt: p.recordedAt },
      ...(p.endDate === null ? [] : [{ where: `${p.key} end`, date: p.endDate }]),
    ]),
  ];
}

function membersOn(d: DemoDataset, date: string): number {
  const latest = new Map<string, string>();
  for (const m of d.memberships) if (m.effectiveDate <= date) latest.set(m.gss, m.kind);
  return [...latest.values()].filter((kind) => kind !== "left").length;
}

function currentStatus(c: DemoDataset["commitments"][number]): string {
  return c.statusUpdates[c.statusUpdates.length - 1]?.status ?? "not_yet_reported";
}

function currentTarget(c: DemoDataset["commitments"][number]): string {
  return c.targetDates[c.targetDates.length - 1]?.targetDate ?? "";
}

describe("generateDemoData", () => {
  it("gives identical output for the same seed and today", () => {
    expect(generateDemoData({ seed: SEED, today: TODAY })).toEqual(data);
    expect(JSON.stringify(generateDemoData({ seed: SEED, today: TODAY }))).toBe(JSON.stringify(data));
  });

  it("gives different output for a different seed", () => {
    expect(JSON.stringify(generateDemoData({ seed: SEED + 1, today: TODAY }))).not.toBe(JSON.stringify(data));
  });

  it("refuses a today that is not a real YYYY-MM-DD date and a seed that is not a number", () => {
    expect(() => generateDemoData({ seed: SEED, today: "2026-02-30" })).toThrow(RangeError);
    expect(() => generateDemoData({ seed: SEED, today: "28/11/2026" })).toThrow(RangeError);
    expect(() => generateDemoData({ seed: Number.NaN, today: TODAY })).toThrow(RangeError);
  });

  it("has only valid YYYY-MM-DD dates and ISO datetimes, none after today", () => {
    const todayEnd = `${TODAY}T23:59:59.999Z`;
    for (const { where, date, recordedAt } of eventTimes(data)) {
      if (date !== undefined) {
        expect(IsoDateSchema.safeParse(date).success, `${where}: ${date}`).toBe(true);
        expect(date <= TODAY, `${where}: ${date}`).toBe(true);
      }
      if (recordedAt !== undefined) {
        expect(IsoDateTimeSchema.safeParse(recordedAt).success, `${where}: ${recordedAt}`).toBe(true);
        expect(recordedAt <= todayEnd, `${where}: ${recordedAt}`).toBe(true);
        expect(recordedAt.slice(0, 10) >= (date ?? ""), `${where}: recorded before it happened`).toBe(true);
      }
    }
    // Target dates are plans and may lie in the future, but must be real dates after the commitment.
    for (const c of data.commitments) {
      for (const t of c.targetDates) {
        expect(IsoDateSchema.safeParse(t.targetDate).success).toBe(true);
        expect(t.targetDate > c.committedOn, c.key).toBe(true);
      }
    }
  });

  it("keeps every date on or before today for other seeds and an early or leap-day today", () => {
    for (const [seed, today] of [
      [1, "2018-09-15"],
      [2, "2019-06-10"],
      [3, "2020-09-30"],
      [4, "2024-02-29"],
      [5, "2031-01-01"],
    ] as const) {
      const d = generateDemoData({ seed, today });
      for (const { where, date, recordedAt } of eventTimes(d)) {
        if (date !== undefined) expect(date <= today, `${today} ${where}: ${date}`).toBe(true);
        if (recordedAt !== undefined)
          expect(recordedAt <= `${today}T23:59:59.999Z`, `${today} ${where}`).toBe(true);
      }
    }
  });

  it("keeps its invariants for many seeds: order, references, signing before committing, LOTI growth", () => {
    for (let seed = 1; seed <= 25; seed++) {
      const d = generateDemoData({ seed, today: TODAY });
      const signedOn = new Map(d.signatures.map((s) => [s.gss, s.signedOn]));
      const commitments = new Map(d.commitments.map((c) => [c.key, c]));
      const partnerKeys = new Set(d.partners.map((p) => p.key));
      for (const { where, date, recordedAt } of eventTimes(d)) {
        if (date !== undefined) expect(date <= TODAY, `seed ${seed} ${where}`).toBe(true);
        if (recordedAt !== undefined)
          expect(recordedAt.slice(0, 10) >= (date ?? ""), `seed ${seed} ${where}`).toBe(true);
      }
      for (const c of d.commitments) {
        expect(c.committedOn >= (signedOn.get(c.gss) ?? "9999"), `seed ${seed} ${c.key}`).toBe(true);
        const dates = c.statusUpdates.map((u) => u.effectiveDate);
        expect(dates, `seed ${seed} ${c.key}`).toEqual([...dates].sort());
      }
      for (const p of d.partnerships) {
        if (p.partnerKey !== null) expect(partnerKeys.has(p.partnerKey), `seed ${seed} ${p.key}`).toBe(true);
        for (const key of p.commitmentKeys)
          expect(commitments.get(key)?.gss, `seed ${seed} ${p.key}`).toBe(p.gss);
      }
      expect([
        membersOn(d, LOTI_LAUNCH_DATE),
        membersOn(d, "2020-07-31"),
        membersOn(d, "2020-09-30"),
      ]).toEqual([15, 16, 19]);
      expect(membersOn(d, "2024-01-31")).toBe(27);
    }
  });

  it("uses only the 33 London authorities' GSS codes", () => {
    const codes = [
      ...data.memberships.map((m) => m.gss),
      ...data.signatures.map((s) => s.gss),
      ...data.commitments.map((c) => c.gss),
      ...data.partnerships.map((p) => p.gss),
      ...data.partnerships.flatMap((p) => (p.partnerGss === null ? [] : [p.partnerGss])),
    ];
    for (const gss of codes) expect(ALL_GSS.has(gss), gss).toBe(true);
  });

  it("has about 21 authorities signing in late 2018, most of the rest by 2024 and two to four never", () => {
    const in2018 = data.signatures.filter((s) => s.signedOn >= "2018-08-01" && s.signedOn <= "2018-12-31");
    expect(in2018).toHaveLength(21);
    expect(data.signatures.every((s) => s.signedOn <= "2024-12-31")).toBe(true);
    expect(33 - data.signatures.length).toBeGreaterThanOrEqual(2);
    expect(33 - data.signatures.length).toBeLessThanOrEqual(4);
    expect(new Set(data.signatures.map((s) => s.gss)).size).toBe(data.signatures.length);
  });

  it("gives each signature an approver, a role, an example.org link, and includes a late report", () => {
    for (const s of data.signatures) {
      expect(s.approverName).toMatch(/^\S+ \S+$/);
      expect(s.approverRole.length).toBeGreaterThan(0);
      expect(s.commitmentUrl).toBe(`https://example.org/declaration/${s.gss}`);
    }
    const late = data.signatures.filter(
      (s) => Date.parse(s.recordedAt) - Date.parse(s.signedOn) > 2 * 365 * 86_400_000,
    );
    expect(late.length).toBeGreaterThanOrEqual(1);
    expect(late.length).toBeLessThanOrEqual(2);
  });

  it("signs Kingston and Sutton's shared digital service on the same day", () => {
    const kingston = data.signatures.find((s) => s.gss === KINGSTON);
    const sutton = data.signatures.find((s) => s.gss === SUTTON);
    expect(kingston?.signedOn).toBeDefined();
    expect(kingston?.signedOn).toBe(sutton?.signedOn);
  });

  it("has 15 LOTI founders on 2019-06-10, only the three confirmed founders recorded as founding", () => {
    const founders = data.memberships.filter(
      (m) => m.kind !== "left" && m.effectiveDate === LOTI_LAUNCH_DATE,
    );
    expect(founders).toHaveLength(15);
    const founderCodes = founders.map((m) => m.gss);
    for (const gss of LOTI_CONFIRMED_FOUNDERS) expect(founderCodes).toContain(gss);
    const founding = data.memberships.filter((m) => m.kind === "founding").map((m) => m.gss);
    expect(founding.sort()).toEqual([...LOTI_CONFIRMED_FOUNDERS].sort());
    expect(data.memberships.every((m) => m.effectiveDate >= LOTI_LAUNCH_DATE)).toBe(true);
  });

  it("grows LOTI to 16 by July 2020, 19 by September 2020 and 27 by January 2024, with one leaver", () => {
    expect(membersOn(data, "2020-07-31")).toBe(16);
    expect(membersOn(data, "2020-09-30")).toBe(19);
    expect(membersOn(data, "2024-01-31")).toBe(27);
    const leavers = data.memberships.filter((m) => m.kind === "left");
    expect(leavers).toHaveLength(1);
    // Events per authority alternate joined, left, joined.
    for (const gss of ALL_GSS) {
      const kinds = data.memberships.filter((m) => m.gss === gss).map((m) => m.kind);
      kinds.forEach((kind, i) => {
        expect(kind === "left").toBe(i % 2 === 1);
      });
    }
  });

  it("gives every signed authority two to six commitments, none before its signing", () => {
    const signedOn = new Map(data.signatures.map((s) => [s.gss, s.signedOn]));
    for (const s of data.signatures) {
      const count = data.commitments.filter((c) => c.gss === s.gss).length;
      expect(count, s.gss).toBeGreaterThanOrEqual(2);
      expect(count, s.gss).toBeLessThanOrEqual(6);
    }
    for (const c of data.commitments) {
      const signed = signedOn.get(c.gss);
      expect(signed, `${c.key} belongs to an unsigned authority`).toBeDefined();
      expect(c.committedOn >= (signed ?? "9999"), c.key).toBe(true);
    }
  });

  it("fills the Declaration's four fields, one to three principles and a known LOTI area", () => {
    for (const c of data.commitments) {
      for (const field of [c.title, c.partners, c.mission, c.impact])
        expect(field.trim().length).toBeGreaterThan(0);
      expect(c.principles.length).toBeGreaterThanOrEqual(1);
      expect(c.principles.length).toBeLessThanOrEqual(3);
      for (const p of c.principles) expect([1, 2, 3, 4, 5]).toContain(p);
      if (c.lotiArea !== null) expect(LOTI_AREA_IDS).toContain(c.lotiArea);
    }
  });

  it("keeps status updates in effective-date order, each recorded on or after it took effect", () => {
    for (const c of data.commitments) {
      let previous = c.committedOn;
      let previousRecorded = c.recordedAt;
      for (const u of c.statusUpdates) {
        expect(COMMITMENT_STATUSES).toContain(u.status);
        expect(u.status).not.toBe("not_yet_reported");
        if (u.phase !== null) expect(DELIVERY_PHASES).toContain(u.phase);
        expect(u.effectiveDate >= previous, c.key).toBe(true);
        expect(u.recordedAt.slice(0, 10) >= u.effectiveDate, c.key).toBe(true);
        expect(u.recordedAt >= previousRecorded, c.key).toBe(true);
        for (const url of u.evidenceUrls) {
          expect(HttpUrlSchema.safeParse(url).success).toBe(true);
          expect(url.startsWith("https://example.org/")).toBe(true);
        }
        previous = u.effectiveDate;
        previousRecorded = u.recordedAt;
      }
      // Nothing follows a closing status.
      const closing = c.statusUpdates.findIndex((u) =>
        ["done", "dropped", "not_applicable"].includes(u.status),
      );
      if (closing >= 0) expect(closing).toBe(c.statusUpdates.length - 1);
    }
  });

  it("starts target dates with the original and adds re-baselines with a reason", () => {
    let rebaselined = 0;
    for (const c of data.commitments) {
      const [original, ...later] = c.targetDates;
      expect(original?.reason).toBeNull();
      expect(original?.effectiveDate).toBe(c.committedOn);
      expect(later.length).toBeLessThanOrEqual(2);
      if (later.length > 0) rebaselined++;
      for (const t of later) expect(t.reason?.length).toBeGreaterThan(0);
    }
    expect(rebaselined / data.commitments.length).toBeGreaterThan(0.2);
    expect(rebaselined / data.commitments.length).toBeLessThan(0.45);
  });

  it("covers every status, including unreported and overdue in-progress commitments", () => {
    const statuses = new Set(data.commitments.map(currentStatus));
    for (const status of COMMITMENT_STATUSES) expect(statuses).toContain(status);
    const overdue = data.commitments.filter(
      (c) => currentStatus(c) === "in_progress" && currentTarget(c) < TODAY,
    );
    expect(overdue.length).toBeGreaterThan(0);
    const onTrack = data.commitments.filter(
      (c) => currentStatus(c) === "in_progress" && currentTarget(c) >= TODAY,
    );
    expect(onTrack.length).toBeGreaterThan(0);
    for (const c of data.commitments.filter((x) =>
      ["dropped", "not_applicable"].includes(currentStatus(x)),
    )) {
      expect(c.statusUpdates[c.statusUpdates.length - 1]?.note, c.key).toBeTruthy();
    }
  });

  it("lists partners with unique keys, known types and no invented canonical ids", () => {
    const keys = data.partners.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of data.partners) {
      expect(PARTNER_TYPES).toContain(p.type);
      expect(p.canonicalIdScheme === null || CANONICAL_ID_SCHEMES.includes(p.canonicalIdScheme)).toBe(true);
      expect(p.canonicalId).toBeNull();
    }
    const names = data.partners.map((p) => p.name);
    for (const launchPartner of LOTI_LAUNCH_PARTNERS) expect(names).toContain(launchPartner.name);
  });

  it("resolves every partnership's partnerKey and commitmentKeys, and keeps keys unique", () => {
    const partnerKeys = new Set(data.partners.map((p) => p.key));
    const commitments = new Map(data.commitments.map((c) => [c.key, c]));
    expect(commitments.size).toBe(data.commitments.length);
    const keys = data.partnerships.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const p of data.partnerships) {
      expect((p.partnerKey === null) !== (p.partnerGss === null), p.key).toBe(true);
      if (p.partnerKey !== null) expect(partnerKeys.has(p.partnerKey), p.key).toBe(true);
      if (p.partnerGss !== null) expect(p.partnerGss).not.toBe(p.gss);
      for (const key of p.commitmentKeys) {
        const c = commitments.get(key);
        expect(c, `${p.key} → ${key}`).toBeDefined();
        expect(c?.gss).toBe(p.gss);
        expect(p.startDate <= (c?.committedOn ?? ""), `${p.key} starts after ${key}`).toBe(true);
        expect(p.recordedAt >= (c?.recordedAt ?? ""), `${p.key} recorded before ${key}`).toBe(true);
      }
      if (p.endDate !== null) expect(p.endDate > p.startDate, p.key).toBe(true);
    }
  });

  it("has about 60 to 90 partnerships, about a quarter ended, some between authorities", () => {
    expect(data.partnerships.length).toBeGreaterThanOrEqual(60);
    expect(data.partnerships.length).toBeLessThanOrEqual(90);
    const ended = data.partnerships.filter((p) => p.endDate !== null).length / data.partnerships.length;
    expect(ended).toBeGreaterThan(0.1);
    expect(ended).toBeLessThan(0.4);
    expect(data.partnerships.filter((p) => p.commitmentKeys.length > 0).length).toBeGreaterThan(10);
    const shared = data.partnerships.find(
      (p) =>
        (p.gss === KINGSTON && p.partnerGss === SUTTON) || (p.gss === SUTTON && p.partnerGss === KINGSTON),
    );
    expect(shared?.endDate).toBeNull();
    expect(data.partnerships.filter((p) => p.partnerGss !== null).length).toBeGreaterThanOrEqual(3);
  });
});
