import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { compareBaseline, loadBaseline } from '../../src/report/baseline.js';
import { computeCoverage } from '../../src/report/coverage.js';
import { toJsonReport } from '../../src/report/json.js';
import { detection, entry, finding, lintResult, suggestion } from './sample-result.js';

const work = mkdtempSync(join(tmpdir(), 'lofp-baseline-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A JSON report as `--format json` writes it, parsed back. */
function report(detections: ReturnType<typeof detection>[], findings: ReturnType<typeof finding>[], withCoverage: boolean): unknown {
  const result = lintResult(detections, findings);
  const extra = withCoverage ? { coverage: computeCoverage(result, [entry('a'), entry('b')]) } : {};
  return JSON.parse(JSON.stringify(toJsonReport(result, extra)));
}

const missing = (path: string, ids: string[]) => finding('missing-false-positives', path, { suggestions: ids.map((id) => suggestion(id)) });
const entryMissing = (path: string, id: string) => finding('missing-catalog-entry', path, { severity: 'warning', suggestions: [suggestion(id)] });

function scenario(withCoverage: boolean) {
  const previous = report(
    [
      detection('fixed.yml', { id: 'F', title: 'Fixed' }),
      detection('regressed.yml', { id: 'R', title: 'Regressed' }),
      detection('worse.yml', { id: 'W', title: 'Worse' }),
      detection('old/moved.yml', { id: 'M', title: 'Moved' }),
      detection('gone.yml', { title: 'Gone' }),
      detection('same.yml', { title: 'Same' }),
    ],
    [missing('fixed.yml', ['a']), entryMissing('worse.yml', 'a'), missing('same.yml', ['a'])],
    withCoverage,
  );
  const current = report(
    [
      detection('fixed.yml', { id: 'F', title: 'Fixed' }),
      detection('regressed.yml', { id: 'R', title: 'Regressed' }),
      detection('worse.yml', { id: 'W', title: 'Worse' }),
      detection('new/moved.yml', { id: 'M', title: 'Moved' }),
      detection('new.yml', { title: 'New' }),
      detection('same.yml', { title: 'Same' }),
    ],
    [entryMissing('regressed.yml', 'b'), entryMissing('worse.yml', 'a'), entryMissing('worse.yml', 'b'), missing('new.yml', ['a']), missing('same.yml', ['a'])],
    withCoverage,
  );
  return compareBaseline(current, previous);
}

describe('compareBaseline', () => {
  for (const withCoverage of [true, false]) {
    it(`finds new, removed, fixed and regressed rules (${withCoverage ? 'audit reports with coverage' : 'plain lint reports'})`, () => {
      const diff = scenario(withCoverage);
      expect(diff.previous).toEqual({ rules: 6, complete: 3, percentComplete: 50, techniques: ['T1530'] });
      expect(diff.current).toEqual({ rules: 6, complete: 2, percentComplete: 33, techniques: ['T1530'] });
      expect(diff.newRules).toEqual([{ path: 'new.yml', id: null, title: 'New', status: 'undocumented', missingEntries: ['a'] }]);
      expect(diff.removedRules).toEqual([{ path: 'gone.yml', id: null, title: 'Gone', status: 'complete', missingEntries: [] }]);
      expect(diff.fixedRules).toEqual([
        { path: 'fixed.yml', id: 'F', title: 'Fixed', status: 'complete', missingEntries: [], previousStatus: 'undocumented', newlyMissing: [] },
      ]);
      expect(diff.regressions).toEqual([
        { path: 'regressed.yml', id: 'R', title: 'Regressed', status: 'incomplete', missingEntries: ['b'], previousStatus: 'complete', newlyMissing: ['b'] },
        { path: 'worse.yml', id: 'W', title: 'Worse', status: 'incomplete', missingEntries: ['a', 'b'], previousStatus: 'incomplete', newlyMissing: ['b'] },
      ]);
    });
  }

  it('tells the rules of a multi-document file apart by the findings rule id', () => {
    const doc = (id: string, document: number) => detection('multi.yml', { id, title: id, document });
    const before = report([doc('A', 0), doc('B', 1)], [finding('missing-false-positives', 'multi.yml', { ruleId: 'B' })], false);
    const after = report([doc('A', 0), doc('B', 1)], [finding('missing-false-positives', 'multi.yml', { ruleId: 'A' })], false);
    const diff = compareBaseline(after, before);
    expect(diff.fixedRules.map((r) => r.id)).toEqual(['B']);
    expect(diff.regressions.map((r) => r.id)).toEqual(['A']);
  });

  const invalid: [string, unknown, string][] = [
    ['an array', [], 'the baseline is not a lofp-lint JSON report (not a JSON object); write one with `lofp-lint audit --format json`'],
    ['no detections', { findings: [] }, 'the baseline is not a lofp-lint JSON report (no `detections` array); write one with `lofp-lint audit --format json`'],
    ['no findings', { detections: [] }, 'the baseline is not a lofp-lint JSON report (no `findings` array); write one with `lofp-lint audit --format json`'],
    ['a detection without path', { detections: [{ title: 'x' }], findings: [] }, 'the baseline is not a lofp-lint JSON report (detections[0] has no `path`); write one with `lofp-lint audit --format json`'],
    [
      'a finding without severity',
      { detections: [], findings: [{ path: 'a', check: 'c' }] },
      'the baseline is not a lofp-lint JSON report (findings[0] lacks `path`, `check` or `severity`); write one with `lofp-lint audit --format json`',
    ],
  ];
  for (const [name, previous, message] of invalid) {
    it(`refuses a baseline with ${name}`, () => {
      const current = report([], [], true);
      expect(() => compareBaseline(current, previous)).toThrowError(new ConfigError(message));
    });
  }

  it('falls back to detections and findings when the coverage is not one it knows', () => {
    const previous = report([detection('a.yml')], [missing('a.yml', ['a'])], true) as { coverage: { rules: { status: string }[] } };
    previous.coverage.rules[0]!.status = 'mostly-done';
    const diff = compareBaseline(report([detection('a.yml')], [], true), previous);
    expect(diff.fixedRules.map((r) => [r.path, r.previousStatus])).toEqual([['a.yml', 'undocumented']]);
  });
});

describe('loadBaseline', () => {
  it('reads a JSON report, BOM or not', async () => {
    const path = join(work, 'ok.json');
    writeFileSync(path, `\uFEFF${JSON.stringify({ detections: [], findings: [] })}`);
    await expect(loadBaseline(path)).resolves.toEqual({ detections: [], findings: [] });
  });

  it('says when the file is missing', async () => {
    const path = join(work, 'nope.json');
    await expect(loadBaseline(path)).rejects.toThrowError(new ConfigError(`cannot read baseline ${path}: no such file`));
  });

  it('says when the file is not JSON', async () => {
    const path = join(work, 'bad.json');
    writeFileSync(path, '{"detections": [');
    await expect(loadBaseline(path)).rejects.toThrowError(/^baseline .*bad\.json is not valid JSON: /);
    await expect(loadBaseline(path)).rejects.toBeInstanceOf(ConfigError);
  });

  it('says when the JSON is not a report, naming the file', async () => {
    const path = join(work, 'sarif.json');
    writeFileSync(path, JSON.stringify({ version: '2.1.0', runs: [] }));
    await expect(loadBaseline(path)).rejects.toThrowError(
      new ConfigError(`baseline ${path} is not a lofp-lint JSON report (no \`detections\` array); write one with \`lofp-lint audit --format json\``),
    );
  });
});
