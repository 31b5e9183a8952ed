/**
 * Local clock labels for simulation times. The model counts minutes from 00:00 of the calendar's
 * first day; output files show the same instant as the wall clock a planner would read.
 */

const MS_PER_MINUTE = 60_000;

/**
 * The local date and time "YYYY-MM-DD HH:MM" that is `minutes` after 00:00 of `startDate`
 * ("YYYY-MM-DD"). Fractions of a minute are cut off (09:59.8 shows as 09:59, as a clock would).
 * The calendar has no daylight-saving changes: a scenario's days are all 1,440 minutes long.
 *
 * @example clockLabel('2024-10-01', 1500) // "2024-10-02 01:00"
 */
export function clockLabel(startDate: string, minutes: number): string {
  const [year, month, day] = startDate.split('-').map(Number) as [number, number, number];
  // UTC arithmetic is used only as a calendar: it has no DST jumps, which matches the model.
  const instant = new Date(Date.UTC(year, month - 1, day) + Math.floor(minutes) * MS_PER_MINUTE);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${String(instant.getUTCFullYear()).padStart(4, '0')}-${pad(instant.getUTCMonth() + 1)}-` +
    `${pad(instant.getUTCDate())} ${pad(instant.getUTCHours())}:${pad(instant.getUTCMinutes())}`
  );
}
