import autocannon from "autocannon";

/** A path to load, as browsers ask for pages (gzip) or as API clients do. */
export interface LoadTarget {
  path: string;
  gzip?: boolean;
}

export interface LoadResult {
  requestsPerSecond: number;
  p99: number;
  non2xx: number;
}

/** 100 connections on one path of the server at `port` for `seconds` (autocannon). */
export async function load(port: number, { path, gzip }: LoadTarget, seconds: number): Promise<LoadResult> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${path}`,
    headers: gzip ? { "accept-encoding": "gzip" } : {},
    connections: 100,
    duration: seconds,
  });
  return { requestsPerSecond: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx };
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
