import { describe, expect, it } from 'vitest';
import { isSafeRelativePath } from '../../src/github/head-files.js';

describe('isSafeRelativePath', () => {
  it.each([
    ['rules/sigma/a.yml', true],
    ['a.yml', true],
    ['rules/..hidden/a.yml', true],
    ['../outside.yml', false],
    ['rules/../../outside.yml', false],
    ['/etc/passwd', false],
    ['rules//a.yml', false],
    ['rules/./a.yml', false],
    ['rules\\..\\a.yml', false],
    ['rules/a\0.yml', false],
    ['', false],
  ])('%j -> %s', (p, safe) => {
    expect(isSafeRelativePath(p)).toBe(safe);
  });
});
