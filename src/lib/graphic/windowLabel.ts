/** Month names, for widgets' labels and ticks (which take the first three letters). */
export const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);

/** Day, month and year of an ISO day, read as written (no time zone involved). */
function parts(iso: string): [day: number, month: string, year: string] {
  const [year, month, day] = iso.split('-');
  return [Number(day), MONTHS[Number(month) - 1], year];
}

/**
 * Names a widget's date window as the story writes spans: "1–31 March 2021", "26 February – 3 March
 * 2021", "From 1 July 2021", "Until 31 January 2021". Free of libraries, for the widget's budget.
 */
export function windowLabel({ from, to }: { from?: string; to?: string }): string {
  if (!from || !to) return from ? `From ${parts(from).join(' ')}` : to ? `Until ${parts(to).join(' ')}` : '';
  const [d1, m1, y1] = parts(from);
  const [d2, m2, y2] = parts(to);
  if (from === to) return `${d1} ${m1} ${y1}`;
  if (y1 !== y2) return `${d1} ${m1} ${y1} – ${d2} ${m2} ${y2}`;
  return `${m1 === m2 ? d1 : `${d1} ${m1} `}${m1 === m2 ? '–' : '– '}${d2} ${m2} ${y2}`;
}
