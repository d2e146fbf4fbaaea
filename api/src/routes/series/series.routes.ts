import { createRoute } from "@hono/zod-openapi";
import { SERIES_NAMES, type SeriesName, SeriesQuerySchema, TimeSeriesSchema } from "@ldd/shared/series";
import * as z from "zod";
import { errorResponses } from "../../lib/openapi-responses.ts";

const SERIES_FILE = new RegExp(`^(${SERIES_NAMES.join("|")})(\\.csv)?$`);

/** `adoption` answers JSON, `adoption.csv` the same table as CSV. */
export const SeriesFileParamsSchema = z.object({
  name: z
    .string()
    .regex(SERIES_FILE, `Use one of ${SERIES_NAMES.join(", ")}, optionally followed by .csv`)
    .transform((value) => ({ name: value.replace(/\.csv$/, "") as SeriesName, csv: value.endsWith(".csv") }))
    .meta({ param: { name: "name", in: "path" }, example: "adoption" }),
});

export const getSeries = createRoute({
  method: "get",
  path: "/api/series/{name}",
  tags: ["Time series"],
  summary: "A monthly time series from July 2018 to this month (append .csv for CSV)",
  description:
    "Each point is the state at the end of the month by effective date (the current month: today). " +
    "Series: adoption (authorities signed, LOTI members), commitments-by-status, commitments-by-principle, " +
    "partnerships-by-type (active partnerships). `authority` limits it to one authority's records; " +
    "`asOf` ends it at a past date.",
  request: { params: SeriesFileParamsSchema, query: SeriesQuerySchema },
  responses: {
    200: {
      content: {
        "application/json": { schema: TimeSeriesSchema },
        "text/csv": { schema: z.string() },
      },
      description: "The series",
    },
    ...errorResponses(),
  },
});
