/**
 * The name of an exported file: what it is and the day it was made, in
 * the visitor's time zone, e.g. «cltv-portfolio-2026-12-03.png».
 */
export function exportFileName(
  subject: string,
  date: Date,
  extension: string,
): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map(
    (part) => String(part).padStart(2, '0'),
  );
  return `cltv-${subject}-${day.join('-')}.${extension}`;
}
