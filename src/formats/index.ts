import type { SourceFile } from '../source.js';
import type { FormatModule } from './types.js';
import { sigma } from './sigma.js';
import { elastic } from './elastic.js';
import { splunk } from './splunk.js';
import { sentinel } from './sentinel.js';
import { panther } from './panther.js';
import { chronicle } from './chronicle.js';

/** Every supported format. Order matters only for files several modules could claim. */
export const FORMATS: readonly FormatModule[] = [sigma, splunk, panther, sentinel, elastic, chronicle];

export const RULE_EXTENSIONS: ReadonlySet<string> = new Set(FORMATS.flatMap((f) => f.extensions));

/** The format of a file, recognized by its extension and content, or null when it is no rule. */
export function recognizeFormat(file: SourceFile): FormatModule | null {
  const dot = file.path.lastIndexOf('.');
  const ext = dot === -1 ? '' : file.path.slice(dot).toLowerCase();
  // A name without a rule extension (standard input, a file named on the command line): by content alone.
  const byContent = !RULE_EXTENSIONS.has(ext);
  for (const format of FORMATS) if ((byContent || format.extensions.includes(ext)) && format.sniff(file)) return format;
  return null;
}

export function formatById(id: string): FormatModule | undefined {
  return FORMATS.find((f) => f.id === id);
}
