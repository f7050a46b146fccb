/**
 * Which files a run reads: walks the given paths, skips .git, node_modules and what .gitignore
 * files ignore, applies --include/--exclude and the config's `ignore` with .gitignore semantics
 * (a folder name excludes the folder, a pattern without a slash matches at any depth), never
 * leaves the scanned root through a symlink.
 * Synchronous file-system calls, like the reads (see read.ts): faster for many small entries.
 */
import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { readRegularFile } from './regular-file.js';
import type { Skip } from './result.js';

const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules']);

export interface DiscoverOptions {
  /** Absolute root: output paths are relative to it, symlinks may not leave it. */
  root: string;
  /** Files or folders, absolute or relative to `root`. */
  paths: string[];
  /** Lower-case extensions worth reading (with dot). Explicitly named files are always read. */
  extensions: ReadonlySet<string>;
  /** Gitignore-style patterns a file must match (any of them), relative to `patternBase`. */
  include: string[];
  /** Gitignore-style patterns of files and folders to skip, relative to `patternBase`. */
  exclude: string[];
  /** Absolute folder `include`/`exclude` are relative to (default: `root`). */
  patternBase?: string;
  /** More exclusions written relative to their own folder (the config's `ignore:`). */
  ignore?: PathPatterns;
  /**
   * File names never listed, wherever they are (the config files): they still count as selected
   * by the path that reached them, so naming one is no unmatched path.
   */
  unlistedNames?: ReadonlySet<string>;
}

/** Gitignore-style patterns and the folder they are written relative to. */
export interface PathPatterns {
  base: string;
  patterns: string[];
}

/** What a run selected, what it left out, and which of its arguments selected nothing. */
export interface Discovery {
  files: DiscoveredFiles;
  skipped: Skip[];
  /** Given paths and --include patterns that selected no rule file, as the user wrote them. */
  unmatched: string[];
}

export interface DiscoveredFile {
  absolute: string;
  /** Relative to the root, POSIX separators. */
  relative: string;
}

/** `dir` followed by the path separator (once: a root such as `/` ends with it already). */
function prefixOf(dir: string): string {
  return dir.endsWith(path.sep) ? dir : dir + path.sep;
}

/** A relative path (POSIX separators) with the platform's separators. */
function nativePath(relative: string): string {
  return path.sep === '/' ? relative : relative.split('/').join(path.sep);
}

/** A list of 32-bit integers that grows as it is filled, off the JS heap. */
class IntList {
  private values = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const larger = new Int32Array(this.values.length * 2);
      larger.set(this.values);
      this.values = larger;
    }
    this.values[this.length++] = value;
  }

  /** The values, in an array of their own size. */
  done(): Int32Array {
    return this.values.slice(0, this.length);
  }
}

/** DiscoveredFiles as plain data: what a worker thread receives (structured clone copies it as it is). */
export interface PackedDiscoveredFiles {
  /** The root followed by its separator: a file's absolute path is this and its relative path (native separators). */
  rootPrefix: string;
  /** Folders holding files, relative to the root, each with its trailing `/` ('' for the root). */
  folders: string[];
  /** Every file's name, one after the other. */
  names: string;
  /** Per file: its folder (index into `folders`) and where its name ends in `names`. */
  folderOf: Int32Array;
  nameEnds: Int32Array;
  /** Files whose absolute path is not `rootPrefix` + relative path, by index (none from a walk). */
  absolutes: [number, string][];
}

/**
 * The selected files, in order, kept compact: a run of 300,000 files held them as objects of two
 * strings each (some 45 MB, and as much again in each worker); here they are one string of names,
 * the folders once each and two integers per file (some 7 MB). A file's paths are made when it
 * is asked for.
 */
export class DiscoveredFiles implements Iterable<DiscoveredFile> {
  private constructor(private readonly packed: PackedDiscoveredFiles) {}

  /** The files as `pack` gave them. */
  static unpack(packed: PackedDiscoveredFiles): DiscoveredFiles {
    return new DiscoveredFiles(packed);
  }

  /** `files`, in that order (a file's absolute path is kept only if it is not the root's and its relative path). */
  static of(root: string, files: Iterable<DiscoveredFile>): DiscoveredFiles {
    const builder = new DiscoveredFilesBuilder(prefixOf(root));
    for (const file of files) builder.add(file.relative, file.absolute);
    return builder.done();
  }

  get length(): number {
    return this.packed.folderOf.length;
  }

  /** The files as plain data, for a worker thread. */
  pack(): PackedDiscoveredFiles {
    return this.packed;
  }

  relative(i: number): string {
    const { folders, names, folderOf, nameEnds } = this.packed;
    return folders[folderOf[i]!] + names.slice(i === 0 ? 0 : nameEnds[i - 1]!, nameEnds[i]!);
  }

