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
