/**
 * `lofp-lint --explain <check>`: the check's documentation page, as shipped in docs/checks/.
 */
import { CHECK_METAS, docsUrl } from '../checks/index.js';
import { CHECK_DOCS } from '../checks/docs.generated.js';
import { nearest } from '../nearest.js';
import { ConfigError } from '../errors.js';

export function explain(checkId: string): string {
  const page = CHECK_DOCS[checkId];
  if (page === undefined) {
    const known = CHECK_METAS.map((m) => m.id);
    const near = nearest(checkId, known);
    throw new ConfigError(`--explain: unknown check '${checkId}'${near ? ` (did you mean ${near}?)` : ''}; known: ${known.join(', ')}`);
  }
  return `${page.trimEnd()}\n\n${docsUrl(checkId)}\n`;
}
