import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECK_METAS, docsUrl } from '../../src/checks/index.js';
import { applyEdits } from '../../src/fix/apply.js';
import type { TextEdit } from '../../src/fix/edits.js';
import {
  MAX_RESULTS_PER_RUN,
  SARIF_SCHEMA_URI,
  pathToUri,
  renderSarif,
  lineLayout,
  replacementFor,
  type SarifRegion,
  type SarifReplacement,
} from '../../src/report/sarif.js';
import { splitLines } from '../../src/source.js';
import { detection, finding, lintResult, suggestion } from './sample-result.js';

/** Applies SARIF replacements the way a SARIF viewer does: line/column regions on the original text. */
function applyReplacements(text: string, replacements: readonly SarifReplacement[]): string {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const offset = (line: number, column: number) => starts[line - 1]! + column - 1;
  const spans = replacements.map((r) => {
    const d: SarifRegion = r.deletedRegion;
    return { start: offset(d.startLine, d.startColumn!), end: offset(d.endLine!, d.endColumn!), text: r.insertedContent?.text ?? '' };
  });
  spans.sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + s.text + out.slice(s.end);
  return out;
}

const RULE_TEXT = 'title: S3 copy\nfalsepositives:\n  - Unknown\nlevel: high\n';

describe('renderSarif', () => {
  it('renders a finding with its location, fingerprint and fix', () => {
    const d = detection('rules/aws/s3_copy.yml', { text: RULE_TEXT, id: 'r-1' });
    const result = lintResult(
      [d],
      [
        finding('placeholder-false-positives', d.path, {
          line: 2,
          column: 1,
          endLine: 3,
          message: '`falsepositives` holds only placeholders: "Unknown"',
          suggestions: [suggestion('aws-backup')],
          ruleId: 'r-1',
          fingerprint: 'a1b2c3d4e5f60718',
          fix: { title: 'Replace 1 placeholder with 1 false positive', edits: [{ startLine: 3, endLine: 3, lines: ['  - Backups by AWS Backup'] }] },
        }),
      ],
    );
    const run = renderSarif(result, { category: 'lofp-lint/audit' }).runs[0]!;
    expect(run.automationDetails).toEqual({ id: 'lofp-lint/audit/' });
    expect(run.results).toEqual([
      {
        ruleId: 'placeholder-false-positives',
        ruleIndex: CHECK_METAS.findIndex((m) => m.id === 'placeholder-false-positives'),
        level: 'error',
        message: { text: '`falsepositives` holds only placeholders: "Unknown"' },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'rules/aws/s3_copy.yml', uriBaseId: '%SRCROOT%' },
              region: { startLine: 2, startColumn: 1, endLine: 3 },
            },
          },
        ],
        partialFingerprints: { 'lofpLintFingerprint/v1': 'a1b2c3d4e5f60718' },
        fixes: [
          {
            description: { text: 'Replace 1 placeholder with 1 false positive' },
            artifactChanges: [
              {
                artifactLocation: { uri: 'rules/aws/s3_copy.yml', uriBaseId: '%SRCROOT%' },
                replacements: [
                  {
                    deletedRegion: { startLine: 3, startColumn: 1, endLine: 4, endColumn: 1 },
                    insertedContent: { text: '  - Backups by AWS Backup\n' },
                  },
                ],
              },
            ],
          },
        ],
      },
    ]);
  });

  it('describes the tool and every registered check as a rule', () => {
    const log = renderSarif(lintResult([], []), {});
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe('2.1.0');
    const driver = log.runs[0]!.tool.driver;
    expect(driver.name).toBe('lofp-lint');
    expect(driver.version).toBe('0.1.0');
    expect(driver.informationUri).toBe('https://github.com/lofp-lint/lofp-lint');
    expect(driver.rules.map((r) => r.id)).toEqual(CHECK_METAS.map((m) => m.id));
    const meta = CHECK_METAS.find((m) => m.id === 'missing-false-positives')!;
    expect(driver.rules.find((r) => r.id === 'missing-false-positives')).toEqual({
      id: 'missing-false-positives',
      name: 'MissingFalsePositives',
      shortDescription: { text: meta.description },
      fullDescription: { text: `${meta.description} Default severity: error.` },
      help: {
        text: `${meta.description}\n\nWhat the check looks for, examples and how to fix it: ${docsUrl('missing-false-positives')}`,
        markdown: `${meta.description}\n\nWhat the check looks for, examples and how to fix it: [missing-false-positives](${docsUrl('missing-false-positives')})`,
      },
      helpUri: 'https://github.com/lofp-lint/lofp-lint/blob/main/docs/checks/missing-false-positives.md',
      defaultConfiguration: { level: 'error' },
    });
    expect(log.runs[0]!.automationDetails).toEqual({ id: 'lofp-lint/' });
    expect(log.runs[0]!.invocations).toEqual([{ executionSuccessful: true }]);
    expect(log.runs[0]!.results).toEqual([]);
  });

  it('maps severities to levels and keeps columns, end columns and the finding order', () => {
    const result = lintResult(
      [],
      [
        finding('parse-error', 'a.yml', { line: 3, column: 7, endLine: 3, endColumn: 12, severity: 'error' }),
        finding('missing-false-positives', 'b.yml', { severity: 'warning' }),
        finding('placeholder-false-positives', 'c.yml', { severity: 'note' }),
      ],
    );
    const results = renderSarif(result).runs[0]!.results;
    expect(results.map((r) => [r.ruleId, r.level])).toEqual([
      ['parse-error', 'error'],
      ['missing-false-positives', 'warning'],
      ['placeholder-false-positives', 'note'],
    ]);
    expect(results[0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 3, startColumn: 7, endLine: 3, endColumn: 12 });
    expect(results[0]!.fixes).toBeUndefined();
  });

  it('adds a minimal rule for a check missing from the registry, once', () => {
    const result = lintResult([], [finding('future-check', 'a.yml'), finding('future-check', 'b.yml', { severity: 'warning' })]);
    const run = renderSarif(result).runs[0]!;
    const index = CHECK_METAS.length;
    expect(run.results.map((r) => r.ruleIndex)).toEqual([index, index]);
    expect(run.tool.driver.rules[index]).toMatchObject({ id: 'future-check', name: 'FutureCheck', defaultConfiguration: { level: 'error' } });
    expect(run.tool.driver.rules).toHaveLength(index + 1);
  });

  it('percent-encodes path segments but keeps the slashes', () => {
    expect(pathToUri('rules/aws/s3 copy #1.yml')).toBe('rules/aws/s3%20copy%20%231.yml');
    expect(pathToUri('règles/a:b.yml')).toBe('r%C3%A8gles/a%3Ab.yml');
  });

  it(`keeps at most ${MAX_RESULTS_PER_RUN} results, the most severe, and says how many were left out`, () => {
    const findings = Array.from({ length: MAX_RESULTS_PER_RUN + 2 }, (_, i) =>
      finding('missing-false-positives', `r${String(i).padStart(5, '0')}.yml`, { severity: i === 0 || i === 5 ? 'note' : i === 7 ? 'warning' : 'error' }),
    );
    const run = renderSarif(lintResult([], findings)).runs[0]!;
    expect(run.results).toHaveLength(MAX_RESULTS_PER_RUN);
    expect(run.results.filter((r) => r.level === 'note')).toEqual([]);
    expect(run.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('r00001.yml');
    expect(run.results[5]!.level).toBe('warning');
    expect(run.invocations[0]!.toolExecutionNotifications).toEqual([
      {
        level: 'warning',
        message: {
          text: '2 of 25002 findings were left out: GitHub code scanning accepts at most 25000 results per run (the least severe were dropped; the JSON report lists all)',
        },
      },
    ]);
  });

  it('uses the default category when the given one is blank', () => {
    expect(renderSarif(lintResult([], []), { category: '  ' }).runs[0]!.automationDetails.id).toBe('lofp-lint/');
    expect(renderSarif(lintResult([], []), { category: 'audit/weekly/' }).runs[0]!.automationDetails.id).toBe('audit/weekly/');
  });

  it('writes fixes with CRLF line endings when the file uses them', () => {
    const d = detection('r.yml', { text: 'a\r\nb\r\n' });
    const result = lintResult([d], [finding('missing-false-positives', 'r.yml', { fix: { title: 't', edits: [{ startLine: 2, endLine: 1, lines: ['x', 'y'] }] } })]);
    const replacement = renderSarif(result).runs[0]!.results[0]!.fixes![0]!.artifactChanges[0]!.replacements[0]!;
    expect(replacement).toEqual({ deletedRegion: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 1 }, insertedContent: { text: 'x\r\ny\r\n' } });
  });
});

