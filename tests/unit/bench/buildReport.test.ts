import { describe, expect, test } from 'vitest';
import { buildSectionOf, withBuildSection } from '../../../scripts/bench/buildReport.ts';

const section = '## The build as the story grows\n\n| events | build |\n| 5,000 | clean |';
const results = `# Benchmark results\n\n## The build\n\n47 events\n\n${section}\n\n## Sorting and filtering the events table\n\nrows\n`;

describe('the build-scaling section', () => {
  test('is read out of a results file whole, up to the next section', () => {
    expect(buildSectionOf(results)).toBe(section);
    expect(buildSectionOf('# Benchmark results\n\n## The build\n')).toBe('');
  });

  test('survives a full run that wrote a report without it', () => {
    const report =
      '# Benchmark results\n\n## The build\n\n46 events\n\n## Sorting and filtering the events table\n\nrows\n';
    const kept = withBuildSection(report, buildSectionOf(results));
    expect(buildSectionOf(kept)).toBe(section);
    expect(kept.indexOf(section)).toBeLessThan(kept.indexOf('## Sorting and filtering'));
    expect(kept).toContain('46 events');
  });
});
