/** The months' English names, January first: dates, spans, window labels and axis ticks (their first three letters). */
export const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
