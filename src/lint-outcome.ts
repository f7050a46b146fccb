/**
 * A file's outcome detached from the file's text: what crosses from a worker thread to the main
 * thread, and what a run keeps of each rule when nothing downstream needs the rule texts (no fix,
 * no SARIF or rdjson fix regions). Memory then stays flat in the number of rules: of an analysed
 * rule only what the reports show is kept, as fresh strings that no longer pin the file's text
 * (V8 substrings keep their whole parent string alive).
 */
import type { Detection } from './detection.js';
import type { FileOutcome } from './lint-file.js';
import type { Suggestion } from './match/types.js';
import type { SourceFile } from './source.js';

export type DetachedDetection = Omit<Detection, 'source'>;
export type DetachedOutcome = Omit<FileOutcome, 'detections'> & { detections: DetachedDetection[] };

/**
 * The outcome without the file's text; `keepText` false also drops the detections' query and
 * description, which only the analysis reads.
 */
export function detach(outcome: FileOutcome, keepText: boolean): DetachedOutcome {
  return {
    ...outcome,
    detections: outcome.detections.map(({ source: _source, ...rest }) => (keepText ? rest : { ...rest, query: '', description: '' })),
  };
}

/** Puts the file back on the detections. */
export function attach(outcome: DetachedOutcome, file: SourceFile): FileOutcome {
  return { ...outcome, detections: outcome.detections.map((d) => ({ ...d, source: file })) };
}

/** The file as detections keep it when the run does not keep texts: everything but the text. */
export function textless(file: SourceFile): SourceFile {
  return { ...file, text: '' };
}

/** What the run keeps of an outcome linted in this thread when it does not keep texts. */
export function compact(outcome: FileOutcome, file: SourceFile): FileOutcome {
  return attach(structuredClone(detach(outcome, false)), textless(file));
}

/**
 * One copy of each string that many rules share (catalog texts in suggestions, reasons, check
 * ids, severities): an outcome copied across threads or compacted holds its own copies, which for
 * 100,000 rules would cost more than the rules themselves.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  get(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }

  /** Replaces the outcome's shared strings by the pool's copies, in place. */
  internOutcome(outcome: FileOutcome): void {
    const s = (x: string) => this.get(x);
    const suggestion = (x: Suggestion) => {
      x.id = s(x.id);
      x.text = s(x.text);
      x.insert = s(x.insert);
      x.confidence = s(x.confidence) as Suggestion['confidence'];
      x.reason = s(x.reason);
    };
    for (const d of outcome.detections) {
      d.techniques = d.techniques.map(s);
      if (d.status !== null) d.status = s(d.status);
      for (const section of d.falsePositives) section.key = s(section.key);
    }
    for (const a of outcome.analyses) {
      for (const r of a.relevant) {
        r.entryId = s(r.entryId);
        r.reason = s(r.reason);
      }
      a.suggestions.forEach(suggestion);
      for (const item of a.items) if (item.entryId !== null) item.entryId = s(item.entryId);
    }
    for (const f of outcome.findings) {
      f.check = s(f.check);
      f.suggestions.forEach(suggestion);
      if (f.fix) f.fix.title = s(f.fix.title);
    }
  }
}
