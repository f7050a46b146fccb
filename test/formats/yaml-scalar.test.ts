import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { foldScalar, isPlainSafe, quoteScalar } from '../../src/formats/yaml-scalar.js';

describe('isPlainSafe / quoteScalar', () => {
  it.each([
    ['Admins syncing buckets', true],
    ['Yes', false],
    ['no', false],
    ['1.5', false],
    ['2024-01-01', false],
    ['null', false],
    ['Admins: nightly', false],
    ['Jobs #2', false],
    ['Jobs#2', true],
    ['- dash', false],
    ['"quoted"', false],
    ['ends with colon:', false],
    [' padded', false],
    ['', false],
    ['it\'s fine', true],
  ])('%j plain-safe: %s', (text, safe) => {
    expect(isPlainSafe(text)).toBe(safe);
  });

  it.each([
    ['Admins\u0080here', false],
    ['Admins\ufffehere', false],
    ['Admins \ud83d\ude00', true],
    ['Admins \ud83d', false],
    ['Admins {a} [b], c & *d !e |f >g %h @i `j`', true],
  ])('%j plain-safe: %s (asking js-yaml only when a letter-led text holds a rarer character)', (text, safe) => {
    expect(isPlainSafe(text)).toBe(safe);
  });

  it('is plain-safe only for letter-led texts js-yaml reads back as written', () => {
    const rest = fc.string({ unit: fc.constantFrom(' ', ':', '#', '-', '.', 'a', '1', '\u0085', '\u0090', '\ud800', '\t', "'", '"', '{', '&', '*', '!'), maxLength: 12 });
    fc.assert(
      fc.property(fc.constantFrom('A', 'n', 'y', 'T', 'e'), rest, (first, tail) => {
        const text = first + tail;
        if (!isPlainSafe(text)) return;
        expect((yaml.load(`k: ${text}`) as { k: unknown }).k).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('quotes in the preferred style and falls back when it cannot hold the text', () => {
    expect(quoteScalar('Plain text')).toBe('Plain text');
    expect(quoteScalar("It's: here")).toBe("'It''s: here'");
    expect(quoteScalar('Plain text', 'single')).toBe("'Plain text'");
    expect(quoteScalar('Plain text', 'double')).toBe('"Plain text"');
    expect(quoteScalar('two\nlines')).toBe('"two\\nlines"');
    expect(quoteScalar('line\u2028sep')).toBe('"line\\u2028sep"');
  });

  it('always reads back as the same string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('plain', 'single', 'double' as const), (text, style) => {
        const line = `- ${quoteScalar(text, style as 'plain' | 'single' | 'double')}`;
        expect(yaml.load(line)).toEqual([text]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('foldScalar', () => {
  it('breaks at the first single space after the width, like PyYAML', () => {
    expect(foldScalar('k: ', 'aaaa bbbb cccc dddd', 8, '  ')).toEqual(['k: aaaa bbbb', '  cccc dddd']);
    expect(foldScalar('k: ', 'aaaa bbbb', 0, '  ')).toEqual(['k: aaaa bbbb']);
    expect(foldScalar('k: ', 'aaaa  bbbb #cccc -dddd', 1, '  ')).toEqual(['k: aaaa  bbbb #cccc -dddd']);
  });

  it('keeps the value of plain, single- and double-quoted scalars', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9'"().,;-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.integer({ min: 5, max: 60 }), (words, width) => {
        const text = words.join(' ');
        for (const style of ['single', 'double', 'plain'] as const) {
          const scalar = quoteScalar(text, style);
          if (style === 'plain' && scalar !== text) continue;
          const lines = foldScalar('k: ', scalar, width, '  ');
          expect((yaml.load(lines.join('\n')) as { k: unknown }).k).toBe(text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
