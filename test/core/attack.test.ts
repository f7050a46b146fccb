import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bytePrefilter, normalizeTechnique, techniqueMatches, techniquePrefilter } from '../../src/attack.js';

describe('normalizeTechnique', () => {
  it.each([
    ['attack.t1530', 'T1530'],
    ['attack.T1530', 'T1530'],
    ['T1530', 'T1530'],
    [' T1530 ', 'T1530'],
    ['TA0009:T1530', 'T1530'],
    ['TA009:T1530', 'T1530'],
    ['attack.t1078.004', 'T1078.004'],
    ['Collection, t1530', 'T1530'],
    ['https://attack.mitre.org/techniques/T1530/', 'T1530'],
    ['https://attack.mitre.org/techniques/T1552/004/', 'T1552.004'],
    ['Data from Cloud Storage', 'T1530'],
    ['data from cloud storage', 'T1530'],
  ])('%s -> %s', (raw, id) => {
    expect(normalizeTechnique(raw)).toBe(id);
  });

  it.each(['attack.collection', 'TA0009', 'T15300', 'xt1530', 'Cloud Storage', ''])('%s is no technique', (raw) => {
    expect(normalizeTechnique(raw)).toBeNull();
  });
});

describe('techniqueMatches', () => {
  it('selects the technique and its sub-techniques only', () => {
    expect(techniqueMatches('T1530', 'T1530')).toBe(true);
    expect(techniqueMatches('T1078.004', 'T1078')).toBe(true);
    expect(techniqueMatches('T15301', 'T1530')).toBe(false);
    expect(techniqueMatches('T1078', 'T1078.004')).toBe(false);
  });
});

describe('techniquePrefilter', () => {
  it('matches ids in any case and the technique name across whitespace', () => {
    const re = techniquePrefilter(['T1530']);
    expect(re.test('tags: [attack.t1530]')).toBe(true);
    expect(re.test('mitre_attack_technique = "Data from\n Cloud Storage"')).toBe(true);
    expect(re.test('tags: [attack.t1537]')).toBe(false);
  });
});

describe('bytePrefilter', () => {
  const re = techniquePrefilter(['T1530']);
  const bytes = bytePrefilter(re)!;
  const latin1 = (text: string) => Buffer.from(text, 'utf8').toString('latin1');

  it('says yes to the bytes of every text the prefilter matches: any case, any whitespace', () => {
    const spaces = [' ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', ' \u00a0 '];
    const name = ['Data', 'from', 'Cloud', 'Storage'];
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        fc.array(fc.constantFrom(...spaces), { minLength: 3, maxLength: 3 }),
        fc.array(fc.boolean(), { minLength: 21, maxLength: 21 }),
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        fc.boolean(),
        (before, gaps, upper, after, byId) => {
          let core = byId ? 't1530' : name.map((w, i) => w + (gaps[i] ?? '')).join('');
          core = [...core].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c.toLowerCase())).join('');
          const text = before + core + after;
          expect(re.test(text)).toBe(true);
          expect(bytes.test(latin1(text))).toBe(true);
        },
      ),
    );
  });

  it('says no to texts that mention neither the id nor the name, and exists only for the prefilter itself', () => {
    expect(bytes.test(latin1('tags: [attack.t1537] # Data from Cloud Storage Object'))).toBe(true);
    expect(bytes.test(latin1('tags: [attack.t1537] # data in cloud storage'))).toBe(false);
    expect(bytes.test(latin1('Data fr\u00f6m Cloud Storage'))).toBe(false);
    expect(bytePrefilter(new RegExp(re.source, re.flags))).toBeUndefined();
  });
});
