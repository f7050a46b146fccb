import { describe, expect, it } from 'vitest';
import { guardedParse } from '../../src/formats/parse-guard.js';
import { makeSourceFile } from '../../src/source.js';

describe('guardedParse', () => {
  const file = makeSourceFile('rules/r.yml', 'a: 1\n');

  it('returns what the parser returns', () => {
    const result = { detections: [], problems: [{ path: 'rules/r.yml', line: 1, column: 2, message: 'm' }] };
    expect(guardedParse(file, () => result, () => 'unused')).toBe(result);
  });

  it('turns a crash into a problem of the file at line 1, worded by the caller', () => {
    const crash = (): never => {
      throw new TypeError('boom');
    };
    expect(guardedParse(file, crash, (error) => `Could not read the rule: ${String(error)}`)).toEqual({
      detections: [],
      problems: [{ path: 'rules/r.yml', line: 1, column: 1, message: 'Could not read the rule: TypeError: boom' }],
    });
  });
});
