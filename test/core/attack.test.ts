import { describe, expect, it } from 'vitest';
import { normalizeTechnique, techniqueMatches, techniquePrefilter } from '../../src/attack.js';

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
