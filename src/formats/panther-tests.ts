/**
 * What a Panther rule fires on, read from its own unit tests. The logic sits in a .py file that is
 * never read, but each `Tests` item with `ExpectedResult: true` carries a sample `Log` the rule
 * matches; the fields of that log naming the event (`eventName: Subscribe`) are the closest thing
 * to a query the YAML has.
 *
 * `Tests` is most of a rule file's bytes, so the rule itself is parsed with it blanked; this
 * parses it on its own, with the same loader and limits, and only when the rule needs it.
 */
import type { LineSpan } from '../detection.js';
import { oneLine } from '../one-line.js';
import { loadYamlDocument } from './yaml-load.js';
import { isYamlMap, stringOf, type YamlMap } from './yaml-value.js';

export const TESTS_KEY = 'Tests';

/**
 * Last segments of log field paths that name what happened (CloudTrail, GCP audit, M365, Okta...),
 * lower case: schemas differ in case only (M365 `Operation`, Azure `operationName`, Snowflake
 * `EVENT_TYPE`).
 */
const EVENT_FIELDS: ReadonlySet<string> = new Set(
  ['eventName', 'eventSource', 'eventType', 'event_type', 'type', 'action', 'actionName', 'verb', 'methodName', 'serviceName', 'Operation', 'OperationName']
    .map((name) => name.toLowerCase()),
);

/** Log fields nest a few levels (`protoPayload.methodName`); deeper is no event name. */
const MAX_LOG_DEPTH = 16;

/**
 * `field: value` lines, one per event-naming scalar of the logs of the tests expected to match
 * (dotted paths for nested keys), deduplicated, in file order; '' when there are none or the
 * `Tests` block (at `span` of `lines`) does not load.
 */
export function testEventQuery(lines: readonly string[], span: LineSpan | undefined): string {
  if (!span) return '';
  const loaded = loadYamlDocument(lines.slice(span.line - 1, span.endLine).join('\n'), span.line);
  if (!loaded.ok || !isYamlMap(loaded.value)) return '';
  const tests = loaded.value[TESTS_KEY];
  if (!Array.isArray(tests)) return '';
  const found = new Set<string>();
  for (const test of tests) {
    if (!isYamlMap(test) || test['ExpectedResult'] !== true || !isYamlMap(test['Log'])) continue;
    eventFields(test['Log'], '', 0, new Set(), found);
  }
  return [...found].join('\n');
}

function eventFields(log: YamlMap, prefix: string, depth: number, seen: Set<object>, found: Set<string>): void {
  // A map met twice is an alias (possibly of itself): once is enough.
  if (depth > MAX_LOG_DEPTH || seen.has(log)) return;
  seen.add(log);
  for (const [key, value] of Object.entries(log)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (isYamlMap(value)) {
      eventFields(value, path, depth + 1, seen, found);
      continue;
    }
    const raw = stringOf(value);
    const text = raw && oneLine(raw);
    // The last segment of the path, so that a flat `protoPayload.methodName` key counts too.
    if (text && EVENT_FIELDS.has(path.slice(path.lastIndexOf('.') + 1).toLowerCase())) found.add(`${path}: ${text}`);
  }
}
