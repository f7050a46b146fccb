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

/** The most letters and digits a placeholder has (31, "no known false positives at this time"). */
const MAX_PLACEHOLDER_ALNUM = Math.max(...[...PLACEHOLDERS].map((p) => p.replace(/[^a-z0-9]/g, '').length));

/**
 * True when `text` has more ASCII letters and digits than any placeholder. Each of them stays one
 * letter or digit once normalized (lower-casing may add some from other characters, never remove
 * one), so such a text is no placeholder: a documented item is told so without normalizing it.
 */
function tooLongForPlaceholder(text: string): boolean {
  let alnum = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = c | 0x20;
    if ((letter >= 0x61 && letter <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      if (++alnum > MAX_PLACEHOLDER_ALNUM) return true;
    }
  }
  return false;
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** True for `Unknown`, `N/A`, `None identified.`, `__UPDATE__ ...`, "There are no known false positives." */
export function isPlaceholder(text: string): boolean {
  if (/^\s*_*update_*/i.test(text)) return true;
  if (tooLongForPlaceholder(text)) return false;
  const n = normalize(text);
  return n === '' || PLACEHOLDERS.has(n);
}
