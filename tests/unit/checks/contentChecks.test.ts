import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent, readMdx } from '../../../src/checks/readContent.ts';
import { formatProblems } from '../../../src/checks/contentProblem.ts';
import { validateContent } from '../../../src/checks/validateContent.ts';

const root = process.cwd();
const fixture = () => readContent(root, 'tests/fixtures/content');

/** Validates the valid fixture story plus one broken event file from tests/fixtures/broken. */
function withBrokenEvent(name: string) {
  const content = fixture();
  content.events.push(readMdx(root, join('tests/fixtures/broken', name)));
  return validateContent(content);
}

/** Each broken fixture, the field its problem must name, and words from what it must expect. */
const cases: [fixture: string, field: string, expected: RegExp][] = [
  ['2021-03-03-missing-title.mdx', 'title', /headline/],
  ['2021-03-03-date-in-words.mdx', 'date', /YYYY-MM-DD/],
  ['2021-03-03-end-before-start.mdx', 'end', /on or after the start date \(2021-03-03\)/],
  ['2021-03-03-unknown-thread.mdx', 'thread', /"exploitation" \(a likely typo\)/],
  ['2021-03-03-unknown-actor.mdx', 'actors[1]', /actor id from content\/actors\.yaml/],
  ['2021-03-03-malformed-cve.mdx', 'cves[0]', /CVE-2021-26855/],
  ['2021-03-03-summary-too-long.mdx', 'summary', /at most 280 characters/],
  ['2021-03-03-summary-two-sentences.mdx', 'summary', /one sentence/],
  ['2021-03-03-no-sources.mdx', 'sources', /at least one source/],
  ['2021-03-03-source-without-url.mdx', 'sources[0].url', /https:\/\//],
  ['2021-03-03-source-over-http.mdx', 'sources[0].url', /starting with https:\/\//],
  ['2021-03-03-importance-out-of-range.mdx', 'importance', /1, 2 or 3/],
  ['2021-03-03-image-without-alt.mdx', 'media.alt', /alt text/],
  ['2021-03-03-link-to-missing-event.mdx', 'body', /link to an event that exists/],
  ['2022-01-10-outside-the-range.mdx', 'date', /inside the story's range, 2021-01-01 to 2021-07-31/],
  ['2021-03-03-misspelt-field.mdx', 'sumary', /"summary" \(a likely typo\)/],
  ['2021-03-03-invalid-yaml.mdx', 'frontmatter', /valid YAML/],
  ['2021-03-03-unquoted-date-time.mdx', 'date', /in quotes, "2021-03-03T14:00:00-08:00"/],
  ['2021-03-03-impossible-day-unquoted.mdx', 'date', /a real date in quotes/],
  ['2021-03-03-impossible-day-quoted.mdx', 'date', /a real date written as YYYY-MM/],
  ['2021-03-03-month-13.mdx', 'end', /a real date in quotes/],
  ['2021-03-03-date-without-leading-zeros.mdx', 'date', /YYYY-MM-DD/],
  ['2021-03-03-date-time-with-a-space.mdx', 'date', /a real date in quotes/],
  ['2021-03-03-date-time-lower-case.mdx', 'date', /UTC offset/],
  ['2021-03-03-source-date-impossible.mdx', 'sources[0].date', /a real date in quotes/],
  ['2021-03-03-correction-date-impossible.mdx', 'corrections[0].date', /a real date in quotes/],
  [
    '2021-03-03-unknown-chapter.mdx',
    'chapter',
    /one of the chapters in content\/story\.yaml: background, first-half, second-half/,
  ],
  ['2021-03-03-zone-does-not-match.mdx', 'timeZone', /offset on that date matches/],
  ['2021-03-03-template-left-in.mdx', 'summary', /instead of the template's TODO/],
  ['2021-03-03-figure-without-alt.mdx', 'body', /alt=/],
  ['Patch day.mdx', 'file name', /2021-03-02-microsoft-patches\.mdx/],
  [
    'duplicate/2021-03-02-fixture-patch.mdx',
    'id',
    /used only once \(tests\/fixtures\/content\/events\/2021-03-02-fixture-patch\.mdx/,
  ],
];

describe('content checks', () => {
  it('accept the valid fixture story', () => {
    expect(validateContent(fixture())).toEqual([]);
  });

  it.each(cases)('report %s by file and field %s', (name, field, expected) => {
    const problems = withBrokenEvent(name);
    const problem = problems.find((p) => p.field === field);
    expect(problem, formatProblems(problems)).toBeDefined();
    expect(problem!.file).toBe(join('tests/fixtures/broken', name));
    expect(problem!.expected).toMatch(expected);
    expect(problem!.found).not.toBe('');
  });

  it('report every problem of a file at once, not just the first', () => {
    const content = fixture();
    const broken = readMdx(root, 'tests/fixtures/broken/2021-03-03-unknown-thread.mdx');
    broken.data = { ...(broken.data as object), importance: 9, cves: ['CVE-1'] };
    content.events.push(broken);
    expect(validateContent(content).map((p) => p.field)).toEqual(
      expect.arrayContaining(['thread', 'importance', 'cves[0]']),
    );
  });

  it('point at the line of the faulty field', () => {
    const [problem] = withBrokenEvent('2021-03-03-importance-out-of-range.mdx');
    expect(problem.line).toBe(7);
    expect(formatProblems([problem])).toContain('line 7, importance: found 5; expected the number 1, 2 or 3.');
  });

  it('refuse a link from a published event to a draft', () => {
    const content = fixture();
    const event = content.events.find((e) => e.file.endsWith('2021-01-06-fixture-exploitation.mdx'))!;
    event.body += '\n<EventLink id="2021-05-fixture-draft-in-progress">soon</EventLink>\n';
    expect(validateContent(content)).toEqual([
      expect.objectContaining({ field: 'body', expected: expect.stringMatching(/not to a draft/) }),
    ]);
  });

  it('report a duplicate thread id in threads.yaml', () => {
    const content = fixture();
    content.threads.data = [
      ...(content.threads.data as object[]),
      { id: 'exploitation', label: 'Again', description: 'Twice.', color: 'red' },
    ];
    expect(validateContent(content)).toEqual([
      expect.objectContaining({ file: 'tests/fixtures/content/threads.yaml', field: 'id', found: '"exploitation"' }),
    ]);
  });

  it('refuse a frame correction whose passage names no known chapter or actor, or no passage at all', () => {
    const content = fixture();
    const story = content.story.data as { corrections: object[] };
    const n = story.corrections.length;
    story.corrections = [
      ...story.corrections,
      { date: '2026-12-03', passage: 'actors/hafnum', text: 'A typo in the id.' },
      { date: '2026-12-03', passage: 'chapters/third-half', text: 'No such chapter.' },
    ];
    expect(validateContent(content).map((p) => [p.field, p.found])).toEqual([
      [`corrections[${n}].passage`, '"actors/hafnum"'],
      [`corrections[${n + 1}].passage`, '"chapters/third-half"'],
    ]);
    story.corrections = [{ date: '2026-12-03', passage: 'the footer', text: 'Not a passage.' }];
    expect(validateContent(content)).toContainEqual(
      expect.objectContaining({ field: 'corrections[0].passage', expected: expect.stringMatching(/^intro, closing/) }),
    );
  });

  it('name the actor and field when a profile is invalid', () => {
    const content = fixture();
    content.actors.data = [{ id: 'nsa', name: 'NSA', kind: 'spy agency', description: 'An agency.' }];
    const problems = validateContent(content);
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'nsa › kind', expected: expect.stringMatching(/^one of: threat-actor/) }),
    );
  });

  it('report a chapter that ends before it starts', () => {
    const content = fixture();
    const story = content.story.data as { chapters: { end: string }[] };
    story.chapters[1].end = '2020-12-01';
    expect(validateContent(content)).toContainEqual(expect.objectContaining({ field: 'chapters[1].end' }));
  });
});
