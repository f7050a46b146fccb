import { describe, expect, it } from 'vitest';
import { malformedTechniqueTag, tagProblem } from '../../src/checks/malformed-technique-tag.js';
import type { FormatId } from '../../src/detection.js';
import { detection } from '../match/build.js';
import { context } from './context.js';

describe('tagProblem', () => {
  it.each<[FormatId, string, string | null]>([
    ['sigma', 'attack.t1530', null],
    ['sigma', 'attack.T1530', 'is not lower case; Sigma tags are "attack.t1530"'],
    ['sigma', 'attack.T1078.004', 'is not lower case; Sigma tags are "attack.t1078.004"'],
    ['sigma', 'T1530', 'is not an ATT&CK tag Sigma reads; write "attack.t1530"'],
    ['sigma', 'attack.t1530 ', 'has surrounding spaces; write "attack.t1530"'],
    ['panther', 'TA0009:T1530', null],
    ['panther', 'TA009:T1530', 'has tactic "TA009", which is not TA and 4 digits; write "TA0009:T1530"'],
    ['panther', 'TA003:T1556', 'has tactic "TA003", which is not TA and 4 digits; write "TA0003:T1556"'],
    ['panther', 'Collection:T1530', 'has tactic "Collection", which is not TA and 4 digits, such as "TA0009"'],
    ['panther', 'TA0009:t1530', 'has a lower-case technique id; write "TA0009:T1530"'],
    ['panther', 'T1530', 'is not "TACTIC:TECHNIQUE"; write the tactic id first, such as "TA0009:T1530"'],
    ['chronicle', 't1530', 'has a lower-case technique id; write "T1530"'],
    ['chronicle', 'Collection, t1530', 'has a lower-case technique id; write "Collection, T1530"'],
    ['chronicle', 'T1530', null],
    ['chronicle', 'Data from Cloud Storage', null],
    ['splunk', 't1530', 'has a lower-case technique id; write "T1530"'],
    ['splunk', 'T1530 ', 'has surrounding spaces; write "T1530"'],
    ['sentinel', 't1530', 'has a lower-case technique id; write "T1530"'],
    ['elastic', 'T1530', null],
  ])('%s %j', (format, raw, expected) => {
    expect(tagProblem(format, raw)).toBe(expected);
  });
});

describe('malformed-technique-tag', () => {
  it('reports each malformed tag at its exact column', () => {
    const d = detection({
      format: 'panther',
      techniqueTags: [
        { raw: 'TA0009:T1530', technique: 'T1530', line: 14, endLine: 14, column: 7 },
        { raw: 'TA009:T1530', technique: 'T1530', line: 15, endLine: 15, column: 7 },
      ],
    });
    expect(malformedTechniqueTag.run(context(d, []))).toEqual([
      {
        line: 15,
        column: 7,
        endLine: 15,
        endColumn: 18,
        message: 'Technique tag "TA009:T1530" has tactic "TA009", which is not TA and 4 digits; write "TA0009:T1530"',
        subject: 'TA009:T1530',
      },
    ]);
  });

  it('is silent on well-formed tags', () => {
    const d = detection({ techniqueTags: [{ raw: 'attack.t1530', technique: 'T1530', line: 8, endLine: 8, column: 7 }] });
    expect(malformedTechniqueTag.run(context(d, []))).toEqual([]);
  });
});
