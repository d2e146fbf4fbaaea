import * as z from "zod";
import { AsOfQuerySchema, ViewSchema } from "./as-of.ts";
import { GssCodeSchema, IsoDateSchema, IsoDateTimeSchema, IsoMonthSchema } from "./common.ts";
import { CommitmentStatusSchema } from "./vocabulary.ts";

export const SERIES_NAMES = [
  "adoption",
  "commitments-by-status",
  "commitments-by-principle",
  "partnerships-by-type",
] as const;
export const SeriesNameSchema = z.enum(SERIES_NAMES);
export type SeriesName = z.infer<typeof SeriesNameSchema>;

export const SeriesParamsSchema = z.object({ name: SeriesNameSchema });

/** A series for the whole group, or for one authority (to compare authorities side by side). */
export const SeriesQuerySchema = z.strictObject({
  authority: GssCodeSchema.optional().meta({ description: "Only this authority's records" }),
  ...AsOfQuerySchema.shape,
});
export type SeriesQuery = z.infer<typeof SeriesQuerySchema>;

export const SeriesKeySchema = z.object({ key: z.string(), label: z.string() });
export type SeriesKey = z.infer<typeof SeriesKeySchema>;

/**
 * A monthly time series: one point per calendar month, each value the state at
 * the end of that month (effective time), from July 2018 to the current month.
 */
export const TimeSeriesSchema = z
  .object({
    name: SeriesNameSchema,
    view: ViewSchema,
    /** The authority whose records it counts, or null for the whole group. */
    authorityGss: GssCodeSchema.nullable(),
    title: z.string(),
    /** What one unit counts, e.g. "authorities". */
    unit: z.string(),
    keys: z.array(SeriesKeySchema),
    points: z.array(
      z.object({
        month: IsoMonthSchema,
        values: z.record(z.string(), z.number().int()),
      }),
    ),
  })
  .meta({ id: "TimeSeries" });
export type TimeSeries = z.infer<typeof TimeSeriesSchema>;
/** A series as the model holds it, before it is sent for a view. */
export type SeriesData = Omit<TimeSeries, "view" | "authorityGss">;

export const SummaryQuerySchema = z.strictObject({
  /** Compare the figures with the state at the end of this (earlier) date. */
  since: IsoDateSchema.optional(),
  ...AsOfQuerySchema.shape,
});

export const HeadlineFiguresSchema = z.object({
  authorities: z.number().int(),
  authoritiesSigned: z.number().int(),
  lotiMembers: z.number().int(),
  commitments: z.number().int(),
  commitmentsByStatus: z.record(CommitmentStatusSchema, z.number().int()),
  overdueCommitments: z.number().int(),
  activePartnerships: z.number().int(),
  partnerOrganisations: z.number().int(),
});
export type HeadlineFigures = z.infer<typeof HeadlineFiguresSchema>;

export const SummarySchema = z
  .object({
    asOf: IsoDateSchema,
    view: ViewSchema,
    current: HeadlineFiguresSchema,
    since: z.object({ date: IsoDateSchema, figures: HeadlineFiguresSchema }).nullable(),
    lastUpdatedAt: IsoDateTimeSchema.nullable(),
  })
  .meta({ id: "Summary" });
export type Summary = z.infer<typeof SummarySchema>;

/**
 * What the comparison charts measure, one line per compared authority: signed the Declaration, a
 * LOTI member, commitments made, commitments done, active partnerships. Each is a page of its own
 * under `/embed/compare/{measure}?authorities=A,B`.
 */
export const COMPARISON_MEASURES = ["signed", "member", "commitments", "done", "partnerships"] as const;
export type ComparisonMeasure = (typeof COMPARISON_MEASURES)[number];

export const MetaSchema = z
  .object({
    /** True while illustrative demo data is loaded: every page says so. */
    demoData: z.boolean(),
    dataVersion: z.string(),
    licence: z.string(),
    /**
     * True while the data may be out of date: the server cannot reach its database just now and
     * serves the last data it loaded. Public reads then also carry `X-Data-Stale: true`.
     */
    stale: z.boolean(),
    /** Today in London: the latest date any view can show. */
    today: IsoDateSchema,
    /** The view this answer describes (the one asked for with `asOf` and `asPublished`). */
    view: ViewSchema,
    /**
     * How many published changes the view does not show: for a past date as known, changes
     * effective after it; as published, changes published after it. 0 for today's view.
     */
    changesSince: z.number().int(),
    /**
     * Where readers report a problem (accessibility, the data) and ask for another format: the
     * mailbox the installation set (CONTACT_EMAIL), or null when it set none (the pages then point
     * to LOTI's website).
     */
    contactEmail: z.email().nullable().default(null),
  })
  .meta({ id: "Meta" });

export const MetaQuerySchema = z.strictObject({ ...AsOfQuerySchema.shape });
export type Meta = z.infer<typeof MetaSchema>;
