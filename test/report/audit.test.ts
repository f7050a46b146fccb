import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAudit } from '../../src/commands/audit.js';
import { ConfigError } from '../../src/errors.js';
import { computeCoverage } from '../../src/report/coverage.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { detection, entry, finding, lintResult, suggestion } from './sample-result.js';

const work = mkdtempSync(join(tmpdir(), 'lofp-audit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ENTRIES = [entry('aws-backup')];

function current() {
  const a = detection('a.yml', { id: 'A', title: 'A rule' });
  const b = detection('b.yml', { id: 'B', title: 'B rule' });
  return lintResult([a, b], [finding('missing-false-positives', 'b.yml', { ruleId: 'B', suggestions: [suggestion('aws-backup')] })]);
}

describe('runAudit', () => {
  it('renders Markdown and returns the coverage', async () => {
    const result = current();
    const outcome = await runAudit(result, ENTRIES, { format: 'markdown', linkBase: 'https://x.test/blob/main' });
    expect(outcome.coverage).toEqual(computeCoverage(result, ENTRIES));
    expect(outcome.output).toBe(renderMarkdown(result, outcome.coverage, { linkBase: 'https://x.test/blob/main' }));
    expect(outcome.baseline).toBeUndefined();
  });

  it('adds `coverage` to the JSON report', async () => {
    const result = current();
    const { output, coverage } = await runAudit(result, ENTRIES, { format: 'json' });
    expect(output).toBe(renderJson(result, { coverage }));
    expect(JSON.parse(output).coverage.total).toEqual({ rules: 2, complete: 1, incomplete: 0, placeholdersOnly: 0, undocumented: 1, percentComplete: 50 });
  });

  it('renders SARIF in the audit category', async () => {
    const { output } = await runAudit(current(), ENTRIES, { format: 'sarif' });
    const log = JSON.parse(output);
    expect(log.runs[0].automationDetails).toEqual({ id: 'lofp-lint/audit/' });
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['missing-false-positives']);
  });

  it('compares with a baseline JSON report and shows the change in every format', async () => {
    const baselinePath = join(work, 'previous.json');
    const previous = lintResult([detection('a.yml', { id: 'A', title: 'A rule' })], [finding('missing-false-positives', 'a.yml', { ruleId: 'A' })]);
    writeFileSync(baselinePath, (await runAudit(previous, ENTRIES, { format: 'json' })).output);

    const md = await runAudit(current(), ENTRIES, { format: 'markdown', baselinePath });
    expect(md.baseline?.fixedRules.map((r) => r.id)).toEqual(['A']);
    expect(md.baseline?.newRules.map((r) => r.id)).toEqual(['B']);
    expect(md.output).toContain('Complete: 0% → 50% (+50 points); rules: 1 → 2.\n1 new rule, 1 fixed, 0 regressions, 0 removed.');

    const json = JSON.parse((await runAudit(current(), ENTRIES, { format: 'json', baselinePath })).output);
    expect(json.baseline.fixedRules.map((r: { id: string }) => r.id)).toEqual(['A']);
  });

  it('refuses a broken baseline with a ConfigError', async () => {
    const baselinePath = join(work, 'broken.json');
    writeFileSync(baselinePath, 'not json');
    await expect(runAudit(current(), ENTRIES, { format: 'markdown', baselinePath })).rejects.toBeInstanceOf(ConfigError);
  });

  it('writes the badge file, creating its folder', async () => {
    const badgePath = join(work, 'badges', 'lofp.json');
    await runAudit(current(), ENTRIES, { format: 'markdown', badgePath });
    expect(readFileSync(badgePath, 'utf8')).toBe('{\n  "schemaVersion": 1,\n  "label": "LoFP coverage",\n  "message": "50%",\n  "color": "yellow"\n}\n');
  });

  it('says when the badge cannot be written', async () => {
    const blocker = join(work, 'file');
    writeFileSync(blocker, '');
    await expect(runAudit(current(), ENTRIES, { format: 'markdown', badgePath: join(blocker, 'badge.json') })).rejects.toThrowError(
      /^cannot write badge .*file\/badge\.json: /,
    );
  });
});
