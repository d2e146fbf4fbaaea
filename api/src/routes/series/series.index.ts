import { createRouter } from "../../lib/create-router.ts";
import { getSeriesHandler } from "./series.handlers.ts";
import { getSeries } from "./series.routes.ts";

export const seriesRouter = createRouter().openapi(getSeries, getSeriesHandler);