  at(i: number): DiscoveredFile {
    const relative = this.relative(i);
    return { absolute: this.absoluteOf(i, relative), relative };
  }

  private absoluteOf(i: number, relative: string): string {
    const { rootPrefix, absolutes } = this.packed;
    if (absolutes.length > 0) {
      const given = this.exceptions().get(i);
      if (given !== undefined) return given;
    }
    return rootPrefix + nativePath(relative);
  }

  private exceptionIndex: Map<number, string> | undefined;

  private exceptions(): Map<number, string> {
    return (this.exceptionIndex ??= new Map(this.packed.absolutes));
  }

  /** Files `start` to `end` (excluded), as objects. */
  slice(start: number, end: number = this.length): DiscoveredFile[] {
    const files: DiscoveredFile[] = [];
    for (let i = Math.max(0, start); i < Math.min(end, this.length); i++) files.push(this.at(i));
    return files;
  }

  map<U>(f: (file: DiscoveredFile) => U): U[] {
    const mapped: U[] = [];
    for (let i = 0; i < this.length; i++) mapped.push(f(this.at(i)));
    return mapped;
  }

  /** The files whose relative path `keep` accepts; the same list when it accepts them all. */
  filter(keep: (relative: string) => boolean): DiscoveredFiles {
    const kept: number[] = [];
    for (let i = 0; i < this.length; i++) if (keep(this.relative(i))) kept.push(i);
    if (kept.length === this.length) return this;
    const builder = new DiscoveredFilesBuilder(this.packed.rootPrefix);
    for (const i of kept) {
      const relative = this.relative(i);
      builder.add(relative, this.absoluteOf(i, relative));
    }
    return builder.done();
  }

  *[Symbol.iterator](): Iterator<DiscoveredFile> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}

/**
 * Collects discovered files in order. A folder's files are added together (`addInFolder`), their
 * names joined per folder, so that no per-file string outlives the walk of its folder.
 */
class DiscoveredFilesBuilder {
  private readonly folders: string[] = [];
  private readonly folderIndex = new Map<string, number>();
  private readonly nameParts: string[] = [];
  /** Names of the folder being added, joined into `nameParts` when another folder comes. */
  private pending: string[] = [];
  private pendingFolder = -1;
  private nameLength = 0;
  private readonly folderOf = new IntList();
  private readonly nameEnds = new IntList();
  private readonly absolutes: [number, string][] = [];

  /** `rootPrefix`: the root followed by its separator (see `prefixOf`). */
  constructor(private readonly rootPrefix: string) {}

  private folder(relativeFolder: string): number {
    let index = this.folderIndex.get(relativeFolder);
    if (index === undefined) {
      index = this.folders.length;
      this.folders.push(relativeFolder);
      this.folderIndex.set(relativeFolder, index);
    }
    return index;
  }

  private flushNames(): void {
    if (this.pending.length > 0) this.nameParts.push(this.pending.join(''));
    this.pending = [];
  }

  private push(folder: number, name: string): void {
    if (folder !== this.pendingFolder) {
      this.flushNames();
      this.pendingFolder = folder;
    }
    this.pending.push(name);
    this.nameLength += name.length;
    this.folderOf.push(folder);
    this.nameEnds.push(this.nameLength);
  }

  /**
   * A file found by walking its folder: `relativeFolder` (with its trailing `/`, '' for the
   * root) is the folder's path from the root, so the file's absolute path is the root's and its
   * relative path.
   */
  addInFolder(relativeFolder: string, name: string): void {
    this.push(this.folder(relativeFolder), name);
  }

  add(relative: string, absolute: string): void {
    const slash = relative.lastIndexOf('/');
    const index = this.folderOf.length;
    this.push(this.folder(relative.slice(0, slash + 1)), relative.slice(slash + 1));
    if (absolute !== this.rootPrefix + nativePath(relative)) this.absolutes.push([index, absolute]);
  }

  done(): DiscoveredFiles {
    this.flushNames();
    return DiscoveredFiles.unpack({
      rootPrefix: this.rootPrefix,
      folders: this.folders,
      names: this.nameParts.join(''),
      folderOf: this.folderOf.done(),
      nameEnds: this.nameEnds.done(),
      absolutes: this.absolutes,
    });
  }
}

interface IgnoreScope {
  dir: string;
  rules: Ignore;
}

function toPosix(p: string): string {
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}

