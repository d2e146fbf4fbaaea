/*
 * Timestamps as the database hands them over: PostgreSQL's text form, on both engines.
 */

const POSTGRES_UTC = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(\.\d+)?\+00$/;

/** Timestamps from the database as ISO 8601 in UTC, e.g. 2024-09-19T17:27:55.123Z. */
export function toIsoInstant(value: string): string {
  // The common case, a UTC timestamp as PostgreSQL writes it, without parsing a Date: this runs
  // for every fact at every snapshot rebuild.
  const utc = POSTGRES_UTC.exec(value);
  if (utc) return `${utc[1]}T${utc[2]}${(utc[3] ?? ".000").padEnd(4, "0").slice(0, 4)}Z`;
  // PostgreSQL writes "2024-09-19 17:27:55.123+00"; ECMAScript wants "T" and "+00:00".
  const iso = value.replace(" ", "T").replace(/([+-]\d{2})$/, "$1:00");
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new Error(`Not a timestamp: ${value}`);
  return date.toISOString();
}
