/**
 * GitLab Code Quality (`artifacts: reports: codequality:`), a subset of the Code Climate issue
 * format: GitLab shows the issues in merge-request widgets and diffs. Pure: a function of the
 * LintResult.
 *
 * Required fields (GitLab docs, "Code Quality", "Import Code Quality results from a CI/CD job"):
 * `description`, `check_name`, `fingerprint` (unique per issue), `severity` (info, minor, major,
 * critical, blocker), `location.path` (relative to the repository) and `location.lines.begin`.
 */
import { createHash } from 'node:crypto';
import { docsUrl } from '../checks/index.js';
import type { Severity } from '../finding.js';
import type { LintResult } from '../result.js';

export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker';

/** As ESLint's and other linters' GitLab formatters map them. */
const SEVERITY: Readonly<Record<Severity, CodeQualitySeverity>> = { error: 'major', warning: 'minor', note: 'info' };

export function renderGitlab(result: LintResult): string {
  const used = new Set<string>();
  const issues = result.findings.map((f) => {
    // GitLab drops issues whose fingerprint repeats: make each unique, stable while it stays first.
    let fingerprint = createHash('md5').update(f.fingerprint).digest('hex');
    for (let n = 2; used.has(fingerprint); n++) fingerprint = createHash('md5').update(`${f.fingerprint}\u0000${n}`).digest('hex');
    used.add(fingerprint);
    return {
      type: 'issue',
      check_name: f.check,
      description: f.message,
      content: { body: `See ${docsUrl(f.check)}` },
      categories: ['Style'],
      severity: SEVERITY[f.severity],
      fingerprint,
      location: { path: f.path, lines: { begin: Math.max(1, f.line), end: Math.max(1, f.line, f.endLine) } },
    };
  });
  return `${JSON.stringify(issues, null, 2)}\n`;
}
