import type { AuthoritySummary } from "@ldd/shared/authorities";
import { daysBetween, formatLongDate, toLondonDate } from "@ldd/shared/dates";

/*
 * What the tile map shows (`?measure=`). Each tile says its authority's value in words or numbers
 * and falls in a band, drawn with its own pattern and shade; the key names every band in words, so
 * nothing depends on colour alone (WCAG 1.4.1).
 */

export const TILE_MEASURES = ["signed", "member", "share_done", "overdue", "days_since_update"] as const;
export type TileMeasureId = (typeof TILE_MEASURES)[number];

/** Bands from "none" (no value: not signed, never updated) through 0 (lightest) to 3 (darkest). */
export type TileBand = "none" | 0 | 1 | 2 | 3;

export interface TileValue {
  band: TileBand;
  /** Shown on the tile, e.g. "3 of 6 done (50%)". */
  text: string;
  /** Read out after `text` by screen readers only, e.g. " on 15 October 2018". */
  detail?: string;
}

export interface TileMeasure {
  id: TileMeasureId;
  /** In the picker and the map's heading. */
  label: string;
  /** A sentence under the heading: what the measure counts. */
  description: string;
  /** The bands this measure uses, in the key's order, each with what it means and how it looks. */
  bands: ReadonlyArray<{ band: TileBand; label: string }>;
  value: (authority: AuthoritySummary, viewDate: string) => TileValue;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const TILE_MEASURE_DEFINITIONS: Record<TileMeasureId, TileMeasure> = {
  signed: {
    id: "signed",
    label: "Signed the Declaration",
    description: "Whether each authority had signed the Local Digital Declaration, and in which year.",
    bands: [
      { band: 3, label: "Signed" },
      { band: "none", label: "Not signed" },
    ],
    value: (authority) =>
      authority.signedOn
        ? {
            band: 3,
            text: `Signed ${authority.signedOn.slice(0, 4)}`,
            detail: ` on ${formatLongDate(authority.signedOn)}`,
          }
        : { band: "none", text: "Not signed" },
  },
  member: {
    id: "member",
    label: "LOTI membership",
    description:
      "Whether each authority was a LOTI member on the date shown, and whether it joined at LOTI’s launch (a founding member).",
    bands: [
      { band: 3, label: "Founding member" },
      { band: 1, label: "Member, joined later" },
      { band: "none", label: "Not a member" },
    ],
    value: (authority) =>
      authority.lotiMember
        ? authority.foundingMember
          ? { band: 3, text: "Founding member" }
          : { band: 1, text: "Member" }
        : { band: "none", text: authority.foundingMember ? "Not a member (was founding)" : "Not a member" },
  },
  share_done: {
    id: "share_done",
    label: "Share of commitments done",
    description: "How many of each authority’s commitments were done, out of all it made.",
    bands: [
      { band: 3, label: "75% or more done" },
      { band: 2, label: "50% to 74% done" },
      { band: 1, label: "25% to 49% done" },
      { band: 0, label: "Under 25% done" },
      { band: "none", label: "No commitments" },
    ],
    value: (authority) => {
      const total = authority.commitmentCount;
      if (total === 0) return { band: "none", text: "No commitments" };
      const done = authority.commitmentsByStatus.done ?? 0;
      const share = Math.round((done / total) * 100);
      const band: TileBand = share >= 75 ? 3 : share >= 50 ? 2 : share >= 25 ? 1 : 0;
      return { band, text: `${share}% done`, detail: ` (${done} of ${total} commitments)` };
    },
  },
  overdue: {
    id: "overdue",
    label: "Overdue commitments",
    description:
      "Commitments whose target date had passed and that were not done, dropped or not applicable.",
    bands: [
      { band: 3, label: "3 or more overdue" },
      { band: 2, label: "2 overdue" },
      { band: 1, label: "1 overdue" },
      { band: 0, label: "None overdue" },
      { band: "none", label: "No commitments" },
    ],
    value: (authority) => {
      if (authority.commitmentCount === 0) return { band: "none", text: "No commitments" };
      const overdue = authority.overdueCommitments;
      return {
        band: overdue >= 3 ? 3 : (overdue as 0 | 1 | 2),
        text: overdue === 0 ? "None overdue" : `${overdue} overdue`,
        detail: ` of ${plural(authority.commitmentCount, "commitment", "commitments")}`,
      };
    },
  },
  days_since_update: {
    id: "days_since_update",
    label: "Days since the last update",
    description:
      "Days from each authority’s last recorded change to the date shown. Records not updated for over six months are stale.",
    bands: [
      { band: 3, label: "Over a year (stale)" },
      { band: 2, label: "6 months to a year (stale)" },
      { band: 1, label: "3 to 6 months" },
      { band: 0, label: "Under 3 months" },
      { band: "none", label: "Never updated" },
    ],
    value: (authority, viewDate) => {
      const updatedOn = authority.lastUpdatedAt ? toLondonDate(authority.lastUpdatedAt) : null;
      if (!updatedOn) return { band: "none", text: "Never updated" };
      const days = Math.max(0, daysBetween(updatedOn, viewDate));
      const band: TileBand = days > 365 ? 3 : days > 183 ? 2 : days > 91 ? 1 : 0;
      return {
        band,
        text: plural(days, "day", "days"),
        detail: ` since the last update on ${formatLongDate(updatedOn)}`,
      };
    },
  },
};

export const DEFAULT_TILE_MEASURE: TileMeasureId = "signed";

/** The measure in `?measure=`; the default for anything else. */
export function readTileMeasure(param: string | null): TileMeasureId {
  return (TILE_MEASURES as readonly string[]).includes(param ?? "")
    ? (param as TileMeasureId)
    : DEFAULT_TILE_MEASURE;
}

export const tileBandClass = (band: TileBand) => `app-tile--band-${band}`;
