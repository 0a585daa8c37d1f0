import { formatCalendar } from '../dates/calendarText.ts';

/**
 * Names a widget's date window as the story writes spans (the same formatter): "1–31 March 2021", "26 February –
 * 3 March 2021", "From 1 July 2021", "Until 31 January 2021". Free of libraries, for the widget's budget.
 */
export function windowLabel({ from, to }: { from?: string; to?: string }): string {
  if (from && to) return formatCalendar(from, to);
  return from ? `From ${formatCalendar(from)}` : to ? `Until ${formatCalendar(to)}` : '';
}
