const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Reads a date as printed ("2019-05-30 15:45", "May 30, 2019", "30 May 2019") into ISO form
 * (`2019-05-30` or `2019-05-30T15:45`), or `undefined` when it is not a date.
 */
export function readDate(text: string): string | undefined {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?/.exec(t);
  if (m) return m[4] ? `${m[1]}-${m[2]}-${m[3]}T${m[4].padStart(2, '0')}:${m[5]}` : `${m[1]}-${m[2]}-${m[3]}`;
  m = /^([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/.exec(t);
  if (m) return isoDay(m[3] as string, m[1] as string, m[2] as string);
  m = /^(\d{1,2}) ([A-Za-z]{3,9})\.?,? (\d{4})$/.exec(t);
  if (m) return isoDay(m[3] as string, m[2] as string, m[1] as string);
  return undefined;
}

function isoDay(year: string, monthName: string, day: string): string | undefined {
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase());
  if (month < 0) return undefined;
  return `${year}-${String(month + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

