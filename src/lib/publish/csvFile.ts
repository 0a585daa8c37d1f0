import { stringify } from 'csv-stringify/sync';

/** A CSV value: text or a number (numbers are written as they are, never neutralised). */
export type CsvValue = string | number;

/**
 * RFC 4180 records: comma-separated, CRLF after every record, fields quoted when they hold a comma,
 * quote or line break. A text field a spreadsheet would run as a formula (starting with =, +, -, @,
 * a tab or a carriage return) gets a leading apostrophe, so it shows as text (OWASP's CSV injection advice).
 */
export function csvRecords(rows: readonly (readonly CsvValue[])[]): string {
  return stringify(rows as CsvValue[][], { record_delimiter: 'windows', escape_formulas: true });
}

/** One record without its line end, for markup: HTML parsing turns CR LF into LF, so the reader adds it back. */
export function csvRecord(row: readonly CsvValue[]): string {
  return csvRecords([row]).slice(0, -2);
}

/** A whole CSV file: a UTF-8 byte-order mark (so Excel reads the accents right), the header row, the records. */
export function csvFile(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `\uFEFF${csvRecords([header, ...rows])}`;
}
