import { describe, expect, it } from 'vitest';
import { queryValues, splitNegations } from '../../src/match/evidence.js';

// The field and negated-clause patterns start only where a name starts; what they find is the same.
describe('query patterns on dotted field paths', () => {
  it('removes whole field paths before their operators', () => {
    expect(queryValues('event.dataset:aws.cloudtrail and user_agent.original : "x" and a.b.c.d.e.f.g.h in ("y")')).toBe(
      ' :aws.cloudtrail and   : "x" and   in ("y")',
    );
  });

  it('finds negated clauses by their whole field, and a `not` inside a path', () => {
    expect(splitNegations('eventName:GetObject and userIdentity.arn != "a" and x.not y:1 and aws.s3.bucket NOT IN ("b")')).toEqual({
      selected: 'eventName:GetObject and   and x.  and  ',
      filtered: 'userIdentity.arn != "a"\nnot y:1\naws.s3.bucket NOT IN ("b")',
    });
  });

  // A query with neither `!` nor `not` (any case) is returned whole without the pattern's search.
  it.each([
    ['eventName:GetObject and event.outcome:success', 'eventName:GetObject and event.outcome:success', ''],
    ['NOT user_agent: "terraform"', ' ', 'NOT user_agent: "terraform"'],
    ['a Not in ("x")', ' ', 'a Not in ("x")'],
    ['x != 1', ' ', 'x != 1'],
    ['notable:1', 'notable:1', ''],
    ['Annotation: "knot"', 'Annotation: "knot"', ''],
    ['field !in ("a")', ' ', 'field !in ("a")'],
    ['a NoT  b', 'a NoT  b', ''],
  ])('splits %j', (query, selected, filtered) => {
    expect(splitNegations(query)).toEqual({ selected, filtered });
  });
});
