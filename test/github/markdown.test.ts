import { describe, expect, it } from 'vitest';
import { escapeText, fencedBlock, inlineCode, link, tableCell } from '../../src/github/markdown.js';

describe('escapeText', () => {
  it.each([
    ['plain words stay', 'S3 bucket read by backup job', 'S3 bucket read by backup job'],
    ['HTML becomes text', '<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['mentions are split', 'ask @octocat or @org/team', 'ask @\u200Boctocat or @\u200Borg/team'],
    ['issue references are split', 'see #12 and other/repo#3', 'see \\#\u200B12 and other/repo\\#\u200B3'],
    ['emphasis and links are literal', '*bold* _it_ [x](http://e)', '\\*bold\\* \\_it\\_ \\[x\\]\\(http://e\\)'],
    ['backticks are literal', 'use `falsepositives`', 'use \\`falsepositives\\`'],
    ['line breaks become spaces', 'one\ntwo\r\nthree', 'one two three'],
    ['an HTML comment cannot fake a marker', '<!-- lofp-lint:abc -->', '&lt;\\!\\-\\- lofp\\-lint:abc \\-\\-&gt;'],
    ['ampersand and quotes', 'a & "b"', 'a &amp; &quot;b&quot;'],
  ])('%s', (_name, input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('inlineCode', () => {
  it.each([
    ['simple', 'missing-false-positives', '`missing-false-positives`'],
    ['with backticks', 'a `b` c', '``a `b` c``'],
    ['starting with a backtick', '`x', '`` `x ``'],
    ['with a double backtick run', 'a``b', '```a``b```'],
    ['newline flattened', 'a\nb', '`a b`'],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(inlineCode(input)).toBe(expected);
  });
});

describe('fencedBlock', () => {
  it('uses three backticks for plain text', () => {
    expect(fencedBlock(['falsepositives:', '  - Backup jobs'], 'suggestion')).toBe(
      '```suggestion\nfalsepositives:\n  - Backup jobs\n```',
    );
  });

  it('lengthens the fence past the longest backtick run in the text', () => {
    expect(fencedBlock(['note = """', '```', 'code', '````', '"""'], 'suggestion')).toBe(
      '`````suggestion\nnote = """\n```\ncode\n````\n"""\n`````',
    );
  });
});

describe('tableCell', () => {
  it('escapes bare pipes, keeps escaped ones, flattens lines', () => {
    expect(tableCell('a | b \\| c\nd')).toBe('a \\| b \\| c d');
  });

  it('escapes pipes inside code spans (GFM tables need it there too)', () => {
    expect(tableCell(inlineCode('x|y'))).toBe('`x\\|y`');
  });
});

describe('link', () => {
  it('escapes the label and encodes parentheses and spaces in the URL', () => {
    expect(link('rules/a (1).yml:3', 'https://github.com/o/r/blob/s/rules/a (1).yml#L3')).toBe(
      '[rules/a \\(1\\).yml:3](https://github.com/o/r/blob/s/rules/a%20%281%29.yml#L3)',
    );
  });
});
