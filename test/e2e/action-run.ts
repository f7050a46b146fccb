/**
 * Runs the built Action (dist/index.js) as a child process with a simulated runner: an event
 * payload, inputs as INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and a local
 * server playing the GitHub REST API. LOFP_ACTION_BUNDLE overrides the bundle to run.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadBuiltinEntries } from '../../src/catalog/load.js';
import type { FakeGitHub } from './github-fake.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURE = path.join(ROOT, 'test/fixtures/action-repo');
export const BUNDLE = process.env.LOFP_ACTION_BUNDLE ?? path.join(ROOT, 'dist/index.js');
export const REPOSITORY = 'acme/detections';
export const PULL = 7;
export const HEAD_SHA = 'a'.repeat(40);
export const BASE_SHA = 'b'.repeat(40);
/**
 * GITHUB_SHA of audit runs, the commit their reports link to. Pull-request runs on the fixture
 * (no git clone) set it to HEAD_SHA: the workspace holds the head, as after a checkout of it.
 */
export const RUN_SHA = 'c'.repeat(40);
export const RUN_ID = '4242';
/** A run that takes longer is killed: nothing may hang. */
export const RUN_LIMIT_MS = 50_000;

export interface ActionRun {
  workspace: string;
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  /** Wall time of the run. */
  ms: number;
}

export interface RunOptions {
  /** Prepares the copy of the fixture repository before the run. */
  prepare?: (workspace: string) => void;
  /** A ready workspace (e.g. a git clone) used instead of a copy of the fixture. */
  workspace?: string;
  /** Runner variables to set, or to unset with undefined. */
  env?: Record<string, string | undefined>;
  /** Written as the event file instead of the payload's JSON. */
  rawEvent?: string;
}

export interface ActionEvent {
  name: string;
  payload: unknown;
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const re = /^([^\n<]+)<<(ghadelimiter_[^\n]+)\n([\s\S]*?)\n\2$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) outputs[m[1]!] = m[3]!;
  return outputs;
}

let scratch: string | null = null;

/** A fresh folder under this test file's scratch folder. */
export function scratchDir(prefix: string): string {
  if (!scratch) {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'lofp-e2e-'));
    // `npm test` builds first (pretest), so the bundle under test is the one CI proves current.
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run npm run build`);
  }
  return mkdtempSync(path.join(scratch, prefix));
}

/** Removes the scratch folder (call in afterAll). */
export function removeScratch(): void {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = null;
}

export async function runAction(fake: FakeGitHub | null, inputs: Record<string, string>, event: ActionEvent, options: RunOptions = {}): Promise<ActionRun> {
  const dir = scratchDir('run-');
  let workspace = options.workspace;
  if (!workspace) {
    workspace = path.join(dir, 'workspace');
    cpSync(FIXTURE, workspace, { recursive: true });
  }
  options.prepare?.(workspace);
  const eventPath = path.join(dir, 'event.json');
  writeFileSync(eventPath, options.rawEvent ?? JSON.stringify(event.payload));
  const outputPath = path.join(dir, 'output');
  const summaryPath = path.join(dir, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: event.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_SHA: event.name.startsWith('pull_request') ? HEAD_SHA : RUN_SHA,
    GITHUB_RUN_ID: RUN_ID,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: fake ? fake.url : 'http://127.0.0.1:9',
  };
  for (const [name, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  for (const [name, value] of Object.entries({ 'github-token': 'ghs_test', ...inputs })) env[`INPUT_${name.toUpperCase()}`] = value;

  const started = Date.now();
  const child = spawn(process.execPath, [BUNDLE], { cwd: workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const killer = setTimeout(() => child.kill('SIGKILL'), RUN_LIMIT_MS);
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(killer);
  return {
    workspace,
    code,
    stdout,
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    ms: Date.now() - started,
  };
}

export const pullRequestEvent: ActionEvent = {
  name: 'pull_request',
  payload: {
    action: 'synchronize',
    number: PULL,
    pull_request: {
      number: PULL,
      head: { sha: HEAD_SHA, ref: 'rules', repo: { full_name: 'contributor/detections' } },
      base: { sha: BASE_SHA, ref: 'main', repo: { full_name: REPOSITORY } },
    },
    repository: { full_name: REPOSITORY, name: 'detections', owner: { login: 'acme' } },
  },
};

/** The same pull request opened from a branch of the repository itself (not a fork). */
export const sameRepositoryEvent: ActionEvent = {
  name: 'pull_request',
  payload: {
    ...(pullRequestEvent.payload as Record<string, unknown>),
    pull_request: {
      number: PULL,
      head: { sha: HEAD_SHA, ref: 'rules', repo: { full_name: REPOSITORY } },
      base: { sha: BASE_SHA, ref: 'main', repo: { full_name: REPOSITORY } },
    },
  },
};

/** Workflow-command lines (annotations, failure) the Action printed, in order. */
export function commands(stdout: string): string[] {
  return stdout.split('\n').filter((l) => /^::(error|warning|notice)/.test(l));
}

function catalogEntry(id: string) {
  const entry = loadBuiltinEntries().find((e) => e.id === id);
  if (!entry) throw new Error(`no catalog entry ${id}`);
  return entry;
}

/** The text a fix inserts for a catalog entry in sentence-style fields. */
export function insert(id: string): string {
  return catalogEntry(id).insert;
}

/** What a fix writes into a list-style field (Sigma `falsepositives`): the entry's one-line form. */
export function short(id: string): string {
  return catalogEntry(id).short;
}

export function fixtureText(file: string): string {
  return readFileSync(path.join(FIXTURE, file), 'utf8');
}
