import { describe, expect, it } from 'vitest';
import { requestProblem } from './github-rest-validator.js';

const q = (s = '') => new URLSearchParams(s);

describe('requestProblem (GitHub REST description)', () => {
  it('allows what the Action sends', () => {
    expect(requestProblem('GET', '/repos/o/r/pulls/7/files', q('per_page=100&page=2'), undefined)).toBeNull();
    expect(requestProblem('POST', '/repos/o/r/pulls/7/reviews', q(), { commit_id: 'a', event: 'COMMENT', body: 'b', comments: [{ path: 'p', body: 'x', line: 3, side: 'RIGHT' }] })).toBeNull();
    expect(requestProblem('PATCH', '/repos/o/r/issues/3', q(), { state: 'closed', state_reason: 'completed' })).toBeNull();
  });

  it.each([
    ['an unknown route', 'GET', '/repos/o/r/pulls/7/commits', '', undefined, "GET /repos/o/r/pulls/7/commits is no operation of GitHub's REST description"],
    ['a path parameter of the wrong type', 'GET', '/repos/o/r/pulls/seven/files', '', undefined, 'GET pulls/list-files: path parameter pull_number "seven" is invalid'],
    ['an unknown query parameter', 'GET', '/repos/o/r/pulls/7/files', 'limit=5', undefined, 'GET pulls/list-files: unknown query parameter limit'],
    ['a query value out of its enum', 'GET', '/repos/o/r/issues', 'state=any', undefined, 'GET issues/list-for-repo: query parameter state=any is invalid'],
    ['a body value out of its enum', 'POST', '/repos/o/r/pulls/7/reviews', '', { event: 'COMMENTED' }, 'POST pulls/create-review: body/event must be equal to one of the allowed values'],
    ['a missing required field', 'POST', '/repos/o/r/issues', '', { body: 'x' }, "POST issues/create: body must have required property 'title'"],
  ])('refuses %s', (_name, method, pathname, query, body, problem) => {
    expect(requestProblem(method, pathname, q(query), body)).toBe(problem);
  });
});
