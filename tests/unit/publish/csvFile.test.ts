import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvFile, csvRecord, csvRecords } from '../../../src/lib/publish/csvFile.ts';

const HOSTILE = ['=HYPERLINK("https://evil.example","x")', '+1+1', '-2+3', '@SUM(A1:A2)', '\tTAB', '\rCR'];

describe('csvFile', () => {
  it('starts with a UTF-8 byte-order mark and the header row, and ends every record with CRLF', () => {
    const text = csvFile(['id', 'title'], [['a', 'Patch day']]);
    expect(text.startsWith('\uFEFFid,title\r\n')).toBe(true);
    expect(text.endsWith('a,Patch day\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('quotes commas, quotes and line breaks, so a real parser reads every field back unchanged', () => {
    const row = ['Microsoft, again', 'It said “patch now” and "now"', 'two\r\nlines\nhere', 'Café déjà vu', ''];
    const [parsed] = parse(csvRecords([row]), { record_delimiter: '\r\n' });
    expect(parsed).toEqual(row);
  });

  it('neutralises values a spreadsheet would run as formulas, keeping their text after an apostrophe', () => {
    const [parsed] = parse(csvRecords([HOSTILE]), { record_delimiter: '\r\n' });
    expect(parsed).toEqual(HOSTILE.map((value) => `'${value}`));
    for (const field of parsed) expect(field).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('leaves numbers, including negative ones, and text that merely contains the characters alone', () => {
    const [parsed] = parse(csvRecords([[-3, 2, 'a=b', 'CVE-2021-26855', 'x@y']]), {
      record_delimiter: '\r\n',
    });
    expect(parsed).toEqual(['-3', '2', 'a=b', 'CVE-2021-26855', 'x@y']);
  });

  it('gives one record without its line end, for markup, which otherwise turns CRLF into LF', () => {
    expect(csvRecord(['a', 'b, c', '=1'])).toBe('a,"b, c",\'=1');
  });
});
