/**
 * Publication dates as whole days. Only the calendar date counts ("2020-06-01T23:30-05:00" is
 * June 1st as the outlet printed it): converting to UTC would move late-evening articles a day.
 */
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Days since 1970-01-01 of an ISO date or date-time, or undefined when absent or unreadable. */
export function dayNumber(published: string | undefined): number | undefined {
  const m = DATE_RE.exec(published?.trim() ?? '');
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(ms) ? Math.round(ms / 86_400_000) : undefined;
}

/** Whether two documents may be linked: both dated and at most `windowDays` apart, or either undated. */
export function withinWindow(a: number | undefined, b: number | undefined, windowDays: number): boolean {
  return a === undefined || b === undefined || Math.abs(a - b) <= windowDays;
}