/** `child` below `dir` (both real, absolute and normalized), without path.relative's normalization. */
function below(dir: string, child: string): string | null {
  const prefix = prefixOf(dir);
  return child.startsWith(prefix) ? toPosix(child.slice(prefix.length)) : null;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Where a folder entry goes in the walk: a folder as its paths start (`name/`), anything else as its name. */
function walkKey(entry: Dirent): string {
  return entry.isDirectory() ? `${entry.name}/` : entry.name;
}

/** `path.extname(name)` for a bare file name (no folder part), without its general parsing. */
function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && name !== '..' ? name.slice(dot) : '';
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function readGitignore(dir: string): IgnoreScope | null {
  try {
    return { dir, rules: ignore().add(readRegularFile(path.join(dir, '.gitignore')).toString('utf8')) };
  } catch {
    return null;
  }
}

/** What a directory entry that is neither a file nor a folder is, for the skip note. */
function specialKind(entry: Dirent | Stats): string {
  if (entry.isFIFO()) return 'a FIFO';
  if (entry.isSocket()) return 'a socket';
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return 'a device';
  return 'a special file';
}

function realpathOrNull(p: string): string | null {
  try {
    return realpathSync(p);
  } catch {
    return null;
  }
}

/** A pattern set, answering for paths below its base only (`ignore` rejects `../` paths). */
function patternMatcher(set: PathPatterns): (absolute: string, isDir: boolean) => boolean {
  const rules = ignore().add(set.patterns);
  const base = realpathOrNull(set.base) ?? path.resolve(set.base);
  return (absolute, isDir) => {
    const rel = below(base, absolute);
    return rel !== null && rules.ignores(isDir ? `${rel}/` : rel);
  };
}

function ignoredBy(scopes: readonly IgnoreScope[], absolute: string, isDir: boolean): boolean {
  for (const scope of scopes) {
    const rel = below(scope.dir, absolute);
    if (rel && scope.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}

/** `files` (sorted by relative path) without the repeated ones; the same array when there are none. */
function withoutRepeats(files: DiscoveredFile[]): DiscoveredFile[] {
  let kept = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const previous = kept > 0 ? files[kept - 1]! : undefined;
    if (previous && previous.relative === file.relative && previous.absolute === file.absolute) continue;
    files[kept++] = file;
  }
  files.length = kept;
  return files;
}

export function discoverFiles(options: DiscoverOptions): Discovery {
  const root = realpathSync(options.root);
  const patternBase = options.patternBase ?? options.root;
  const includes = options.include.map((pattern) => ({ pattern, matches: patternMatcher({ base: patternBase, patterns: [pattern] }), used: false }));
  const include = options.include.length ? patternMatcher({ base: patternBase, patterns: options.include }) : null;
  const exclusions = [
    ...(options.exclude.length ? [patternMatcher({ base: patternBase, patterns: options.exclude })] : []),
    ...(options.ignore?.patterns.length ? [patternMatcher(options.ignore)] : []),
  ];
  const excluded = exclusions.length ? (absolute: string, isDir: boolean) => exclusions.some((m) => m(absolute, isDir)) : null;
  const files = new DiscoveredFilesBuilder(prefixOf(root));
  const skipped: Skip[] = [];
  const seenDirs = new Set<string>();

  const relativeOf = (absolute: string) => below(root, absolute) ?? (toPosix(path.relative(root, absolute)) || path.basename(absolute));

  // FIFOs, sockets and devices are never opened: reading a FIFO blocks until someone writes to it.
  let selectedByPath = 0;
  const skipSpecial = (absolute: string, kind: Dirent | Stats) => {
    if (!options.extensions.has(path.extname(absolute).toLowerCase())) return;
    if ((include && !include(absolute, false)) || excluded?.(absolute, false)) return;
    // Selected, then skipped with a note: the path was no typo.
    selectedByPath++;
    skipped.push({ path: relativeOf(absolute), reason: `${specialKind(kind)}, not a regular file; not read` });
  };

  // The output is sorted by relative path. A walk of one folder lists its files in that order
  // already (see walk): the sort, costly for many files, only runs when a walk cannot promise it
  // (a followed link, several paths, a named file).
  let inOrder = options.paths.length === 1;
  // A file reached twice (two given paths, a link to it) is listed twice here and once in the
  // result: duplicates are dropped after the sort, where they are neighbours.
  // `folder`: the relative path of the walked folder holding the file (its absolute path is then
  // the root's, the folder's and `name`), null for a file reached otherwise.
  const addFile = (absolute: string, folder: string | null, name: string, explicit: boolean, extension: string): boolean => {
    if (!explicit && !options.extensions.has(extension.toLowerCase())) return false;
    if (include && !include(absolute, false)) return false;
    if (excluded?.(absolute, false)) return false;
    selectedByPath++;
    for (const i of includes) if (!i.used && i.matches(absolute, false)) i.used = true;
    if (options.unlistedNames?.has(folder === null ? path.basename(absolute) : name)) return true;
    if (folder === null) {
      inOrder = false;
      files.add(relativeOf(absolute), absolute);
    } else files.addInFolder(folder, name);
    return true;
  };

  const walk = (dir: string, scopes: IgnoreScope[]): void => {
    if (seenDirs.has(dir)) return;
    seenDirs.add(dir);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      skipped.push({ path: relativeOf(dir), reason: `cannot read folder: ${(error as NodeJS.ErrnoException).code ?? 'error'}` });
      return;
    }
    const own = entries.some((e) => e.name === '.gitignore') ? readGitignore(dir) : null;
    const active = own ? [...scopes, own] : scopes;
    // In the order of the paths below: a sub-folder `name` as `name/`, so that `a-b/x` comes
    // before `a/x` though `a` < `a-b`. A folder's files and its sub-folders' files then come
    // out sorted by relative path, with no sort of the whole list.
    entries.sort((a, b) => compareCodeUnits(walkKey(a), walkKey(b)));
    const prefix = prefixOf(dir);
    // The entries' relative paths, made from the folder's: `dir` is a real path inside the root.
    const dirRelative = dir === root ? '' : below(root, dir);
    const relativePrefix = dirRelative === null || dirRelative === '' ? dirRelative : `${dirRelative}/`;
    for (const entry of entries) {
      const name = entry.name;
      if (ALWAYS_SKIPPED_DIRS.has(name)) continue;
      let absolute = prefix + name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let kind: Dirent | Stats = entry;
      let linked = false;
      if (entry.isSymbolicLink()) {
        const target = realpathOrNull(absolute);
        if (!target || !isInside(root, target)) {
          skipped.push({ path: relativeOf(absolute), reason: 'symbolic link leads outside the scanned root; not followed' });
          continue;
        }
        const stat = statSync(target);
        kind = stat;
        absolute = target;
        isDir = stat.isDirectory();
        isFile = stat.isFile();
        linked = true;
      }
      if (active.length > 0 && ignoredBy(active, absolute, isDir)) continue;
      if (isDir) {
        if (excluded?.(absolute, true)) continue;
        // A linked folder's files have their target's paths: anywhere in the order.
        if (linked) inOrder = false;
        walk(absolute, active);
      } else if (isFile) {
        if (linked || relativePrefix === null) addFile(absolute, null, name, false, path.extname(absolute));
        else addFile(absolute, relativePrefix, name, false, extensionOf(name));
      } else skipSpecial(absolute, kind);
    }
  };

  const unmatched: string[] = [];
  for (const p of options.paths) {
    selectedByPath = 0;
    // Per path, so that a folder inside an earlier one still counts what it selects.
    seenDirs.clear();
    const given = path.resolve(options.root, p);
    // A pipe named on the command line (`/dev/stdin`, `<(cat rule.yml)`) has no real path to
    // resolve (its link leads to `pipe:[...]`): it is told apart by what it is, and never opened.
    const target = statSync(given, { throwIfNoEntry: false });
    if (target && !target.isFile() && !target.isDirectory()) {
      skipped.push({ path: below(root, given) ?? toPosix(given), reason: `${specialKind(target)}, not a regular file; not read (pipe a rule with \`-\` instead)` });
      continue;
    }
    const real = realpathOrNull(given);
    if (!real) {
      skipped.push({ path: p, reason: 'no such file or folder' });
      continue;
    }
    if (!isInside(root, real)) {
      skipped.push({ path: p, reason: 'outside the scanned root; not read' });
      continue;
    }
    const stat = statSync(real);
    if (stat.isDirectory()) {
      const scopes: IgnoreScope[] = [];
      // .gitignore files between the root and the given folder still apply.
      for (let dir = path.dirname(real); isInside(root, dir) && dir !== real; dir = path.dirname(dir)) {
        const scope = readGitignore(dir);
        if (scope) scopes.unshift(scope);
        if (dir === root) break;
      }
      walk(real, scopes);
    } else {
      addFile(real, null, '', true, '');
      // A file named explicitly (pre-commit passes each staged rule file) that --include,
      // --exclude or `ignore:` leave out is meant to be left out: a skip note, not an error.
      if (selectedByPath === 0) skipped.push({ path: relativeOf(real), reason: "left out by --include/--exclude or the config's ignore:" });
      continue;
    }
    if (selectedByPath === 0) unmatched.push(p);
  }
  for (const i of includes) if (!i.used) unmatched.push(`--include ${i.pattern}`);
  const found = files.done();
  if (inOrder) return { files: found, skipped, unmatched };
  const sorted = [...found].sort((a, b) => compareCodeUnits(a.relative, b.relative));
  return { files: DiscoveredFiles.of(root, withoutRepeats(sorted)), skipped, unmatched };
}
