/**
 * Placeholder false-positive texts: what authors write when they document nothing.
 * Compared after lower-casing and stripping punctuation and surrounding whitespace.
 */
const PLACEHOLDERS = new Set([
  'unknown',
  'unknowns',
  'unlikely',
  'none',
  'none known',
  'none identified',
  'none expected',
  'n a',
  'na',
  'tbd',
  'todo',
  'not known',
  'no known false positives',
  'there are no known false positives',
  'no false positives',
  'no known false positives at this time',
  'false positives are unlikely',
  'unknown false positives',
]);

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** True for `Unknown`, `N/A`, `None identified.`, `__UPDATE__ ...`, "There are no known false positives." */
export function isPlaceholder(text: string): boolean {
  if (/^\s*_*update_*/i.test(text)) return true;
  const n = normalize(text);
  return n === '' || PLACEHOLDERS.has(n);
}
