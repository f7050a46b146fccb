import { describe, expect, it } from 'vitest';
import { loadBuiltinEntries } from '../../src/catalog/load.js';
import { analyzeDetection, catalogIndexFor } from '../../src/match/analyze.js';
import { SMALL_CATALOG, detection, fieldSection } from './build.js';

const createTrail = (falsePositives: string[]) =>
  detection({
    title: 'CloudTrail Trail Created',
    dataSources: ['product:aws', 'service:cloudtrail'],
    query: "selection:\n    eventSource: cloudtrail.amazonaws.com\n    eventName: CreateTrail\n",
    falsePositives: falsePositives.length ? [fieldSection(20, falsePositives)] : [],
  });

describe('analyzeDetection', () => {
  it('suggests a relevant entry the rule does not document', () => {
    const analysis = analyzeDetection(createTrail(['Unknown']), SMALL_CATALOG);
    expect(analysis.suggestions).toEqual([
      {
        id: 'trail-created',
        text: 'Trail creations may be made by administrators during account onboarding.',
        insert: 'Trail creations may be made by administrators during account onboarding.',
        short: 'Trail creations may be made by administrators during account onboarding.',
        confidence: 'high',
        reason: 'query matches eventName CreateTrail; the entry applies to every rule on CreateTrail',
      },
    ]);
    // Placeholders are not documented items.
    expect(analysis.items).toEqual([]);
  });

  it('finds the entry covered by a paraphrase and suggests nothing', () => {
    const analysis = analyzeDetection(createTrail(['Admins creating trails when onboarding new accounts']), SMALL_CATALOG);
    expect(analysis.suggestions).toEqual([]);
    expect(analysis.relevant.map((r) => [r.entryId, r.coveredBy?.text, r.coveredBy?.line])).toEqual([
      ['trail-created', 'Admins creating trails when onboarding new accounts', 21],
    ]);
    expect(analysis.items.map((i) => i.entryId)).toEqual(['trail-created']);
  });

  it('does not count an item about a sibling entry as cover', () => {
    const analysis = analyzeDetection(createTrail(['Administrators updating trails to change log destinations']), SMALL_CATALOG);
    expect(analysis.suggestions.map((s) => s.id)).toEqual(['trail-created']);
    expect(analysis.items.map((i) => i.entryId)).toEqual(['trail-updated']);
  });

  it('counts a paragraph that documents two entries as cover for both, sentence by sentence', () => {
    const d = detection({
      dataSources: ['product:aws'],
      query: 'eventName:(CreateTrail or UpdateTrail)',
      falsePositives: [
        fieldSection(20, [
          'Trail creations may be made by administrators during account onboarding. Trail updates may be made by administrators changing log destinations.',
        ]),
      ],
    });
    const analysis = analyzeDetection(d, SMALL_CATALOG);
    expect(analysis.relevant.map((r) => [r.entryId, r.coveredBy?.line])).toEqual([
      ['trail-created', 21],
      ['trail-updated', 21],
    ]);
    expect(analysis.suggestions).toEqual([]);
  });

  it('reports items that match no entry with a null entry', () => {
    const analysis = analyzeDetection(createTrail(['Penetration testers running authorized assessments']), SMALL_CATALOG);
    expect(analysis.items.map((i) => [i.item.text, i.entryId, i.similarity])).toEqual([
      ['Penetration testers running authorized assessments', null, 0],
    ]);
  });

  it('reads every false-positive section, the note included', () => {
    const d = createTrail(['Unknown']);
    d.falsePositives.push({
      source: 'note',
      key: 'note',
      line: 40,
      endLine: 41,
      items: [{ text: 'Onboarding: administrators add trails to new accounts.', line: 41, endLine: 41 }],
    });
    expect(analyzeDetection(d, SMALL_CATALOG).suggestions).toEqual([]);
  });

  it('has nothing to say with no catalog', () => {
    expect(analyzeDetection(createTrail(['Admins']), [])).toEqual({ relevant: [], excluded: [], suggestions: [], items: [
      { item: { text: 'Admins', line: 21, endLine: 21 }, entryId: null, similarity: 0 },
    ] });
  });

  it('covers the shipped trail-creation entry with "Authorized administrators creating new CloudTrail trails during onboarding"', () => {
    const entries = loadBuiltinEntries();
    const analysis = analyzeDetection(createTrail(['Authorized administrators creating new CloudTrail trails during onboarding']), entries);
    const trail = analysis.relevant.find((r) => r.entryId === 'aws-cloudtrail-trail-created-by-admin');
    expect(trail?.coveredBy?.text).toBe('Authorized administrators creating new CloudTrail trails during onboarding');
    expect(analysis.suggestions.map((s) => s.id)).not.toContain('aws-cloudtrail-trail-created-by-admin');
  });
});

describe('catalogIndexFor', () => {
  it('reuses the index of the same entries passed as a new array', () => {
    expect(catalogIndexFor([...SMALL_CATALOG])).toBe(catalogIndexFor([...SMALL_CATALOG]));
    expect(catalogIndexFor(SMALL_CATALOG.slice(1))).not.toBe(catalogIndexFor(SMALL_CATALOG));
  });
});
