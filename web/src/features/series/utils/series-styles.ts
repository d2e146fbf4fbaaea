/**
 * How each series in a chart is told apart without relying on colour (WCAG 1.4.1): every line has
 * its own dash pattern and every stacked area its own fill pattern, on colours with ≥ 3:1 contrast
 * against white (GOV.UK palette). The legend shows the same patterns.
 */
export interface SeriesStyle {
  colour: string;
  /** SVG stroke-dasharray; "" is a solid line. */
  dash: string;
  /** Name of the fill pattern for stacked areas. */
  pattern: "solid" | "diagonal" | "dots" | "horizontal" | "crosshatch" | "vertical";
  /** Human description of the mark, for the legend's accessible text and the table key. */
  markDescription: string;
}

const STYLES: readonly SeriesStyle[] = [
  { colour: "#1d70b8", dash: "", pattern: "solid", markDescription: "solid" },
  { colour: "#00703c", dash: "10 5", pattern: "diagonal", markDescription: "long dashes / diagonal stripes" },
  { colour: "#d4351c", dash: "2 4", pattern: "dots", markDescription: "dotted / dots" },
  {
    colour: "#4c2c92",
    dash: "14 4 2 4",
    pattern: "horizontal",
    markDescription: "dash-dot / horizontal stripes",
  },
  { colour: "#d53880", dash: "5 5", pattern: "crosshatch", markDescription: "short dashes / cross-hatch" },
  { colour: "#505a5f", dash: "1 3 8 3", pattern: "vertical", markDescription: "dot-dash / vertical stripes" },
];

export function getSeriesStyle(index: number): SeriesStyle {
  // There are six styles; series with more keys than that reuse them in order.
  return (
    STYLES[index % STYLES.length] ??
    STYLES[0] ?? { colour: "#0b0c0c", dash: "", pattern: "solid", markDescription: "solid" }
  );
}
