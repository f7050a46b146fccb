/**
 * JUnit XML, for CI test tabs (GitLab `artifacts: reports: junit:`, Jenkins, Azure Pipelines):
 * one test suite per rule file, one failed test case per finding, one passing test case per
 * rule without findings. Pure: a function of the LintResult.
 */
import { docsUrl } from '../checks/index.js';
import type { Finding } from '../finding.js';
import type { LintResult } from '../result.js';

/** Characters XML 1.0 forbids even escaped: dropped. */
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function escape(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function testcase(file: string, finding: Finding): string {
  const name = escape(`${finding.line}:${finding.column} ${finding.check}`);
  const body = escape(`${file}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.message}\n${docsUrl(finding.check)}`);
  return (
    `    <testcase classname="${escape(file)}" name="${name}" time="0">\n` +
    `      <failure type="${finding.severity}" message="${escape(finding.message)}">${body}</failure>\n` +
    `    </testcase>`
  );
}

export function renderJunit(result: LintResult): string {
  const files = new Map<string, { findings: Finding[]; clean: string[] }>();
  const fileOf = (p: string) => {
    let entry = files.get(p);
    if (!entry) files.set(p, (entry = { findings: [], clean: [] }));
    return entry;
  };
  // The rule ids with findings, per file (a Set compares as ===: null and undefined stay apart).
  const withFindings = new Map<string, Set<string | null | undefined>>();
  for (const f of result.findings) {
    fileOf(f.path).findings.push(f);
    let ids = withFindings.get(f.path);
    if (!ids) withFindings.set(f.path, (ids = new Set()));
    ids.add(f.ruleId);
  }
  for (const d of result.detections) {
    if (!withFindings.get(d.path)?.has(d.id)) fileOf(d.path).clean.push(d.title);
  }
  const suites = [...files.keys()].sort().map((file) => {
    const { findings, clean } = files.get(file)!;
    const cases = [
      ...findings.map((f) => testcase(file, f)),
      ...clean.map((title) => `    <testcase classname="${escape(file)}" name="${escape(title)}" time="0"/>`),
    ];
    return (
      `  <testsuite name="${escape(file)}" tests="${cases.length}" failures="${findings.length}" errors="0" skipped="0" time="0">\n` +
      `${cases.join('\n')}\n  </testsuite>`
    );
  });
  const tests = [...files.values()].reduce((n, f) => n + f.findings.length + f.clean.length, 0);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="lofp-lint" tests="${tests}" failures="${result.findings.length}" errors="0" time="0">\n` +
    (suites.length ? `${suites.join('\n')}\n` : '') +
    '</testsuites>\n'
  );
}
