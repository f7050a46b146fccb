/**
 * The GitHub problem matcher (.github/lofp-lint-problem-matcher.json) applied to the built CLI's
 * stylish output the way the Actions runner applies a two-pattern matcher whose last pattern
 * loops: a line matching the first pattern starts a file, each following line matching the loop
 * pattern is one annotation, any other line ends the loop.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Pattern {
  regexp: string;
  file?: number;
  line?: number;
  column?: number;
  severity?: number;
  message?: number;
  code?: number;
  loop?: boolean;
}

function annotations(output: string) {
  const matcher = JSON.parse(readFileSync(path.join(ROOT, '.github/lofp-lint-problem-matcher.json'), 'utf8')) as {
    problemMatcher: { owner: string; severity: string; pattern: [Pattern, Pattern] }[];
  };
  expect(matcher.problemMatcher[0]!.severity).toBe('warning');
  const [fileLine, findingLine] = matcher.problemMatcher[0]!.pattern;
  const found: string[] = [];
  let file: string | undefined;
  for (const line of output.split('\n')) {
    const finding = file !== undefined ? new RegExp(findingLine.regexp).exec(line) : null;
    if (finding) {
      const severity = finding[findingLine.severity!] ?? '(default)';
      found.push(`${file}:${finding[findingLine.line!]}:${finding[findingLine.column!]} ${severity} ${finding[findingLine.code!]}: ${finding[findingLine.message!]}`);
      continue;
    }
    file = new RegExp(fileLine.regexp).exec(line)?.[fileLine.file!];
  }
  return found;
}

describe('problem matcher', () => {
  it('turns every stylish finding into one annotation with file, line, column, severity and check', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli/index.js'), 'examples', '--include', 'sigma', '--include', 'sentinel', '--include', 'chronicle'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(annotations(run.stdout)).toEqual([
      'examples/chronicle/gcs_bucket_made_public.yaral:13:1 warning vague-false-positive: False positives are only generic ("Legitimate activity"); name who or what triggers the rule benignly: an actor, a tool or an operation',
      'examples/sentinel/azure_blob_azcopy_download.yaml:3:1 warning missing-catalog-entry: Missing false positive "DevOps or IT teams performing authorized data transfers or downloads from Azure..." (azure-blob-azcopy-devops-downloads): query matches OperationName GetBlob',
      'examples/sigma/gcp_pubsub_topic_created.yml:17:1 error placeholder-false-positives: `falsepositives` holds only placeholders: "Unknown"; document who or what triggers the rule benignly; 1 catalog entry applies',
      'examples/sigma/gcp_pubsub_topic_created.yml:17:1 warning missing-catalog-entry: Missing false positive "Topic creations may be done by a system or network administrator. Verify whether..." (gcp-pubsub-topic-created-by-admin): query matches gcp.audit.method_name google.pubsub.v1.Publisher.CreateTopic',
    ]);
  });

  it('leaves the severity of notes to the matcher default (warning), and reads nothing from the closing line', () => {
    const stylish = 'rules/x.yml\n  4:1  note     "x" may deserve a catalog entry  uncatalogued-false-positive\n\n✖ 1 problem (0 errors, 0 warnings, 1 note) in 1 rule tagged T1530 in 1 file\n';
    expect(annotations(stylish)).toEqual(['rules/x.yml:4:1 (default) uncatalogued-false-positive: "x" may deserve a catalog entry']);
  });
});
