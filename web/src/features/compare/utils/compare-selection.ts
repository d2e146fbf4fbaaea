import { AUTHORITIES } from "@ldd/shared/reference-data";
import type { ComparisonMeasure } from "@ldd/shared/series";

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** The id of the first checkbox: where the error summary sends the reader. */
export const AUTHORITIES_FIELD_ID = "compare-authorities";

export interface CompareSelection {
  /** Whether the address asks for a comparison at all (`?authorities=` present). */
  requested: boolean;
  /** Known GSS codes in the order asked for, without repeats. */
  gss: string[];
  /** A GOV.UK error message about the choice, or null when it can be shown. */
  error: string | null;
  /** An authority to start from (`?with=GSS`, from a profile's "Compare with peers"). */
  start: string | null;
}

const KNOWN = new Map(AUTHORITIES.map((authority) => [authority.gss, authority]));

/** Codes from `?authorities=A,B` or, as a GET form sends checkboxes, `?authorities=A&authorities=B`. */
function requestedCodes(search: URLSearchParams): string[] {
  const codes = search
    .getAll("authorities")
    .flatMap((value) => value.split(","))
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== "");
  return [...new Set(codes)];
}

export function readCompareSelection(search: URLSearchParams): CompareSelection {
  const requested = search.has("authorities");
  const codes = requestedCodes(search);
  const unknown = codes.filter((code) => !KNOWN.has(code));
  const gss = codes.filter((code) => KNOWN.has(code));
  const startParam = (search.get("with") ?? "").trim().toUpperCase();
  const start = KNOWN.has(startParam) ? startParam : null;
  let error: string | null = null;
  if (requested) {
    if (unknown.length > 0) {
      error = `${unknown.length === 1 ? "There is no London authority with the code" : "There are no London authorities with the codes"} ${unknown.join(", ")}: select authorities from the list`;
    } else if (gss.length < MIN_COMPARED) {
      error = `Select at least ${MIN_COMPARED} authorities to compare${gss.length === 1 ? ` (you selected only ${KNOWN.get(gss[0] ?? "")?.name})` : ""}`;
    } else if (gss.length > MAX_COMPARED) {
      error = `Select no more than ${MAX_COMPARED} authorities to compare (you selected ${gss.length})`;
    }
  }
  return { requested, gss, error, start };
}

/** The chart-only page of one measure of a comparison, for other sites to frame. */
export function compareEmbedHref(
  measure: ComparisonMeasure,
  authorities: readonly { gss: string }[],
): string {
  return `/embed/compare/${measure}?authorities=${authorities.map((authority) => authority.gss).join(",")}`;
}

/** The address of a comparison: `/compare?authorities=A,B,C`. */
export function compareHref(gss: readonly string[]): string {
  return `/compare?authorities=${gss.join(",")}`;
}
