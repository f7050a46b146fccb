import { describe, expect, it } from 'vitest';
import { isPlaceholder } from '../../src/placeholders.js';

describe('isPlaceholder', () => {
  it.each(['Unknown', 'unknown', 'Unlikely', 'None', 'None identified', 'None identified.', 'N/A', 'n/a', 'TBD', '__UPDATE__ known false positives', 'There are no known false positives.', 'No known false positives', 'UNKNOWN!', '  -  '])(
    '%s is a placeholder',
    (text) => expect(isPlaceholder(text)).toBe(true),
  );
  it.each(['Unknown scripts run by the backup team', 'Administrators creating trails', 'None of the admins'])('%s is documentation', (text) =>
    expect(isPlaceholder(text)).toBe(false),
  );
});

// Texts with more letters and digits than any placeholder are told apart without normalizing;
// expected values as the normalizing comparison alone gave them.
describe('isPlaceholder on long texts', () => {
  it.each([
    ['No known false positives at this time.', true],
    ['  NO KNOWN false-positives, at this time!!  ', true],
    ['No known false positives at this time 1', false],
    ['__update__ with a very long text after the marker that names nothing at all', true],
    ['Administrators creating or changing resources during onboarding with the infrastructure pipeline', false],
    ['\u212A\u212A\u212A', false],
    ['\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019'.repeat(4), true],
  ])('%j -> %s', (text, expected) => expect(isPlaceholder(text)).toBe(expected));
});
