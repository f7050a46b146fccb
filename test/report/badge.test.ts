import { describe, expect, it } from 'vitest';
import { renderBadge } from '../../src/report/badge.js';
import { computeCoverage } from '../../src/report/coverage.js';
import { detection, finding, lintResult } from './sample-result.js';

/** Coverage of `total` rules of which `complete` have no finding. */
function coverageOf(complete: number, total: number) {
  const detections = Array.from({ length: total }, (_, i) => detection(`r${i}.yml`));
  const findings = detections.slice(complete).map((d) => finding('missing-false-positives', d.path));
  return computeCoverage(lintResult(detections, findings), []);
}

describe('renderBadge', () => {
  const cases: [number, number, string, string][] = [
    [10, 10, '100%', 'brightgreen'],
    [199, 200, '99%', 'green'],
    [9, 10, '90%', 'green'],
    [89, 100, '89%', 'yellowgreen'],
    [3, 4, '75%', 'yellowgreen'],
    [1, 2, '50%', 'yellow'],
    [1, 4, '25%', 'orange'],
    [1, 5, '20%', 'red'],
    [0, 3, '0%', 'red'],
  ];
  for (const [complete, total, message, color] of cases) {
    it(`${complete} of ${total} complete: ${message} ${color}`, () => {
      expect(renderBadge(coverageOf(complete, total))).toEqual({ schemaVersion: 1, label: 'LoFP coverage', message, color });
    });
  }

  it('says "no rules" in grey when nothing is selected, and takes a label', () => {
    expect(renderBadge(coverageOf(0, 0), 'T1530 FP docs')).toEqual({ schemaVersion: 1, label: 'T1530 FP docs', message: 'no rules', color: 'lightgrey' });
  });
});
