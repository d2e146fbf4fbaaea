import { formatMonth, formatShortMonth } from "@ldd/shared/dates";
import {
  COMPARISON_MEASURES,
  type ComparisonMeasure,
  type SeriesName,
  type TimeSeries,
} from "@ldd/shared/series";
import type { ChartTable } from "@/components/chart-panel.tsx";
import { formatNumber } from "@/lib/format.ts";
import type { SeriesRow } from "./series-rows.ts";

/*
 * Authorities side by side over time: one measure, one line per authority, taken from each
 * authority's own series (`/api/series/{name}?authority=GSS`).
 */

export { COMPARISON_MEASURES, type ComparisonMeasure };

export interface ComparisonMeasureDefinition {
  series: SeriesName;
  title: string;
  /** What one unit is, for the table's caption. */
  unit: string;
  /** Values are 0 or 1: shown as "Yes" and "No". */
  binary: boolean;
  /** The measure's value in one month of the authority's series. */
  value: (values: Record<string, number>) => number;
}

const sum = (values: Record<string, number>) =>
  Object.values(values).reduce((total, value) => total + value, 0);

export const COMPARISON_MEASURE_DEFINITIONS: Record<ComparisonMeasure, ComparisonMeasureDefinition> = {
  signed: {
    series: "adoption",
    title: "Signed the Declaration",
    unit: "whether each had signed",
    binary: true,
    value: (values) => ((values.signed ?? 0) > 0 ? 1 : 0),
  },
  member: {
    series: "adoption",
    title: "LOTI membership",
    unit: "whether each was a LOTI member",
    binary: true,
    value: (values) => ((values.lotiMembers ?? 0) > 0 ? 1 : 0),
  },
  commitments: {
    series: "commitments-by-status",
    title: "Commitments made",
    unit: "commitments",
    binary: false,
    value: sum,
  },
  done: {
    series: "commitments-by-status",
    title: "Commitments done",
    unit: "commitments done",
    binary: false,
    value: (values) => values.done ?? 0,
  },
  partnerships: {
    series: "partnerships-by-type",
    title: "Active partnerships",
    unit: "active partnerships",
    binary: false,
    value: sum,
  },
};

export interface ComparedAuthority {
  gss: string;
  name: string;
}

export interface Comparison {
  keys: { key: string; label: string }[];
  /** In month order. */
  rows: SeriesRow[];
}

/** One row per month, one value per authority; months missing from a series count as 0. */
export function buildComparison(
  measure: ComparisonMeasure,
  authorities: readonly ComparedAuthority[],
  series: readonly TimeSeries[],
): Comparison {
  const { value } = COMPARISON_MEASURE_DEFINITIONS[measure];
  const months = [...new Set(series.flatMap((one) => one.points.map((point) => point.month)))].sort();
  const byAuthority = authorities.map(
    (_authority, index) =>
      new Map((series[index]?.points ?? []).map((point) => [point.month, value(point.values)])),
  );
  return {
    keys: authorities.map((authority) => ({ key: authority.gss, label: authority.name })),
    rows: months.map((month) => ({
      month,
      label: formatMonth(month),
      shortLabel: formatShortMonth(month),
      values: Object.fromEntries(
        authorities.map((authority, index) => [authority.gss, byAuthority[index]?.get(month) ?? 0]),
      ),
    })),
  };
}

export function formatComparisonValue(measure: ComparisonMeasure, value: number): string {
  return COMPARISON_MEASURE_DEFINITIONS[measure].binary ? (value >= 1 ? "Yes" : "No") : formatNumber(value);
}

/** The table alternative: one row per month, newest first, one column per authority. */
export function toComparisonTable(measure: ComparisonMeasure, comparison: Comparison): ChartTable {
  const definition = COMPARISON_MEASURE_DEFINITIONS[measure];
  return {
    caption: `${definition.title}: ${definition.unit} at the end of each month, newest first`,
    rowHeaderLabel: "Month",
    columns: comparison.keys.map(({ key, label }) => ({ key, label })),
    rows: [...comparison.rows].reverse().map((row) => ({
      id: row.month,
      header: row.label,
      cells: comparison.keys.map(({ key }) => formatComparisonValue(measure, row.values[key] ?? 0)),
    })),
  };
}

function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The first month of the latest run of "yes" up to the last month, e.g. when it last joined. */
function since(rows: readonly SeriesRow[], key: string): string | null {
  let start: SeriesRow | null = null;
  for (const row of rows) {
    if ((row.values[key] ?? 0) >= 1) start ??= row;
    else start = null;
  }
  return start?.label ?? null;
}

const BINARY_WORDS: Record<"signed" | "member", { yes: [string, string]; no: [string, string] }> = {
  signed: {
    yes: ["had signed the Declaration", "had signed the Declaration"],
    no: ["had not", "had not"],
  },
  member: { yes: ["was a LOTI member", "were LOTI members"], no: ["was not", "were not"] },
};

/** One sentence on where the authorities stood in the last month, and how they got there. */
export function summariseComparison(measure: ComparisonMeasure, comparison: Comparison): string {
  const last = comparison.rows.at(-1);
  if (!last || comparison.keys.length === 0) return "There is no data to show yet.";
  if (measure === "signed" || measure === "member") {
    const words = BINARY_WORDS[measure];
    const yes = comparison.keys.filter(({ key }) => (last.values[key] ?? 0) >= 1);
    const no = comparison.keys.filter(({ key }) => (last.values[key] ?? 0) < 1);
    const yesText = yes.map(({ key, label }) => `${label} (since ${since(comparison.rows, key)})`);
    const parts: string[] = [];
    if (yes.length > 0) parts.push(`${listInWords(yesText)} ${words.yes[yes.length === 1 ? 0 : 1]}`);
    if (no.length > 0) {
      const noNames = listInWords(no.map(({ label }) => label));
      parts.push(
        yes.length > 0
          ? `${noNames} ${words.no[no.length === 1 ? 0 : 1]}`
          : `none of ${noNames} ${measure === "signed" ? "had signed the Declaration" : "was a LOTI member"}`,
      );
    }
    return `By ${last.label}, ${parts.join("; ")}.`;
  }
  const { unit } = COMPARISON_MEASURE_DEFINITIONS[measure];
  const ranked = comparison.keys
    .map(({ key, label }) => ({ label, value: last.values[key] ?? 0 }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, "en-GB"));
  const [first, ...rest] = ranked;
  if (!first) return "There is no data to show yet.";
  if (ranked.every((entry) => entry.value === first.value)) {
    return `By ${last.label}, each had ${formatNumber(first.value)} ${unit}.`;
  }
  const others = rest.map((entry) => `${entry.label} (${formatNumber(entry.value)})`);
  return `By ${last.label}, ${first.label} had the most ${unit} (${formatNumber(first.value)}), then ${listInWords(others)}.`;
}
