/**
 * Which sentences of a rule's prose document false positives (issue 10, class 6): a sentence
 * that sets "legitimate" activity against the attack, or states what the rule detects, does not.
 */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { panther } from '../../src/formats/panther.js';
import { speaksOfFalsePositives } from '../../src/formats/prose.js';
import { makeSourceFile } from '../../src/source.js';

describe('speaksOfFalsePositives', () => {
  it.each([
    ['The correlation is high-confidence evidence of data theft beyond legitimate ETL operations.', false],
    ['Seeing all three steps together is strong evidence of theft rather than legitimate reporting jobs.', false],
    ['Bulk reads unlike authorized backups come from one new address.', false],
    ['This rule detects authorized-looking downloads made with stolen keys.', false],
    ['Detects expected activity turning into exfiltration.', false],
    ['Legitimate reporting jobs may also copy tables into a stage.', true],
    ['Backups by the storage team are expected activity.', true],
    ['This rule may also fire on authorized migrations.', true],
    ['False positives are rare, unlike legitimate activity elsewhere.', true],
    ['Benign: scheduled exports by the data team.', true],
  ])('%s -> %s', (sentence, expected) => {
    expect(speaksOfFalsePositives(sentence)).toBe(expected);
  });

  it('a Panther description that contrasts legitimate jobs with the attack documents nothing', () => {
    const path = fileURLToPath(new URL('../fixtures/panther/description-contrast.yml', import.meta.url));
    const { detections } = panther.parse(makeSourceFile('description-contrast.yml', readFileSync(path, 'utf8')));
    expect(detections.map((d) => d.falsePositives)).toEqual([[]]);
  });
});
