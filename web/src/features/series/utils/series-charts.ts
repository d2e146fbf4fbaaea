import type { SeriesName } from "@ldd/shared/series";
import type { SeriesChartKind } from "../components/series-chart.tsx";

/** How each monthly series is shown on its own (an embedded chart): its heading and chart kind. */
export const SERIES_CHARTS: Record<SeriesName, { title: string; kind: SeriesChartKind }> = {
  adoption: { title: "Adoption over time", kind: "line" },
  "commitments-by-status": { title: "Commitments by status over time", kind: "stacked-area" },
  "commitments-by-principle": { title: "Commitments by principle", kind: "line" },
  "partnerships-by-type": { title: "Active partnerships by partner type", kind: "line" },
};
