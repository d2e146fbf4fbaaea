import type { SeriesKey, TimeSeries } from "@ldd/shared/series";
import { readValue, toSeriesRows } from "./series-rows.ts";
import { type SummaryContext, summariseSeries } from "./summarise-series.ts";

const findKey = (keys: readonly SeriesKey[], pattern: RegExp) =>
  keys.find((key) => pattern.test(key.key) || pattern.test(key.label));

/**
 * The summary sentence of one authority's series (`?authority=`), naming it: whether and since when
 * it had signed and was a LOTI member, or how many commitments it had made. Other series read the
 * same for one authority as for the group. Kept apart from summariseSeries so the overview's first
 * load does not carry it (only embedded charts use it).
 */
export function summariseAuthoritySeries(
  series: TimeSeries,
  authorityName: string,
  context: SummaryContext,
): string {
  const rows = toSeriesRows(series);
  const last = rows.at(-1);
  if (!last) return summariseSeries(series, context);
  if (series.name === "adoption") {
    const signedKey = findKey(series.keys, /sign/i) ?? series.keys[0];
    const memberKey = findKey(series.keys, /loti|member/i);
    if (!signedKey) return summariseSeries(series, context);
    const signed = readValue(last, signedKey.key) > 0;
    const since = signed ? rows.find((row) => readValue(row, signedKey.key) > 0) : undefined;
    let sentence = signed
      ? `By ${last.label}, ${authorityName} had signed the Declaration${since && since !== last ? ` (by ${since.label})` : ""}`
      : `By ${last.label}, ${authorityName} had not signed the Declaration`;
    if (memberKey && memberKey !== signedKey) {
      sentence +=
        readValue(last, memberKey.key) > 0 ? " and was a LOTI member" : " and was not a LOTI member";
    }
    return `${sentence}.`;
  }
  if (series.name === "commitments-by-status") {
    const total = series.keys.reduce((sum, key) => sum + readValue(last, key.key), 0);
    const general = summariseSeries(series, context);
    // "authorities had made N commitments: …" → "Hackney had made N commitments: …"
    return total > 0 ? general.replace(/, authorities had made /, `, ${authorityName} had made `) : general;
  }
  return summariseSeries(series, context);
}
