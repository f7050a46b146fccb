import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/report/junit.js';
import { detection, finding, lintResult } from './sample-result.js';

describe('renderJunit', () => {
  it('passes the rules without findings of their own, by path and rule id (null and absent ids differ)', () => {
    const result = lintResult(
      [detection('a.yml', { id: 'r-1', title: 'With finding' }), detection('a.yml', { id: 'r-2', title: 'Clean' }), detection('b.yml', { id: null, title: 'No id' })],
      [finding('missing-false-positives', 'a.yml', { ruleId: 'r-1' }), finding('parse-error', 'b.yml', { line: 4 })],
    );
    const xml = renderJunit(result);
    expect(xml.match(/<testcase [^>]*\/>/g)).toEqual([
      '<testcase classname="a.yml" name="Clean" time="0"/>',
      '<testcase classname="b.yml" name="No id" time="0"/>',
    ]);
    expect(xml).toContain('<testsuites name="lofp-lint" tests="4" failures="2" errors="0" time="0">');
  });

  it('takes time in proportion to rules and findings (each rule used to be looked up among all findings)', () => {
    const rules = 30_000;
    const detections = Array.from({ length: rules }, (_, i) => detection(`rules/r${i}.yml`, { id: `id-${i}` }));
    const findings = Array.from({ length: rules }, (_, i) => finding('missing-false-positives', `rules/r${i * 2}.yml`, { ruleId: `id-${i * 2}` })).filter(
      (_, i) => i * 2 < rules,
    );
    const started = performance.now();
    const xml = renderJunit(lintResult(detections, findings));
    const seconds = (performance.now() - started) / 1000;
    expect(xml.match(/<testcase [^>]*\/>/g)).toHaveLength(rules / 2);
    // About 1 s on the shared 2-core machine; the lookup among all findings took 12 s.
    expect(seconds).toBeLessThan(5);
  });
});
