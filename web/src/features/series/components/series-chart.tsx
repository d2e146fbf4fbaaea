import type { SeriesKey } from "@ldd/shared/series";
import {
  Area,
  AreaChart,
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { formatNumber } from "@/lib/format.ts";
import { readValue, type SeriesRow } from "../utils/series-rows.ts";
import { getSeriesStyle, type SeriesStyle } from "../utils/series-styles.ts";

export type SeriesChartKind = "line" | "stacked-area";

export interface SeriesChartProps {
  kind: SeriesChartKind;
  /** Prefix for SVG pattern ids, unique on the page. */
  id: string;
  title: string;
  summary: string;
  unit: string;
  keys: readonly SeriesKey[];
  rows: readonly SeriesRow[];
  /** Values that are 0 or 1 (no or yes): the axis says "No" and "Yes". */
  binary?: boolean;
  /**
   * Lines that often coincide (authorities compared side by side): each earlier line is drawn
   * thicker, so a line on top of another leaves the one beneath visible around it.
   */
  nested?: boolean;
}

const AXIS_TICK = { fill: "#0b0c0c", fontSize: 14 };

function PatternDefinition({ id, style }: { id: string; style: SeriesStyle }) {
  const size = 8;
  const common = { stroke: style.colour, strokeWidth: 2 };
  let marks: React.ReactNode;
  switch (style.pattern) {
    case "solid":
      marks = <rect width={size} height={size} fill={style.colour} />;
      break;
    case "diagonal":
      marks = (
        <path
          d={`M0,${size} L${size},0 M-2,2 L2,-2 M${size - 2},${size + 2} L${size + 2},${size - 2}`}
          {...common}
        />
      );
      break;
    case "dots":
      marks = <circle cx={size / 2} cy={size / 2} r={2} fill={style.colour} />;
      break;
    case "horizontal":
      marks = <path d={`M0,${size / 2} L${size},${size / 2}`} {...common} />;
      break;
    case "crosshatch":
      marks = <path d={`M0,0 L${size},${size} M${size},0 L0,${size}`} {...common} strokeWidth={1.5} />;
      break;
    case "vertical":
      marks = <path d={`M${size / 2},0 L${size / 2},${size}`} {...common} />;
      break;
  }
  return (
    <pattern id={id} width={size} height={size} patternUnits="userSpaceOnUse">
      <rect width={size} height={size} fill="#ffffff" />
      {marks}
    </pattern>
  );
}

/** Draws one monthly series. Only drawing happens here: rows arrive ready (see series-rows.ts). */
export function SeriesChart({
  kind,
  id,
  title,
  summary,
  unit,
  keys,
  rows,
  binary = false,
  nested = false,
}: SeriesChartProps) {
  const lineWidth = (index: number) => (nested ? 3 + 3 * (keys.length - 1 - index) : 3);
  const formatValue = (value: number) => (binary ? (value >= 1 ? "Yes" : "No") : formatNumber(value));
  const data = rows.map((row) => ({ ...row }));
  const label = `${title}, chart of ${unit} by month. Use the left and right arrow keys to move between months.`;
  const common = {
    data,
    title,
    desc: summary,
    "aria-label": label,
    margin: { top: 8, right: 16, bottom: 8, left: 0 },
  } as const;
  const axes = (
    <>
      <CartesianGrid stroke="#b1b4b6" strokeDasharray="2 4" vertical={false} />
      <XAxis dataKey="shortLabel" tick={AXIS_TICK} minTickGap={24} stroke="#505a5f" />
      <YAxis
        allowDecimals={false}
        tick={AXIS_TICK}
        width={44}
        stroke="#505a5f"
        {...(binary ? { domain: [-0.2, 1.2], ticks: [0, 1], tickFormatter: formatValue } : {})}
      />
      <Tooltip
        labelFormatter={(_value, payload) => {
          const first = payload?.[0]?.payload as SeriesRow | undefined;
          return first?.label ?? "";
        }}
        formatter={(value) => (typeof value === "number" ? formatValue(value) : String(value))}
      />
    </>
  );

  return (
    <div className="app-series-chart">
      <div className="app-series-chart__plot">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 300 }}>
          {kind === "line" ? (
            <LineChart {...common}>
              {axes}
              {keys.map((key, index) => {
                const style = getSeriesStyle(index);
                return (
                  <Line
                    key={key.key}
                    type="stepAfter"
                    dataKey={(row: SeriesRow) => readValue(row, key.key)}
                    name={key.label}
                    stroke={style.colour}
                    strokeWidth={lineWidth(index)}
                    strokeDasharray={style.dash || undefined}
                    dot={false}
                    legendType="plainline"
                    isAnimationActive={false}
                  />
                );
              })}
            </LineChart>
          ) : (
            <AreaChart {...common}>
              <defs>
                {keys.map((key, index) => (
                  <PatternDefinition
                    key={key.key}
                    id={`${id}-pattern-${index}`}
                    style={getSeriesStyle(index)}
                  />
                ))}
              </defs>
              {axes}
              {keys.map((key, index) => {
                const style = getSeriesStyle(index);
                return (
                  <Area
                    key={key.key}
                    type="stepAfter"
                    stackId="total"
                    dataKey={(row: SeriesRow) => readValue(row, key.key)}
                    name={key.label}
                    stroke={style.colour}
                    strokeWidth={2}
                    fill={`url(#${id}-pattern-${index})`}
                    fillOpacity={1}
                    legendType="rect"
                    isAnimationActive={false}
                  />
                );
              })}
            </AreaChart>
          )}
        </ResponsiveContainer>
      </div>
      <SeriesLegend id={id} kind={kind} keys={keys} lineWidth={lineWidth} />
    </div>
  );
}

/** An HTML legend that shows each series' dash or fill pattern as well as its colour. */
function SeriesLegend({
  id,
  kind,
  keys,
  lineWidth,
}: {
  id: string;
  kind: SeriesChartKind;
  keys: readonly SeriesKey[];
  lineWidth: (index: number) => number;
}) {
  return (
    <ul className="app-chart-legend" aria-label="Key">
      {keys.map((key, index) => {
        const style = getSeriesStyle(index);
        return (
          <li key={key.key} className="app-chart-legend__item">
            <svg
              className="app-chart-legend__swatch"
              width="36"
              height="16"
              aria-hidden="true"
              focusable="false"
            >
              {kind === "line" ? (
                <line
                  x1="0"
                  y1="8"
                  x2="36"
                  y2="8"
                  stroke={style.colour}
                  strokeWidth={Math.min(lineWidth(index), 12)}
                  strokeDasharray={style.dash || undefined}
                />
              ) : (
                <rect
                  x="1"
                  y="1"
                  width="34"
                  height="14"
                  fill={`url(#${id}-pattern-${index})`}
                  stroke={style.colour}
                  strokeWidth="2"
                />
              )}
            </svg>
            {key.label}
          </li>
        );
      })}
    </ul>
  );
}
