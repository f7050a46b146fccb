import { describe, expect, it } from 'vitest';
import { disabledChecks, isDisabled } from '../../src/suppression.js';

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
