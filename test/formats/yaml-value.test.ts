import { describe, expect, it } from 'vitest';
import { describeYamlValue } from '../../src/formats/yaml-value.js';

describe('describeYamlValue', () => {
  it.each([
    [42, 'a number (42)'],
    [null, 'empty (null)'],
    [[], 'an empty list'],
    [['a'], 'a list'],
    [{ a: 1 }, 'a map'],
    [true, 'a boolean (true)'],
    [new Date('2024-01-02T00:00:00Z'), 'a date (2024-01-02)'],
    ['x'.repeat(70), `a string ("${'x'.repeat(60)}…")`],
  ])('describes %j', (value, text) => {
    expect(describeYamlValue(value)).toBe(text);
  });
});
