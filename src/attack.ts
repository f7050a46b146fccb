/** MITRE ATT&CK identifiers: normalization of the many ways rules write them. */

/** Technique names lofp-lint can recognize when a format references a technique by name. */
export const TECHNIQUE_NAMES: Readonly<Record<string, string>> = {
  T1530: 'Data from Cloud Storage',
};

const TECHNIQUE_ID = /^T\d{4}(?:\.\d{3})?$/;

/** `t1530`, `T1530`, `attack.t1530`, `TA0009:T1530`, `.../techniques/T1530/` -> `T1530`; else null. */
export function normalizeTechnique(raw: string): string | null {
  const s = raw.trim();
  const url = /\/techniques\/(T\d{4})(?:\/(\d{3}))?\/?$/i.exec(s);
  if (url) return (url[2] ? `${url[1]}.${url[2]}` : url[1]!).toUpperCase();
  const m = /(?:^|[:.,\s])(t\d{4}(?:\.\d{3})?)$/i.exec(s) ?? /^(t\d{4}(?:\.\d{3})?)$/i.exec(s);
  if (m) return m[1]!.toUpperCase();
  return techniqueByName(s);
}

/** The technique id for an exact technique name (case-insensitive), or null. */
export function techniqueByName(name: string): string | null {
  const wanted = name.trim().toLowerCase();
  for (const [id, n] of Object.entries(TECHNIQUE_NAMES)) if (n.toLowerCase() === wanted) return id;
  return null;
}

export function isTechniqueId(id: string): boolean {
  return TECHNIQUE_ID.test(id);
}

/** True when `technique` is `selected` or one of its sub-techniques (T1530 selects T1530.001). */
export function techniqueMatches(technique: string, selected: string): boolean {
  return technique === selected || technique.startsWith(`${selected}.`);
}

/** The byte-level tests of the regular expressions techniquePrefilter made (see bytePrefilter). */
const BYTE_PREFILTERS = new WeakMap<RegExp, RegExp>();

/**
 * A cheap text test: may this file reference one of the techniques? Used before parsing, so it
 * must never say no to a file that carries a tag (ids and names, any case).
 */
export function techniquePrefilter(techniques: readonly string[]): RegExp {
  const words = new Set<string>();
  const byteWords = new Set<string>();
  for (const t of techniques) {
    const id = t.split('.')[0]!.replace(/^T/i, 't');
    words.add(id);
    byteWords.add(id);
    const name = TECHNIQUE_NAMES[t.split('.')[0]!.toUpperCase()];
    if (name) {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      words.add(escaped.replace(/ /g, '\\s+'));
      byteWords.add(escaped.replace(/ /g, '[\\s\\x80-\\xff]+'));
    }
  }
  const prefilter = new RegExp([...words].join('|'), 'i');
  // Only ASCII words are found alike in the bytes (an id or a name given in another script is not).
  // eslint-disable-next-line no-control-regex
  if ([...byteWords].every((w) => /^[\x00-\x7f]*$/.test(w))) BYTE_PREFILTERS.set(prefilter, new RegExp([...byteWords].join('|'), 'i'));
  return prefilter;
}

/**
 * For a test made by techniquePrefilter, one that says yes to a UTF-8 file's bytes read as
 * Latin-1 (one character per byte, a copy) whenever the test can say yes to its decoded text:
 * reading a file that way costs less than decoding it, and most files are then left without
 * decoding. Ids and names are ASCII, which a case-insensitive match only finds in ASCII bytes;
 * a whitespace of a name may also be a non-ASCII one, which UTF-8 writes as bytes above 0x7f.
 * Undefined for any other regular expression (a copy sent to another thread is one).
 */
export function bytePrefilter(prefilter: RegExp): RegExp | undefined {
  return BYTE_PREFILTERS.get(prefilter);
}
