import type { ContentProblem } from '../checkTypes.ts';
import { describeValue } from '../contentProblem.ts';

const EVENT_FILE = /^(?:.*\/)?\d{4}-\d{2}(?:-\d{2})?-[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

/** An event file is named for its date and a slug, since the name is its id, in URLs and embeds. */
export function fileNameProblems(file: string): ContentProblem[] {
  if (EVENT_FILE.test(file)) return [];
  return [
    {
      file,
      field: 'file name',
      found: describeValue(file.replace(/^.*\//, '')),
      expected: 'a name like 2021-03-02-microsoft-patches.mdx: the date, then lower-case words joined by hyphens',
    },
  ];
}
