import { describe, expect, it } from 'vitest';
import { missingCatalogEntry, quoteShort } from '../../src/checks/missing-catalog-entry.js';
import { SMALL_CATALOG, detection, entry, fieldSection } from '../match/build.js';
import { FIX, context } from './context.js';

const trailRule = (fields: Parameters<typeof detection>[0] = {}) =>
  detection({
    title: 'CloudTrail Trail Created',
    titleSpan: { line: 1, endLine: 1 },
    dataSources: ['product:aws', 'service:cloudtrail'],
    query: 'selection:\n    eventName: CreateTrail\n',
    ...fields,
  });

describe('missing-catalog-entry', () => {
  it('warns at the false-positive field, quoting the entry, with its suggestion and the fix', () => {
    const reports = missingCatalogEntry.run(context(trailRule({ falsePositives: [fieldSection(20, ['Unknown'])] }), SMALL_CATALOG, FIX));
    expect(reports).toEqual([
      {
        line: 20,
        column: 1,
        endLine: 21,
        message:
          'Missing false positive "Trail creations may be made by administrators during account onboarding." (trail-created): query matches eventName CreateTrail',
        subject: 'trail-created',
        suggestions: [
          {
            id: 'trail-created',
            text: 'Trail creations may be made by administrators during account onboarding.',
            insert: 'Trail creations may be made by administrators during account onboarding.',
          short: 'Trail creations may be made by administrators during account onboarding.',
            confidence: 'high',
            reason: 'query matches eventName CreateTrail; the entry applies to every rule on CreateTrail',
          },
        ],
        fix: FIX,
      },
    ]);
  });

  it('reports at the title when the rule documents no false positives', () => {
    const reports = missingCatalogEntry.run(context(trailRule({ titleSpan: { line: 3, endLine: 3 } }), SMALL_CATALOG));
    expect(reports.map((r) => [r.line, r.endLine, r.fix])).toEqual([[3, 3, undefined]]);
  });

  it('prefers the format field to a note section', () => {
    const note = { source: 'note' as const, key: 'note', line: 40, endLine: 44, items: [] };
    const reports = missingCatalogEntry.run(context(trailRule({ falsePositives: [note, fieldSection(12, ['Unknown'])] }), SMALL_CATALOG));
    expect(reports.map((r) => [r.line, r.endLine])).toEqual([[12, 13]]);
  });

  it('demotes medium-confidence entries', () => {
    const noPlatform = detection({ query: 'eventName: CreateTrail', falsePositives: [fieldSection(5, ['Unknown'])] });
    const reports = missingCatalogEntry.run(context(noPlatform, SMALL_CATALOG));
    expect(reports.map((r) => [r.subject, r.demote])).toEqual([['trail-created', true]]);
  });

  it('is silent when a documented item covers the entry', () => {
    const covered = trailRule({ falsePositives: [fieldSection(20, ['Administrators creating trails for new accounts'])] });
    expect(missingCatalogEntry.run(context(covered, SMALL_CATALOG))).toEqual([]);
  });

  it('keeps messages on one line and cuts long inserts', () => {
    const long = entry(
      'long',
      'Trail creations\nmay be made by a system or network administrator. Verify whether the user identity should be making changes.',
      { platforms: ['aws'], operations: ['createtrail'] },
    );
    const [report] = missingCatalogEntry.run(context(trailRule(), [long]));
    expect(report!.message).toBe(
      'Missing false positive "Trail creations may be made by a system or network administrator. Verify whether..." (long): query matches eventName CreateTrail',
    );
  });
});

describe('quoteShort', () => {
  it.each([
    ['Short text.', 'Short text.'],
    ['a\n  b', 'a b'],
    ['x'.repeat(100), `${'x'.repeat(80)}...`],
    [`${'word '.repeat(15)}tail, more words here`, `${'word '.repeat(15)}tail...`],
  ])('%s', (text, expected) => {
    expect(quoteShort(text)).toBe(expected);
  });
});
