import { describe, expect, it } from 'vitest';
import { isVagueFalsePositive, vagueFalsePositive } from '../../src/checks/vague-false-positive.js';
import { SMALL_CATALOG, detection, fieldSection } from '../match/build.js';
import { context } from './context.js';

describe('isVagueFalsePositive', () => {
  it.each([
    ['Legitimate activity', true],
    ['Admin activity', true],
    ['Normal usage', true],
    ['Legitimate administrative activity', true],
    ['Legitimate administrator actions', true],
    ['Expected business operations by users', true],
    ['Administrators creating trails', false],
    ['Backups with AzCopy', false],
    ['Legitimate CreateTrail calls', false],
    ['Security scanners', false],
    // Statements about the rate of false positives name no cause either (issue 10, class 6).
    ['Depending on the values of minCount and spikeThreshold, the false positive rate can vary.', true],
    ['The false positive rate depends on the thresholds you tune for your environment', true],
    ['High volumes of downloads by backup jobs may exceed the threshold', false],
    ['', false],
  ])('%s -> %s', (text, vague) => {
    expect(isVagueFalsePositive(text)).toBe(vague);
  });
});

describe('vague-false-positive', () => {
  const rule = (items: string[]) => detection({ falsePositives: [fieldSection(10, items)] });

  it('warns when every item is generic, quoting them', () => {
    const reports = vagueFalsePositive.run(context(rule(['Legitimate activity', 'Admin activity']), []));
    expect(reports).toEqual([
      {
        line: 10,
        column: 1,
        endLine: 12,
        message:
          'False positives are only generic ("Legitimate activity", "Admin activity"); name who or what triggers the rule benignly: an actor, a tool or an operation',
        suggestions: [],
      },
    ]);
  });

  it('ignores placeholders next to generic items', () => {
    expect(vagueFalsePositive.run(context(rule(['Unknown', 'Normal usage']), [])).map((r) => r.line)).toEqual([10]);
  });

  it('is silent when one item is specific', () => {
    expect(vagueFalsePositive.run(context(rule(['Legitimate activity', 'Backups with AzCopy']), []))).toEqual([]);
  });

  it('is silent when there are only placeholders or nothing', () => {
    expect(vagueFalsePositive.run(context(rule(['Unknown']), []))).toEqual([]);
    expect(vagueFalsePositive.run(context(detection(), []))).toEqual([]);
  });

  it('carries the rule suggestions', () => {
    const d = detection({ dataSources: ['product:aws'], query: 'eventName: CreateTrail', falsePositives: [fieldSection(10, ['Admin activity'])] });
    expect(vagueFalsePositive.run(context(d, SMALL_CATALOG))[0]!.suggestions!.map((s) => s.id)).toEqual(['trail-created']);
  });
});
