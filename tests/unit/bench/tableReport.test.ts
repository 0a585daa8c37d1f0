import { describe, expect, it } from 'vitest';
import { withTableSection } from '../../../scripts/bench/tableReport.ts';

const TABLE = '## Sorting and filtering the events table';

describe('withTableSection', () => {
  it('replaces the table’s section of a --table run in place, keeping the sections after it', () => {
    const previous = `# Results\n\n## Build\n\nold build\n\n${TABLE}\n\nold table\n\n## Reading the story at 4× CPU\n\nscroll\n`;
    const written = withTableSection(previous, previous, `${TABLE}\n\nnew table\n`);
    expect(written).toBe(
      `# Results\n\n## Build\n\nold build\n\n${TABLE}\n\nnew table\n\n## Reading the story at 4× CPU\n\nscroll\n`,
    );
  });

  it('keeps the last table section in a full run, which does not measure the table', () => {
    const previous = `# Results\n\n${TABLE}\n\nold table\n`;
    expect(withTableSection('# Results, new\n\n## Build\n\nnew build\n', previous, null)).toBe(
      `# Results, new\n\n## Build\n\nnew build\n\n${TABLE}\n\nold table\n`,
    );
  });
});
