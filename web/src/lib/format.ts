const numberFormatter = new Intl.NumberFormat("en-GB");

// Dates are formatted by @ldd/shared/dates, in London time, the same way on the api and the web.

export function formatNumber(value: number): string {
  return numberFormatter.format(value);
}

/** +3, −2 (true minus sign) or "no change". */
export function formatChange(change: number): string {
  if (change === 0) return "no change";
  return change > 0 ? `+${formatNumber(change)}` : `\u2212${formatNumber(Math.abs(change))}`;
}