describe('replacementFor', () => {
  const layout = lineLayout('a\nbb\nccc\n');
  const cases: { name: string; edit: TextEdit; expected: SarifReplacement }[] = [
    {
      name: 'insertion before a line',
      edit: { startLine: 2, endLine: 1, lines: ['x'] },
      expected: { deletedRegion: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 1 }, insertedContent: { text: 'x\n' } },
    },
    {
      name: 'append after the last line',
      edit: { startLine: 4, endLine: 3, lines: ['x', 'y'] },
      expected: { deletedRegion: { startLine: 3, startColumn: 4, endLine: 3, endColumn: 4 }, insertedContent: { text: '\nx\ny' } },
    },
    {
      name: 'replacement of middle lines',
      edit: { startLine: 1, endLine: 2, lines: ['z'] },
      expected: { deletedRegion: { startLine: 1, startColumn: 1, endLine: 3, endColumn: 1 }, insertedContent: { text: 'z\n' } },
    },
    {
      name: 'replacement of the last line',
      edit: { startLine: 3, endLine: 3, lines: ['z', 'w'] },
      expected: { deletedRegion: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 4 }, insertedContent: { text: 'z\nw' } },
    },
    {
      name: 'deletion of middle lines',
      edit: { startLine: 2, endLine: 2, lines: [] },
      expected: { deletedRegion: { startLine: 2, startColumn: 1, endLine: 3, endColumn: 1 } },
    },
    {
      name: 'deletion of the last lines',
      edit: { startLine: 2, endLine: 3, lines: [] },
      expected: { deletedRegion: { startLine: 1, startColumn: 2, endLine: 3, endColumn: 4 } },
    },
    {
      name: 'deletion of every line',
      edit: { startLine: 1, endLine: 3, lines: [] },
      expected: { deletedRegion: { startLine: 1, startColumn: 1, endLine: 4, endColumn: 1 } },
    },
  ];
  for (const { name, edit, expected } of cases) {
    it(name, () => expect(replacementFor(edit, layout)).toEqual(expected));
  }

  it('produces the same text as --fix for any non-overlapping edits', () => {
    const textArb = fc
      .record({
        lines: fc.array(fc.stringMatching(/^[a-z -]{0,6}$/), { minLength: 1, maxLength: 8 }),
        finalNewline: fc.boolean(),
        eol: fc.constantFrom('\n', '\r\n'),
      })
      .map(({ lines: ls, finalNewline, eol }) => ls.join(eol) + (finalNewline ? eol : ''))
      // A rule file is never empty; `--fix` and SARIF disagree on what line 1 of nothing is.
      .filter((text) => text !== '');
    const scenario = textArb.chain((text) => {
      const count = splitLines(text).length;
      const editArb = fc
        .record({
          start: fc.integer({ min: 1, max: count + 1 }),
          length: fc.integer({ min: 0, max: 3 }),
          lines: fc.array(fc.stringMatching(/^[A-Z ]{1,5}$/), { maxLength: 3 }),
        })
        .map(({ start, length, lines: ls }) => ({ startLine: start, endLine: Math.min(start + length, count + 1) - 1, lines: ls }));
      return fc.tuple(fc.constant(text), fc.array(editArb, { maxLength: 3 }));
    });
    fc.assert(
      fc.property(scenario, ([text, candidates]) => {
        // Keep edits with an untouched line between them, as fixes plan them (a fix never deletes
        // the line it appends after), and drop insertions of nothing, which no fix plans.
        const edits: TextEdit[] = [];
        const last = (e: TextEdit) => Math.max(e.endLine, e.startLine);
        for (const e of candidates) {
          if (e.endLine < e.startLine && e.lines.length === 0) continue;
          if (edits.some((o) => e.startLine <= last(o) + 1 && o.startLine <= last(e) + 1)) continue;
          edits.push(e);
        }
        const replacements = edits.map((e) => replacementFor(e, lineLayout(text)));
        expect(applyReplacements(text, replacements)).toBe(applyEdits(text, edits));
      }),
      { numRuns: 500 },
    );
  });
});
