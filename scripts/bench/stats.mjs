// Median and spread of repeated measurements (nearest-rank quantiles); ratios compare runs made in the
// same session, alternating with and without the extension so drift hits both equally.
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export function summarize(values) {
  const round = (v) => (v === undefined ? null : Math.round(v * 100) / 100);
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: round(quantile(sorted, 0.5)),
    p10: round(quantile(sorted, 0.1)),
    p90: round(quantile(sorted, 0.9)),
    p95: round(quantile(sorted, 0.95)),
    min: round(sorted[0]),
    max: round(sorted.at(-1)),
  };
}

/** "median (p10–p90)" for tables. */
export function spread(s, unit = '') {
  return `${s.median}${unit} (${s.p10}–${s.p90})`;
}
