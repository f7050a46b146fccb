import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'smol-toml';
import { describe, expect, it } from 'vitest';
import { fastToml } from '../../src/formats/toml-fast.js';
import { filesUnder } from '../fixtures/files-under.js';

describe('fastToml on plain TOML', () => {
  it.each([
    ['tables and scalars', '[metadata]\nmaturity = "production"\n\n[rule]\nname = \'A rule\'\nrisk_score = 47\nneg = -3\nzero = 0\nbuilding_block = false\nenabled = true\n'],
    ['multi-line strings', '[rule]\ndescription = """\nFirst line.\nSecond "quoted" line.\n"""\nquery = \'\'\'\nevent.action:"x" and path:C:\\\\temp\n\'\'\'\nsame = """on the line"""\n'],
    ['arrays over several lines', '[rule]\nindex = ["a", \'b\']\ntags = [\n  "Domain: Cloud", # why\n  "Tactic: Collection",\n]\nempty = []\nnums = [1, 2]\n'],
    ['arrays of tables', '[rule]\nname = "x"\n[[rule.threat]]\nframework = "MITRE ATT&CK"\n[[rule.threat.technique]]\nid = "T1530"\n[[rule.threat.technique.subtechnique]]\nid = "T1530.001"\n[rule.threat.tactic]\nid = "TA0009"\n[[rule.threat]]\nframework = "other"\n[[rule.threat.technique]]\nid = "T1078"\n'],
    ['comments, blank lines and indentation', '# head\n\n[rule]   # the rule\n  name = "x"   # trailing\n\n# end'],
    ['root keys before any table', 'a = 1\nb = "two"\n[t]\nc = 3\n'],
  ])('reads %s as smol-toml does', (_what, text) => {
    const value = fastToml(text);
    expect(value).toBeDefined();
    expect(value).toStrictEqual(parse(text));
  });

  it('makes tables without a prototype, as smol-toml does', () => {
    const value = fastToml('[rule]\n[[rule.threat]]\nid = 1\n')!;
    expect(Object.getPrototypeOf(value)).toBeNull();
    expect(Object.getPrototypeOf(value.rule)).toBeNull();
    expect(Object.getPrototypeOf((value.rule as { threat: object[] }).threat[0])).toBeNull();
  });

  it.each([
    ['an escape in a basic string', 'a = "x\\ty"\n'],
    ['an escape in a multi-line basic string', 'a = """x\\\ny"""\n'],
    ['a fourth closing quote', 'a = """x""""\n'],
    ['a float', 'a = 1.5\n'],
    ['a date', 'a = 2024-01-01\n'],
    ['an integer with an underscore', 'a = 1_000\n'],
    ['a leading zero', 'a = 01\n'],
    ['a plus sign', 'a = +1\n'],
    ['a long integer', 'a = 1234567890123456\n'],
    ['an inline table', 'a = { b = 1 }\n'],
    ['a nested array', 'a = [[1]]\n'],
    ['a multi-line string in an array', 'a = ["""x"""]\n'],
    ['a dotted key', 'a.b = 1\n'],
    ['a quoted key', '"a" = 1\n'],
    ['a duplicated key', 'a = 1\na = 2\n'],
    ['a redefined table', '[a]\n[a]\n'],
    ['an implicitly made table', '[a.b]\n'],
    ['an array of tables over a table', '[a]\n[[a]]\n'],
    ['a table over a value', 'a = 1\n[a]\n'],
    ['a table array over a plain array', 'a = [1]\n[[a]]\n'],
    ['a tab', 'a =\t1\n'],
    ['a carriage return', 'a = 1\r\n'],
    ['text after a value', 'a = 1 2\n'],
    ['a header with spaces', '[ a ]\n'],
    ['a missing value', 'a =\n'],
    ['an unclosed string', 'a = "x\n'],
  ])('leaves %s to smol-toml', (_what, text) => {
    expect(fastToml(text)).toBeUndefined();
  });

  it('gives what smol-toml gives for every TOML file of the fixtures it reads', () => {
    let read = 0;
    for (const path of filesUnder(join(__dirname, '..', 'fixtures'), (name) => name.endsWith('.toml'))) {
      const text = readFileSync(path, 'utf8');
      const value = fastToml(text);
      if (value === undefined) continue;
      read++;
      expect({ path, value }).toStrictEqual({ path, value: parse(text) });
    }
    expect(read).toBeGreaterThan(5);
  });
});
