import type { Finding } from '../../src/finding.js';
import type { FileDiff, PullRequestDiff } from '../../src/github/diff.js';

/** A finding with sensible defaults; tests override what they are about. */
export function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    check: 'missing-false-positives',
    severity: 'error',
    path: 'rules/a.yml',
    line: 1,
    column: 1,
    endLine: 1,
    message: '"A" documents no false positives',
    suggestions: [],
    fingerprint: '0123456789abcdef',
    ...overrides,
  };
}

export function fileDiff(path: string, added: number[], context: number[] = [], extra: Partial<FileDiff> = {}): FileDiff {
  return { path, status: 'modified', added: new Set(added), context: new Set(context), linesKnown: true, ...extra };
}

export function pullDiff(...files: FileDiff[]): PullRequestDiff {
  return { files: new Map(files.map((f) => [f.path, f])), source: 'rest', truncated: false };
}
