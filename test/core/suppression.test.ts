import { describe, expect, it } from 'vitest';
import { directives, disabledChecks, isDisabled, isDisabledOnLine } from '../../src/suppression.js';

describe('disabledChecks', () => {
  it('reads YAML/TOML and YARA-L comments, comma or space separated', () => {
    expect(disabledChecks('# lofp-lint-disable missing-catalog-entry, vague-false-positive\ntitle: x')).toEqual([
      'missing-catalog-entry',
      'vague-false-positive',
    ]);
    expect(disabledChecks('  // lofp-lint-disable uncatalogued-false-positive -- reviewed 2026-11\n')).toEqual(['uncatalogued-false-positive']);
  });
  it('without ids disables every check', () => {
    const d = disabledChecks('# lofp-lint-disable\n');
    expect(d).toEqual(['*']);
    expect(isDisabled(d, 'missing-false-positives')).toBe(true);
  });
  it('ignores files without the directive', () => {
    expect(disabledChecks('title: lofp-lint is great')).toEqual([]);
  });
});

describe('directives', () => {
  it('tells -next-line apart, with lines; -next-line never disables the whole rule', () => {
    const text = 'title: x\n# lofp-lint-disable-next-line placeholder-false-positives -- reviewed\nfalsepositives:\n  - Unknown\n// lofp-lint-disable\n';
    expect(directives(text)).toEqual([
      { line: 2, nextLine: true, checks: ['placeholder-false-positives'] },
      { line: 5, nextLine: false, checks: ['*'] },
    ]);
    expect(disabledChecks('# lofp-lint-disable-next-line missing-catalog-entry\n')).toEqual([]);
    const all = directives(text);
    expect(isDisabledOnLine(all, 'placeholder-false-positives', 3)).toBe(true);
    expect(isDisabledOnLine(all, 'placeholder-false-positives', 4)).toBe(false);
    expect(isDisabledOnLine(all, 'missing-catalog-entry', 3)).toBe(false);
  });
  it('keeps unknown ids as written, so that they can be reported', () => {
    expect(directives('# lofp-lint-disable missing-catalog-entri\n')).toEqual([{ line: 1, nextLine: false, checks: ['missing-catalog-entri'] }]);
  });
});
