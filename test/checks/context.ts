import type { CatalogEntry } from '../../src/catalog/types.js';
import type { CheckContext } from '../../src/checks/types.js';
import type { Detection } from '../../src/detection.js';
import type { Fix } from '../../src/fix/edits.js';
import { analyzeDetection } from '../../src/match/analyze.js';

export function context(detection: Detection, entries: readonly CatalogEntry[], fix: Fix | null = null): CheckContext {
  return { detection, entries, analysis: analyzeDetection(detection, entries), fix };
}

export const FIX: Fix = { title: 'Add 1 false positive to `falsepositives`', edits: [{ startLine: 22, endLine: 21, lines: ['    - Added'] }] };
