import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/finding.js';
import {
  ANNOTATIONS_PER_TYPE_PER_STEP,
  annotationFor,
  auditOverflowNotice,
  overflowNotice,
  planAnnotations,
  singleLine,
} from '../../src/github/annotations.js';
import { finding } from './helpers.js';

const many = (severity: Severity, count: number) =>
  Array.from({ length: count }, (_, i) => finding({ severity, path: `rules/${severity}-${String(i).padStart(2, '0')}.yml`, fingerprint: `${severity}${i}` }));

describe('annotationFor', () => {
  it('puts a one-line finding on its line and column, with suggestions in the message', () => {
    const a = annotationFor(
      finding({
        line: 3,
        endLine: 3,
        column: 1,
        endColumn: 6,
        suggestions: [
          { id: 'aws-backup', text: 'x', insert: 'AWS Backup jobs reading the bucket', confidence: 'high', reason: 'r' },
          { id: 'replication', text: 'y', insert: 'S3 replication', confidence: 'medium', reason: 'r' },
        ],
      }),
    );
    expect(a).toEqual({
      level: 'error',
      title: 'lofp-lint: missing-false-positives',
      message: '"A" documents no false positives\nSuggested false positives (LoFP catalog):\n- AWS Backup jobs reading the bucket\n- S3 replication',
      file: 'rules/a.yml',
      startLine: 3,
      endLine: 3,
      startColumn: 1,
      endColumn: 6,
    });
  });

  it('drops columns on a multi-line finding (GitHub ignores them there) and maps note to notice', () => {
    const a = annotationFor(finding({ severity: 'note', line: 4, endLine: 6, column: 3, endColumn: 9 }));
    expect([a.level, a.startLine, a.endLine, a.startColumn, a.endColumn]).toEqual(['notice', 4, 6, undefined, undefined]);
  });

  it('lists at most five suggestions and counts the rest', () => {
    const suggestions = Array.from({ length: 7 }, (_, i) => ({ id: `e${i}`, text: 't', insert: `Entry ${i}`, confidence: 'high' as const, reason: 'r' }));
    expect(annotationFor(finding({ suggestions })).message.split('\n').slice(-2)).toEqual(['- Entry 4', '- and 2 more (see the job summary)']);
  });
});

describe('planAnnotations', () => {
  it('shows everything under the caps, most severe first', () => {
    const plan = planAnnotations([...many('note', 1), ...many('warning', 2), ...many('error', 1)]);
    expect(plan.shown.map((a) => `${a.level}:${a.file}`)).toEqual([
      'error:rules/error-00.yml',
      'warning:rules/warning-00.yml',
      'warning:rules/warning-01.yml',
      'notice:rules/note-00.yml',
    ]);
    expect(plan.hidden).toEqual([]);
  });

  it('keeps 10 per type and a notice slot free when some are hidden', () => {
    const plan = planAnnotations([...many('error', 12), ...many('warning', 3), ...many('note', 15)]);
    const count = (level: string) => plan.shown.filter((a) => a.level === level).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([ANNOTATIONS_PER_TYPE_PER_STEP, 3, ANNOTATIONS_PER_TYPE_PER_STEP - 1]);
    expect(plan.hidden.map((f) => f.fingerprint)).toEqual(['error10', 'error11', 'note9', 'note10', 'note11', 'note12', 'note13', 'note14']);
  });

  it('keeps a notice slot free for the overflow notice even when only errors overflow', () => {
    const plan = planAnnotations([...many('error', 11), ...many('note', 10)]);
    expect(plan.shown.filter((a) => a.level === 'notice').length).toBe(9);
    expect(plan.hidden.length).toBe(2);
  });
});

describe('overflowNotice', () => {
  it('names every place that holds all findings', () => {
    expect(overflowNotice(8, 38, { checkRun: { url: 'https://github.com/o/r/runs/5', findings: 38 }, summary: 38, sarifFile: null })).toBe(
      'lofp-lint: 8 more findings not shown as annotations (GitHub shows 10 per type per step); all 38 are in the log, the check run https://github.com/o/r/runs/5 and the job summary.',
    );
    expect(overflowNotice(1, 11, { checkRun: null, summary: 11, sarifFile: null })).toBe(
      'lofp-lint: 1 more finding not shown as annotations (GitHub shows 10 per type per step); all 11 are in the log and the job summary.',
    );
  });

  it('says how many a place holds when it holds only part of them', () => {
    expect(overflowNotice(5970, 6000, { checkRun: { url: 'https://github.com/o/r/runs/5', findings: 500 }, summary: 3561, sarifFile: 'lofp.sarif' })).toBe(
      'lofp-lint: 5970 more findings not shown as annotations (GitHub shows 10 per type per step); all 6000 are in the log and the SARIF file lofp.sarif; ' +
        'the check run https://github.com/o/r/runs/5 has the 500 most severe and the job summary lists 3561.',
    );
  });
});

describe('auditOverflowNotice', () => {
  it('points to the SARIF file of a full scan, whose summary lists rules rather than findings', () => {
    expect(auditOverflowNotice(5, 15, 'reports/lofp.sarif')).toBe(
      'lofp-lint: 5 more findings not shown as annotations (GitHub shows 10 per type per step); all 15 are in the log and in the SARIF file reports/lofp.sarif; the job summary lists the rules that need work.',
    );
    expect(auditOverflowNotice(1, 11, null)).toBe(
      'lofp-lint: 1 more finding not shown as annotations (GitHub shows 10 per type per step); all 11 are in the log (set the input sarif-file for a SARIF report); the job summary lists the rules that need work.',
    );
  });
});

describe('singleLine', () => {
  it('flattens every line terminator so rule text cannot start a workflow command line', () => {
    expect(singleLine('rules/x.yml\n::error::pwned\r::warning::x\u2028::notice::y')).toBe('rules/x.yml ::error::pwned ::warning::x ::notice::y');
  });
});
