import type { Detection, FalsePositiveItem, FormatId, ParseResult } from '../detection.js';
import type { SourceFile } from '../source.js';
import type { Fix } from '../fix/edits.js';

export interface FalsePositiveInsertion {
  /** The texts to add, as a rule author of the format would write them (catalog `insert` or `short`). */
  texts: string[];
  /** Items to replace (placeholders such as `Unknown`); empty to only append. */
  replace: FalsePositiveItem[];
}

/** Everything lofp-lint knows about one rule format. Nothing outside the module knows its fields. */
export interface FormatModule {
  id: FormatId;
  /** Human name for messages and docs. */
  name: string;
  /** File extensions (lower case, with dot) this format is stored in. */
  extensions: readonly string[];
  /**
   * Cheap content test on the raw text: does this file look like a rule of this format?
   * Must not parse; several modules may share an extension (Sigma, Splunk, Panther: .yml).
   */
  sniff(file: SourceFile): boolean;
  /** Parse every rule in the file. Must never throw: broken input becomes `problems`. */
  parse(file: SourceFile): ParseResult;
  /**
   * How the format's false positives are conventionally written: `phrase` (Sigma `falsepositives`
   * list items, one short line each) gets each catalog entry's `short` form; `sentence` (the
   * default) gets its full `insert` sentences.
   */
  falsePositiveStyle?: 'phrase' | 'sentence';
  /**
   * Plan the edits that add false-positive texts to the detection, in the file's own style,
   * or null when this detection cannot be fixed automatically (the reason is logged by callers).
   */
  planFalsePositiveFix?(detection: Detection, insertion: FalsePositiveInsertion): Fix | null;
  /**
   * Why the detection's false-positive field cannot be rewritten safely (a YAML anchor that an
   * alias refers to, an explicit \`? key\`), or null. A refused field gets no fix; the findings
   * that would carry one say why.
   */
  fixRefusal?(detection: Detection): string | null;
}
