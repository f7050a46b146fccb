import type { Check, CheckMeta } from './types.js';
import { parseError } from './parse-error.js';
import { missingFalsePositives } from './missing-false-positives.js';
import { placeholderFalsePositives } from './placeholder-false-positives.js';
import { missingCatalogEntry } from './missing-catalog-entry.js';
import { uncataloguedFalsePositive } from './uncatalogued-false-positive.js';
import { vagueFalsePositive } from './vague-false-positive.js';
import { malformedTechniqueTag } from './malformed-technique-tag.js';

/** Every check run on a selected detection, in reporting order. */
export const CHECKS: readonly Check[] = [
  missingFalsePositives,
  placeholderFalsePositives,
  vagueFalsePositive,
  missingCatalogEntry,
  uncataloguedFalsePositive,
  malformedTechniqueTag,
];

/** Metadata of every check, including those the engine reports itself (parse-error). */
export const CHECK_METAS: readonly CheckMeta[] = [parseError.meta, ...CHECKS.map((c) => c.meta)];

export const DOCS_BASE_URL = 'https://github.com/lofp-lint/lofp-lint/blob/main/docs/checks/';

export function docsUrl(checkId: string): string {
  return `${DOCS_BASE_URL}${checkId}.md`;
}
