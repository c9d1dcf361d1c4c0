/** Calendar dates are Vietnamese local dates: "today" is the date in Asia/Ho_Chi_Minh, not the server's. */
export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

const FORMAT = new Intl.DateTimeFormat("en-CA", { timeZone: VIETNAM_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's date in Việt Nam as YYYY-MM-DD. */
export function todayInVietnam(now: Date = new Date()): string {
  return FORMAT.format(now);
}

/** Whole days from `from` to `to` (ISO dates), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
