import { describe, expect, it } from 'vitest';
import { uncataloguedFalsePositive } from '../../src/checks/uncatalogued-false-positive.js';
import { SMALL_CATALOG, detection, fieldSection } from '../match/build.js';
import { context } from './context.js';

describe('uncatalogued-false-positive', () => {
  it('notes each listed item that matches no entry, at its line', () => {
    const d = detection({
      falsePositives: [fieldSection(10, ['Unknown', 'Penetration testers running authorized assessments', 'Admins creating trails for new accounts'])],
    });
    expect(uncataloguedFalsePositive.run(context(d, SMALL_CATALOG))).toEqual([
      {
        line: 12,
        column: 1,
        endLine: 12,
        message:
          'False positive "Penetration testers running authorized assessments" matches no catalog entry of T1530; consider proposing it for the catalog',
        subject: 'Penetration testers running authorized assessments',
      },
    ]);
  });

  it('leaves generic items to vague-false-positive', () => {
    const d = detection({ falsePositives: [fieldSection(10, ['Legitimate activity'])] });
    expect(uncataloguedFalsePositive.run(context(d, SMALL_CATALOG))).toEqual([]);
  });

  it('leaves prose sections (notes, descriptions) alone', () => {
    const d = detection({
      falsePositives: [{ source: 'note', key: 'note', line: 30, endLine: 31, items: [{ text: 'Penetration testers', line: 31, endLine: 31 }] }],
    });
    expect(uncataloguedFalsePositive.run(context(d, SMALL_CATALOG))).toEqual([]);
  });

  it('says nothing without catalog entries for the technique', () => {
    const d = detection({ falsePositives: [fieldSection(10, ['Penetration testers'])] });
    expect(uncataloguedFalsePositive.run(context(d, []))).toEqual([]);
  });
});
