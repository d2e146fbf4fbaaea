import type { SeriesKey, TimeSeries } from "@ldd/shared/series";
import { formatNumber } from "@/lib/format.ts";
import { isSeriesEmpty, readValue, type SeriesRow, toSeriesRows } from "./series-rows.ts";

export interface SummaryContext {
  /** How many authorities there are in all, for "29 of 33". */
  totalAuthorities: number;
}

const NO_DATA = "There is no data to show yet.";

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function findKey(keys: readonly SeriesKey[], pattern: RegExp): SeriesKey | undefined {
  return keys.find((key) => pattern.test(key.key) || pattern.test(key.label));
}

function rankAt(row: SeriesRow, keys: readonly SeriesKey[]) {
  return keys
    .map((key) => ({ key, value: readValue(row, key.key) }))
    .sort((a, b) => b.value - a.value || a.key.label.localeCompare(b.key.label));
}

function summariseAdoption(series: TimeSeries, rows: SeriesRow[], context: SummaryContext): string {
  const last = rows.at(-1);
  if (!last) return NO_DATA;
  const signedKey = findKey(series.keys, /sign/i) ?? series.keys[0];
  const memberKey = findKey(series.keys, /loti|member/i);
  if (!signedKey) return NO_DATA;
  const signedNow = readValue(last, signedKey.key);
  let sentence =
    signedNow === 0
      ? `By ${last.label}, none of the ${context.totalAuthorities} authorities had signed the Declaration`
      : `By ${last.label}, ${signedNow} of ${context.totalAuthorities} authorities had signed the Declaration`;
  const firstSigned = rows.find((row) => readValue(row, signedKey.key) > 0);
  if (firstSigned && firstSigned !== last) {
    const signedThen = readValue(firstSigned, signedKey.key);
    if (signedThen < signedNow) sentence += `, up from ${signedThen} in ${firstSigned.label}`;
    else if (signedThen === signedNow) sentence += `, the same as in ${firstSigned.label}`;
    else sentence += `, down from ${signedThen} in ${firstSigned.label}`;
  }
  if (memberKey && memberKey !== signedKey) {
    const members = readValue(last, memberKey.key);
    sentence += `, and ${members} ${members === 1 ? "was a LOTI member" : "were LOTI members"}`;
  }
  return `${sentence}.`;
}

function summariseByStatus(series: TimeSeries, last: SeriesRow): string {
  const ranked = rankAt(last, series.keys);
  const total = ranked.reduce((sum, entry) => sum + entry.value, 0);
  const shown = ranked.filter((entry) => entry.value > 0).slice(0, 2);
  const rest = total - shown.reduce((sum, entry) => sum + entry.value, 0);
  const parts = shown.map((entry) => `${formatNumber(entry.value)} ${entry.key.label.toLowerCase()}`);
  if (rest > 0) parts.push(`${formatNumber(rest)} in other statuses`);
  return `By ${last.label}, authorities had made ${formatNumber(total)} ${total === 1 ? "commitment" : "commitments"}: ${listInWords(parts)}.`;
}

/** "2. Fix the plumbing" → "Fix the plumbing", to read well inside a sentence. */
function withoutNumbering(label: string): string {
  return label.replace(/^\d+\.\s+/, "");
}

function summariseByPrinciple(series: TimeSeries, last: SeriesRow): string {
  const ranked = rankAt(
    last,
    series.keys.map((key) => ({ ...key, label: withoutNumbering(key.label) })),
  );
  const most = ranked[0];
  const fewest = ranked.at(-1);
  if (!most || !fewest) return NO_DATA;
  if (most.value === fewest.value) {
    return `By ${last.label}, each principle was served by ${formatNumber(most.value)} commitments.`;
  }
  return `By ${last.label}, the principle served by most commitments was ${most.key.label} (${formatNumber(most.value)}), and by fewest ${fewest.key.label} (${formatNumber(fewest.value)}).`;
}

function summariseByPartnerType(series: TimeSeries, last: SeriesRow): string {
  const ranked = rankAt(last, series.keys);
  const total = ranked.reduce((sum, entry) => sum + entry.value, 0);
  const most = ranked[0];
  if (!most || total === 0) return `By ${last.label}, there were no active partnerships.`;
  return `By ${last.label}, there were ${formatNumber(total)} active ${total === 1 ? "partnership" : "partnerships"}; the most common partner type was ${most.key.label.toLowerCase()} (${formatNumber(most.value)}).`;
}

/** A one-sentence, plain-language summary of what a series shows, for every chart panel. */
export function summariseSeries(series: TimeSeries, context: SummaryContext): string {
  if (isSeriesEmpty(series)) return NO_DATA;
  const rows = toSeriesRows(series);
  const last = rows.at(-1);
  if (!last) return NO_DATA;
  switch (series.name) {
    case "adoption":
      return summariseAdoption(series, rows, context);
    case "commitments-by-status":
      return summariseByStatus(series, last);
    case "commitments-by-principle":
      return summariseByPrinciple(series, last);
    case "partnerships-by-type":
      return summariseByPartnerType(series, last);
  }
}
