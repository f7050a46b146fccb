// The lofp-lint engine as a classic script, not a module: dist/cli/lofp-lint.js compiles it with a code cache (src/cli/load-engine.ts).
(function (__lofp_engine_url, __WEBPACK_EXTERNAL_createRequire) {
'use strict';
/******/ var __webpack_modules__ = ({

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    if (path in cache) {
      return cache[path]
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', __lofp_engine_url).pathname).slice(__lofp_engine_url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(__lofp_engine_url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/errors.ts
/**
 * A mistake of the user's (bad flag, broken config or catalog): printed as one line without a
 * stack trace, exit code 2. Anything else that escapes is a bug in lofp-lint.
 */
class ConfigError extends Error {
    name = 'ConfigError';
}

;// CONCATENATED MODULE: ./src/attack.ts
/** MITRE ATT&CK identifiers: normalization of the many ways rules write them. */
/** Technique names lofp-lint can recognize when a format references a technique by name. */
const TECHNIQUE_NAMES = {
    T1530: 'Data from Cloud Storage',
};
const TECHNIQUE_ID = /^T\d{4}(?:\.\d{3})?$/;
/** `t1530`, `T1530`, `attack.t1530`, `TA0009:T1530`, `.../techniques/T1530/` -> `T1530`; else null. */
function normalizeTechnique(raw) {
    const s = raw.trim();
    const url = /\/techniques\/(T\d{4})(?:\/(\d{3}))?\/?$/i.exec(s);
    if (url)
        return (url[2] ? `${url[1]}.${url[2]}` : url[1]).toUpperCase();
    const m = /(?:^|[:.,\s])(t\d{4}(?:\.\d{3})?)$/i.exec(s) ?? /^(t\d{4}(?:\.\d{3})?)$/i.exec(s);
    if (m)
        return m[1].toUpperCase();
    return techniqueByName(s);
}
/** The technique id for an exact technique name (case-insensitive), or null. */
function techniqueByName(name) {
    const wanted = name.trim().toLowerCase();
    for (const [id, n] of Object.entries(TECHNIQUE_NAMES))
        if (n.toLowerCase() === wanted)
            return id;
    return null;
}
function isTechniqueId(id) {
    return TECHNIQUE_ID.test(id);
}
/** True when `technique` is `selected` or one of its sub-techniques (T1530 selects T1530.001). */
function techniqueMatches(technique, selected) {
    return technique === selected || technique.startsWith(`${selected}.`);
}
/** The byte-level tests of the regular expressions techniquePrefilter made (see bytePrefilter). */
const BYTE_PREFILTERS = new WeakMap();
/**
 * A cheap text test: may this file reference one of the techniques? Used before parsing, so it
 * must never say no to a file that carries a tag (ids and names, any case).
 */
function techniquePrefilter(techniques) {
    const words = new Set();
    const byteWords = new Set();
    for (const t of techniques) {
        const id = t.split('.')[0].replace(/^T/i, 't');
        words.add(id);
        byteWords.add(id);
        const name = TECHNIQUE_NAMES[t.split('.')[0].toUpperCase()];
        if (name) {
            const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            words.add(escaped.replace(/ /g, '\\s+'));
            byteWords.add(escaped.replace(/ /g, '[\\s\\x80-\\xff]+'));
        }
    }
    const prefilter = new RegExp([...words].join('|'), 'i');
    // Only ASCII words are found alike in the bytes (an id or a name given in another script is not).
    // eslint-disable-next-line no-control-regex
    if ([...byteWords].every((w) => /^[\x00-\x7f]*$/.test(w)))
        BYTE_PREFILTERS.set(prefilter, new RegExp([...byteWords].join('|'), 'i'));
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
function bytePrefilter(prefilter) {
    return BYTE_PREFILTERS.get(prefilter);
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(__lofp_engine_url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(__lofp_engine_url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
// EXTERNAL MODULE: ./node_modules/ignore/index.js
var ignore = __nccwpck_require__(298);
var ignore_default = /*#__PURE__*/__nccwpck_require__.n(ignore);
;// CONCATENATED MODULE: ./src/regular-file.ts
/**
 * Reading only regular files. Opening a FIFO for reading blocks until a writer comes, which may
 * be never; a device may never end. Every file lofp-lint reads (rules, config, catalogs,
 * baselines, .gitignore) is opened without blocking and checked with fstat on the open
 * descriptor, so a FIFO named `rule.yml` or `.lofp.yml` is refused instead of hanging the run.
 */

/** The error of a path that is no regular file: `code` is 'ENOTREG', `kind` says what it is. */
class NotRegularFileError extends Error {
    path;
    kind;
    code = 'ENOTREG';
    constructor(path, kind) {
        super(`${path}: ${kind}, not a regular file`);
        this.path = path;
        this.kind = kind;
    }
}
function kindOf(stat) {
    if (stat.isDirectory())
        return 'a folder';
    if (stat.isFIFO())
        return 'a FIFO';
    if (stat.isSocket())
        return 'a socket';
    if (stat.isCharacterDevice() || stat.isBlockDevice())
        return 'a device';
    return 'a special file';
}
/** A short reason for a failed read, for one-line messages: `ENOENT`, `a FIFO (named pipe)`... */
function readProblem(error) {
    if (error instanceof NotRegularFileError)
        return `${error.kind}, not a regular file`;
    return error?.code ?? String(error);
}
/**
 * Opens `path` for reading without blocking and returns the descriptor and size, or throws
 * NotRegularFileError (descriptor closed) for anything but a regular file.
 */
function openRegularFile(path) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(path, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
    try {
        const stat = (0,external_node_fs_namespaceObject.fstatSync)(fd);
        if (!stat.isFile())
            throw new NotRegularFileError(path, kindOf(stat));
        return { fd, size: stat.size };
    }
    catch (error) {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
        throw error;
    }
}
/**
 * Reads `size` bytes (fewer if the file shrank meanwhile) from an open descriptor, into `into`
 * when given (at least `size` bytes long; the result is then a view of it).
 */
function readOpenFile(fd, size, into) {
    const buffer = into ?? Buffer.allocUnsafe(size);
    let offset = 0;
    while (offset < size) {
        const n = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, offset, size - offset, offset);
        if (n === 0)
            break;
        offset += n;
    }
    return buffer.subarray(0, offset);
}
/** The whole content of a regular file; throws NotRegularFileError or the file system's error. */
function readRegularFile(path) {
    const { fd, size } = openRegularFile(path);
    try {
        return readOpenFile(fd, size);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/discover.ts
/**
 * Which files a run reads: walks the given paths, skips .git, node_modules and what .gitignore
 * files ignore, applies --include/--exclude and the config's `ignore` with .gitignore semantics
 * (a folder name excludes the folder, a pattern without a slash matches at any depth), never
 * leaves the scanned root through a symlink.
 * Synchronous file-system calls, like the reads (see read.ts): faster for many small entries.
 */




const ALWAYS_SKIPPED_DIRS = new Set(['.git', 'node_modules']);
/** `dir` followed by the path separator (once: a root such as `/` ends with it already). */
function prefixOf(dir) {
    return dir.endsWith((external_node_path_default()).sep) ? dir : dir + (external_node_path_default()).sep;
}
/** A relative path (POSIX separators) with the platform's separators. */
function nativePath(relative) {
    return (external_node_path_default()).sep === '/' ? relative : relative.split('/').join((external_node_path_default()).sep);
}
/** A list of 32-bit integers that grows as it is filled, off the JS heap. */
class IntList {
    values = new Int32Array(1024);
    length = 0;
    push(value) {
        if (this.length === this.values.length) {
            const larger = new Int32Array(this.values.length * 2);
            larger.set(this.values);
            this.values = larger;
        }
        this.values[this.length++] = value;
    }
    /** The values, in an array of their own size. */
    done() {
        return this.values.slice(0, this.length);
    }
}
/**
 * The selected files, in order, kept compact: a run of 300,000 files held them as objects of two
 * strings each (some 45 MB, and as much again in each worker); here they are one string of names,
 * the folders once each and two integers per file (some 7 MB). A file's paths are made when it
 * is asked for.
 */
class DiscoveredFiles {
    packed;
    constructor(packed) {
        this.packed = packed;
    }
    /** The files as `pack` gave them. */
    static unpack(packed) {
        return new DiscoveredFiles(packed);
    }
    /** `files`, in that order (a file's absolute path is kept only if it is not the root's and its relative path). */
    static of(root, files) {
        const builder = new DiscoveredFilesBuilder(prefixOf(root));
        for (const file of files)
            builder.add(file.relative, file.absolute);
        return builder.done();
    }
    get length() {
        return this.packed.folderOf.length;
    }
    /** The files as plain data, for a worker thread. */
    pack() {
        return this.packed;
    }
    relative(i) {
        const { folders, names, folderOf, nameEnds } = this.packed;
        return folders[folderOf[i]] + names.slice(i === 0 ? 0 : nameEnds[i - 1], nameEnds[i]);
    }
    at(i) {
        const relative = this.relative(i);
        return { absolute: this.absoluteOf(i, relative), relative };
    }
    absoluteOf(i, relative) {
        const { rootPrefix, absolutes } = this.packed;
        if (absolutes.length > 0) {
            const given = this.exceptions().get(i);
            if (given !== undefined)
                return given;
        }
        return rootPrefix + nativePath(relative);
    }
    exceptionIndex;
    exceptions() {
        return (this.exceptionIndex ??= new Map(this.packed.absolutes));
    }
    /** Files `start` to `end` (excluded), as objects. */
    slice(start, end = this.length) {
        const files = [];
        for (let i = Math.max(0, start); i < Math.min(end, this.length); i++)
            files.push(this.at(i));
        return files;
    }
    map(f) {
        const mapped = [];
        for (let i = 0; i < this.length; i++)
            mapped.push(f(this.at(i)));
        return mapped;
    }
    /** The files whose relative path `keep` accepts; the same list when it accepts them all. */
    filter(keep) {
        const kept = [];
        for (let i = 0; i < this.length; i++)
            if (keep(this.relative(i)))
                kept.push(i);
        if (kept.length === this.length)
            return this;
        const builder = new DiscoveredFilesBuilder(this.packed.rootPrefix);
        for (const i of kept) {
            const relative = this.relative(i);
            builder.add(relative, this.absoluteOf(i, relative));
        }
        return builder.done();
    }
    *[Symbol.iterator]() {
        for (let i = 0; i < this.length; i++)
            yield this.at(i);
    }
}
/**
 * Collects discovered files in order. A folder's files are added together (`addInFolder`), their
 * names joined per folder, so that no per-file string outlives the walk of its folder.
 */
class DiscoveredFilesBuilder {
    rootPrefix;
    folders = [];
    folderIndex = new Map();
    nameParts = [];
    /** Names of the folder being added, joined into `nameParts` when another folder comes. */
    pending = [];
    pendingFolder = -1;
    nameLength = 0;
    folderOf = new IntList();
    nameEnds = new IntList();
    absolutes = [];
    /** `rootPrefix`: the root followed by its separator (see `prefixOf`). */
    constructor(rootPrefix) {
        this.rootPrefix = rootPrefix;
    }
    folder(relativeFolder) {
        let index = this.folderIndex.get(relativeFolder);
        if (index === undefined) {
            index = this.folders.length;
            this.folders.push(relativeFolder);
            this.folderIndex.set(relativeFolder, index);
        }
        return index;
    }
    flushNames() {
        if (this.pending.length > 0)
            this.nameParts.push(this.pending.join(''));
        this.pending = [];
    }
    push(folder, name) {
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
    addInFolder(relativeFolder, name) {
        this.push(this.folder(relativeFolder), name);
    }
    add(relative, absolute) {
        const slash = relative.lastIndexOf('/');
        const index = this.folderOf.length;
        this.push(this.folder(relative.slice(0, slash + 1)), relative.slice(slash + 1));
        if (absolute !== this.rootPrefix + nativePath(relative))
            this.absolutes.push([index, absolute]);
    }
    done() {
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
function toPosix(p) {
    return (external_node_path_default()).sep === '/' ? p : p.split((external_node_path_default()).sep).join('/');
}
/** `child` below `dir` (both real, absolute and normalized), without path.relative's normalization. */
function below(dir, child) {
    const prefix = prefixOf(dir);
    return child.startsWith(prefix) ? toPosix(child.slice(prefix.length)) : null;
}
function compareCodeUnits(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Where a folder entry goes in the walk: a folder as its paths start (`name/`), anything else as its name. */
function walkKey(entry) {
    return entry.isDirectory() ? `${entry.name}/` : entry.name;
}
/** `path.extname(name)` for a bare file name (no folder part), without its general parsing. */
function extensionOf(name) {
    const dot = name.lastIndexOf('.');
    return dot > 0 && name !== '..' ? name.slice(dot) : '';
}
function isInside(root, target) {
    const rel = external_node_path_default().relative(root, target);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}
function readGitignore(dir) {
    try {
        return { dir, rules: ignore_default()().add(readRegularFile(external_node_path_default().join(dir, '.gitignore')).toString('utf8')) };
    }
    catch {
        return null;
    }
}
/** What a directory entry that is neither a file nor a folder is, for the skip note. */
function specialKind(entry) {
    if (entry.isFIFO())
        return 'a FIFO';
    if (entry.isSocket())
        return 'a socket';
    if (entry.isCharacterDevice() || entry.isBlockDevice())
        return 'a device';
    return 'a special file';
}
function realpathOrNull(p) {
    try {
        return (0,external_node_fs_namespaceObject.realpathSync)(p);
    }
    catch {
        return null;
    }
}
/** A pattern set, answering for paths below its base only (`ignore` rejects `../` paths). */
function patternMatcher(set) {
    const rules = ignore_default()().add(set.patterns);
    const base = realpathOrNull(set.base) ?? external_node_path_default().resolve(set.base);
    return (absolute, isDir) => {
        const rel = below(base, absolute);
        return rel !== null && rules.ignores(isDir ? `${rel}/` : rel);
    };
}
function ignoredBy(scopes, absolute, isDir) {
    for (const scope of scopes) {
        const rel = below(scope.dir, absolute);
        if (rel && scope.rules.ignores(isDir ? `${rel}/` : rel))
            return true;
    }
    return false;
}
/** `files` (sorted by relative path) without the repeated ones; the same array when there are none. */
function withoutRepeats(files) {
    let kept = 0;
    for (let i = 0; i < files.length; i++) {
        const file = files[i];
        const previous = kept > 0 ? files[kept - 1] : undefined;
        if (previous && previous.relative === file.relative && previous.absolute === file.absolute)
            continue;
        files[kept++] = file;
    }
    files.length = kept;
    return files;
}
function discoverFiles(options) {
    const root = (0,external_node_fs_namespaceObject.realpathSync)(options.root);
    const patternBase = options.patternBase ?? options.root;
    const includes = options.include.map((pattern) => ({ pattern, matches: patternMatcher({ base: patternBase, patterns: [pattern] }), used: false }));
    const include = options.include.length ? patternMatcher({ base: patternBase, patterns: options.include }) : null;
    const exclusions = [
        ...(options.exclude.length ? [patternMatcher({ base: patternBase, patterns: options.exclude })] : []),
        ...(options.ignore?.patterns.length ? [patternMatcher(options.ignore)] : []),
    ];
    const excluded = exclusions.length ? (absolute, isDir) => exclusions.some((m) => m(absolute, isDir)) : null;
    const files = new DiscoveredFilesBuilder(prefixOf(root));
    const skipped = [];
    const seenDirs = new Set();
    const relativeOf = (absolute) => below(root, absolute) ?? (toPosix(external_node_path_default().relative(root, absolute)) || external_node_path_default().basename(absolute));
    // FIFOs, sockets and devices are never opened: reading a FIFO blocks until someone writes to it.
    let selectedByPath = 0;
    const skipSpecial = (absolute, kind) => {
        if (!options.extensions.has(external_node_path_default().extname(absolute).toLowerCase()))
            return;
        if ((include && !include(absolute, false)) || excluded?.(absolute, false))
            return;
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
    const addFile = (absolute, folder, name, explicit, extension) => {
        if (!explicit && !options.extensions.has(extension.toLowerCase()))
            return false;
        if (include && !include(absolute, false))
            return false;
        if (excluded?.(absolute, false))
            return false;
        selectedByPath++;
        for (const i of includes)
            if (!i.used && i.matches(absolute, false))
                i.used = true;
        if (options.unlistedNames?.has(folder === null ? external_node_path_default().basename(absolute) : name))
            return true;
        if (folder === null) {
            inOrder = false;
            files.add(relativeOf(absolute), absolute);
        }
        else
            files.addInFolder(folder, name);
        return true;
    };
    const walk = (dir, scopes) => {
        if (seenDirs.has(dir))
            return;
        seenDirs.add(dir);
        let entries;
        try {
            entries = (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true });
        }
        catch (error) {
            skipped.push({ path: relativeOf(dir), reason: `cannot read folder: ${error.code ?? 'error'}` });
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
            if (ALWAYS_SKIPPED_DIRS.has(name))
                continue;
            let absolute = prefix + name;
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            let kind = entry;
            let linked = false;
            if (entry.isSymbolicLink()) {
                const target = realpathOrNull(absolute);
                if (!target || !isInside(root, target)) {
                    skipped.push({ path: relativeOf(absolute), reason: 'symbolic link leads outside the scanned root; not followed' });
                    continue;
                }
                const stat = (0,external_node_fs_namespaceObject.statSync)(target);
                kind = stat;
                absolute = target;
                isDir = stat.isDirectory();
                isFile = stat.isFile();
                linked = true;
            }
            if (active.length > 0 && ignoredBy(active, absolute, isDir))
                continue;
            if (isDir) {
                if (excluded?.(absolute, true))
                    continue;
                // A linked folder's files have their target's paths: anywhere in the order.
                if (linked)
                    inOrder = false;
                walk(absolute, active);
            }
            else if (isFile) {
                if (linked || relativePrefix === null)
                    addFile(absolute, null, name, false, external_node_path_default().extname(absolute));
                else
                    addFile(absolute, relativePrefix, name, false, extensionOf(name));
            }
            else
                skipSpecial(absolute, kind);
        }
    };
    const unmatched = [];
    for (const p of options.paths) {
        selectedByPath = 0;
        // Per path, so that a folder inside an earlier one still counts what it selects.
        seenDirs.clear();
        const given = external_node_path_default().resolve(options.root, p);
        // A pipe named on the command line (`/dev/stdin`, `<(cat rule.yml)`) has no real path to
        // resolve (its link leads to `pipe:[...]`): it is told apart by what it is, and never opened.
        const target = (0,external_node_fs_namespaceObject.statSync)(given, { throwIfNoEntry: false });
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
        const stat = (0,external_node_fs_namespaceObject.statSync)(real);
        if (stat.isDirectory()) {
            const scopes = [];
            // .gitignore files between the root and the given folder still apply.
            for (let dir = external_node_path_default().dirname(real); isInside(root, dir) && dir !== real; dir = external_node_path_default().dirname(dir)) {
                const scope = readGitignore(dir);
                if (scope)
                    scopes.unshift(scope);
                if (dir === root)
                    break;
            }
            walk(real, scopes);
        }
        else {
            addFile(real, null, '', true, '');
            // A file named explicitly (pre-commit passes each staged rule file) that --include,
            // --exclude or `ignore:` leave out is meant to be left out: a skip note, not an error.
            if (selectedByPath === 0)
                skipped.push({ path: relativeOf(real), reason: "left out by --include/--exclude or the config's ignore:" });
            continue;
        }
        if (selectedByPath === 0)
            unmatched.push(p);
    }
    for (const i of includes)
        if (!i.used)
            unmatched.push(`--include ${i.pattern}`);
    const found = files.done();
    if (inOrder)
        return { files: found, skipped, unmatched };
    const sorted = [...found].sort((a, b) => compareCodeUnits(a.relative, b.relative));
    return { files: DiscoveredFiles.of(root, withoutRepeats(sorted)), skipped, unmatched };
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(__lofp_engine_url)("node:crypto");
var external_node_crypto_default = /*#__PURE__*/__nccwpck_require__.n(external_node_crypto_namespaceObject);
;// CONCATENATED MODULE: ./src/checks/parse-error.ts
/** Reported by the engine for files a parser rejects; there is no detection to run it on. */
const parseError = {
    meta: {
        id: 'parse-error',
        description: 'The rule file cannot be parsed, so its false positives cannot be checked.',
        defaultSeverity: 'error',
    },
};

;// CONCATENATED MODULE: ./src/checks/missing-false-positives.ts
const missingFalsePositives = {
    meta: {
        id: 'missing-false-positives',
        description: 'The rule documents no false positives at all.',
        defaultSeverity: 'error',
    },
    run({ detection, analysis, fix }) {
        if (detection.falsePositives.length > 0)
            return [];
        const span = detection.titleSpan;
        return [
            {
                line: span.line,
                column: 1,
                endLine: span.endLine,
                message: `"${detection.title}" documents no false positives${hint(analysis.suggestions.length)}`,
                suggestions: analysis.suggestions,
                ...(fix ? { fix } : {}),
            },
        ];
    },
};
function hint(count) {
    if (count === 0)
        return '';
    return count === 1 ? '; 1 catalog entry applies' : `; ${count} catalog entries apply`;
}

;// CONCATENATED MODULE: ./src/placeholders.ts
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
function tooLongForPlaceholder(text) {
    let alnum = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        const letter = c | 0x20;
        if ((letter >= 0x61 && letter <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
            if (++alnum > MAX_PLACEHOLDER_ALNUM)
                return true;
        }
    }
    return false;
}
function normalize(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
}
/** True for `Unknown`, `N/A`, `None identified.`, `__UPDATE__ ...`, "There are no known false positives." */
function isPlaceholder(text) {
    if (/^\s*_*update_*/i.test(text))
        return true;
    if (tooLongForPlaceholder(text))
        return false;
    const n = normalize(text);
    return n === '' || PLACEHOLDERS.has(n);
}

;// CONCATENATED MODULE: ./src/checks/placeholder-false-positives.ts


const placeholderFalsePositives = {
    meta: {
        id: 'placeholder-false-positives',
        description: 'The rule documents false positives only with placeholders such as "Unknown" or "None", or with a field of the wrong type.',
        defaultSeverity: 'error',
    },
    run({ detection, analysis, fix }) {
        const sections = detection.falsePositives;
        if (sections.length === 0)
            return [];
        const items = sections.length === 1 ? sections[0].items : sections.flatMap((s) => s.items);
        const malformed = sections.find((s) => s.problem);
        if (!malformed && !items.every((item) => isPlaceholder(item.text)))
            return [];
        const section = malformed ?? sections[0];
        const what = section.problem ??
            (items.length
                ? `\`${section.key}\` holds only placeholders: ${items.map((i) => `"${i.text}"`).join(', ')}`
                : `\`${section.key}\` is empty`);
        return [
            {
                line: section.line,
                column: 1,
                endLine: section.endLine,
                message: `${what}; document who or what triggers the rule benignly${hint(analysis.suggestions.length)}`,
                suggestions: analysis.suggestions,
                ...(fix ? { fix } : {}),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/one-line.ts
/**
 * Prose on one line: every run of white space becomes one space, and the ends are trimmed
 * (`text.replace(/\s+/g, ' ').trim()`). Most texts (descriptions, catalog sentences) already
 * have single spaces only; telling so takes one search, while the replace rebuilt the string
 * at every space (5x the time on a 1 KB description).
 */
const NOT_ONE_LINE = /[^\S ]|\s\s/;
function oneLine(text) {
    return (NOT_ONE_LINE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

;// CONCATENATED MODULE: ./src/checks/missing-catalog-entry.ts

/** Inserts longer than this are cut at a word boundary in messages, which stay one line. */
const MAX_QUOTED_INSERT = 80;
/** `text` on one line, cut after at most `max` characters at a word boundary, with an ellipsis. */
function quoteShort(text, max = MAX_QUOTED_INSERT) {
    const flat = oneLine(text);
    if (flat.length <= max)
        return flat;
    const cut = flat.slice(0, max + 1);
    const space = cut.lastIndexOf(' ');
    return `${withoutTrailingPunctuation(space > max / 2 ? cut.slice(0, space) : flat.slice(0, max))}...`;
}
/** `text.replace(/[\s,;:.]+$/, '')`, without a regex that tries every position of the text. */
function withoutTrailingPunctuation(text) {
    let end = text.length;
    while (end > 0 && TRAILING_PUNCTUATION.test(text[end - 1]))
        end--;
    return end === text.length ? text : text.slice(0, end);
}
const TRAILING_PUNCTUATION = /[\s,;:.]/;
/** A catalog entry's insert quoted for messages: worked out once per entry text, not per rule. */
const quotedInserts = new Map();
function quotedInsert(insert) {
    let quoted = quotedInserts.get(insert);
    if (quoted === undefined)
        quotedInserts.set(insert, (quoted = quoteShort(insert)));
    return quoted;
}
/** Where a finding about the rule's false positives goes: the format's own field, else any section, else the title. */
function falsePositiveAnchor(detection) {
    const section = detection.falsePositives.find((s) => s.source === 'field') ?? detection.falsePositives[0];
    return section ? { line: section.line, endLine: section.endLine } : detection.titleSpan;
}
const missingCatalogEntry = {
    meta: {
        id: 'missing-catalog-entry',
        description: 'A catalog entry applies to the rule, but its documented false positives do not cover it.',
        defaultSeverity: 'warning',
    },
    run({ detection, analysis, fix }) {
        const at = falsePositiveAnchor(detection);
        return analysis.suggestions.map((suggestion) => {
            // The reason's first clause says what in the rule matched ("query matches eventName CreateTrail").
            const semicolon = suggestion.reason.indexOf(';');
            const why = (semicolon === -1 ? suggestion.reason : suggestion.reason.slice(0, semicolon)).trim();
            return {
                line: at.line,
                column: 1,
                endLine: at.endLine,
                message: `Missing false positive "${quotedInsert(suggestion.insert)}" (${suggestion.id}): ${why}`,
                subject: suggestion.id,
                suggestions: [suggestion],
                ...(fix ? { fix } : {}),
                ...(suggestion.confidence === 'medium' ? { demote: true } : {}),
            };
        });
    },
};

;// CONCATENATED MODULE: ./src/match/tokens.ts
/**
 * A text split into lower-case words once, for every reader of the matcher: the vocabulary
 * (platforms, services, tools), the comparable words of the similarity and the scenario cues,
 * and the action verbs. They split alike (on anything but ASCII letters and digits, after
 * lower-casing) except for apostrophes, which the vocabulary splits on (`user's` is `user s`)
 * and the words drop (`users`).
 */
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
function isAlnum(c) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}
/**
 * The words seen so far, each kept once: a word of a text is looked up here by its characters
 * rather than cut out of the text, so the thousands of repeated words ("the", "bucket") of a
 * run's rules cost no new string each, and the maps of the matcher find them by a hash computed
 * once. Open addressing; emptied when full, as the stem cache is.
 */
const WORDS_LIMIT = 1 << 17;
let slots = new Array(1 << 12);
let hashes = new Int32Array(1 << 12);
let stored = 0;
function resize(capacity, keep) {
    const oldSlots = slots;
    const oldHashes = hashes;
    slots = new Array(capacity);
    hashes = new Int32Array(capacity);
    stored = 0;
    if (!keep)
        return;
    for (let i = 0; i < oldSlots.length; i++) {
        const word = oldSlots[i];
        if (word === undefined)
            continue;
        let j = oldHashes[i] & (capacity - 1);
        while (slots[j] !== undefined)
            j = (j + 1) & (capacity - 1);
        slots[j] = word;
        hashes[j] = oldHashes[i];
        stored++;
    }
}
/** `lower.startsWith(w, start)`, compared in place: a builtin call per word cost more than the loop. */
function sameAt(lower, start, w) {
    for (let k = 0; k < w.length; k++)
        if (lower.charCodeAt(start + k) !== w.charCodeAt(k))
            return false;
    return true;
}
/** `lower.slice(start, end)`, the stored copy when the word was seen before. */
function word(lower, start, end, hash) {
    const mask = slots.length - 1;
    const length = end - start;
    let j = hash & mask;
    for (let w = slots[j]; w !== undefined; w = slots[j]) {
        if (hashes[j] === hash && w.length === length && sameAt(lower, start, w))
            return w;
        j = (j + 1) & mask;
    }
    const w = lower.slice(start, end);
    slots[j] = w;
    hashes[j] = hash;
    if (++stored * 2 > slots.length)
        resize(slots.length >= WORDS_LIMIT ? 1 << 12 : slots.length * 2, slots.length < WORDS_LIMIT);
    return w;
}
/**
 * Maximal runs of `[a-z0-9]` of a lower-cased text, and with `apostrophes`, of `[a-z0-9'\u2019]`
 * without the apostrophes (empty runs left out): `text.replace(/['\u2019]/g, '').split(/[^a-z0-9]+/)`
 * without building the intermediate strings. A scan by character code.
 */
function runs(lower, apostrophes) {
    const out = [];
    const n = lower.length;
    let i = 0;
    while (i < n) {
        let c = lower.charCodeAt(i);
        if (!isAlnum(c) && !(apostrophes && (c === APOSTROPHE || c === RIGHT_QUOTE))) {
            i++;
            continue;
        }
        const start = i;
        let plain = true;
        let hash = 0;
        for (; i < n; i++) {
            c = lower.charCodeAt(i);
            if (isAlnum(c)) {
                hash = (Math.imul(hash, 31) + c) | 0;
                continue;
            }
            if (apostrophes && (c === APOSTROPHE || c === RIGHT_QUOTE)) {
                plain = false;
                continue;
            }
            break;
        }
        if (plain)
            out.push(word(lower, start, i, hash));
        else {
            const w = lower.slice(start, i).replace(/['\u2019]/g, '');
            if (w !== '')
                out.push(w);
        }
    }
    return out;
}
function tokenize(text) {
    const lower = text.toLowerCase();
    const tokens = runs(lower, false);
    const apostrophes = lower.includes("'") || lower.includes('\u2019');
    return { lower, tokens, words: apostrophes ? runs(lower, true) : tokens };
}
/** Lower case words, split on anything but letters and digits: `Pub/Sub` -> `pub sub`. */
function vocabularyTokens(text) {
    return runs(text.toLowerCase(), false);
}
/** Lower-case words of a text: letters and digits, `Pub/Sub` -> `pub sub`, apostrophes dropped. */
function rawWords(text) {
    return runs(text.toLowerCase(), true);
}

;// CONCATENATED MODULE: ./src/match/similarity.ts
/**
 * Transparent, deterministic text similarity for false-positive texts: normalize, split into
 * words, map domain synonyms, stem, drop function words, weight by IDF over the catalog, compare
 * by cosine. No model, no network: every score can be recomputed by hand from the word weights.
 */

/**
 * An item covers a catalog entry when its similarity with the entry reaches COVER_THRESHOLD and
 * is within COVER_MARGIN of its best similarity with any entry of the technique.
 *
 * Chosen on the labelled pairs in test/match/pairs.ts (IDF over the 27 T1530 entries):
 * - paraphrases score 0.28 to 0.92 with their entry, and their entry is always their best;
 * - unrelated items score 0 (they share no word, or only generic ones: "Admin activity"), and
 *   advice sentences ("If known behavior is causing false positives...") at most 0.13 with any
 *   entry: the threshold sits between, at 0.2;
 * - near misses are siblings (a trail update for the trail-creation entry, a Pub/Sub topic for
 *   the subscription entry): they score up to 0.61, as high as paraphrases, but always at least
 *   0.09 below the item's own entry. The margin sits between 0 and that gap, at 0.05.
 * Every labelled pair is classified correctly for thresholds 0.1-0.28 with margins 0-0.08.
 * The margin applies per sentence of an item, so a paragraph that documents two entries covers both.
 */
const COVER_THRESHOLD = 0.2;
const COVER_MARGIN = 0.05;
/** Multi-word spellings folded into one word before stemming; longest first at each position. */
const PHRASES = [
    ['shared access signature', 'sas'],
    ['shared access signatures', 'sas'],
    ['sas token', 'sas'],
    ['sas tokens', 'sas'],
    ['sas url', 'sas'],
    ['sas uri', 'sas'],
    ['s3 bucket', 'bucket'],
    ['s3 buckets', 'bucket'],
    ['gcs bucket', 'bucket'],
    ['storage bucket', 'bucket'],
    ['storage buckets', 'bucket'],
    ['pub sub', 'pubsub'],
    ['ci cd', 'cicd'],
    ['continuous integration', 'cicd'],
    ['infrastructure as code', 'iac'],
    ['cloud trail', 'cloudtrail'],
    ['one drive', 'onedrive'],
    ['share point', 'sharepoint'],
    ['dev ops', 'devops'],
    ['user agent', 'useragent'],
    ['user agents', 'useragent'],
    ['key vault', 'keyvault'],
    ['dynamo db', 'dynamodb'],
    ['e discovery', 'ediscovery'],
    ['office 365', 'm365'],
    ['microsoft 365', 'm365'],
    ['google workspace', 'gworkspace'],
    ['google drive', 'drive'],
    ['google cloud storage', 'gcs'],
    ['amazon s3', 's3'],
    ['aws s3', 's3'],
    ['s3 browser', 's3browser'],
    ['pnp powershell', 'pnp'],
    ['and or', 'or'],
    ['set up', 'create'],
    ['sets up', 'create'],
    ['setting up', 'create'],
    ['system administrator', 'admin'],
    ['system administrators', 'admin'],
    ['network administrator', 'admin'],
    ['network administrators', 'admin'],
    ['it administrator', 'admin'],
    ['it administrators', 'admin'],
    ['it admins', 'admin'],
    ['it team', 'admin'],
    ['it teams', 'admin'],
];
/** Stems (after stemming) that mean the same thing in false-positive texts. */
const STEM_SYNONYMS = {
    admin: 'administr',
    sysadmin: 'administr',
    o365: 'm365',
    k8s: 'kubernet',
    retriev: 'download',
    provis: 'onboard',
    bootstrap: 'onboard',
    chang: 'updat',
    modifi: 'updat',
    add: 'creat',
    subscript: 'subscrib',
    publicli: 'public',
};
/** Function words and words every false-positive text uses; they say nothing about the subject. */
const STOPWORDS = new Set(('a an the of to in on for from with by as at or and not no nor this that these those it its their they them ' +
    'such some any all each other also only if when whether than then so into over via per e g eg ie etc which who ' +
    'what where how there here our your you we us do doe done ha have had be been being is are was were may might ' +
    'can could should would will shall must made make mak cause caus trigger rule alert fals posit like s t' +
    ' v1 exampl part its during dure new has befor before up false positive positives').split(' '));
/**
 * Words that say a false positive is benign without saying what it is: no actor more precise than
 * "admin" or "user", no tool, no operation ("Legitimate administrative activity").
 */
const GENERIC_WORDS = 'legitimate legit valid authorized authorised approved expected intended normal usual regular routine benign ' +
    'known typical standard common general generic ordinary everyday day daily admin administrator administrative ' +
    'administration user users activity usage use behavior behaviour action operation business purpose reason task work ' +
    'access change event traffic system process people person staff personnel employee team someone anyone account';
// --- A compact Porter stemmer (M. F. Porter, 1980), steps 1a-5; enough to fold inflections. ---
const VOWEL = /[aeiou]/;
function measure(stem) {
    // Number of vowel-consonant sequences, treating y after a consonant as a vowel.
    const form = stem.replace(/[^aeiouy]/g, 'c').replace(/[aeiou]|(?<=c)y/g, 'v').replace(/^y/, 'c');
    return (form.replace(/c+/g, 'C').replace(/v+/g, 'V').match(/VC/g) ?? []).length;
}
function hasVowel(stem) {
    return VOWEL.test(stem) || /[^aeiou]y/.test(stem);
}
function endsCvc(stem) {
    return /[^aeiou][aeiouy][^aeiouwxy]$/.test(stem);
}
const STEP2 = [
    ['ational', 'ate'], ['tional', 'tion'], ['enci', 'ence'], ['anci', 'ance'], ['izer', 'ize'], ['abli', 'able'],
    ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous'], ['ization', 'ize'], ['ation', 'ate'],
    ['ator', 'ate'], ['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous'], ['aliti', 'al'],
    ['iviti', 'ive'], ['biliti', 'ble'],
];
const STEP3 = [
    ['icate', 'ic'], ['ative', ''], ['alize', 'al'], ['iciti', 'ic'], ['ical', 'ic'], ['ful', ''], ['ness', ''],
];
const STEP4 = [
    'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ion', 'ou', 'ism', 'ate', 'iti',
    'ous', 've', 'ize',
].sort((a, b) => b.length - a.length);
function replaceSuffix(word, rules, minMeasure) {
    for (const [suffix, replacement] of rules) {
        if (!word.endsWith(suffix))
            continue;
        const stem = word.slice(0, -suffix.length);
        return measure(stem) > minMeasure ? stem + replacement : word;
    }
    return word;
}
/** Stems of words already seen: texts repeat the same few thousand words. */
const STEM_CACHE = new Map();
const STEM_CACHE_LIMIT = 50_000;
function stem(word) {
    let stemmed = STEM_CACHE.get(word);
    if (stemmed === undefined) {
        if (STEM_CACHE.size >= STEM_CACHE_LIMIT)
            STEM_CACHE.clear();
        stemmed = porter(word);
        STEM_CACHE.set(word, stemmed);
    }
    return stemmed;
}
function porter(word) {
    if (word.length <= 3 || /\d/.test(word))
        return word;
    let w = word;
    // 1a: plurals
    if (w.endsWith('sses'))
        w = w.slice(0, -2);
    else if (w.endsWith('ies'))
        w = w.slice(0, -2);
    else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
        w = w.slice(0, -1);
    // 1b: -eed, -ed, -ing
    if (w.endsWith('eed')) {
        if (measure(w.slice(0, -3)) > 0)
            w = w.slice(0, -1);
    }
    else {
        const m = /(ed|ing)$/.exec(w);
        if (m && hasVowel(w.slice(0, -m[0].length))) {
            w = w.slice(0, -m[0].length);
            if (/(at|bl|iz)$/.test(w))
                w += 'e';
            else if (/([^aeioulsz])\1$/.test(w))
                w = w.slice(0, -1);
            else if (measure(w) === 1 && endsCvc(w))
                w += 'e';
        }
    }
    // 1c: y -> i
    if (w.endsWith('y') && hasVowel(w.slice(0, -1)))
        w = `${w.slice(0, -1)}i`;
    w = replaceSuffix(w, STEP2, 0);
    w = replaceSuffix(w, STEP3, 0);
    for (const suffix of STEP4) {
        if (!w.endsWith(suffix))
            continue;
        const s = w.slice(0, -suffix.length);
        // -ion goes after one syllable already, so that "creation" meets "creating" (Porter keeps it).
        if (suffix === 'ion' ? measure(s) > 0 && /[st]$/.test(s) : measure(s) > 1)
            w = s;
        break;
    }
    // 5: final e, double l
    if (w.endsWith('e')) {
        const s = w.slice(0, -1);
        if (measure(s) > 1 || (measure(s) === 1 && !endsCvc(s)))
            w = s;
    }
    if (w.endsWith('ll') && measure(w) > 1)
        w = w.slice(0, -1);
    return w;
}
// --- Words ---
const PHRASE_TABLE = new Map();
for (const [phrase, to] of PHRASES) {
    const words = phrase.split(' ');
    const list = PHRASE_TABLE.get(words[0]) ?? [];
    list.push({ words, to });
    PHRASE_TABLE.set(words[0], list);
}
for (const list of PHRASE_TABLE.values())
    list.sort((a, b) => b.words.length - a.words.length);
const FORMS = new Map();
const FORMS_LIMIT = 50_000;
function formOf(word) {
    let form = FORMS.get(word);
    if (form === undefined) {
        let folded = null;
        if (!STOPWORDS.has(word)) {
            const stemmed = stem(word);
            const synonym = STEM_SYNONYMS[stemmed] ?? stemmed;
            folded = STOPWORDS.has(synonym) ? null : synonym;
        }
        form = { folded, phrases: PHRASE_TABLE.get(word) };
        if (FORMS.size >= FORMS_LIMIT)
            FORMS.clear();
        FORMS.set(word, form);
    }
    return form;
}
/** The comparable words of a text: synonyms folded, stemmed, function words dropped, in order. */
function terms(text) {
    return termsOf(rawWords(text));
}
/** `terms` of a text already split into its words (`tokenize(text).words`). */
function termsOf(words) {
    const out = [];
    for (let i = 0; i < words.length; i++) {
        let form = formOf(words[i]);
        if (form.phrases) {
            const hit = form.phrases.find((p) => p.words.every((w, k) => words[i + k] === w));
            if (hit) {
                form = formOf(hit.to);
                i += hit.words.length - 1;
            }
        }
        if (form.folded !== null)
            out.push(form.folded);
    }
    return out;
}
const GENERIC_TERMS = new Set(terms(GENERIC_WORDS));
/**
 * Words of statements about the rate of false positives rather than their cause ("The false
 * positive rate may vary with the thresholds"): they name no actor, tool or operation either.
 */
const TUNING_TERMS = new Set(terms('rate rates vary varies depending depends based value values threshold thresholds tune tuning tuned adjust adjusted sensitivity baseline environment environments number noise volume high low level'));
function isGenericOrTuning(word) {
    return GENERIC_TERMS.has(word) || TUNING_TERMS.has(word) || word.includes('threshold');
}
/**
 * True for "Legitimate activity", "Admin activity", "Normal usage": benign, but not saying by whom
 * or how; and for statements about the false-positive rate ("may vary with the thresholds").
 */
function isVagueFalsePositive(text) {
    // In a statement about the false-positive rate, identifiers (`spikeThreshold`, `min_count`) are
    // the tuning parameters it names.
    const parameters = RATE_STATEMENT.test(text) ? new Set(terms((text.match(IDENTIFIER) ?? []).join(' '))) : new Set();
    const words = terms(text);
    return words.length > 0 && words.every((w) => isGenericOrTuning(w) || parameters.has(w));
}
const RATE_STATEMENT = /\bfalse[\s-]+positive\s+rates?\b|\brates?\s+of\s+false[\s-]+positives\b/i;
const IDENTIFIER = /\b[a-z]+[A-Z]\w*\b|\b[A-Za-z]+_\w+\b/g;
/**
 * `ln((N + 1) / (df + 1)) + 1`: a word in every entry still weighs 1, a word in none weighs the
 * most. Words unknown to the catalog weigh as much as its rarest: an item that talks about
 * something else is less similar, whatever that something is.
 */
function buildIdf(documents) {
    const df = new Map();
    for (const doc of documents)
        for (const t of new Set(doc))
            df.set(t, (df.get(t) ?? 0) + 1);
    const n = documents.length;
    const max = Math.log(n + 1) + 1;
    const weights = new Map();
    for (const [t, f] of df)
        weights.set(t, Math.log((n + 1) / (f + 1)) + 1);
    return { documents: n, weight: (t) => weights.get(t) ?? max };
}
function vectorize(termList, idf) {
    const weights = new Map();
    for (const t of termList)
        weights.set(t, idf.weight(t));
    let sum = 0;
    for (const w of weights.values())
        sum += w * w;
    return { weights, norm: Math.sqrt(sum) };
}
/**
 * Cosine of two binary term vectors weighted by IDF, in [0, 1]; 0 when they share only generic
 * words: "Admin activity" says nothing of an entry about administrators creating trails.
 */
function similarity_cosine(a, b) {
    if (a.norm === 0 || b.norm === 0)
        return 0;
    const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
    let dot = 0;
    let specific = false;
    for (const [t, w] of small.weights) {
        if (!large.weights.has(t))
            continue;
        dot += w * w;
        specific ||= !GENERIC_TERMS.has(t);
    }
    return specific ? dot / (a.norm * b.norm) : 0;
}
/** Sentences of a text, for comparing an item with each statement of a long entry. */
function sentences(text) {
    if (!/[.!?]/.test(text)) {
        // Nowhere to split: most documented items are one short statement.
        const trimmed = text.trim();
        return trimmed === '' ? [] : [trimmed];
    }
    return text
        .split(/(?<=[.!?])\s+(?=[A-Z0-9"'(])/)
        .map((s) => s.trim())
        .filter((s) => s !== '');
}

;// CONCATENATED MODULE: ./src/checks/vague-false-positive.ts




const vagueFalsePositive = {
    meta: {
        id: 'vague-false-positive',
        description: 'The rule documents only generic false positives ("Legitimate activity") that name no actor, tool or operation.',
        defaultSeverity: 'warning',
    },
    run({ detection, analysis, fix }) {
        const sections = detection.falsePositives;
        const items = (sections.length === 1 ? sections[0].items : sections.flatMap((s) => s.items)).filter((i) => !isPlaceholder(i.text));
        if (items.length === 0 || !items.every((i) => isVagueFalsePositive(i.text)))
            return [];
        const at = falsePositiveAnchor(detection);
        const quoted = items.map((i) => `"${quoteShort(i.text, 40)}"`).join(', ');
        return [
            {
                line: at.line,
                column: 1,
                endLine: at.endLine,
                message: `False positives are only generic (${quoted}); name who or what triggers the rule benignly: an actor, a tool or an operation`,
                suggestions: analysis.suggestions,
                ...(fix ? { fix } : {}),
            },
        ];
    },
};

;// CONCATENATED MODULE: ./src/checks/uncatalogued-false-positive.ts


/** The techniques of an entry list, named once per list (the engine passes one list per selection). */
const techniqueNames = new WeakMap();
function techniquesOf(entries) {
    let names = techniqueNames.get(entries);
    if (names === undefined)
        techniqueNames.set(entries, (names = [...new Set(entries.map((e) => e.technique))].join(', ')));
    return names;
}
const uncataloguedFalsePositive = {
    meta: {
        id: 'uncatalogued-false-positive',
        description: 'A documented false positive matches no catalog entry of the technique; it may deserve one.',
        defaultSeverity: 'note',
    },
    run({ detection, entries, analysis }) {
        if (entries.length === 0)
            return [];
        const unmatched = analysis.items.filter((m) => m.entryId === null);
        if (unmatched.length === 0)
            return [];
        const techniques = techniquesOf(entries);
        // Only the format's own list: prose guidance in notes or descriptions is advice, not items.
        const listed = new Set(detection.falsePositives.filter((s) => s.source === 'field').flatMap((s) => s.items));
        return unmatched
            .filter((m) => listed.has(m.item) && !isVagueFalsePositive(m.item.text))
            .map((m) => ({
            line: m.item.line,
            column: 1,
            endLine: m.item.endLine,
            message: `False positive "${quoteShort(m.item.text)}" matches no catalog entry of ${techniques}; consider proposing it for the catalog`,
            subject: m.item.text,
        }));
    },
};

;// CONCATENATED MODULE: ./src/checks/malformed-technique-tag.ts
const malformed_technique_tag_TECHNIQUE_ID = /^T\d{4}(?:\.\d{3})?$/;
const TACTIC_ID = /^TA\d{4}$/;
/** A technique id in any case, as tags write it. */
const ANY_TECHNIQUE = /t\d{4}(?:\.\d{3})?/i;
/** What is wrong with a tag for its format's tooling, and what to write instead; null when it is fine. */
function tagProblem(format, raw) {
    if (raw !== raw.trim())
        return `has surrounding spaces; write "${raw.trim()}"`;
    switch (format) {
        case 'sigma': {
            // pySigma and SigmaHQ's validators read `attack.` tags in lower case only.
            const m = /^attack\.(t\d{4}(?:\.\d{3})?)$/i.exec(raw);
            if (m)
                return raw === raw.toLowerCase() ? null : `is not lower case; Sigma tags are "${raw.toLowerCase()}"`;
            const id = ANY_TECHNIQUE.exec(raw);
            return id ? `is not an ATT&CK tag Sigma reads; write "attack.${id[0].toLowerCase()}"` : null;
        }
        case 'panther': {
            const m = /^([^:]*):(.*)$/.exec(raw);
            if (!m) {
                return ANY_TECHNIQUE.test(raw) ? `is not "TACTIC:TECHNIQUE"; write the tactic id first, such as "TA0009:${raw.toUpperCase()}"` : null;
            }
            const [, tactic, technique] = m;
            if (!TACTIC_ID.test(tactic)) {
                // `TA009` and `TA003` lost a zero: pad the digits back to four.
                const digits = /^ta(\d{1,4})$/i.exec(tactic);
                const expected = digits ? `; write "TA${digits[1].padStart(4, '0')}:${technique.toUpperCase()}"` : ', such as "TA0009"';
                return `has tactic "${tactic}", which is not TA and 4 digits${expected}`;
            }
            if (!malformed_technique_tag_TECHNIQUE_ID.test(technique)) {
                return ANY_TECHNIQUE.test(technique) && malformed_technique_tag_TECHNIQUE_ID.test(technique.toUpperCase())
                    ? `has a lower-case technique id; write "${tactic}:${technique.toUpperCase()}"`
                    : null;
            }
            return null;
        }
        default: {
            // Splunk, Sentinel, Elastic and Chronicle tooling match technique ids in upper case.
            const id = ANY_TECHNIQUE.exec(raw);
            if (!id || id[0] === id[0].toUpperCase())
                return null;
            return `has a lower-case technique id; write "${raw.replace(id[0], id[0].toUpperCase())}"`;
        }
    }
}
const malformedTechniqueTag = {
    meta: {
        id: 'malformed-technique-tag',
        description: "An ATT&CK tag is written in a way the format's own tooling would reject or misread.",
        defaultSeverity: 'warning',
    },
    run({ detection }) {
        return detection.techniqueTags.flatMap((tag) => {
            const problem = tag.problem ?? tagProblem(detection.format, tag.raw);
            if (!problem)
                return [];
            return [
                {
                    line: tag.line,
                    column: tag.column,
                    endLine: tag.endLine,
                    endColumn: tag.column + tag.raw.length,
                    message: `Technique tag "${tag.raw}" ${problem}`,
                    subject: tag.raw,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/checks/index.ts







/** Every check run on a selected detection, in reporting order. */
const CHECKS = [
    missingFalsePositives,
    placeholderFalsePositives,
    vagueFalsePositive,
    missingCatalogEntry,
    uncataloguedFalsePositive,
    malformedTechniqueTag,
];
/** Metadata of every check, including those the engine reports itself (parse-error). */
const CHECK_METAS = [parseError.meta, ...CHECKS.map((c) => c.meta)];
const DOCS_BASE_URL = 'https://github.com/lofp-lint/lofp-lint/blob/main/docs/checks/';
function docsUrl(checkId) {
    return `${DOCS_BASE_URL}${checkId}.md`;
}

;// CONCATENATED MODULE: ./src/nearest.ts
/**
 * "Did you mean": the known name closest to a mistyped one, by edit distance.
 */
/** Levenshtein distance (insertions, deletions, substitutions each cost 1). */
function distance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
/**
 * The candidate closest to `given`, or undefined when none is close enough to be a typo: at most
 * a third of the longer name may differ (at least 2 edits allowed), or `given` is a prefix of it.
 */
function nearest(given, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = candidate.startsWith(given) && given.length >= 3 ? 1 : distance(given, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    const allowed = best === undefined ? 0 : Math.max(2, Math.floor(Math.max(given.length, best.length) / 3));
    return bestDistance <= allowed ? best : undefined;
}
/** `did you mean x? ` for a message, or nothing when no known name is close. */
function didYouMean(given, known) {
    const near = nearest(given, known);
    return near ? `did you mean ${near}? ` : '';
}

;// CONCATENATED MODULE: ./src/suppression.ts
/**
 * `lofp-lint-disable` comments. A rule file silences checks for its rule with
 * `# lofp-lint-disable missing-catalog-entry, vague-false-positive` (YAML/TOML) or
 * `// lofp-lint-disable ...` (YARA-L), and for the findings on the next line only with
 * `# lofp-lint-disable-next-line <ids>`. Without ids, every check is disabled (`*`).
 * Text after ` -- ` is a reason, not an id.
 */

const DIRECTIVE = /(?:#|\/\/)\s*lofp-lint-disable(-next-line)?(?![\w-])([^\n\r]*)/g;
const ALL_CHECKS = '*';
function idsOf(rest) {
    const listed = rest
        .replace(/\s+--.*$/, '')
        .trim()
        .split(/[\s,]+/)
        .filter((s) => s !== '');
    return listed.length ? listed : [ALL_CHECKS];
}
/** Every directive of `text`, in order. */
function directives(text) {
    if (!text.includes('lofp-lint-disable'))
        return [];
    const found = [];
    let line = 1;
    let scanned = 0;
    for (const m of text.matchAll(DIRECTIVE)) {
        // Count the newlines between the previous directive and this one.
        for (let i = text.indexOf('\n', scanned); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1))
            line++;
        scanned = m.index;
        found.push({ line, nextLine: m[1] !== undefined, checks: idsOf(m[2]) });
    }
    return found;
}
/** The check ids disabled for the whole rule by comments in `text` (a file, or one document of it). */
function disabledChecks(text) {
    return [...new Set(directives(text).filter((d) => !d.nextLine).flatMap((d) => d.checks))];
}
function isDisabled(disabled, check) {
    return disabled.includes(check) || disabled.includes(ALL_CHECKS);
}
/** A `-next-line` directive of `all` on the line above `line` silences `check`. */
function isDisabledOnLine(all, check, line) {
    return all.some((d) => d.nextLine && d.line + 1 === line && isDisabled(d.checks, check));
}
/** Directives naming a check that does not exist silence nothing: one warning per unknown id. */
function unknownDirectiveChecks(file, all, known) {
    return all.flatMap((d) => d.checks
        .filter((id) => id !== ALL_CHECKS && !known.includes(id))
        .map((id) => ({
        path: file,
        line: d.line,
        message: `unknown check '${id}' in a lofp-lint-disable${d.nextLine ? '-next-line' : ''} comment silences nothing (${didYouMean(id, known)}known: ${known.join(', ')})`,
    })));
}

;// CONCATENATED MODULE: ./src/formats/deprecated-path.ts
/** A `deprecated/` or `_deprecated/` folder anywhere in the path retires its rules. */
function isDeprecatedPath(path) {
    return /(?:^|\/)_?deprecated\//i.test(path);
}

;// CONCATENATED MODULE: ./src/formats/parse-guard.ts
/**
 * `parse(file)`, made total: a bug of ours on one file becomes a problem of that file (at line 1,
 * worded by `message`) instead of stopping the run.
 */
function guardedParse(file, parse, message) {
    try {
        return parse(file);
    }
    catch (error) {
        return { detections: [], problems: [{ path: file.path, line: 1, column: 1, message: message(error) }] };
    }
}

;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var js_yaml_int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return js_yaml_int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  js_yaml_int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return js_yaml_int;
}
var js_yaml_float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return js_yaml_float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  js_yaml_float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return js_yaml_float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\u0085";
      case 95:
        return "\u00a0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // \u201c-\u201d | \u201c?\u201d | \u201c:\u201d | \u201c,\u201d | \u201c[\u201d | \u201c]\u201d | \u201c{\u201d | \u201c}\u201d
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | \u201c#\u201d | \u201c&\u201d | \u201c*\u201d | \u201c!\u201d | \u201c|\u201d | \u201c=\u201d | \u201c>\u201d | \u201c'\u201d | \u201c"\u201d
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | \u201c%\u201d | \u201c@\u201d | \u201c`\u201d)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
const yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
const {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

//# sourceMappingURL=js-yaml.mjs.map

;// CONCATENATED MODULE: ./src/formats/yaml-value.ts
/**
 * Reading values that js-yaml loaded: their type, their text, and how they read in a message.
 * Nothing here walks into a value, so an alias shared a million times costs nothing.
 */

function isYamlMap(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}
/** A scalar as text (`title: 2024` still titles the rule); null for maps, lists and null. */
function scalarText(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    if (value instanceof Date)
        return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
    return null;
}
/**
 * A string, number or boolean as text (ids written as numbers count), else undefined. Unlike
 * `scalarText` a date is no text: Sentinel and Panther have always read `2024-01-01` as nothing.
 */
function stringOf(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean')
        return String(value);
    return undefined;
}
/** The trimmed, non-empty texts of a list of scalars, or of a single scalar. */
function stringsOf(value) {
    if (Array.isArray(value))
        return value.flatMap((v) => (stringOf(v) === undefined ? [] : [stringOf(v).trim()])).filter((s) => s !== '');
    const one = stringOf(value)?.trim();
    return one ? [one] : [];
}
const MAX_QUOTED = 60;
/**
 * How a loaded value reads in a message: `a number (42)`, `a map`, `a list`, `empty (null)`,
 * `a string ("Unknown")`. Never walks into the value, so aliases cannot blow it up.
 */
function describeYamlValue(value) {
    if (value === null || value === undefined)
        return 'empty (null)';
    if (typeof value === 'string') {
        const shown = value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}\u2026` : value;
        return `a string (${JSON.stringify(shown)})`;
    }
    if (typeof value === 'number' || typeof value === 'bigint')
        return `a number (${String(value)})`;
    if (typeof value === 'boolean')
        return `a boolean (${String(value)})`;
    if (value instanceof Date)
        return `a date (${Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString().slice(0, 10)})`;
    if (Array.isArray(value))
        return value.length === 0 ? 'an empty list' : 'a list';
    return 'a map';
}
/** YAML text of a loaded value for query text; aliases are kept as anchors, never expanded. */
function dumpYaml(value) {
    try {
        return yaml.dump(value, { lineWidth: -1, noRefs: false, skipInvalid: true });
    }
    catch {
        return '';
    }
}

;// CONCATENATED MODULE: ./src/formats/yaml-attack-tags.ts
/**
 * ATT&CK references written as a YAML list (Sigma `tags`, Splunk `tags.mitre_attack_id`,
 * Sentinel `relevantTechniques`, Panther `Reports: MITRE ATT&CK`): one tag per item the format
 * accepts, placed at the item's line and the column of its text.
 */


/** Every item is a reference; it names the technique its text normalizes to, if any. */
const anyReference = (raw) => ({ technique: normalizeTechnique(raw) });
/** The tags of `value`, the loaded value of `key` (a list, or a lone scalar). */
function attackTags(scan, key, value, read = anyReference) {
    if (!key)
        return [];
    const tags = [];
    for (const { value: item, span } of scan.listValues(key, value)) {
        const raw = stringOf(item)?.trim();
        if (!raw)
            continue;
        const tag = read(raw);
        if (tag)
            tags.push({ raw, technique: tag.technique, line: span.line, endLine: span.line, column: scan.columnOf(span, raw) });
    }
    return tags;
}

;// CONCATENATED MODULE: ./src/source.ts
function makeSourceFile(path, raw) {
    const hasBom = raw.charCodeAt(0) === 0xfeff;
    const text = hasBom ? raw.slice(1) : raw;
    const crlf = text.indexOf('\r\n');
    const lf = text.indexOf('\n');
    const eol = crlf !== -1 && crlf === lf - 1 ? '\r\n' : '\n';
    return { path, text, hasBom, eol };
}
/** The file's lines without their terminators (a final newline yields no extra empty line). */
function splitLines(text) {
    // Splitting at a plain '\n' is twice as fast as at a regex; most files have no '\r'.
    const lines = text.includes('\r') ? text.split(/\r?\n/) : text.split('\n');
    if (lines.length > 1 && lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
/** Maps character offsets to 1-based line/column, by binary search over line starts. */
class LineIndex {
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    lineOf(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo + 1;
    }
    position(offset) {
        const line = this.lineOf(offset);
        return { line, column: offset - this.starts[line - 1] + 1 };
    }
    lineStart(line) {
        return this.starts[line - 1] ?? Number.NaN;
    }
    get lineCount() {
        return this.starts.length;
    }
}

;// CONCATENATED MODULE: ./src/formats/last-file.ts
/**
 * `compute`, remembered for the last file it was asked about. A file is parsed and then its
 * rules' fixes are planned, one file after another, so what parsing worked out (a line scan, a
 * key layout, the loaded YAML) is asked for again right after, for the same file object. Only
 * one file's value is kept, so no file outlives its turn.
 */
function lastFileMemo(compute) {
    let last = null;
    return (file) => {
        if (last?.file !== file)
            last = { file, value: compute(file) };
        return last.value;
    };
}

;// CONCATENATED MODULE: ./src/formats/yaml-scalar.ts
/**
 * How a YAML scalar is spelled: where a quoted one ends, whether a text may stay plain, and how
 * to quote and fold a text so that every YAML reader gets the same string back.
 */

/**
 * Index of the quote that closes a scalar opened by `quote`, searching `line` from `from`
 * (just after the opening quote); -1 when the scalar goes on past the line. A single-quoted
 * scalar escapes its quote by doubling it, a double-quoted one with a backslash.
 */
function closingQuote(line, from, quote) {
    for (let i = from; i < line.length; i++) {
        const c = line[i];
        if (quote === '"' && c === '\\')
            i++;
        else if (c === quote) {
            if (quote === "'" && line[i + 1] === "'")
                i++;
            else
                return i;
        }
    }
    return -1;
}
const YAML_WORDS = /^(?:~|null|true|false|yes|no|on|off|y|n|=|<<)$/i;
const YAML_NUMBER = /^[-+]?(?:\.?\d|0x|0o|\.inf|\.nan)/i;
const LEADING_INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const STARTS_WITH_LETTER = /^[A-Za-z]/;
/** Characters js-yaml refuses as non-printable that the control-character test lets through (and all surrogates). */
const YAML_NON_PRINTABLE_REST = /[\u0080-\u0084\u0086-\u009f\ufffe\uffff\ud800-\udfff]/;
/**
 * True when `text` can be written as a plain scalar (`- text`, `key: text`) and reads back as
 * the same string in YAML 1.1 and 1.2 parsers (so `yes`, `No`, `1.0`, `2024-01-01` are not).
 */
function isPlainSafe(text) {
    if (text === '' || text !== text.trim())
        return false;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(text))
        return false;
    if (LEADING_INDICATOR.test(text) || YAML_WORDS.test(text) || YAML_NUMBER.test(text))
        return false;
    if (text.includes(': ') || text.includes(' #') || text.endsWith(':'))
        return false;
    // Past those tests, a text that starts with a letter cannot be a null, boolean, number or
    // timestamp (they start with a digit, sign, dot or `~`, or are words tested above) and is read
    // as written, unless it holds a character js-yaml refuses: only then is asking it worth a parse.
    if (STARTS_WITH_LETTER.test(text) && !YAML_NON_PRINTABLE_REST.test(text))
        return true;
    try {
        const back = yaml.load(`k: ${text}`);
        return back !== null && typeof back === 'object' && back.k === text;
    }
    catch {
        return false;
    }
}
/**
 * `text` spelled as a YAML scalar in the preferred style, falling back to a style that can
 * hold it: plain -> single-quoted -> double-quoted (the only one for newlines and control chars).
 */
function quoteScalar(text, style = 'plain') {
    if (style === 'plain' && isPlainSafe(text))
        return text;
    // eslint-disable-next-line no-control-regex
    const singleOk = !/[\u0000-\u001f\u007f\u0085\u2028\u2029\ufeff]/.test(text);
    if (style !== 'double' && singleOk)
        return `'${text.replace(/'/g, "''")}'`;
    // A JSON string is a valid YAML double-quoted scalar; YAML 1.1 readers also break lines at
    // NEL/LS/PS, and a raw BOM or DEL is not printable, so those are escaped too.
    return JSON.stringify(text).replace(/[\u007f\u0085\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** The quoting style of a scalar as written (`'a'`, `"a"`, `a`). */
function quoteStyleOf(raw) {
    if (raw.startsWith("'"))
        return 'single';
    if (raw.startsWith('"'))
        return 'double';
    return 'plain';
}
/**
 * Splits a one-line scalar (already quoted as needed, no line breaks) over several lines the way
 * YAML dumpers (PyYAML, width 80) fold: a line breaks at the first single space after it has
 * exceeded `width`, and continuation lines start with `indent` (at least one space). Breaking
 * only at single spaces between two words keeps the value unchanged; a continuation line starts
 * with a letter, digit or `(` only, never with `#` (a comment) or another indicator. `prefix` is written before the first line (`key: `).
 * `width` 0 writes one line.
 */
const SAFE_LINE_START = /[\p{L}\p{N}(]/u;
function foldScalar(prefix, scalar, width, indent) {
    if (width <= 0)
        return [prefix + scalar];
    const segments = [];
    let start = 0;
    for (let i = 1; i < scalar.length - 1; i++) {
        if (scalar[i] === ' ' && scalar[i - 1] !== ' ' && SAFE_LINE_START.test(scalar[i + 1])) {
            segments.push(scalar.slice(start, i));
            start = i + 1;
        }
    }
    segments.push(scalar.slice(start));
    const out = [];
    let current = prefix + segments[0];
    for (const segment of segments.slice(1)) {
        if (current.length > width) {
            out.push(current);
            current = indent + segment;
        }
        else {
            current += ` ${segment}`;
        }
    }
    out.push(current);
    return out;
}

;// CONCATENATED MODULE: ./src/formats/yaml-lines.ts
/**
 * Where things are in a YAML file: js-yaml gives values but no positions, so this small line
 * scanner finds documents, mapping keys, block-sequence items and their line spans. Values are
 * always taken from the real parser; the scanner only says on which lines they are. It is the
 * one scanner of the YAML formats (Sigma, Splunk, Sentinel, Panther).
 *
 * The scanner classifies every line once (O(lines)). A line is a `node` when it starts a YAML
 * node; lines inside a multi-line quoted scalar, flow collection, block scalar or plain scalar
 * are `continuation` lines, so text like `foo: bar` inside a quoted string is never a key.
 *
 * API (all line numbers 1-based, inclusive; columns 0-based unless said otherwise):
 * - `new YamlLines(lines, options)`: scan the file's lines (see `splitLines` in src/source.ts).
 * - `documents()`: the `---`-separated documents.
 * - `keys(span, indent)`, `topLevelKeys(span)`, `fields(span)`: mapping keys within a span, each
 *   with its value's span.
 * - `childKeys(key)`, `items(key)`: the nested mapping keys / block-sequence items of a key.
 * - `locateItems(key, values)`, `listValues(key, value)`, `columnOf(span, text)`: where the
 *   values of a loaded list are written.
 * - `keyPrefix(line)`: `key:` as written on a key line, to rewrite the value after it.
 */




const NONE = { kind: 'none' };
const MARKER = /^(?:---|\.\.\.)(?:[ \t]|$)/;
// A plain key: no leading indicator, ends at the first `:` followed by a space or the line end.
// Sticky, so that a key is read in place (`plainKeyAt`) without slicing the line.
const PLAIN_KEY = /([^\s#'"[\]{},&*!|>%@`?:-][^#]*?|[?:-][^\s#]*?)[ \t]*:(?=[ \t]|$)/y;
function plainKeyAt(line, pos) {
    PLAIN_KEY.lastIndex = pos;
    return PLAIN_KEY.exec(line);
}
// A native regex search beats a charCodeAt loop on the sliced strings `split` makes (2x on Panther).
const NOT_SPACE = /[^ ]/g;
function leadingSpaces(line) {
    NOT_SPACE.lastIndex = 0;
    return NOT_SPACE.test(line) ? NOT_SPACE.lastIndex - 1 : line.length;
}
function skipSpaces(line, i) {
    while (i < line.length && (line[i] === ' ' || line[i] === '\t'))
        i++;
    return i;
}
/** Index just past the closing quote, or -1 when the scalar continues on the next line. */
function closeQuote(line, from, quote) {
    const at = closingQuote(line, from, quote);
    return at === -1 ? -1 : at + 1;
}
class YamlLines {
    lines;
    info;
    constructor(lines, options = {}) {
        this.lines = lines;
        this.info = scan(lines, new Set(options.unscannedKeys ?? []));
    }
    /** 1-based line count. */
    get lineCount() {
        return this.lines.length;
    }
    /** All lines of the file (line 1 even when the file is empty). */
    get whole() {
        return { line: 1, endLine: Math.max(1, this.lines.length) };
    }
    /**
     * The documents of the file. A `---` line starts a document (and belongs to it); `...` ends
     * one. Text before the first `---` is a document only when it holds a node.
     */
    documents() {
        this.documentSpans ??= this.findDocuments();
        return this.documentSpans;
    }
    documentSpans;
    findDocuments() {
        const docs = [];
        let start = 1;
        let explicit = false;
        const close = (end) => {
            if (end >= start && (explicit || this.hasNode(start, end)))
                docs.push({ index: docs.length, line: start, endLine: end });
        };
        for (let i = 0; i < this.info.length; i++) {
            if (this.info[i].kind !== 'marker')
                continue;
            const line = i + 1;
            if (this.lines[i].startsWith('---')) {
                close(line - 1);
                start = line;
                explicit = true;
            }
            else {
                close(line);
                start = line + 1;
                explicit = false;
            }
        }
        close(this.lines.length);
        if (docs.length === 0)
            docs.push({ index: 0, line: 1, endLine: Math.max(1, this.lines.length) });
        return docs;
    }
    hasNode(from, to) {
        for (let l = from; l <= to; l++)
            if (this.info[l - 1].kind === 'node')
                return true;
        return false;
    }
    /** The last line in [from, to] that is part of a value (not blank, not a comment), or from - 1. */
    lastContentLine(from, to) {
        for (let l = to; l >= from; l--) {
            const kind = this.info[l - 1].kind;
            if (kind === 'node' || kind === 'continuation')
                return l;
        }
        return from - 1;
    }
    /**
     * Mapping keys written at exactly `indent` (not after a dash) inside `span`. A document's
     * top-level keys are asked for by parsing and again by fix planning: they are found once.
     */
    keys(span, indent) {
        if (indent !== 0)
            return this.findKeys(span, indent);
        const id = `${span.line}:${span.endLine}`;
        let keys = this.topKeys.get(id);
        if (!keys)
            this.topKeys.set(id, (keys = this.findKeys(span, 0)));
        return keys;
    }
    topKeys = new Map();
    findKeys(span, indent) {
        const keys = [];
        for (let l = span.line; l <= span.endLine; l++) {
            const info = this.info[l - 1];
            if (!info || info.kind !== 'node' || info.dash || info.key === null || info.keyColumn !== indent)
                continue;
            let end = l + 1;
            for (; end <= span.endLine; end++) {
                const next = this.info[end - 1];
                if (next.kind === 'marker')
                    break;
                if (next.kind !== 'node')
                    continue;
                // A compact sequence (`tags:` then `- a` at the same indent) still belongs to the key.
                if (next.indent < indent || (next.indent === indent && !(next.dash && info.valueColumn === -1)))
                    break;
            }
            keys.push({ key: info.key, line: l, endLine: Math.max(l, this.lastContentLine(l, end - 1)), indent, valueColumn: info.valueColumn });
            l = end - 1;
        }
        return keys;
    }
    /**
     * The top-level keys of `span` (a document, or the whole file) by name; the first of a
     * duplicated key wins (parsers reject duplicates anyway).
     */
    topLevelKeys(span = this.whole) {
        const keys = new Map();
        for (const key of this.keys(span, 0))
            if (!keys.has(key.key))
                keys.set(key.key, key);
        return keys;
    }
    /**
     * The top-level keys as fields whose values are read and edited as a whole (Sentinel, Panther):
     * `topLevelKeys`, each extended by `withTrailingComments`.
     */
    fields(span = this.whole) {
        const fields = this.topLevelKeys(span);
        for (const [name, key] of fields)
            fields.set(name, this.withTrailingComments(key));
        return fields;
    }
    /**
     * `key` with its span extended over the comment lines indented under it that follow its value
     * (column-0 comments belong to what follows). An edit that rewrites or appends to the value
     * must cover them, or a comment could end up inside a new block scalar as text.
     */
    withTrailingComments(key) {
        let endLine = key.endLine;
        for (let l = key.endLine + 1; l <= this.info.length; l++) {
            const info = this.info[l - 1];
            if (info.kind === 'node' || info.kind === 'marker')
                break;
            if (info.kind !== 'blank' && info.indent > key.indent)
                endLine = l;
        }
        return endLine === key.endLine ? key : { ...key, endLine };
    }
    /** The keys of the mapping that is `key`'s value (empty when the value is no block mapping). */
    childKeys(key) {
        if (key.valueColumn !== -1)
            return [];
        for (let l = key.line + 1; l <= key.endLine; l++) {
            const info = this.info[l - 1];
            if (info.kind !== 'node')
                continue;
            if (info.dash || info.key === null || info.indent <= key.indent)
                return [];
            return this.findKeys({ line: l, endLine: key.endLine }, info.indent);
        }
        return [];
    }
    /** The block-sequence items of `key`'s value (empty for inline or flow values). */
    items(key) {
        if (key.valueColumn !== -1)
            return [];
        let itemIndent = -1;
        const starts = [];
        for (let l = key.line + 1; l <= key.endLine; l++) {
            const info = this.info[l - 1];
            if (info.kind !== 'node')
                continue;
            if (itemIndent === -1) {
                if (!info.dash || info.indent < key.indent)
                    return [];
                itemIndent = info.indent;
            }
            if (info.indent < itemIndent)
                break;
            if (info.indent === itemIndent) {
                if (!info.dash)
                    break;
                starts.push(l);
            }
        }
        return starts.map((line, i) => {
            const limit = i + 1 < starts.length ? starts[i + 1] - 1 : key.endLine;
            return {
                line,
                endLine: Math.max(line, this.lastContentLine(line, limit)),
                indent: itemIndent,
                valueColumn: this.info[line - 1].itemColumn,
            };
        });
    }
    /**
     * Where each element of the loaded list `values` (the value of `key`) is written: its block
     * item, or for a flow list (`[a, b]`) the line where its text appears. An element that cannot
     * be told apart gets the key's line. Always returns one span per value.
     */
    locateItems(key, values) {
        const block = this.items(key);
        if (block.length === values.length && block.length > 0)
            return block;
        let line = key.line;
        let column = key.valueColumn === -1 ? 0 : key.valueColumn;
        return values.map((value) => {
            const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
            const at = text ? this.find(text, key, line, column) : null;
            if (!at)
                return { line: key.line, endLine: key.line, indent: key.indent, valueColumn: key.valueColumn };
            line = at.line;
            column = at.column + text.length;
            return { line: at.line, endLine: at.line, indent: key.indent, valueColumn: at.column };
        });
    }
    /**
     * The values of a loaded list, or a lone scalar as a list of one, each with where it is
     * written (`locateItems`; a lone scalar is on the key line). Maps and null have no values.
     */
    listValues(key, value) {
        if (Array.isArray(value)) {
            const spans = this.locateItems(key, value);
            return value.map((v, i) => ({ value: v, span: spans[i] }));
        }
        if (value === null || value === undefined || typeof value === 'object')
            return [];
        return [{ value, span: { line: key.line, endLine: key.endLine, indent: key.indent, valueColumn: key.valueColumn } }];
    }
    /** The 1-based column of `text` on the first line of `span`, from its value on; else of the value. */
    columnOf(span, text) {
        const from = Math.max(0, span.valueColumn);
        const at = (this.lines[span.line - 1] ?? '').indexOf(text, from);
        return (at === -1 ? from : at) + 1;
    }
    /**
     * Finds `needle` in the raw text of lines [span.line, span.endLine], searching from
     * (`fromLine`, `fromColumn`) on; for values inside flow collections. Null when absent.
     */
    find(needle, span, fromLine = span.line, fromColumn = 0) {
        for (let l = Math.max(fromLine, span.line); l <= span.endLine; l++) {
            const col = this.lines[l - 1].indexOf(needle, l === fromLine ? fromColumn : 0);
            if (col !== -1)
                return { line: l, column: col };
        }
        return null;
    }
}
/**
 * The scan of a rule's file (default options), for parsing and fix planning: a file is scanned
 * once, not once to parse and again per rule (a file of 5,000 Sigma documents made planning
 * quadratic). See `lastFileMemo`.
 */
const scanOf = lastFileMemo((file) => new YamlLines(splitLines(file.text)));
function scan(lines, unscannedKeys) {
    const out = [];
    let mode = NONE;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        const indent = leadingSpaces(line);
        const blank = isBlank(line, indent);
        if (indent === 0 && MARKER.test(line)) {
            // A document marker ends any unterminated construct (js-yaml rejects those anyway).
            out.push(sharedLine('marker', 0));
            mode = NONE;
            continue;
        }
        if (mode.kind === 'quote') {
            out.push(sharedLine('continuation', indent));
            const end = closeQuote(line, 0, mode.quote);
            if (end !== -1)
                mode = NONE;
            continue;
        }
        if (mode.kind === 'flow') {
            out.push(sharedLine('continuation', indent));
            mode = scanFlow(line, 0, mode);
            continue;
        }
        if (mode.kind === 'block' || mode.kind === 'plain') {
            // Blank lines never end a block or plain scalar; as `blank` they are trimmed from spans.
            if (blank) {
                out.push(sharedLine('blank', indent));
                continue;
            }
            if (indent > mode.parentIndent && !(mode.kind === 'plain' && line[indent] === '#')) {
                out.push(sharedLine('continuation', indent));
                continue;
            }
            mode = NONE;
        }
        if (blank) {
            out.push(sharedLine('blank', indent));
            continue;
        }
        // Directives (`%YAML 1.2`) only precede a `---`; like comments they hold no node.
        if (line[indent] === '#' || (indent === 0 && line[0] === '%')) {
            out.push(sharedLine('comment', indent));
            continue;
        }
        const entry = { kind: 'node', indent, dash: false, itemColumn: -1, key: null, keyColumn: -1, valueColumn: -1 };
        out.push(entry);
        mode = scanNode(line, indent, entry);
        if (entry.keyColumn === 0 && !entry.dash && entry.valueColumn === -1 && unscannedKeys.has(entry.key)) {
            i = scanUnscanned(lines, i + 1, out) - 1;
            mode = NONE;
        }
    }
    return out;
}
/**
 * Entries for the lines of an unscanned value, from line index `from` on; returns the index of
 * the line after it: the next column-0 key line or document marker, or the end.
 */
function scanUnscanned(lines, from, out) {
    for (let i = from; i < lines.length; i++) {
        const line = lines[i];
        const indent = leadingSpaces(line);
        if (isBlank(line, indent))
            out.push(sharedLine('blank', indent));
        else if (indent > 0)
            out.push(sharedLine('continuation', indent));
        else if (line[0] === '#')
            out.push(sharedLine('comment', 0));
        else if (MARKER.test(line) || readKey(line, 0))
            return i;
        else
            out.push(sharedLine('continuation', 0));
    }
    return lines.length;
}
// Lines that hold no node are told apart by kind and indentation alone, so they share one frozen
// entry each: most lines of a file are such lines (block scalars, Panther `Tests`), and one
// object per line was most of the garbage a parse made.
const SHARED_LINES = { blank: [], comment: [], marker: [], continuation: [] };
function sharedLine(kind, indent) {
    const shared = SHARED_LINES[kind];
    return (shared[indent] ??= Object.freeze({ kind, indent, dash: false, itemColumn: -1, key: null, keyColumn: -1, valueColumn: -1 }));
}
/** `line.trim() === ''`, without building the trimmed string for the common non-blank line. */
function isBlank(line, indent) {
    if (indent === line.length)
        return true;
    const c = line.charCodeAt(indent);
    // Printable ASCII is never white space; anything else asks trim() (tabs, NBSP, BOM...).
    if (c > 32 && c < 127)
        return false;
    return line.trim() === '';
}
/** Reads the structure at the start of a node line; returns the mode for the lines after it. */
function scanNode(line, indent, entry) {
    let pos = indent;
    let parentIndent = indent;
    while (line[pos] === '-' && (pos + 1 === line.length || line[pos + 1] === ' ' || line[pos + 1] === '\t')) {
        if (!entry.dash) {
            entry.dash = true;
            entry.itemColumn = skipSpaces(line, pos + 1);
            if (entry.itemColumn >= line.length || line[entry.itemColumn] === '#')
                entry.itemColumn = -1;
        }
        parentIndent = pos;
        pos = skipSpaces(line, pos + 1);
    }
    if (pos >= line.length || line[pos] === '#')
        return NONE;
    const key = readKey(line, pos);
    if (key) {
        entry.key = key.key;
        entry.keyColumn = pos;
        parentIndent = pos;
        pos = skipSpaces(line, key.end);
        if (pos >= line.length || line[pos] === '#')
            return NONE;
    }
    // Anchors and tags before a value (`&a`, `!!str`) are no value themselves.
    while ((line[pos] === '&' || line[pos] === '!') && pos < line.length) {
        while (pos < line.length && line[pos] !== ' ' && line[pos] !== '\t')
            pos++;
        pos = skipSpaces(line, pos);
    }
    if (pos >= line.length || line[pos] === '#')
        return NONE;
    entry.valueColumn = pos;
    return valueMode(line, pos, parentIndent);
}
function readKey(line, pos) {
    const c = line[pos];
    if (c === '"' || c === "'") {
        const end = closeQuote(line, pos + 1, c);
        if (end === -1)
            return null;
        const after = skipSpaces(line, end);
        if (line[after] !== ':' || !(after + 1 === line.length || line[after + 1] === ' ' || line[after + 1] === '\t'))
            return null;
        const raw = line.slice(pos, end);
        let key;
        try {
            key = String(yaml.load(raw));
        }
        catch {
            key = raw.slice(1, -1);
        }
        return { key, end: after + 1 };
    }
    const m = plainKeyAt(line, pos);
    if (!m)
        return null;
    return { key: m[1], end: pos + m[0].length };
}
function valueMode(line, pos, parentIndent) {
    const c = line[pos];
    if (c === '"' || c === "'") {
        const end = closeQuote(line, pos + 1, c);
        return end === -1 ? { kind: 'quote', quote: c } : NONE;
    }
    if (c === '[' || c === '{')
        return scanFlow(line, pos, { kind: 'flow', depth: 0, quote: null });
    if (c === '|' || c === '>')
        return { kind: 'block', parentIndent };
    return { kind: 'plain', parentIndent };
}
/** Advances through a flow collection; returns NONE once it closes. */
function scanFlow(line, from, state) {
    let { depth, quote } = state;
    let i = from;
    let startOfScalar = from === 0;
    while (i < line.length) {
        if (quote) {
            const end = closeQuote(line, i, quote);
            if (end === -1)
                return { kind: 'flow', depth, quote };
            quote = null;
            i = end;
            startOfScalar = false;
            continue;
        }
        const c = line[i];
        if (c === '#' && (i === 0 || line[i - 1] === ' ' || line[i - 1] === '\t'))
            break;
        if (c === '[' || c === '{') {
            depth++;
            startOfScalar = true;
        }
        else if (c === ']' || c === '}') {
            depth--;
            if (depth <= 0)
                return NONE;
        }
        else if (c === ',' || c === ':') {
            startOfScalar = true;
        }
        else if ((c === "'" || c === '"') && startOfScalar) {
            quote = c;
        }
        else if (c !== ' ' && c !== '\t') {
            startOfScalar = false;
        }
        i++;
    }
    return { kind: 'flow', depth, quote };
}
/** The key and its colon as written at the start of `line` (`  name :`), or null. */
function keyPrefix(line) {
    const indent = leadingSpaces(line);
    const rest = line.slice(indent);
    const c = rest[0];
    if (c === '"' || c === "'") {
        const end = closeQuote(rest, 1, c);
        const m = end === -1 ? null : /^[ \t]*:(?=[ \t]|$)/.exec(rest.slice(end));
        return m ? line.slice(0, indent + end + m[0].length) : null;
    }
    const m = plainKeyAt(line, indent);
    return m ? line.slice(0, indent + m[0].length) : null;
}

;// CONCATENATED MODULE: ./src/formats/yaml-fast.ts
/**
 * A reader for the plain block YAML most rule files are written in, giving what js-yaml gives
 * for them at a fraction of its cost: js-yaml reads a document a character at a time through a
 * general state machine, and a rule of a few dozen lines spends most of its parse there.
 *
 * It reads block mappings and block sequences (a sequence may sit at its key's indentation), plain
 * scalars on one line, and single- or double-quoted scalars on one line (double-quoted without
 * escapes). Plain scalars are typed by js-yaml's own implicit types of the schema it loads with
 * (null, bool, int, float, timestamp, merge), so `date: 2024-01-01` is the same Date and
 * `version: 3` the same number. Keys are plain words of `[A-Za-z_$][\w$.|/-]*` that no implicit
 * type claims.
 *
 * Anything else returns `undefined`, and the caller loads the document with js-yaml: flow
 * collections, block scalars, anchors, aliases, tags, multi-line scalars, escapes, document
 * markers and directives, tabs, carriage returns and other control characters, duplicated keys,
 * a value on the line after a key that is less indented than a sequence, and every indentation
 * js-yaml would refuse. So a document this reader takes is one js-yaml reads without error, and
 * errors and their positions are always js-yaml's own. test/formats/yaml-fast.test.ts compares
 * both on every YAML document of the test fixtures and of the shared rule corpus.
 */

/** The implicit types js-yaml resolves plain scalars with (the default schema's), in its order. */
const IMPLICIT = (() => {
    const compiled = yaml.DEFAULT_SCHEMA.compiledImplicit;
    return Array.isArray(compiled) && compiled.every((t) => typeof t?.resolve === 'function' && typeof t?.construct === 'function')
        ? compiled
        : null;
})();
/** Characters after which js-yaml would not read the text as this reader does (controls but `\n`, non-printables, BOM, surrogates). */
const UNREAD_CHARACTER = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\ud800-\udfff\ufeff\ufffe\uffff]/;
/** First characters of a plain scalar that mean something else to YAML (or that this reader leaves to js-yaml). */
const NOT_PLAIN_START = new Set(['-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '@', '`', ' ']);
/** Thrown inside the reader when the document is not one it takes; never escapes `fastLoad`. */
class NotPlain extends Error {
}
const NOT_PLAIN = new NotPlain();
/**
 * The value js-yaml's `load` gives for `text`, one document, split into `lines` (without their
 * ends), or `undefined` when the document is not plain block YAML of the kind described above.
 */
function fastLoad(text, lines) {
    if (IMPLICIT === null || UNREAD_CHARACTER.test(text))
        return undefined;
    const significant = [];
    for (const line of lines) {
        let indent = 0;
        while (line.charCodeAt(indent) === 0x20)
            indent++;
        if (indent === line.length || line.charCodeAt(indent) === 0x23 /* # */)
            continue;
        significant.push({ indent, text: line });
    }
    const first = significant[0];
    if (first === undefined || first.indent !== 0 || keyEnd(first) === -1)
        return undefined;
    const reader = new Reader(significant);
    try {
        const value = reader.mapping(0);
        return reader.at === significant.length ? value : undefined;
    }
    catch (error) {
        if (error === NOT_PLAIN)
            return undefined;
        throw error;
    }
}
function isKeyStart(c) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f /* _ */ || c === 0x24 /* $ */;
}
function isKeyPart(c) {
    // [\w$.|/-]
    return isKeyStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x7c || c === 0x2f || c === 0x2d;
}
/**
 * Where the key of a `key: value` line ends (the column of its colon), or -1 when the line is no
 * such entry: a key of `[A-Za-z_$][\w$.|/-]*`, then a colon followed by a space or the line end.
 */
function keyEnd(line) {
    const { text, indent } = line;
    if (!isKeyStart(text.charCodeAt(indent)))
        return -1;
    let i = indent + 1;
    while (i < text.length && isKeyPart(text.charCodeAt(i)))
        i++;
    if (text.charCodeAt(i) !== 0x3a /* : */)
        return -1;
    return i + 1 === text.length || text.charCodeAt(i + 1) === 0x20 ? i : -1;
}
class Reader {
    lines;
    at = 0;
    constructor(lines) {
        this.lines = lines;
    }
    /** A block mapping whose keys are at `indent`; the current line is its first key. */
    mapping(indent) {
        const out = {};
        const lines = this.lines;
        while (this.at < lines.length) {
            const line = lines[this.at];
            if (line.indent < indent)
                break;
            // A deeper line continues the previous value; a line that is no key (a sequence at a key's
            // indentation follows only that key, see `below`) is misplaced.
            const colon = line.indent > indent ? -1 : keyEnd(line);
            if (colon === -1)
                throw NOT_PLAIN;
            const name = line.text.slice(indent, colon);
            if (name === '__proto__' || Object.hasOwn(out, name) || resolves(name))
                throw NOT_PLAIN;
            let from = colon + 1;
            while (line.text.charCodeAt(from) === 0x20)
                from++;
            this.at++;
            out[name] = from === line.text.length || line.text.charCodeAt(from) === 0x23 /* # */ ? this.below(indent, true) : this.inline(line.text, from, indent);
        }
        return out;
    }
    /** A block sequence whose dashes are at `indent`; the current line is its first item. */
    sequence(indent) {
        const out = [];
        const lines = this.lines;
        while (this.at < lines.length) {
            const line = lines[this.at];
            if (line.indent !== indent || !isDash(line))
                break;
            let from = indent + 1;
            while (line.text.charCodeAt(from) === 0x20)
                from++;
            if (from === line.text.length || line.text.charCodeAt(from) === 0x23 /* # */) {
                this.at++;
                out.push(this.below(indent, false));
                continue;
            }
            const item = { indent: from, text: line.text };
            if (keyEnd(item) !== -1) {
                // `- key: value`: a mapping whose keys are at the column of this first one.
                lines[this.at] = item;
                out.push(this.mapping(from));
            }
            else {
                this.at++;
                out.push(this.inline(line.text, from, indent));
            }
        }
        return out;
    }
    /** The value of a key or dash with nothing after it: a more indented block, a sequence at a key's own indentation, or null. */
    below(indent, ofKey) {
        const next = this.lines[this.at];
        if (next === undefined)
            return null;
        if (next.indent > indent) {
            if (isDash(next))
                return this.sequence(next.indent);
            if (keyEnd(next) === -1)
                throw NOT_PLAIN;
            return this.mapping(next.indent);
        }
        if (ofKey && next.indent === indent && isDash(next))
            return this.sequence(indent);
        return null;
    }
    /** A scalar written at `from` after a key or dash; nothing may continue it on the lines below. */
    inline(text, from, indent) {
        const next = this.lines[this.at];
        if (next !== undefined && next.indent > indent)
            throw NOT_PLAIN;
        return scalar(text, from);
    }
}
function isDash(line) {
    const after = line.indent + 1;
    return line.text.charCodeAt(line.indent) === 0x2d /* - */ && (after === line.text.length || line.text.charCodeAt(after) === 0x20);
}
/**
 * The default schema's implicit types are YAML 1.2's core ones plus timestamp and merge: of them,
 * only null (`null`, `Null`, `NULL`) and bool (`true`, `false` in the same three cases) claim a
 * text that starts with a letter, `_` or `$`; int, float, timestamp and merge texts start with a
 * digit, a sign, a dot, `~` or `<`. Such a text is then a string without asking each type.
 * Should js-yaml's schema have other types, every text asks them all.
 */
const CORE_TAGS = ['null', 'bool', 'int', 'float', 'timestamp', 'merge'].map((t) => `tag:yaml.org,2002:${t}`);
const LETTER_LED_ARE_STRINGS = IMPLICIT !== null &&
    IMPLICIT.length === CORE_TAGS.length &&
    IMPLICIT.every((t, i) => t.tag === CORE_TAGS[i]);
/** The implicit type that claims the plain scalar `text`, or null when it is a string. */
function claimant(text) {
    const c = text.charCodeAt(0);
    // Led by a letter, `_` or `$` other than n, N, t, T, f, F: no null or bool word.
    if (LETTER_LED_ARE_STRINGS && isKeyStart(c) && c !== 0x6e && c !== 0x4e && c !== 0x74 && c !== 0x54 && c !== 0x66 && c !== 0x46)
        return null;
    for (const type of IMPLICIT)
        if (type.resolve(text))
            return type;
    return null;
}
/** True when an implicit type claims the plain scalar `text` (it is no string). */
function resolves(text) {
    return claimant(text) !== null;
}
/** Only a comment may follow a quoted scalar on its line. */
function endsLine(text, from) {
    let i = from;
    while (text.charCodeAt(i) === 0x20)
        i++;
    return i === text.length || (i > from && text.charCodeAt(i) === 0x23);
}
/** The scalar written on one line from `from` to its end, as js-yaml reads it. */
function scalar(text, from) {
    const first = text[from];
    if (first === "'") {
        let value = '';
        let at = from + 1;
        for (;;) {
            const quote = text.indexOf("'", at);
            if (quote === -1)
                throw NOT_PLAIN;
            value += text.slice(at, quote);
            if (text.charCodeAt(quote + 1) === 0x27) {
                value += "'";
                at = quote + 2;
                continue;
            }
            if (!endsLine(text, quote + 1))
                throw NOT_PLAIN;
            return value;
        }
    }
    if (first === '"') {
        const quote = text.indexOf('"', from + 1);
        if (quote === -1 || text.lastIndexOf('\\', quote) >= from || !endsLine(text, quote + 1))
            throw NOT_PLAIN;
        return text.slice(from + 1, quote);
    }
    if (NOT_PLAIN_START.has(first))
        throw NOT_PLAIN;
    // A comment starts at ` #`; `: ` or a final `:` would make the line a mapping entry.
    const comment = text.indexOf(' #', from);
    let end = comment === -1 ? text.length : comment;
    while (end > from && text.charCodeAt(end - 1) === 0x20)
        end--;
    const colon = text.indexOf(': ', from);
    if ((colon !== -1 && colon < end) || text.charCodeAt(end - 1) === 0x3a /* : */)
        throw NOT_PLAIN;
    const plain = from === 0 && end === text.length ? text : text.slice(from, end);
    const type = claimant(plain);
    return type === null ? plain : type.construct(plain);
}

;// CONCATENATED MODULE: ./src/formats/yaml-load.ts
/**
 * Loading YAML from untrusted rule files without hanging or crashing: the one loader of the
 * YAML formats. Parse errors carry the parser's own reason at its 1-based file line and column.
 * Plain block YAML (most rules) is read by `fastLoad` (yaml-fast.ts), which gives what js-yaml
 * gives; every other document, and so every error, is js-yaml's.
 *
 * js-yaml keeps aliases as shared references, so a "billion laughs" document loads quickly but
 * explodes in anything that walks it (JSON.stringify, a recursive copy, a message quoting it).
 * We measure the size the document would have with every alias expanded (a memoized walk over
 * the shared graph, linear in the distinct nodes) and refuse documents above a limit.
 * Deep nesting is cut by js-yaml itself (`maxDepth`, default 100: YAMLException); a RangeError
 * from a stack overflow is still caught in case a future version drops that limit.
 *
 * Both entry points share the parser call, its error positions and wording (`invalid YAML:
 * <reason>`) and the alias-bomb refusal:
 * - `loadYamlDocument` / `loadDocuments` (Sigma, Splunk): one document of a stream at a time.
 * - `loadYamlMapping` (Sentinel, Panther): the whole file as one mapping, errors kept on a line
 *   of the file at the end of the stream.
 */





/** Expanded nodes a document may have; real rules have a few hundred at most. */
const MAX_EXPANDED_NODES = 100_000;
/** An anchor (`&name`) where a node may start; `ATT&CK` or `a && b` inside text is none. */
const ANCHOR = /(?:^|[\s[{,])&[^\s&,[\]{}]/;
function isYamlError(error) {
    return error instanceof Error && error.name === 'YAMLException';
}
/** `text` parsed by js-yaml; a failure at 1-based file positions (`text` starts on `firstLine`). */
function parse(text, firstLine) {
    try {
        return { ok: true, value: yaml.load(text, { json: false }) };
    }
    catch (error) {
        if (isYamlError(error)) {
            const reason = error.reason ?? error.message;
            const mark = error.mark;
            // "expected a single document" comes without a mark: point at the second document.
            const line = mark ? mark.line + firstLine : (secondDocumentLine(text, reason) ?? 1) + firstLine - 1;
            return { ok: false, line, column: (mark?.column ?? 0) + 1, reason, fromParser: true };
        }
        const reason = error instanceof RangeError
            ? 'YAML is nested too deeply to load'
            : `YAML could not be loaded: ${error instanceof Error ? error.message : String(error)}`;
        return { ok: false, line: firstLine, column: 1, reason, fromParser: false };
    }
}
function secondDocumentLine(text, reason) {
    if (!/single document/.test(reason))
        return null;
    const second = /^(?:---|\.\.\.)\s*$/m.exec(text.replace(/^\s*---\s*\n/, (m) => ' '.repeat(m.length)));
    return second ? new LineIndex(text).lineOf(second.index) : null;
}
/**
 * Loads `text` (one YAML document) whose first line is line `firstLine` of its file, refusing
 * alias bombs. Errors carry 1-based file positions.
 */
function loadYamlDocument(text, firstLine = 1) {
    const parsed = parse(text, firstLine);
    if (!parsed.ok)
        return { ok: false, line: parsed.line, column: parsed.column, message: failureMessage(parsed) };
    return aliasBomb(text, parsed.value, firstLine) ?? { ok: true, value: parsed.value };
}
function failureMessage(failure) {
    return failure.fromParser ? `invalid YAML: ${failure.reason}` : failure.reason;
}
/** A refusal when `value` (loaded from `text`, starting on `firstLine`) expands beyond the limit. */
function aliasBomb(text, value, firstLine) {
    // Aliases need anchors; skipping the walk for documents without one keeps the common case free,
    // and most documents have no `&` at all (the pattern's search tried each of their characters).
    if (!text.includes('&') || !ANCHOR.test(text) || expandedSize(value, MAX_EXPANDED_NODES) <= MAX_EXPANDED_NODES)
        return null;
    const at = firstAlias(text);
    return {
        ok: false,
        line: at.line + firstLine - 1,
        column: at.column,
        message: `YAML aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString('en-US')} nodes (an alias bomb?); refusing to load it`,
    };
}
/**
 * Every document of the file, each loaded on its own so that a broken one costs only itself.
 * A file with one document is loaded whole, comments before its `---` included.
 */
function loadDocuments(text, scan) {
    const docs = scan.documents();
    if (docs.length === 1)
        return [{ span: docs[0], text, load: loadDocument(text, scan.lines, 1, scan, docs[0]) }];
    return docs.map((span) => {
        const lines = scan.lines.slice(span.line - 1, span.endLine);
        const part = lines.join('\n');
        return { span, text: part, load: loadDocument(part, lines, span.line, scan, span) };
    });
}
/**
 * One document (`text`, split into `lines`): plain block YAML is read by `fastLoad`, which gives
 * what js-yaml gives; anything else (a carriage return included: fastLoad refuses control
 * characters) by js-yaml.
 */
function loadDocument(text, lines, firstLine, scan, span) {
    const value = fastLoad(text, lines);
    if (value !== undefined)
        return aliasBomb(text, value, firstLine) ?? { ok: true, value };
    return loadWithStandIns(text, firstLine, scan, span);
}
// ---------------------------------------------------------------------------------------------
// Long one-line values. js-yaml reads a scalar a character at a time, and a rule's longest
// values (a description, a search) are most of a document's characters. A top-level value that
// js-yaml must read as its own text (see `writtenValue`) is given to it as a short stand-in and
// put back afterwards. Should js-yaml fail, or not read a stand-in as that key's value, the
// document is loaded as written: errors and their positions are always the text's own.
/** Values shorter than this are read by js-yaml itself: a stand-in would save little. */
const LONG_VALUE = 100;
const STAND_IN = 'lofpLintStandIn';
/** Characters after which js-yaml may not read a value as written: controls (tab, CR), non-printables, surrogates, BOM. */
const UNUSUAL_CHARACTER = /[\u0000-\u001f\u007f-\u009f\ud800-\udfff\ufeff\ufffe\uffff]/;
const PLAIN_START = /^[A-Za-z]/;
/**
 * The string js-yaml reads from `raw`, the rest of a `key: raw` line, when it surely reads it
 * whole and without error; else null. A plain scalar that starts with a letter is a string (no
 * null, boolean, number or timestamp does) unless `: ` or ` #` ends it early; a single-quoted
 * one that closes at the line end is its text with `''` read as `'`.
 */
function writtenValue(raw) {
    if (raw.length < LONG_VALUE || UNUSUAL_CHARACTER.test(raw))
        return null;
    if (PLAIN_START.test(raw)) {
        if (raw.includes(': ') || raw.includes(' #') || raw.endsWith(':') || raw.endsWith(' '))
            return null;
        return raw;
    }
    if (raw[0] === "'" && closingQuote(raw, 1, "'") === raw.length - 1)
        return raw.slice(1, -1).replace(/''/g, "'");
    return null;
}
/** The long top-level one-line values of `span`; `text` holds it and starts at file line `firstLine`. */
function standIns(text, firstLine, scan, span) {
    const found = [];
    let offset = 0;
    let line = firstLine;
    for (let l = span.line; l <= span.endLine; l++) {
        const info = scan.info[l - 1];
        if (info.kind !== 'node' || info.keyColumn !== 0 || info.dash || info.valueColumn === -1)
            continue;
        const written = scan.lines[l - 1];
        if (written.length - info.valueColumn < LONG_VALUE || info.key === '<<' || info.key === '__proto__')
            continue;
        const value = writtenValue(written.slice(info.valueColumn));
        if (value === null)
            continue;
        for (; line < l; line++)
            offset = text.indexOf('\n', offset) + 1;
        found.push({ key: info.key, start: offset + info.valueColumn, end: offset + written.length, value });
    }
    return found;
}
/** `loadYamlDocument(text, firstLine)` of the document `span`, with long values read through stand-ins where that is safe. */
function loadWithStandIns(text, firstLine, scan, span) {
    const values = standIns(text, firstLine, scan, span);
    if (values.length > 0) {
        const parts = [];
        let from = 0;
        for (const v of values) {
            parts.push(text.slice(from, v.start), STAND_IN);
            from = v.end;
        }
        parts.push(text.slice(from));
        const loaded = loadYamlDocument(parts.join(''), firstLine);
        if (loaded.ok && isYamlMap(loaded.value)) {
            const map = loaded.value;
            if (values.every((v) => Object.hasOwn(map, v.key) && map[v.key] === STAND_IN) && new Set(values.map((v) => v.key)).size === values.length) {
                for (const v of values)
                    map[v.key] = v.value;
                return loaded;
            }
        }
    }
    return loadYamlDocument(text, firstLine);
}
/** Node count of `value` with aliases expanded, counting stops soon after `limit`. */
function expandedSize(value, limit) {
    const sizes = new Map();
    const sizeOf = (node) => {
        if (node === null || typeof node !== 'object')
            return 1;
        const known = sizes.get(node);
        if (known !== undefined)
            return known;
        // Provisional entry: a cyclic alias (`&a [*a]`) counts once instead of recursing forever.
        sizes.set(node, 1);
        let total = 1;
        const children = Array.isArray(node) ? node : node instanceof Date ? [] : Object.values(node);
        for (const child of children) {
            total += sizeOf(child);
            if (total > limit)
                break;
        }
        sizes.set(node, total);
        return total;
    };
    return sizeOf(value);
}
/** Where the first alias (`*name`) of `text` is, 1-based. */
function firstAlias(text) {
    const m = /(^|[\s[{,])\*[^\s,[\]{}]/m.exec(text);
    return m ? new LineIndex(text).position(m.index + m[1].length) : { line: 1, column: 1 };
}
/**
 * The file's single YAML document as a mapping (Sentinel, Panther). Broken YAML, an alias bomb,
 * several documents or a top level that is no mapping become a problem; an empty file is neither
 * a rule nor a problem.
 *
 * `blank` lists the spans of top-level fields never read (Panther `Tests`: 80% of the corpus'
 * bytes); their lines are blanked before parsing, keeping line numbers. Should that go wrong (a
 * column-0 line in a skipped field taken for a key), the whole text is parsed instead, so no
 * problem is reported that the file does not have.
 */
function loadYamlMapping(file, blank = []) {
    const text = withoutLines(file.text, blank);
    // Plain block YAML is read by `fastLoad`, which gives what js-yaml gives (always a mapping).
    const fast = fastLoad(text, splitLines(text));
    const parsed = fast !== undefined ? { ok: true, value: fast } : parse(text, 1);
    if (!parsed.ok) {
        if (text !== file.text)
            return loadYamlMapping(file);
        return { doc: null, problems: [mappingProblem(file, parsed)] };
    }
    const bomb = aliasBomb(text, parsed.value, 1);
    if (bomb)
        return { doc: null, problems: [{ path: file.path, line: bomb.line, column: bomb.column, message: bomb.message }] };
    const doc = parsed.value;
    if (doc === undefined || doc === null)
        return { doc: null, problems: [] };
    if (typeof doc !== 'object' || Array.isArray(doc)) {
        const found = Array.isArray(doc) ? 'a list' : `a ${typeof doc} (${JSON.stringify(String(doc).slice(0, 40))})`;
        return {
            doc: null,
            problems: [{ path: file.path, line: 1, column: 1, message: `The file's top level is ${found}; expected a mapping of rule fields` }],
        };
    }
    return { doc: doc, problems: [] };
}
function mappingProblem(file, failure) {
    // At the end of the stream the mark points past the last line; keep it on a real line.
    const lastLine = splitLines(file.text).length;
    const line = Math.min(failure.line, lastLine);
    const column = failure.line > lastLine ? 1 : failure.column;
    return { path: file.path, line, column, message: failureMessage(failure) };
}
/** `text` with the lines of `spans` replaced by empty lines. */
function withoutLines(text, spans) {
    if (spans.length === 0)
        return text;
    const sorted = [...spans].sort((a, b) => a.line - b.line);
    const index = new LineIndex(text);
    const parts = [];
    let from = 0;
    for (const span of sorted) {
        const start = index.lineStart(span.line);
        const end = span.endLine < index.lineCount ? index.lineStart(span.endLine + 1) : text.length;
        parts.push(text.slice(from, start), '\n'.repeat(span.endLine - span.line + 1));
        from = end;
    }
    parts.push(text.slice(from));
    return parts.join('');
}

;// CONCATENATED MODULE: ./src/formats/yaml-unfixable.ts
// `&name` / `*name` where a node may start: at the line start or after a space or flow indicator.
const yaml_unfixable_ANCHOR = /(?:^|[\s[{,])&([^\s[\]{},]+)/g;
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
/**
 * The span of `name` written as an explicit key at column 0 of `span` (`? name`, its value on the
 * following `:` line), or undefined. Its value runs to the next column-0 node that is no `:` line.
 */
function explicitKeySpan(scan, span, name) {
    const question = new RegExp(`^\\?[ \\t]+${escapeRegExp(name)}[ \\t]*(?:#.*)?$`);
    for (let l = span.line; l <= span.endLine; l++) {
        if (!question.test(scan.lines[l - 1]))
            continue;
        let end = l;
        for (let next = l + 1; next <= span.endLine; next++) {
            const info = scan.info[next - 1];
            if (info.kind === 'marker' || (info.kind === 'node' && info.indent === 0 && !scan.lines[next - 1].startsWith(':')))
                break;
            end = next;
        }
        return { key: name, line: l, endLine: Math.max(l, scan.lastContentLine(l, end)), indent: 0, valueColumn: -1 };
    }
    return undefined;
}
/**
 * Why the top-level prose field `name` of a one-document file (Sentinel `description`, Panther
 * `Runbook`) cannot get a paragraph appended, or null. An explicit key is refused too: the planner
 * would otherwise add a second `name:` key.
 */
function proseFieldRefusal(scan, fields, name) {
    const field = fields.get(name) ?? explicitKeySpan(scan, scan.whole, name);
    return field ? yamlFixRefusal(scan, scan.whole, field, name) : null;
}
/**
 * Why the field at `field` (its key line through its value) cannot be rewritten line by line in
 * `doc`, or null when it can.
 */
function yamlFixRefusal(scan, doc, field, name) {
    const keyLine = scan.lines[field.line - 1] ?? '';
    if (/^\?[ \t]/.test(keyLine))
        return `\`${name}\` is written as an explicit key (\`? ${name}\`); edit it by hand`;
    const alias = /^[^#]*?:[ \t]+\*([^\s#]+)/.exec(keyLine);
    if (alias && scan.info[field.line - 1]?.key === name)
        return `\`${name}\` is an alias (*${alias[1]}) of a value written elsewhere; edit that value by hand`;
    const anchors = new Set();
    for (let l = field.line; l <= field.endLine; l++) {
        for (const m of scan.lines[l - 1].matchAll(yaml_unfixable_ANCHOR))
            anchors.add(m[1]);
    }
    for (const anchor of anchors) {
        const aliased = new RegExp(`(?:^|[\\s[{,:])\\*${escapeRegExp(anchor)}(?=[\\s\\]},]|$)`);
        for (let l = doc.line; l <= doc.endLine; l++) {
            if (aliased.test(scan.lines[l - 1])) {
                return `\`${name}\` carries the YAML anchor &${anchor}, which *${anchor} on line ${l} refers to; a rewrite would change or break it: edit it by hand`;
            }
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/formats/sigma.ts
/**
 * Sigma rules (SigmaHQ/sigma, sigma-specification): one YAML document per rule, or several
 * documents in one file (correlation rules, v1 rule collections).
 *
 * Rule collections: a document with `action: global` holds fields shared by the documents after
 * it, `action: reset` forgets them, `action: repeat` repeats the previous rule with changes.
 * They are merged as pySigma does (deep merge, the rule's own fields win), so a T1530 tag in the
 * global part counts; positions point to whichever document holds the field.
 */











const FIELD = 'falsepositives';
const HAS_TITLE = /^title[ \t]*:/m;
const HAS_LOGSOURCE = /^logsource[ \t]*:/m;
const HAS_DETECTION = /^detection[ \t]*:/m;
const HAS_CORRELATION = /^correlation[ \t]*:/m;
// Keys of the other YAML formats, so that a file is never claimed twice.
const OTHER_FORMAT = /^(?:AnalysisType|search|query|relevantTechniques)[ \t]*:/m;
const ATTACK_TAG = /^attack\.(.+)$/i;
const TECHNIQUE_TAG = /^t\d{4}(?:\.\d{3})?$/i;
const sigma_TACTIC_ID = /^ta\d{4}$/i;
const TACTIC_NAMES = new Set([
    'reconnaissance',
    'resource-development',
    'initial-access',
    'execution',
    'persistence',
    'privilege-escalation',
    'defense-evasion',
    'credential-access',
    'discovery',
    'lateral-movement',
    'collection',
    'command-and-control',
    'exfiltration',
    'impact',
]);
const LOGSOURCE_FIELDS = ['product', 'service', 'category'];
/** SigmaHQ indents list items by four spaces (`    - Unknown`). */
const DEFAULT_ITEM_INDENT = 4;
function sniff(file) {
    const text = file.text;
    if (!HAS_TITLE.test(text))
        return false;
    if (!(HAS_DETECTION.test(text) && HAS_LOGSOURCE.test(text)) && !HAS_CORRELATION.test(text))
        return false;
    return !OTHER_FORMAT.test(text);
}
function sigma_parse(file) {
    return guardedParse(file, parseSigma, (error) => `Sigma rule could not be read: ${error instanceof Error ? error.message : String(error)}`);
}
function parseSigma(file) {
    // The scan fix planning asks for next (`scanOf`): the file is scanned once.
    const scan = scanOf(file);
    const problems = [];
    const rules = [];
    let global = null;
    let previous = null;
    for (const { span: doc, text, load: loaded } of loadDocuments(file.text, scan)) {
        if (!loaded.ok) {
            problems.push({ path: file.path, line: loaded.line, column: loaded.column, message: loaded.message });
            continue;
        }
        if (!isYamlMap(loaded.value))
            continue;
        const keys = scan.topLevelKeys(doc);
        const { action, ...value } = loaded.value;
        const part = { doc, value, keys, text };
        if (action === 'global') {
            global = part;
            continue;
        }
        if (action === 'reset') {
            global = null;
            continue;
        }
        const base = action === 'repeat' ? previous : global ? { own: global, value: global.value, owner: ownerOf(global), merged: new Set() } : null;
        const rule = base
            ? {
                own: part,
                value: deepMerge(base.value, value),
                owner: new Map([...base.owner, ...ownerOf(part)]),
                merged: new Set([...base.merged, ...Object.keys(value).filter((k) => isYamlMap(value[k]) && isYamlMap(base.value[k]))]),
            }
            : { own: part, value, owner: ownerOf(part), merged: new Set() };
        previous = rule;
        if (isRule(rule.value))
            rules.push(rule);
        else if ('detection' in rule.value || 'correlation' in rule.value) {
            const first = scan.keys(doc, 0)[0];
            problems.push({ path: file.path, line: first?.line ?? doc.line, column: 1, message: incompleteRule(rule.value) });
        }
    }
    const detections = rules.map((rule) => toDetection(file, scan, rule));
    return { detections, problems };
}
function ownerOf(part) {
    return new Map(Object.keys(part.value).map((k) => [k, part]));
}
/** pySigma's deep_dict_update: maps merge recursively, anything else is replaced. */
function deepMerge(base, over) {
    const out = { ...base };
    for (const [k, v] of Object.entries(over)) {
        const old = out[k];
        out[k] = isYamlMap(v) && isYamlMap(old) ? deepMerge(old, v) : v;
    }
    return out;
}
function isRule(value) {
    if (scalarText(value.title) === null)
        return false;
    return ('logsource' in value && 'detection' in value) || isYamlMap(value.correlation);
}
/** Why a document with a detection is no rule (pySigma rejects it too). */
function incompleteRule(value) {
    const missing = [];
    if (scalarText(value.title) === null)
        missing.push(`\`title\` (found ${'title' in value ? describeYamlValue(value.title) : 'none'})`);
    if (!isYamlMap(value.correlation) && !('logsource' in value))
        missing.push('`logsource`');
    if (!isYamlMap(value.correlation) && !('detection' in value))
        missing.push('`detection`');
    return `Sigma rule lacks ${missing.join(' and ')}; expected a title, a logsource and a detection, so it is skipped`;
}
function toDetection(file, scan, rule) {
    const { value, own } = rule;
    const keyOf = (name) => rule.owner.get(name)?.keys.get(name);
    const titleKey = keyOf('title');
    const status = scalarText(value.status)?.trim().toLowerCase() || null;
    const tags = techniqueTags(scan, keyOf('tags'), value.tags);
    const parts = new Set(rule.owner.values());
    parts.add(own);
    const disabled = new Set();
    for (const part of parts)
        for (const id of disabledChecks(part.text))
            disabled.add(id);
    const falsePositives = [];
    // An explicit key (`? falsepositives`) has no `key:` line for the scanner: found apart.
    const fpKey = keyOf(FIELD) ?? (FIELD in value ? explicitKeySpan(scan, (rule.owner.get(FIELD) ?? own).doc, FIELD) : undefined);
    if (fpKey)
        falsePositives.push(falsePositiveSection(scan, fpKey, value[FIELD]));
    return {
        format: 'sigma',
        path: file.path,
        document: own.doc.index,
        id: scalarText(value.id)?.trim() || null,
        title: scalarText(value.title).trim(),
        titleSpan: titleKey ? { line: titleKey.line, endLine: titleKey.endLine } : { line: own.doc.line, endLine: own.doc.line },
        description: oneLine(scalarText(value.description) ?? ''),
        techniques: [...new Set(tags.flatMap((t) => (t.technique ? [t.technique] : [])))],
        techniqueTags: tags,
        tactics: [...new Set(tags.flatMap((t) => (t.technique ? [] : [ATTACK_TAG.exec(t.raw)[1]])))],
        query: queryText(scan, rule),
        dataSources: dataSources(value.logsource),
        status,
        deprecated: status === 'deprecated' || isDeprecatedPath(file.path),
        falsePositives,
        disabledChecks: [...disabled],
        span: { line: own.doc.line, endLine: own.doc.endLine },
        source: file,
    };
}
/**
 * The detection (or correlation) block as YAML text. The rule's own lines are used when one
 * document holds the whole block (cheaper than re-serializing, and as the author wrote it, minus
 * comment lines); a block merged from several documents is serialized from the merged value.
 */
function queryText(scan, rule) {
    const name = isYamlMap(rule.value.correlation) ? 'correlation' : 'detection';
    const owner = rule.owner.get(name);
    const key = owner?.keys.get(name);
    if (!key || rule.merged.has(name))
        return dumpYaml(rule.value[name]);
    const out = [];
    for (let l = key.line + 1; l <= key.endLine; l++) {
        const kind = scan.info[l - 1].kind;
        if (kind === 'node' || kind === 'continuation')
            out.push(scan.lines[l - 1]);
    }
    return out.length ? `${out.join('\n')}\n` : dumpYaml(rule.value[name]);
}
function dataSources(logsource) {
    if (!isYamlMap(logsource))
        return [];
    const out = [];
    for (const field of LOGSOURCE_FIELDS) {
        const v = scalarText(logsource[field]);
        if (v && v.trim())
            out.push(`${field}:${v.trim().toLowerCase()}`);
    }
    return out;
}
/** ATT&CK technique and tactic tags (`attack.t1530`, `attack.collection`) with their positions. */
function techniqueTags(scan, key, value) {
    return attackTags(scan, key, value, (raw) => {
        const m = ATTACK_TAG.exec(raw);
        if (!m)
            return null;
        const name = m[1];
        if (TECHNIQUE_TAG.test(name))
            return { technique: normalizeTechnique(name) };
        return sigma_TACTIC_ID.test(name) || TACTIC_NAMES.has(name.toLowerCase().replace(/_/g, '-')) ? { technique: null } : null;
    });
}
function falsePositiveSection(scan, key, value) {
    const section = { source: 'field', key: FIELD, line: key.line, endLine: key.endLine, items: [] };
    if (typeof value === 'string') {
        section.problem = `\`${FIELD}\` is ${describeYamlValue(value)}; expected a list of strings`;
        section.items = [{ text: value.trim(), line: key.line, endLine: key.endLine }];
        return section;
    }
    if (!Array.isArray(value)) {
        section.problem = `\`${FIELD}\` is ${describeYamlValue(value)}; expected a list of strings`;
        return section;
    }
    const spans = scan.locateItems(key, value);
    value.forEach((item, i) => {
        if (typeof item !== 'string') {
            section.problem ??= `\`${FIELD}\` item ${i + 1} is ${describeYamlValue(item)}; expected a list of strings`;
            return;
        }
        section.items.push({ text: item.trim(), line: spans[i].line, endLine: spans[i].endLine });
    });
    return section;
}
function plural(n) {
    return `${n} false positive${n === 1 ? '' : 's'}`;
}
function fixRefusal(detection) {
    const section = detection.falsePositives.find((s) => s.source === 'field' && s.key === FIELD);
    if (!section)
        return null;
    const scan = scanOf(detection.source);
    const doc = scan.documents().find((d) => d.line <= section.line && section.line <= d.endLine);
    return doc ? yamlFixRefusal(scan, doc, section, FIELD) : null;
}
function planFalsePositiveFix(detection, insertion) {
    if (insertion.texts.length === 0 || fixRefusal(detection))
        return null;
    const scan = scanOf(detection.source);
    const docs = scan.documents();
    const section = detection.falsePositives.find((s) => s.source === 'field' && s.key === FIELD);
    if (!section) {
        const doc = docs.find((d) => d.line === detection.span.line);
        if (!doc || insertion.replace.length > 0)
            return null;
        const style = listStyle(scan, doc, []);
        const level = scan.keys(doc, 0).find((k) => k.key === 'level');
        const at = level ? level.line : scan.lastContentLine(doc.line, doc.endLine) + 1;
        return {
            title: `Add \`${FIELD}\` with ${plural(insertion.texts.length)}`,
            edits: [{ startLine: at, endLine: at - 1, lines: [`${FIELD}:`, ...itemLines(insertion.texts, style)] }],
        };
    }
    const doc = docs.find((d) => d.line <= section.line && section.line <= d.endLine);
    const key = doc && scan.keys(doc, 0).find((k) => k.key === FIELD && k.line === section.line);
    if (!doc || !key)
        return null;
    const items = scan.items(key);
    for (const r of insertion.replace)
        if (!section.items.some((i) => i.line === r.line && i.text === r.text))
            return null;
    if (key.valueColumn === -1 && items.length > 0) {
        if (section.problem)
            return null;
        const newLines = itemLines(insertion.texts, listStyle(scan, doc, items));
        if (insertion.replace.length === 0) {
            const last = items[items.length - 1];
            return { title: fixTitle(insertion), edits: [{ startLine: last.endLine + 1, endLine: last.endLine, lines: newLines }] };
        }
        const replaced = items.filter((item) => insertion.replace.some((r) => r.line === item.line));
        if (replaced.length !== insertion.replace.length)
            return null;
        const edits = replaced.map((item, i) => ({ startLine: item.line, endLine: item.endLine, lines: i === 0 ? newLines : [] }));
        return { title: fixTitle(insertion), edits };
    }
    // No block items: an empty value (`falsepositives:`) or a one-line flow list (`[]`, `[a, b]`)
    // becomes a block list. Anything else (a string, a map, a flow list over several lines) is
    // left to the author.
    const line = scan.lines[key.line - 1];
    const colon = keyPrefix(line);
    if (colon === null || key.endLine !== key.line)
        return null;
    let kept = [];
    let comment;
    if (key.valueColumn !== -1) {
        const flow = flowListOnLine(line, key.valueColumn);
        if (!flow || section.problem)
            return null;
        comment = flow.comment;
        kept = section.items.filter((item) => !insertion.replace.some((r) => r.line === item.line && r.text === item.text)).map((i) => i.text);
    }
    else {
        comment = trailingComment(line, colon.length);
    }
    const style = listStyle(scan, doc, []);
    const lines = [`${colon}${comment ? ` ${comment}` : ''}`, ...itemLines([...kept, ...insertion.texts], style)];
    return { title: fixTitle(insertion), edits: [{ startLine: key.line, endLine: key.line, lines }] };
}
function fixTitle(insertion) {
    const count = plural(insertion.texts.length);
    if (insertion.replace.length === 0)
        return `Add ${count} to \`${FIELD}\``;
    return `Replace ${insertion.replace.map((r) => `"${r.text}"`).join(', ')} with ${count} in \`${FIELD}\``;
}
/** The indentation, dash spacing and quoting of the field's items, or of the document's other lists. */
function listStyle(scan, doc, items) {
    let sample = items;
    let quote = 'plain';
    if (items.length > 0) {
        const styles = new Set(items.map((i) => (i.valueColumn === -1 ? 'plain' : quoteStyleOf(scan.lines[i.line - 1].slice(i.valueColumn)))));
        if (styles.size === 1)
            quote = [...styles][0];
    }
    else {
        for (const key of scan.keys(doc, 0)) {
            sample = scan.items(key);
            if (sample.length > 0)
                break;
        }
    }
    const first = sample[0];
    if (!first)
        return { indent: DEFAULT_ITEM_INDENT, gap: 1, quote };
    const gap = first.valueColumn === -1 ? 1 : Math.max(1, first.valueColumn - first.indent - 1);
    return { indent: first.indent, gap, quote };
}
function itemLines(texts, style) {
    const prefix = `${' '.repeat(style.indent)}-${' '.repeat(style.gap)}`;
    return texts.map((text) => prefix + quoteScalar(text, style.quote));
}
function trailingComment(line, from) {
    const rest = line.slice(from).trim();
    return rest.startsWith('#') ? rest : '';
}
/** A flow list closed on its own line (`[a, 'b']  # note`), with any trailing comment. */
function flowListOnLine(line, start) {
    if (line[start] !== '[')
        return null;
    for (let i = start + 1; i < line.length; i++) {
        const c = line[i];
        if (c === "'" || c === '"') {
            // Brackets inside a quoted item are text: go on after its closing quote.
            i = closingQuote(line, i + 1, c);
            if (i === -1)
                return null;
        }
        else if (c === '[' || c === '{')
            return null;
        else if (c === ']') {
            const rest = line.slice(i + 1).trim();
            if (rest && !rest.startsWith('#'))
                return null;
            return { comment: rest };
        }
    }
    return null;
}
const sigma = {
    id: 'sigma',
    name: 'Sigma',
    extensions: ['.yml', '.yaml'],
    sniff,
    parse: sigma_parse,
    planFalsePositiveFix,
    fixRefusal,
    // Sigma `falsepositives` items are short phrases by convention.
    falsePositiveStyle: 'phrase',
};

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse_parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse_parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./src/formats/toml-fast.ts
/**
 * A reader for the plain TOML Elastic rules are written in, giving what smol-toml gives for them
 * at a fraction of its cost: smol-toml reads a rule's long description and query a character at
 * a time, and keeps a map of metadata per key besides the value.
 *
 * It reads `[table]` and `[[array.of.tables]]` headers of bare keys, `key = value` lines of bare
 * keys, and as values: basic strings without escapes, literal strings, both on one line or as
 * `"""`/`'''` multi-line strings, decimal integers of up to 15 digits, booleans, and arrays of
 * such one-line scalars (over several lines, with comments and a trailing comma). Tables are
 * objects without a prototype, as smol-toml makes them.
 *
 * To stay clear of TOML's rules on defining tables, a header may only name a table that does not
 * exist yet (or append to an array of tables made by `[[...]]` under the same name), and the keys
 * before its last one must already be tables or arrays of tables (the last element is meant):
 * no table is ever made implicitly. Anything else returns `undefined`, and the caller parses the
 * text with smol-toml: escapes, floats, dates, inline tables, dotted or quoted keys, nested arrays,
 * tabs, carriage returns and control characters, duplicated keys, a header that would redefine or
 * implicitly create a table. So errors and their positions are always smol-toml's.
 * test/formats/toml-fast.test.ts compares both on the test fixtures and on chosen cases.
 */
/** Characters this reader leaves to smol-toml: controls (tab and CR included) but `\n`, DEL, surrogates, BOM. */
const toml_fast_UNREAD_CHARACTER = /[\u0000-\u0009\u000b-\u001f\u007f\ud800-\udfff\ufeff]/;
const INTEGER = /^(?:0|-?[1-9][0-9]{0,14})$/;
class toml_fast_NotPlain extends Error {
}
const toml_fast_NOT_PLAIN = new toml_fast_NotPlain();
/** The value smol-toml's `parse` gives for `text`, or `undefined` when the text is not plain TOML as described above. */
function fastToml(text) {
    if (toml_fast_UNREAD_CHARACTER.test(text))
        return undefined;
    try {
        return new toml_fast_Reader(text).document();
    }
    catch (error) {
        if (error === toml_fast_NOT_PLAIN)
            return undefined;
        throw error;
    }
}
function isBare(c) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d;
}
class toml_fast_Reader {
    text;
    at = 0;
    /** Arrays made by `[[...]]` headers (not by `key = [...]`). */
    tableArrays = new WeakSet();
    constructor(text) {
        this.text = text;
    }
    document() {
        const root = Object.create(null);
        let table = root;
        const text = this.text;
        while (this.at < text.length) {
            this.spaces();
            if (this.at === text.length)
                break;
            const c = text.charCodeAt(this.at);
            if (c === 0x0a) {
                this.at++;
                continue;
            }
            if (c === 0x23 /* # */) {
                this.comment();
                continue;
            }
            if (c === 0x5b /* [ */)
                table = this.header(root);
            else
                this.entry(table);
            this.lineEnd();
        }
        return root;
    }
    spaces() {
        while (this.text.charCodeAt(this.at) === 0x20)
            this.at++;
    }
    comment() {
        const end = this.text.indexOf('\n', this.at);
        this.at = end === -1 ? this.text.length : end;
    }
    /** Spaces, a comment, then the end of the line or of the text. */
    lineEnd() {
        this.spaces();
        if (this.text.charCodeAt(this.at) === 0x23)
            this.comment();
        if (this.at === this.text.length)
            return;
        if (this.text.charCodeAt(this.at) !== 0x0a)
            throw toml_fast_NOT_PLAIN;
        this.at++;
    }
    bareKey() {
        const start = this.at;
        while (isBare(this.text.charCodeAt(this.at)))
            this.at++;
        if (this.at === start)
            throw toml_fast_NOT_PLAIN;
        const key = this.text.slice(start, this.at);
        if (key === '__proto__' || key === 'constructor')
            throw toml_fast_NOT_PLAIN;
        return key;
    }
    /** A `[a.b]` or `[[a.b]]` header: the table its entries go to. */
    header(root) {
        const text = this.text;
        const array = text.charCodeAt(this.at + 1) === 0x5b;
        this.at += array ? 2 : 1;
        const path = [this.bareKey()];
        while (text.charCodeAt(this.at) === 0x2e /* . */) {
            this.at++;
            path.push(this.bareKey());
        }
        for (let k = 0; k < (array ? 2 : 1); k++)
            if (text.charCodeAt(this.at++) !== 0x5d /* ] */)
                throw toml_fast_NOT_PLAIN;
        let parent = root;
        for (let i = 0; i < path.length - 1; i++) {
            const value = parent[path[i]];
            if (Array.isArray(value) && this.tableArrays.has(value))
                parent = value[value.length - 1];
            else if (isTable(value))
                parent = value;
            else
                throw toml_fast_NOT_PLAIN;
        }
        const last = path[path.length - 1];
        const table = Object.create(null);
        if (!Object.hasOwn(parent, last)) {
            if (array) {
                const list = [table];
                this.tableArrays.add(list);
                parent[last] = list;
            }
            else
                parent[last] = table;
            return table;
        }
        const existing = parent[last];
        if (!array || !Array.isArray(existing) || !this.tableArrays.has(existing))
            throw toml_fast_NOT_PLAIN;
        existing.push(table);
        return table;
    }
    /** A `key = value` line into `table`. */
    entry(table) {
        const key = this.bareKey();
        if (Object.hasOwn(table, key))
            throw toml_fast_NOT_PLAIN;
        this.spaces();
        if (this.text.charCodeAt(this.at) !== 0x3d /* = */)
            throw toml_fast_NOT_PLAIN;
        this.at++;
        this.spaces();
        table[key] = this.value();
    }
    value() {
        const text = this.text;
        const c = text.charCodeAt(this.at);
        if ((c === 0x22 || c === 0x27) && text.charCodeAt(this.at + 1) === c && text.charCodeAt(this.at + 2) === c)
            return this.multiline(c);
        if (c === 0x5b /* [ */)
            return this.array();
        return this.scalar();
    }
    /** A one-line string, integer or boolean. */
    scalar() {
        const text = this.text;
        const c = text.charCodeAt(this.at);
        if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
            const end = text.indexOf(c === 0x22 ? '"' : "'", this.at + 1);
            if (end === -1)
                throw toml_fast_NOT_PLAIN;
            const content = text.slice(this.at + 1, end);
            if (content.includes('\n') || (c === 0x22 && content.includes('\\')))
                throw toml_fast_NOT_PLAIN;
            this.at = end + 1;
            return content;
        }
        const start = this.at;
        while (this.at < text.length && isBare(text.charCodeAt(this.at)))
            this.at++;
        const word = text.slice(start, this.at);
        if (word === 'true')
            return true;
        if (word === 'false')
            return false;
        if (INTEGER.test(word))
            return Number(word);
        throw toml_fast_NOT_PLAIN;
    }
    /** A `"""` or `'''` string: a newline right after the opening quotes is left out. */
    multiline(quote) {
        const text = this.text;
        const delimiter = quote === 0x22 ? '"""' : "'''";
        let start = this.at + 3;
        if (text.charCodeAt(start) === 0x0a)
            start++;
        const end = text.indexOf(delimiter, start);
        // A fourth quote would belong to the string; escapes are smol-toml's to read.
        if (end === -1 || text.charCodeAt(end + 3) === quote)
            throw toml_fast_NOT_PLAIN;
        const content = text.slice(start, end);
        if (quote === 0x22 && content.includes('\\'))
            throw toml_fast_NOT_PLAIN;
        this.at = end + 3;
        return content;
    }
    /** `[a, b]` over one or several lines, of one-line scalars, with comments and a trailing comma. */
    array() {
        const out = [];
        this.at++;
        for (;;) {
            this.blank();
            if (this.text.charCodeAt(this.at) === 0x5d /* ] */)
                break;
            const c = this.text.charCodeAt(this.at);
            if (c === 0x5b || ((c === 0x22 || c === 0x27) && this.text.charCodeAt(this.at + 1) === c))
                throw toml_fast_NOT_PLAIN;
            out.push(this.scalar());
            this.blank();
            const next = this.text.charCodeAt(this.at);
            if (next === 0x2c /* , */)
                this.at++;
            else if (next !== 0x5d)
                throw toml_fast_NOT_PLAIN;
        }
        this.at++;
        return out;
    }
    /** Spaces, newlines and comments inside an array. */
    blank() {
        for (;;) {
            this.spaces();
            const c = this.text.charCodeAt(this.at);
            if (c === 0x0a)
                this.at++;
            else if (c === 0x23)
                this.comment();
            else
                return;
        }
    }
}
function isTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/formats/elastic.ts
/**
 * Elastic detection-rules (.toml): one rule per file, `[metadata]` + `[rule]` + `[[rule.threat]]`.
 *
 * Values come from smol-toml (plain rules from `fastToml`, which gives the same). Neither gives
 * positions, so a small layout scanner walks the raw text once (skipping strings, arrays and comments the way TOML does) and records where each
 * key and value sits; strings are decoded a second time with the offset of every character, which
 * gives exact lines for false-positive items and for the `### False positive analysis` bullets
 * inside `note`.
 */









const elastic_FIELD = 'false_positives';
const NOTE = 'note';
/**
 * detection-rules' formatter (`rule_formatter.py`) wraps multi-line strings at 120 columns; new
 * `"""` blocks are wrapped the same way so `python -m detection_rules toml-lint` leaves them alone.
 */
const MAX_LINE_WIDTH = 120;
const DEFAULT_INDENT = '    ';
const SNIFF_RULE_TABLE = /^\[rule\][ \t]*(?:#.*)?\r?$/m;
const SNIFF_RULE_KEYS = /^(?:\[metadata\]|rule_id[ \t]*=)/m;
const DATASET_IN_QUERY = /\b(?:event|data_stream)\.dataset\s*(?::|==|=)\s*(\([^)\n]*\)|"[^"\n]*"|[A-Za-z0-9_.*-]+)/g;
const DATASET_NAME = /[A-Za-z0-9_][A-Za-z0-9_.*-]*/g;
const ESQL_FROM = /^\s*from\s+([^|\n]+)/i;
const MARKDOWN_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const MARKDOWN_FENCE = /^ {0,3}(?:```|~~~)/;
const MARKDOWN_BULLET = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const FALSE_POSITIVE_HEADING = /false[ -]?positive/i;
const QUOTE = 0x22; // "
const elastic_APOSTROPHE = 0x27; // '
const BACKSLASH = 0x5c;
const HASH = 0x23;
const NEWLINE = 0x0a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;
const EQUALS = 0x3d;
function elastic_isBlank(c) {
    return c === 0x20 || c === 0x09 || c === 0x0d || c === NEWLINE;
}
function skipToLineEnd(text, pos) {
    const nl = text.indexOf('\n', pos);
    return nl === -1 ? text.length : nl;
}
/** Whitespace, newlines and `#` comments. */
function skipTrivia(text, pos) {
    const n = text.length;
    while (pos < n) {
        const c = text.charCodeAt(pos);
        if (elastic_isBlank(c))
            pos++;
        else if (c === HASH)
            pos = skipToLineEnd(text, pos);
        else
            break;
    }
    return pos;
}
function isTripleAt(text, pos, q) {
    return text.charCodeAt(pos) === q && text.charCodeAt(pos + 1) === q && text.charCodeAt(pos + 2) === q;
}
const TRIPLE_QUOTE = '"""';
const TRIPLE_APOSTROPHE = "'''";
/** Offset of the first unescaped closing triple delimiter at or after `from`, or -1. */
function findTripleClose(text, from, q) {
    const delimiter = q === QUOTE ? TRIPLE_QUOTE : TRIPLE_APOSTROPHE;
    for (let i = text.indexOf(delimiter, from); i !== -1; i = text.indexOf(delimiter, i + 1)) {
        if (q !== QUOTE)
            return i;
        let backslashes = 0;
        while (text.charCodeAt(i - 1 - backslashes) === BACKSLASH)
            backslashes++;
        if (backslashes % 2 === 0)
            return i;
    }
    return -1;
}
/** End offset of the string starting at `pos` (past its closing delimiter; at EOL/EOF if unterminated). */
function skipString(text, pos) {
    const n = text.length;
    const q = text.charCodeAt(pos);
    if (isTripleAt(text, pos, q)) {
        const close = findTripleClose(text, pos + 3, q);
        if (close === -1)
            return n;
        // Up to two more quotes still belong to the content: `""""` closes after the fourth.
        let end = close + 3;
        if (text.charCodeAt(end) === q)
            end++;
        if (text.charCodeAt(end) === q)
            end++;
        return end;
    }
    const escapes = q === QUOTE;
    for (let i = pos + 1; i < n; i++) {
        const c = text.charCodeAt(i);
        if (escapes && c === BACKSLASH)
            i++;
        else if (c === q)
            return i + 1;
        else if (c === NEWLINE)
            return i;
    }
    return n;
}
/** End offset of the array or inline table starting at `pos`. */
function skipBracketed(text, pos) {
    const n = text.length;
    let depth = 0;
    let i = pos;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === QUOTE || c === elastic_APOSTROPHE) {
            i = skipString(text, i);
            continue;
        }
        if (c === HASH) {
            i = skipToLineEnd(text, i);
            continue;
        }
        if (c === OPEN_BRACKET || c === OPEN_BRACE)
            depth++;
        else if (c === CLOSE_BRACKET || c === CLOSE_BRACE) {
            depth--;
            if (depth === 0)
                return i + 1;
        }
        i++;
    }
    return n;
}
/** End offset of a bare value (number, date, boolean): up to a delimiter, comment or EOL. */
function skipScalar(text, pos, stopAtComma) {
    const n = text.length;
    let i = pos;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === NEWLINE || c === HASH || c === 0x0d)
            break;
        if (stopAtComma && (c === COMMA || c === CLOSE_BRACKET || c === 0x20 || c === 0x09))
            break;
        i++;
    }
    while (i > pos && elastic_isBlank(text.charCodeAt(i - 1)))
        i--;
    return i;
}
function skipValue(text, pos) {
    const c = text.charCodeAt(pos);
    if (c === QUOTE || c === elastic_APOSTROPHE)
        return skipString(text, pos);
    if (c === OPEN_BRACKET || c === OPEN_BRACE)
        return skipBracketed(text, pos);
    return skipScalar(text, pos, false);
}
const KEY_NEEDS_NORMALIZING = /[\s"']/;
/** `a . "b" .c` -> `a.b.c` */
function normalizeKeyPath(raw) {
    // Most keys and headers (`rule_id`, `rule.threat.technique`) are written as they read.
    if (!KEY_NEEDS_NORMALIZING.test(raw))
        return raw;
    if (raw.indexOf('.') === -1 && raw.indexOf('"') === -1 && raw.indexOf("'") === -1)
        return raw.trim();
    return raw
        .split('.')
        .map((part) => part.trim().replace(/^(["'])(.*)\1$/, '$2'))
        .join('.');
}
/** Offset of the `=` that ends the key starting at `pos`, or -1 when the line holds no key. */
function findKeyEnd(text, pos) {
    const n = text.length;
    for (let i = pos; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === EQUALS)
            return i;
        if (c === NEWLINE || c === HASH)
            return -1;
        if (c === QUOTE || c === elastic_APOSTROPHE)
            i = skipString(text, i) - 1;
    }
    return -1;
}
function scanLayout(text) {
    const entries = [];
    const headers = [];
    const n = text.length;
    let table = '';
    let pos = 0;
    while (pos < n) {
        pos = skipTrivia(text, pos);
        if (pos >= n)
            break;
        if (text.charCodeAt(pos) === OPEN_BRACKET) {
            const lineEnd = skipToLineEnd(text, pos);
            const array = text.charCodeAt(pos + 1) === OPEN_BRACKET;
            const close = text.indexOf(']', pos);
            const nameEnd = close === -1 || close > lineEnd ? lineEnd : close;
            table = normalizeKeyPath(text.slice(pos + (array ? 2 : 1), nameEnd));
            headers.push({ path: table, offset: pos });
            pos = lineEnd;
            continue;
        }
        const eq = findKeyEnd(text, pos);
        if (eq === -1) {
            // Not a key: the real parser reports it; resynchronize on the next line.
            pos = skipToLineEnd(text, pos);
            continue;
        }
        let valueStart = eq + 1;
        while (text.charCodeAt(valueStart) === 0x20 || text.charCodeAt(valueStart) === 0x09)
            valueStart++;
        const valueEnd = skipValue(text, valueStart);
        let keyEnd = eq;
        while (keyEnd > pos && (text.charCodeAt(keyEnd - 1) === 0x20 || text.charCodeAt(keyEnd - 1) === 0x09))
            keyEnd--;
        entries.push({ table, key: normalizeKeyPath(text.slice(pos, keyEnd)), keyOffset: pos, valueStart, valueEnd });
        pos = Math.max(valueEnd, valueStart + 1);
        // The rest of the line can only be a comment.
        pos = skipToLineEnd(text, pos);
    }
    return { entries, headers };
}
function findEntry(layout, table, key) {
    return layout.entries.find((e) => e.table === table && e.key === key);
}
function scanArray(text, open) {
    if (text.charCodeAt(open) !== OPEN_BRACKET)
        return null;
    const n = text.length;
    const elements = [];
    let i = open + 1;
    while (i < n) {
        i = skipTrivia(text, i);
        const c = text.charCodeAt(i);
        if (c === CLOSE_BRACKET)
            return { elements, close: i };
        if (c === COMMA) {
            i++;
            continue;
        }
        if (i >= n)
            break;
        const isString = c === QUOTE || c === elastic_APOSTROPHE;
        const end = isString
            ? skipString(text, i)
            : c === OPEN_BRACKET || c === OPEN_BRACE
                ? skipBracketed(text, i)
                : skipScalar(text, i, true);
        if (end <= i)
            return null;
        elements.push({ start: i, end, isString, multiline: isString && isTripleAt(text, i, c) });
        i = end;
    }
    return null;
}
/** The file offset of `value[i]`. */
function sourceOffset(decoded, i) {
    const seg = decoded.segments;
    let lo = 0;
    let hi = seg.length / 2 - 1;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (seg[mid * 2] <= i)
            lo = mid;
        else
            hi = mid - 1;
    }
    return seg[lo * 2 + 1] + (i - seg[lo * 2]);
}
const SIMPLE_ESCAPES = {
    b: '\b',
    t: '\t',
    n: '\n',
    f: '\f',
    r: '\r',
    e: '\x1b',
    '"': '"',
    '\\': '\\',
};
const HEX_ESCAPE_LENGTH = { x: 2, u: 4, U: 8 };
function decodeString(text, pos) {
    const q = text.charCodeAt(pos);
    if (q !== QUOTE && q !== elastic_APOSTROPHE)
        return null;
    const n = text.length;
    const triple = isTripleAt(text, pos, q);
    const escapes = q === QUOTE;
    const parts = [];
    const segments = [];
    let length = 0;
    const emit = (s, at) => {
        if (s === '')
            return;
        parts.push(s);
        segments.push(length, at);
        length += s.length;
    };
    let i = pos + (triple ? 3 : 1);
    // A newline right after the opening delimiter is not part of a multi-line string.
    if (triple) {
        if (text.charCodeAt(i) === NEWLINE)
            i++;
        else if (text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === NEWLINE)
            i += 2;
    }
    let run = i;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === q && (!triple || isTripleAt(text, i, q))) {
            // Up to two more quotes still belong to the content: `""""` closes after the fourth.
            let close = i;
            if (triple)
                while (close - i < 2 && text.charCodeAt(close + 3) === q)
                    close++;
            emit(text.slice(run, close), run);
            if (segments.length === 0)
                segments.push(0, close);
            return { value: parts.join(''), segments };
        }
        if (!triple && c === NEWLINE)
            return null;
        if (!escapes || c !== BACKSLASH) {
            // In multi-line strings, jump to the next character that can matter: a quote or a backslash.
            if (triple && c !== q) {
                const quote = text.indexOf(q === QUOTE ? '"' : "'", i + 1);
                const backslash = escapes ? text.indexOf('\\', i + 1) : -1;
                i = Math.min(quote === -1 ? n : quote, backslash === -1 ? n : backslash);
            }
            else
                i++;
            continue;
        }
        emit(text.slice(run, i), run);
        const next = text[i + 1] ?? '';
        if (triple && (next === ' ' || next === '\t' || next === '\r' || next === '\n')) {
            // Line-ending backslash: the newline and the whitespace after it vanish.
            let j = i + 1;
            while (j < n && elastic_isBlank(text.charCodeAt(j)))
                j++;
            i = j;
        }
        else if (SIMPLE_ESCAPES[next] !== undefined) {
            emit(SIMPLE_ESCAPES[next], i);
            i += 2;
        }
        else if (HEX_ESCAPE_LENGTH[next] !== undefined) {
            const digits = HEX_ESCAPE_LENGTH[next];
            const code = Number.parseInt(text.slice(i + 2, i + 2 + digits), 16);
            if (Number.isFinite(code) && code <= 0x10ffff)
                emit(String.fromCodePoint(code), i);
            i += 2 + digits;
        }
        else {
            // Not a TOML escape; smol-toml rejects the file before this matters.
            emit(next, i);
            i += 2;
        }
        run = i;
    }
    return null;
}
// ---------------------------------------------------------------------------------------------
// Clean text.
/**
 * Elastic hard-wraps prose at 120 columns inside `"""` blocks: the wrapping is layout, not
 * content. Lines are trimmed (which also dedents) and joined with single spaces; blank lines
 * still separate paragraphs.
 */
function unwrap(value) {
    // One line of prose (most descriptions): nothing to join.
    const trimmed = value.trim();
    if (!trimmed.includes('\n'))
        return trimmed;
    const paragraphs = [];
    let current = [];
    for (const raw of value.split('\n')) {
        const line = raw.trim();
        if (line !== '')
            current.push(line);
        else if (current.length > 0) {
            paragraphs.push(current.join(' '));
            current = [];
        }
    }
    if (current.length > 0)
        paragraphs.push(current.join(' '));
    return paragraphs.join('\n\n');
}
function describeValue(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    if (value instanceof Date)
        return `a date (${value.toISOString()})`;
    switch (typeof value) {
        case 'string':
            return `a string ("${value.length > 60 ? `${value.slice(0, 57)}...` : value}")`;
        case 'number':
        case 'bigint':
            return `a number (${String(value)})`;
        case 'boolean':
            return `a boolean (${String(value)})`;
        default:
            return 'a table';
    }
}
function elastic_isTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
function asString(value) {
    return typeof value === 'string' ? value : null;
}
function asStrings(value) {
    if (typeof value === 'string')
        return [value];
    return Array.isArray(value) ? value.filter((v) => typeof v === 'string') : [];
}
/** The positions of a rule file's keys and lines, for parsing and fix planning (laid out once: see `lastFileMemo`). */
const positionsOf = lastFileMemo((file) => ({ text: file.text, index: new LineIndex(file.text), layout: scanLayout(file.text) }));
function lineOf(pos, offset) {
    return pos.index.lineOf(offset);
}
/** Lines of the text inside a decoded string: first to last non-blank character. */
function contentSpan(pos, decoded, fallback) {
    const v = decoded.value;
    let first = 0;
    while (first < v.length && /\s/.test(v[first]))
        first++;
    let last = v.length - 1;
    while (last >= first && /\s/.test(v[last]))
        last--;
    if (first > last)
        return { line: fallback, endLine: fallback };
    return { line: lineOf(pos, sourceOffset(decoded, first)), endLine: lineOf(pos, sourceOffset(decoded, last)) };
}
function fieldSection(pos, value) {
    if (value === undefined)
        return null;
    const entry = findEntry(pos.layout, 'rule', elastic_FIELD);
    const line = entry ? lineOf(pos, entry.keyOffset) : 1;
    const endLine = entry ? lineOf(pos, Math.max(entry.valueStart, entry.valueEnd - 1)) : line;
    const section = { source: 'field', key: elastic_FIELD, line, endLine, items: [] };
    if (typeof value === 'string') {
        const decoded = entry ? decodeString(pos.text, entry.valueStart) : null;
        const span = decoded ? contentSpan(pos, decoded, line) : { line, endLine };
        section.items = [{ text: unwrap(value), ...span }];
        section.problem = `\`${elastic_FIELD}\` is ${describeValue(value)}; expected an array of strings`;
        return section;
    }
    if (!Array.isArray(value)) {
        section.problem = `\`${elastic_FIELD}\` is ${describeValue(value)}; expected an array of strings`;
        return section;
    }
    const layout = entry ? scanArray(pos.text, entry.valueStart) : null;
    const aligned = layout !== null && layout.elements.length === value.length;
    value.forEach((element, k) => {
        if (typeof element !== 'string')
            return;
        const el = aligned ? layout.elements[k] : null;
        const decoded = el ? decodeString(pos.text, el.start) : null;
        const span = decoded ? contentSpan(pos, decoded, lineOf(pos, el.start)) : { line, endLine };
        section.items.push({ text: unwrap(element), ...span });
    });
    const wrong = value.filter((v) => typeof v !== 'string');
    if (wrong.length > 0) {
        const kinds = [...new Set(wrong.map((v) => describeValue(v).replace(/ \(.*$/, '')))].join(', ');
        section.problem = `\`${elastic_FIELD}\` holds ${wrong.length} item${wrong.length === 1 ? '' : 's'} that ${wrong.length === 1 ? 'is' : 'are'} not a string (${kinds}); expected an array of strings`;
    }
    return section;
}
function noteLines(pos, note, entry) {
    const decoded = entry ? decodeString(pos.text, entry.valueStart) : null;
    // smol-toml keeps CRLF inside multi-line strings as written; so does the decoder.
    const exact = decoded !== null && decoded.value === note;
    const fallback = entry ? lineOf(pos, entry.keyOffset) : 1;
    const lines = [];
    let start = 0;
    while (start <= note.length) {
        const nl = note.indexOf('\n', start);
        const end = nl === -1 ? note.length : nl;
        const text = note.slice(start, end).replace(/\r$/, '');
        let line = fallback;
        let endLine = fallback;
        if (exact && end > start) {
            line = lineOf(pos, sourceOffset(decoded, start));
            endLine = lineOf(pos, sourceOffset(decoded, end - 1));
        }
        else if (exact) {
            // An empty line: its newline (or, after the final newline, the next line) places it.
            const previous = lines[lines.length - 1];
            line = nl !== -1 ? lineOf(pos, sourceOffset(decoded, nl)) : previous ? previous.endLine + 1 : fallback;
            endLine = line;
        }
        lines.push({ text, line, endLine });
        if (nl === -1)
            break;
        start = nl + 1;
    }
    return lines;
}
function leadingWidth(s) {
    let w = 0;
    for (const ch of s) {
        if (ch === ' ')
            w++;
        else if (ch === '\t')
            w += 4;
        else
            break;
    }
    return w;
}
/** Items of a false-positive section of the note: its bullets or, without bullets, its paragraphs. */
function noteItems(lines) {
    const items = [];
    let parts = [];
    let first = 0;
    let last = 0;
    const flush = () => {
        const text = parts.join(' ').trim();
        if (text !== '')
            items.push({ text, line: first, endLine: last });
        parts = [];
    };
    const bullets = lines.map((l) => MARKDOWN_BULLET.exec(l.text));
    let topIndent = Number.POSITIVE_INFINITY;
    for (const b of bullets)
        if (b)
            topIndent = Math.min(topIndent, leadingWidth(b[1]));
    if (topIndent === Number.POSITIVE_INFINITY) {
        for (const l of lines) {
            const t = l.text.trim();
            if (t === '') {
                flush();
                continue;
            }
            if (parts.length === 0)
                first = l.line;
            parts.push(t);
            last = l.endLine;
        }
        flush();
        return items;
    }
    let open = false;
    let afterBlank = false;
    lines.forEach((l, k) => {
        const t = l.text.trim();
        if (t === '') {
            afterBlank = true;
            return;
        }
        const b = bullets[k];
        if (b && leadingWidth(b[1]) <= topIndent) {
            flush();
            open = true;
            first = l.line;
            last = l.endLine;
            parts.push(b[2].trim());
        }
        else if (open && (leadingWidth(l.text) > topIndent || !afterBlank)) {
            parts.push(b ? b[2].trim() : t);
            last = l.endLine;
        }
        else {
            // A paragraph after the list ends it; paragraphs count only when there are no bullets.
            flush();
            open = false;
        }
        afterBlank = false;
    });
    flush();
    return items;
}
function noteSection(pos, note) {
    if (typeof note !== 'string' || !FALSE_POSITIVE_HEADING.test(note))
        return null;
    const entry = findEntry(pos.layout, 'rule', NOTE);
    const lines = noteLines(pos, note, entry);
    let inFence = false;
    let start = -1;
    let level = 0;
    let end = lines.length;
    for (let k = 0; k < lines.length; k++) {
        const text = lines[k].text;
        if (MARKDOWN_FENCE.test(text)) {
            inFence = !inFence;
            continue;
        }
        if (inFence)
            continue;
        const heading = MARKDOWN_HEADING.exec(text);
        if (!heading)
            continue;
        const headingLevel = heading[1].length;
        if (start === -1) {
            if (FALSE_POSITIVE_HEADING.test(heading[2])) {
                start = k;
                level = headingLevel;
            }
        }
        else if (headingLevel <= level) {
            end = k;
            break;
        }
    }
    if (start === -1)
        return null;
    // Sub-headings inside the section separate items like blank lines do.
    const body = lines.slice(start + 1, end).map((l) => (MARKDOWN_HEADING.test(l.text) ? { ...l, text: '' } : l));
    let lastLine = start;
    for (let k = end - 1; k > start; k--) {
        if (lines[k].text.trim() !== '') {
            lastLine = k;
            break;
        }
    }
    return {
        source: 'note',
        key: NOTE,
        line: lines[start].line,
        endLine: lines[lastLine].endLine,
        items: noteItems(body),
    };
}
function tag(pos, entry, technique) {
    const decoded = decodeString(pos.text, entry.valueStart);
    if (!decoded)
        return null;
    const raw = decoded.value.trim();
    const at = pos.index.position(raw === '' ? entry.valueStart : sourceOffset(decoded, decoded.value.indexOf(raw)));
    return { raw, technique: technique(raw), line: at.line, endLine: at.line, column: at.column };
}
const THREAT_TABLES = {
    'rule.threat.technique': true,
    'rule.threat.technique.subtechnique': true,
    'rule.threat.tactic': false,
};
function threatTags(pos) {
    const tags = [];
    for (const entry of pos.layout.entries) {
        if (entry.key !== 'id')
            continue;
        const isTechnique = THREAT_TABLES[entry.table];
        if (isTechnique === undefined)
            continue;
        const t = tag(pos, entry, isTechnique ? normalizeTechnique : () => null);
        if (t)
            tags.push(t);
    }
    return tags;
}
/** Technique ids from the parsed tree, in file order (arrays of tables keep their order). */
function parsedTechniques(rule) {
    const techniques = [];
    const tactics = [];
    const threats = Array.isArray(rule.threat) ? rule.threat : [];
    for (const threat of threats) {
        if (!elastic_isTable(threat))
            continue;
        if (elastic_isTable(threat.tactic)) {
            const id = asString(threat.tactic.id) ?? asString(threat.tactic.name);
            if (id)
                tactics.push(id.trim());
        }
        const list = Array.isArray(threat.technique) ? threat.technique : [];
        for (const technique of list) {
            if (!elastic_isTable(technique))
                continue;
            const id = asString(technique.id);
            if (id)
                techniques.push(id);
            const subs = Array.isArray(technique.subtechnique) ? technique.subtechnique : [];
            for (const sub of subs)
                if (elastic_isTable(sub) && typeof sub.id === 'string')
                    techniques.push(sub.id);
        }
    }
    return { techniques, tactics };
}
function queryDataSources(query, language) {
    const out = [];
    if (language === 'esql') {
        const from = ESQL_FROM.exec(query);
        if (from) {
            const sources = from[1].replace(/\bmetadata\b.*$/i, '');
            for (const s of sources.split(',')) {
                const name = s.trim().replace(/^["']|["']$/g, '');
                if (name !== '')
                    out.push(`index:${name.toLowerCase()}`);
            }
        }
    }
    for (const m of query.matchAll(DATASET_IN_QUERY)) {
        for (const name of m[1].matchAll(DATASET_NAME)) {
            if (name[0] !== 'or' && name[0] !== 'and')
                out.push(`dataset:${name[0].toLowerCase()}`);
        }
    }
    return out;
}
function unique(values) {
    return [...new Set(values)];
}
function lastLineOf(text, index) {
    return Math.max(1, text.endsWith('\n') ? index.lineCount - 1 : index.lineCount);
}
const NOT_BLANK = /\S/;
function parseElastic(file) {
    const { text, path } = file;
    // `text.trim() === ''` without copying the text: `\s` is what `trim` removes.
    if (!NOT_BLANK.test(text))
        return { detections: [], problems: [] };
    let data;
    try {
        // Plain TOML (most rules) is read by `fastToml`, which gives what smol-toml gives.
        data = fastToml(text) ?? parse_parse(text);
    }
    catch (err) {
        if (err instanceof TomlError) {
            const message = err.message.split('\n')[0].replace(/^Invalid TOML document: /, '');
            return { detections: [], problems: [{ path, line: err.line, column: err.column, message: `invalid TOML: ${message}` }] };
        }
        const message = err instanceof RangeError ? 'the document is nested too deeply' : String(err);
        return { detections: [], problems: [{ path, line: 1, column: 1, message: `invalid TOML: ${message}` }] };
    }
    if (!elastic_isTable(data) || !elastic_isTable(data.rule)) {
        return {
            detections: [],
            problems: [{ path, line: 1, column: 1, message: 'no `[rule]` table; expected an Elastic detection rule' }],
        };
    }
    const rule = data.rule;
    const metadata = elastic_isTable(data.metadata) ? data.metadata : {};
    const pos = positionsOf(file);
    const index = pos.index;
    const nameEntry = findEntry(pos.layout, 'rule', 'name');
    const ruleHeader = pos.layout.headers.find((h) => h.path === 'rule');
    const titleLine = lineOf(pos, nameEntry?.keyOffset ?? ruleHeader?.offset ?? 0);
    const techniqueTags = threatTags(pos);
    const parsed = parsedTechniques(rule);
    const techniqueSet = new Set();
    for (const t of techniqueTags)
        if (t.technique !== null)
            techniqueSet.add(t.technique);
    for (const t of parsed.techniques) {
        const technique = normalizeTechnique(t);
        if (technique !== null)
            techniqueSet.add(technique);
    }
    const techniques = [...techniqueSet];
    const query = asString(rule.query)?.trim() ?? '';
    const sources = new Set();
    for (const i of asStrings(metadata.integration))
        sources.add(`integration:${i.trim().toLowerCase()}`);
    for (const i of asStrings(rule.index))
        sources.add(`index:${i.trim().toLowerCase()}`);
    for (const t of asStrings(rule.tags))
        sources.add(`tag:${t.trim().toLowerCase()}`);
    for (const d of queryDataSources(query, asString(rule.language)))
        sources.add(d);
    const dataSources = [...sources];
    const status = asString(metadata.maturity)?.trim().toLowerCase() || null;
    const falsePositives = [fieldSection(pos, rule[elastic_FIELD]), noteSection(pos, rule[NOTE])].filter((s) => s !== null);
    const detection = {
        format: 'elastic',
        path,
        document: 0,
        id: asString(rule.rule_id)?.trim() || null,
        title: asString(rule.name)?.trim() ?? '',
        titleSpan: { line: titleLine, endLine: titleLine },
        description: unwrap(asString(rule.description) ?? ''),
        techniques,
        techniqueTags,
        tactics: unique(parsed.tactics),
        query,
        dataSources,
        status,
        deprecated: status === 'deprecated' || isDeprecatedPath(path),
        falsePositives,
        disabledChecks: disabledChecks(text),
        span: { line: 1, endLine: lastLineOf(text, index) },
        source: file,
    };
    return { detections: [detection], problems: [] };
}
/** Catalog texts are single sentences: one line, single spaces. */
function normalizeText(text) {
    return oneLine(text);
}
function escapeControl(s) {
    // eslint-disable-next-line no-control-regex
    return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[\\"\u0000-\u0008\u000b-\u001f\u007f]/;
function basicString(text) {
    // Catalog sentences rarely hold a backslash, a quote or a control character: one search says so.
    if (!NEEDS_ESCAPE.test(text))
        return `"${text}"`;
    return `"${escapeControl(text.replace(/\\/g, '\\\\').replace(/"/g, '\\"'))}"`;
}
/** Content of a `"""` string: backslashes escaped, and every third quote of a run so none closes it. */
function multilineContent(text) {
    const escaped = text.replace(/\\/g, '\\\\').replace(/"{3,}/g, (run) => [...run].map((q, k) => (k % 3 === 2 ? '\\"' : q)).join(''));
    return escapeControl(escaped);
}
function wrapWords(text, width) {
    const lines = [];
    let current = '';
    for (const word of text.split(' ')) {
        if (current === '')
            current = word;
        else if (current.length + 1 + word.length <= width)
            current += ` ${word}`;
        else {
            lines.push(current);
            current = word;
        }
    }
    if (current !== '')
        lines.push(current);
    return lines;
}
/**
 * The lines of new array items in the given style. Every item ends with `,` except the last,
 * which ends with `lastSuffix` (a comma, `]`, a comment: whatever followed the item it replaces).
 */
function renderItems(texts, style, indent, lastSuffix) {
    const lines = [];
    texts.forEach((text, k) => {
        const ending = k === texts.length - 1 ? lastSuffix : ',';
        if (style === 'basic') {
            lines.push(`${indent}${basicString(text)}${ending}`);
            return;
        }
        const width = Math.max(20, MAX_LINE_WIDTH - indent.length);
        lines.push(`${indent}"""`);
        for (const l of wrapWords(multilineContent(text), width))
            lines.push(`${indent}${l}`);
        lines.push(`${indent}"""${ending}`);
    });
    return lines;
}
function elastic_plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
/** Line `n` (1-based) of the text without its terminator, as `splitLines` gives it. */
function lineAt(ctx, n) {
    const start = ctx.index.lineStart(n);
    if (n >= ctx.index.lineCount)
        return ctx.text.slice(start);
    const end = ctx.index.lineStart(n + 1) - 1;
    return ctx.text.slice(start, ctx.text.charCodeAt(end - 1) === 0x0d && end > start ? end - 1 : end);
}
function columnOf(ctx, offset) {
    return ctx.index.position(offset).column - 1;
}
function newArrayFix(ctx, layout, texts) {
    const ruleEntries = layout.entries.filter((e) => e.table === 'rule');
    const description = ruleEntries.find((e) => e.key === 'description');
    let at;
    if (description)
        at = ctx.index.lineOf(Math.max(description.valueStart, description.valueEnd - 1)) + 1;
    else {
        // detection-rules sorts `[rule]` keys: put the field where the formatter would.
        const next = ruleEntries.find((e) => e.key > elastic_FIELD);
        const last = ruleEntries[ruleEntries.length - 1];
        if (next)
            at = ctx.index.lineOf(next.keyOffset);
        else if (last)
            at = ctx.index.lineOf(Math.max(last.valueStart, last.valueEnd - 1)) + 1;
        else
            return null;
    }
    const lines = [`${elastic_FIELD} = [`, ...renderItems(texts, 'block', DEFAULT_INDENT, ','), ']'];
    return {
        title: `Add \`${elastic_FIELD}\` with ${elastic_plural(texts.length, 'false positive')}`,
        edits: [{ startLine: at, endLine: at - 1, lines }],
    };
}
function singleLineArrayFix(ctx, entry, array, replaced, texts, title) {
    const lineNo = ctx.index.lineOf(entry.valueStart);
    const line = lineAt(ctx, lineNo);
    const head = line.slice(0, columnOf(ctx, entry.valueStart) + 1);
    const tail = line.slice(columnOf(ctx, array.close));
    const parts = [];
    let placed = false;
    array.elements.forEach((el, k) => {
        if (!replaced.has(k))
            parts.push({ raw: ctx.text.slice(el.start, el.end) });
        else if (!placed) {
            placed = true;
            for (const text of texts)
                parts.push({ text });
        }
    });
    if (!placed)
        for (const text of texts)
            parts.push({ text });
    const oneLine = head + parts.map((p) => ('raw' in p ? p.raw : basicString(p.text))).join(', ') + tail;
    if (oneLine.length <= MAX_LINE_WIDTH)
        return { title, edits: [{ startLine: lineNo, endLine: lineNo, lines: [oneLine] }] };
    // Too long for one line: lay the array out the way detection-rules does, one item per line.
    const lines = [head];
    for (const p of parts) {
        if ('raw' in p)
            lines.push(`${DEFAULT_INDENT}${p.raw},`);
        else
            lines.push(...renderItems([p.text], 'block', DEFAULT_INDENT, ','));
    }
    lines.push(tail);
    return { title, edits: [{ startLine: lineNo, endLine: lineNo, lines }] };
}
function leadingWhitespace(s) {
    return /^[ \t]*/.exec(s)[0];
}
function multiLineArrayFix(ctx, array, replaced, texts, title) {
    const { elements } = array;
    const style = elements.length === 0 || elements.some((e) => e.multiline) ? 'block' : 'basic';
    const edits = [];
    if (replaced.size > 0) {
        let first = true;
        for (const k of [...replaced].sort((a, b) => a - b)) {
            const el = elements[k];
            const startLine = ctx.index.lineOf(el.start);
            const endLine = ctx.index.lineOf(el.end - 1);
            const prefix = lineAt(ctx, startLine).slice(0, columnOf(ctx, el.start));
            const suffix = lineAt(ctx, endLine).slice(columnOf(ctx, el.end));
            // Only items that own their lines can be swapped without touching their neighbours.
            if (prefix.trim() !== '')
                return null;
            const shared = elements.some((o, j) => j !== k && ctx.index.lineOf(o.start) <= endLine && ctx.index.lineOf(o.end - 1) >= startLine);
            if (shared || !/^\s*,?\s*(?:#.*|\].*)?$/.test(suffix))
                return null;
            let lines;
            if (first)
                lines = renderItems(texts, style, prefix, suffix);
            else {
                const rest = suffix.replace(/^\s*,?\s*/, '');
                lines = rest === '' ? [] : [rest];
            }
            first = false;
            edits.push({ startLine, endLine, lines });
        }
        return { title, edits };
    }
    const closeLine = ctx.index.lineOf(array.close);
    const last = elements[elements.length - 1];
    if (!last) {
        const before = lineAt(ctx, closeLine).slice(0, columnOf(ctx, array.close));
        if (before.trim() !== '')
            return null;
        return { title, edits: [{ startLine: closeLine, endLine: closeLine - 1, lines: renderItems(texts, style, DEFAULT_INDENT, ',') }] };
    }
    const startLine = ctx.index.lineOf(last.start);
    const endLine = ctx.index.lineOf(last.end - 1);
    const startText = lineAt(ctx, startLine);
    const ownsLine = startText.slice(0, columnOf(ctx, last.start)).trim() === '';
    const indent = ownsLine ? leadingWhitespace(startText) : DEFAULT_INDENT;
    const lineText = lineAt(ctx, endLine);
    const head = lineText.slice(0, columnOf(ctx, last.end));
    const tail = lineText.slice(columnOf(ctx, last.end));
    const hasComma = /^\s*,/.test(tail);
    const afterComma = tail.replace(/^\s*,/, '');
    if (afterComma.trim() === '' || afterComma.trim().startsWith('#')) {
        if (hasComma) {
            // `"""` + `,` then `]` on a later line: the common Elastic layout, a pure insertion.
            return { title, edits: [{ startLine: endLine + 1, endLine, lines: renderItems(texts, style, indent, ',') }] };
        }
        // No trailing comma after the last item: add one, and keep the new last item without it.
        return {
            title,
            edits: [{ startLine: endLine, endLine, lines: [`${head},${tail}`, ...renderItems(texts, style, indent, '')] }],
        };
    }
    // The array closes on the last item's line (`"""]`): the closing moves to the new last item.
    return {
        title,
        edits: [{ startLine: endLine, endLine, lines: [`${head},`, ...renderItems(texts, style, indent, tail)] }],
    };
}
function planElasticFix(detection, insertion) {
    const texts = insertion.texts.map(normalizeText).filter((t) => t !== '');
    if (texts.length === 0)
        return null;
    const section = detection.falsePositives.find((s) => s.source === 'field');
    if (section?.problem)
        return null;
    const { text, index, layout } = positionsOf(detection.source);
    const ctx = { text, index };
    const entry = findEntry(layout, 'rule', elastic_FIELD);
    if (!entry)
        return section ? null : newArrayFix(ctx, layout, texts);
    if (!section)
        return null;
    const array = scanArray(text, entry.valueStart);
    if (!array || array.elements.some((e) => !e.isString) || array.elements.length !== section.items.length)
        return null;
    const replaced = new Set();
    for (const r of insertion.replace) {
        const k = section.items.findIndex((item) => item.line === r.line && item.endLine === r.endLine && item.text === r.text);
        if (k !== -1)
            replaced.add(k);
    }
    const title = replaced.size > 0
        ? `Replace ${elastic_plural(replaced.size, 'placeholder')} in \`${elastic_FIELD}\` with ${elastic_plural(texts.length, 'false positive')}`
        : `Add ${elastic_plural(texts.length, 'false positive')} to \`${elastic_FIELD}\``;
    const single = ctx.index.lineOf(entry.valueStart) === ctx.index.lineOf(array.close);
    return single
        ? singleLineArrayFix(ctx, entry, array, replaced, texts, title)
        : multiLineArrayFix(ctx, array, replaced, texts, title);
}
const elastic = {
    id: 'elastic',
    name: 'Elastic',
    extensions: ['.toml'],
    sniff: (file) => SNIFF_RULE_TABLE.test(file.text) && SNIFF_RULE_KEYS.test(file.text),
    parse: (file) => guardedParse(file, parseElastic, (err) => `cannot read the rule: ${String(err)}`),
    planFalsePositiveFix: planElasticFix,
};

;// CONCATENATED MODULE: ./src/formats/splunk.ts
/**
 * Splunk security_content detections (contentctl YAML): `name`, `search` (SPL),
 * `known_false_positives` (ONE string), `tags.mitre_attack_id`.
 *
 * The false-positive field is one prose string, so it is one item: its whole cleaned text.
 * Technique ids in `tests[].attack_data` URLs are test data, never tags.
 */












const splunk_FIELD = 'known_false_positives';
const HAS_SEARCH = /^search[ \t]*:/m;
const HAS_FP_OR_HOWTO = /^(?:known_false_positives|how_to_implement)[ \t]*:/m;
// Baselines, investigations and response tasks share the keys but detect nothing; the other
// YAML formats' keys keep a file from being claimed twice.
const NOT_A_DETECTION = /^(?:type[ \t]*:[ \t]*['"]?(?:baseline|investigation|response)\b|logsource[ \t]*:|AnalysisType[ \t]*:)/im;
const splunk_TECHNIQUE_ID = /^t\d{4}(?:\.\d{3})?$/i;
const splunk_TACTIC_ID = /^ta\d{4}$/i;
const SOURCETYPE = /\bsourcetype\s*=\s*(?:"([^"$]+)"|'([^'$]+)'|([^\s|)"'$\\]+))/gi;
/** PyYAML (which writes security_content) folds long scalars after column 80. */
const FOLD_WIDTH = 80;
const DEFAULT_CONTINUATION = '  ';
const SENTENCE_END = /[.!?]["')\]]*$/;
function splunk_sniff(file) {
    const text = file.text;
    return HAS_SEARCH.test(text) && HAS_FP_OR_HOWTO.test(text) && !NOT_A_DETECTION.test(text);
}
function splunk_parse(file) {
    return guardedParse(file, parseSplunk, (error) => `Splunk detection could not be read: ${error instanceof Error ? error.message : String(error)}`);
}
function parseSplunk(file) {
    // The scan fix planning asks for next (`scanOf`): the file is scanned once.
    const scan = scanOf(file);
    const detections = [];
    const problems = [];
    for (const { span: doc, text, load: loaded } of loadDocuments(file.text, scan)) {
        if (!loaded.ok) {
            problems.push({ path: file.path, line: loaded.line, column: loaded.column, message: loaded.message });
            continue;
        }
        const value = loaded.value;
        if (!isYamlMap(value) || scalarText(value.search) === null)
            continue;
        const keys = scan.topLevelKeys(doc);
        const tags = splunk_techniqueTags(scan, keys.get('tags'), value.tags);
        const status = scalarText(value.status)?.trim().toLowerCase() || null;
        const titleKey = keys.get('name');
        // An explicit key (`? known_false_positives`) has no `key:` line for the scanner: found apart.
        const fpKey = keys.get(splunk_FIELD) ?? (splunk_FIELD in value ? explicitKeySpan(scan, doc, splunk_FIELD) : undefined);
        detections.push({
            format: 'splunk',
            path: file.path,
            document: doc.index,
            id: scalarText(value.id)?.trim() || null,
            title: scalarText(value.name)?.trim() ?? '',
            titleSpan: titleKey ? { line: titleKey.line, endLine: titleKey.endLine } : { line: doc.line, endLine: doc.line },
            description: clean(scalarText(value.description) ?? ''),
            techniques: [...new Set(tags.flatMap((t) => (t.technique ? [t.technique] : [])))],
            techniqueTags: tags,
            tactics: [...new Set(tags.flatMap((t) => (t.technique ? [] : [t.raw.toUpperCase()])))],
            query: scalarText(value.search) ?? '',
            dataSources: splunk_dataSources(value),
            status,
            deprecated: status === 'deprecated' || isDeprecatedPath(file.path),
            falsePositives: fpKey ? [splunk_falsePositiveSection(scan, fpKey, value[splunk_FIELD])] : [],
            disabledChecks: disabledChecks(text),
            span: { line: doc.line, endLine: doc.endLine },
            source: file,
        });
    }
    return { detections, problems };
}
/** Prose as one line: folded and literal scalars alike. */
function clean(text) {
    return oneLine(text);
}
/** `tags.mitre_attack_id` entries (`T1530`, `T1078.004`; a tactic id `TA0009` names no technique). */
function splunk_techniqueTags(scan, tagsKey, tags) {
    if (!tagsKey || !isYamlMap(tags))
        return [];
    const key = scan.childKeys(tagsKey).find((k) => k.key === 'mitre_attack_id');
    return attackTags(scan, key, tags.mitre_attack_id, (raw) => {
        if (splunk_TECHNIQUE_ID.test(raw))
            return { technique: normalizeTechnique(raw) };
        return splunk_TACTIC_ID.test(raw) ? { technique: null } : null;
    });
}
/** `data_source:` entries, sourcetypes in the search and the test data, analytic stories. */
function splunk_dataSources(value) {
    const out = new Set();
    const add = (kind, v) => {
        const text = scalarText(v)?.trim().toLowerCase();
        if (text)
            out.add(`${kind}:${text}`);
    };
    for (const field of ['data_source', 'data_sources']) {
        const list = value[field];
        if (Array.isArray(list))
            for (const v of list)
                add('data_source', v);
        else
            add('data_source', list);
    }
    const search = scalarText(value.search) ?? '';
    for (const m of search.matchAll(SOURCETYPE))
        add('sourcetype', m[1] ?? m[2] ?? m[3]);
    if (Array.isArray(value.tests)) {
        for (const test of value.tests) {
            if (!isYamlMap(test) || !Array.isArray(test.attack_data))
                continue;
            for (const data of test.attack_data)
                if (isYamlMap(data))
                    add('sourcetype', data.sourcetype);
        }
    }
    if (isYamlMap(value.tags) && Array.isArray(value.tags.analytic_story)) {
        for (const story of value.tags.analytic_story)
            add('story', story);
    }
    return [...out];
}
function splunk_falsePositiveSection(scan, key, value) {
    const section = { source: 'field', key: splunk_FIELD, line: key.line, endLine: key.endLine, items: [] };
    if (typeof value === 'string') {
        const text = clean(value);
        // A block scalar (`key: >-`) starts on the line below its key.
        const header = key.valueColumn === -1 ? '' : scan.lines[key.line - 1][key.valueColumn];
        const line = (header === '|' || header === '>') && key.endLine > key.line ? key.line + 1 : key.line;
        if (text)
            section.items.push({ text, line, endLine: key.endLine });
        return section;
    }
    section.problem = `\`${splunk_FIELD}\` is ${describeYamlValue(value)}; expected a string`;
    if (Array.isArray(value)) {
        const spans = scan.locateItems(key, value);
        value.forEach((item, i) => {
            if (typeof item === 'string' && clean(item))
                section.items.push({ text: clean(item), line: spans[i].line, endLine: spans[i].endLine });
        });
    }
    return section;
}
// ---------------------------------------------------------------------------------------------
// Fixes
function splunk_plural(n) {
    return `${n} false positive${n === 1 ? '' : 's'}`;
}
/** One text as a sentence of the field's prose. */
function sentence(text) {
    const t = clean(text);
    return SENTENCE_END.test(t) ? t : `${t}.`;
}
function splunk_fixRefusal(detection) {
    const section = detection.falsePositives.find((s) => s.source === 'field' && s.key === splunk_FIELD);
    if (!section)
        return null;
    const scan = scanOf(detection.source);
    const doc = scan.documents().find((d) => d.line === detection.span.line);
    return doc ? yamlFixRefusal(scan, doc, section, splunk_FIELD) : null;
}
function splunk_planFalsePositiveFix(detection, insertion) {
    if (insertion.texts.length === 0 || splunk_fixRefusal(detection))
        return null;
    const scan = scanOf(detection.source);
    const doc = scan.documents().find((d) => d.line === detection.span.line);
    if (!doc)
        return null;
    const keys = scan.keys(doc, 0);
    const added = insertion.texts.map(sentence).join(' ');
    const count = splunk_plural(insertion.texts.length);
    const section = detection.falsePositives.find((s) => s.source === 'field' && s.key === splunk_FIELD);
    if (!section) {
        if (insertion.replace.length > 0)
            return null;
        const before = keys.find((k) => k.key === 'references') ?? keys.find((k) => k.key === 'tags');
        const at = before ? before.line : scan.lastContentLine(doc.line, doc.endLine) + 1;
        const lines = writeValue(`${splunk_FIELD}:`, added, null);
        return lines && { title: `Add \`${splunk_FIELD}\` with ${count}`, edits: [{ startLine: at, endLine: at - 1, lines }] };
    }
    const key = keys.find((k) => k.key === splunk_FIELD && k.line === section.line);
    if (!key)
        return null;
    const isNull = key.valueColumn === -1 && key.endLine === key.line;
    if (section.problem && !isNull)
        return null;
    for (const r of insertion.replace)
        if (!section.items.some((i) => i.line === r.line && i.text === r.text))
            return null;
    const existing = section.items[0]?.text ?? '';
    const replacing = insertion.replace.length > 0 || existing === '';
    const text = replacing ? added : `${sentence(existing)} ${added}`;
    const prefix = keyPrefix(scan.lines[key.line - 1]);
    if (prefix === null)
        return null;
    const lines = writeValue(prefix, text, key.valueColumn === -1 ? null : { scan, key });
    if (!lines)
        return null;
    const title = insertion.replace.length
        ? `Replace ${insertion.replace.map((r) => `"${r.text}"`).join(', ')} with ${count} in \`${splunk_FIELD}\``
        : `Add ${count} to \`${splunk_FIELD}\``;
    return { title, edits: [{ startLine: key.line, endLine: key.endLine, lines }] };
}
/**
 * `prefix` (`known_false_positives:`) and `text` as YAML lines in the style the field was
 * written in: plain, single- or double-quoted, folded over several lines or on one. A text that
 * cannot stay plain becomes a `>-` block when the field was folded, else double-quoted. Every
 * candidate is read back with js-yaml; null when none reads back as `text`.
 */
function writeValue(prefix, text, original) {
    let style = 'plain';
    let width = 0;
    let indent = DEFAULT_CONTINUATION;
    if (original) {
        const { scan, key } = original;
        const raw = scan.lines[key.line - 1].slice(key.valueColumn);
        const first = raw[0];
        // An empty `''` has no style worth keeping.
        const empty = /^(?:''|"")\s*(?:#.*)?$/.test(raw);
        style = empty ? 'plain' : first === "'" ? 'single' : first === '"' ? 'double' : first === '|' || first === '>' ? 'block' : 'plain';
        if (key.endLine > key.line) {
            width = FOLD_WIDTH;
            const next = scan.lines[key.line];
            const spaces = next.length - next.trimStart().length;
            if (spaces > 0)
                indent = ' '.repeat(spaces);
        }
    }
    const candidates = [];
    if (style === 'plain' && isPlainSafe(text)) {
        const plain = foldScalar(`${prefix} `, text, width, indent);
        // One plain line under the field's own name reads back by `isPlainSafe`'s contract.
        if (plain.length === 1 && prefix === `${splunk_FIELD}:`)
            return plain;
        candidates.push(plain);
    }
    if (style === 'single')
        candidates.push(foldScalar(`${prefix} `, quoteScalar(text, 'single'), width, indent));
    if (style === 'double')
        candidates.push(foldScalar(`${prefix} `, quoteScalar(text, 'double'), width, indent));
    if (style === 'block' || (style === 'plain' && width > 0))
        candidates.push([`${prefix} >-`, ...foldScalar(indent, text, width || FOLD_WIDTH, indent)]);
    candidates.push([`${prefix} ${quoteScalar(text, 'double')}`]);
    for (const lines of candidates)
        if (readsBack(lines, text))
            return lines;
    return null;
}
function readsBack(lines, text) {
    try {
        const value = yaml.load(lines.join('\n'));
        return isYamlMap(value) && Object.keys(value).length === 1 && value[splunk_FIELD] === text;
    }
    catch {
        return false;
    }
}
const splunk = {
    id: 'splunk',
    name: 'Splunk security_content',
    extensions: ['.yml', '.yaml'],
    sniff: splunk_sniff,
    parse: splunk_parse,
    planFalsePositiveFix: splunk_planFalsePositiveFix,
    fixRefusal: splunk_fixRefusal,
};

;// CONCATENATED MODULE: ./src/formats/data-source-hints.ts
/** Data-source hints as `Detection.dataSources` holds them: trimmed, lower case, unique, in order. */
function dataSourceHints(hints) {
    return [...new Set(hints.map((h) => h.trim().toLowerCase()).filter((h) => h !== ''))];
}

;// CONCATENATED MODULE: ./src/formats/prose.ts



const BLOCK_HEADER = /^([|>])([1-9]?[+-]?|[+-][1-9]?)[ \t]*(?:#.*)?$/;
/** How the value of a top-level field is written, and where its text is. */
function scalarField(lines, field) {
    const keyLine = lines[field.line - 1];
    const colon = keyColon(keyLine);
    let rest = keyLine.slice(colon + 1);
    let valueLine = field.line;
    let valueColumn = colon + 1 + (rest.length - rest.trimStart().length);
    rest = rest.trim();
    const base = { key: field.key, line: field.line, endLine: field.endLine, valueLine, valueColumn, blockIndent: 0 };
    if (rest === '' || rest.startsWith('#')) {
        // The value, if any, starts on a later line.
        for (let l = field.line + 1; l <= field.endLine; l++) {
            const text = lines[l - 1];
            const trimmed = text.trim();
            if (trimmed === '' || trimmed.startsWith('#'))
                continue;
            valueLine = l;
            valueColumn = text.length - text.trimStart().length;
            return { ...base, valueLine, valueColumn, style: styleOfFlowStart(trimmed, false) };
        }
        return { ...base, endLine: field.line, style: 'empty' };
    }
    const header = BLOCK_HEADER.exec(rest);
    if (header) {
        const explicit = /[1-9]/.exec(header[2]);
        let indent = explicit ? Number(explicit[0]) : 0;
        let last = field.line;
        for (let l = field.line + 1; l <= field.endLine; l++) {
            const text = lines[l - 1];
            if (text.trim() === '')
                continue;
            const lineIndent = text.length - text.trimStart().length;
            if (indent === 0)
                indent = lineIndent;
            if (lineIndent < indent)
                break;
            last = l;
        }
        return {
            ...base,
            endLine: last,
            valueLine: field.line + 1,
            valueColumn: 0,
            blockIndent: last === field.line ? 0 : indent,
            style: header[1] === '|' ? 'literal' : 'folded',
        };
    }
    return { ...base, style: styleOfFlowStart(rest, true) };
}
function styleOfFlowStart(text, onKeyLine) {
    const c = text[0];
    if (c === "'")
        return 'single';
    if (c === '"')
        return 'double';
    if (c === '[' || c === '{' || c === '&' || c === '*' || c === '!' || c === '|' || c === '>')
        return 'other';
    // A value on the next lines that is a sequence or a mapping is no scalar.
    if (!onKeyLine && (/^-(?:\s|$)/.test(text) || /^[^'"#][^#]*?:(?:\s|$)/.test(text)))
        return 'other';
    return 'plain';
}
/** Index of the `:` that ends the key on a key line. */
function keyColon(line) {
    return (keyPrefix(line)?.length ?? 0) - 1;
}
/**
 * Sentinel descriptions are conventionally a block scalar whose text is itself wrapped in quotes
 * (`description: |` then `'Detects ...'`): the quotes are no part of the prose.
 */
function unwrapQuotes(text) {
    const t = text.trim();
    if (t.length >= 2 && (t[0] === "'" || t[0] === '"') && t[t.length - 1] === t[0])
        return t.slice(1, -1).trim();
    return t;
}
// What authors write when they speak of false positives or of benign activity that looks alike.
const SPEAKS_OF_FALSE_POSITIVES = new RegExp([
    String.raw `\bfalse[\s-]+positives?\b`,
    String.raw `\bbenign\b`,
    String.raw `\blegitimate(?:ly)?\b`,
    String.raw `\bexpected\s+(?:behaviou?r|activit(?:y|ies)|actions?|operations?|access|traffic|changes?|usage)\b`,
    String.raw `\b(?:is|are|be|was|were)\s+(?:an?\s+)?expected\b`,
    String.raw `\bauthori[sz]ed\b`,
    String.raw `\b(?:may|might|can|could)\s+be\s+(?:normal|common|expected)\b`,
    String.raw `\b(?:may|might|can|could)\s+(?:also\s+)?be\s+(?:generated|caused|triggered)\s+by\b`,
    String.raw `\bnormal\s+(?:business|administrative|admin|operations?|activit(?:y|ies)|behaviou?r|usage)\b`,
].join('|'), 'i');
/** Words that say so outright: a sentence with them speaks of false positives whatever else it says. */
const NAMES_FALSE_POSITIVES = /\bfalse[\s-]+positives?\b|\bbenign\b/i;
/**
 * "Legitimate" (or "authorized", "expected"...) set against what the rule detects: "data theft
 * beyond legitimate ETL operations", "unlike authorized access", "not expected". The sentence is
 * about the attack, not about benign activity.
 */
const CONTRAST_BEFORE = /\b(?:beyond|unlike|outside(?:\s+of)?|rather\s+than|instead\s+of|other\s+than|than|not|non|never|exceed(?:s|ing)?|(?:different|differs?|distinguish(?:ed)?)\s+from|versus|vs\.?|without)\s+(?:\w+\s+){0,2}$/i;
/** A sentence that says what the rule detects ("Detects ...", "This rule identifies ..."). */
const DETECTION_STATEMENT = /^(?:detects|identifies|monitors|alerts|flags|looks\s+for|this\s+(?:rule|detection|query|policy|analytic|search)\s+(?:detects|identifies|monitors|alerts|flags|looks\s+for))\b/i;
/**
 * True when a sentence documents false positives: it names them (or benign activity), or it says
 * some activity is legitimate, authorized or expected, other than in contrast to the attack or
 * in the rule's statement of what it detects.
 */
function speaksOfFalsePositives(sentence) {
    if (NAMES_FALSE_POSITIVES.test(sentence))
        return true;
    if (DETECTION_STATEMENT.test(sentence.trim()))
        return false;
    const cue = new RegExp(SPEAKS_OF_FALSE_POSITIVES.source, 'gi');
    for (const m of sentence.matchAll(cue)) {
        if (!CONTRAST_BEFORE.test(sentence.slice(Math.max(0, m.index - 40), m.index)))
            return true;
    }
    return false;
}
const prose_FALSE_POSITIVE_HEADING = /^false[\s-]+positives?\s*:\s*/i;
// In a literal block a paragraph ends at an empty line (or where a "False positives:" line starts);
// folding (plain, quoted, `>`) already turned single line breaks into spaces, so any left is one.
const LITERAL_PARAGRAPH_BREAK = /\n[ \t]*\n\s*|\n[ \t]*(?=false[\s-]+positives?\s*:)/gi;
const FOLDED_PARAGRAPH_BREAK = /\n\s*/g;
// A sentence ends at `.`, `!` or `?` (maybe closed by quotes or brackets) followed by space and a
// capital, a digit or an opening quote/bracket.
const prose_SENTENCE_END = /[.!?]+["'\u201d\u2019)\]]*(?=\s+[*_"'\u201c\u2018(\[]*[A-Z0-9])/g;
// A period after these is no sentence end: `e.g.`, `vs.`, initials and `U.S.`.
const ABBREVIATION = /(?:^|[\s(.])(?:e\.g|i\.e|vs|cf|approx|incl|[A-Za-z])$/i;
const LIST_MARKER = /^(?:[-*\u2022+]|\d{1,2}[.)])[ \t]+/;
/**
 * The sentences and list items of a paragraph, as ranges of `text`. A list item (`- x`, `1. x`)
 * starts a unit and ends with its line, unless the next line is indented under its text.
 */
function sentenceRanges(text, from, to) {
    const ranges = [];
    let unitStart = from;
    let itemIndent = -1;
    for (let lineStart = from; lineStart < to;) {
        const newline = text.indexOf('\n', lineStart);
        const lineEnd = newline === -1 || newline >= to ? to : newline;
        const line = text.slice(lineStart, lineEnd);
        const indent = line.length - line.trimStart().length;
        const isItem = LIST_MARKER.test(line.trimStart());
        if (lineStart > unitStart && (isItem || (itemIndent !== -1 && indent <= itemIndent))) {
            splitSentences(text, unitStart, lineStart, ranges);
            unitStart = lineStart;
        }
        if (isItem)
            itemIndent = indent;
        else if (itemIndent !== -1 && indent <= itemIndent)
            itemIndent = -1;
        lineStart = lineEnd + 1;
    }
    splitSentences(text, unitStart, to, ranges);
    return ranges;
}
function splitSentences(text, from, to, ranges) {
    const unit = text.slice(from, to);
    // `1.` opening a list item is a marker, not a sentence.
    const marker = LIST_MARKER.exec(unit.trimStart());
    const skip = marker ? unit.length - unit.trimStart().length + marker[0].length : 0;
    let start = 0;
    prose_SENTENCE_END.lastIndex = skip;
    for (let m = prose_SENTENCE_END.exec(unit); m; m = prose_SENTENCE_END.exec(unit)) {
        if (ABBREVIATION.test(unit.slice(Math.max(0, m.index - 8), m.index)))
            continue;
        const end = m.index + m[0].length;
        ranges.push({ start: from + start, end: from + end });
        start = end;
    }
    if (unit.slice(start).trim() !== '')
        ranges.push({ start: from + start, end: to });
}
function cleanSentence(raw) {
    return oneLine(raw).replace(LIST_MARKER, '').trim();
}
/**
 * The sentences of a prose field that document false positives, with their exact lines.
 * `value` is the field's text as the YAML parser gave it (wrapping quotes may be removed). A
 * paragraph that starts with "False positives:" (as this tool writes them) counts as a whole.
 */
function falsePositiveSentences(lines, field, value) {
    if (!SPEAKS_OF_FALSE_POSITIVES.test(value))
        return [];
    const picked = [];
    let paraStart = 0;
    const breaks = [...value.matchAll(field.style === 'literal' ? LITERAL_PARAGRAPH_BREAK : FOLDED_PARAGRAPH_BREAK)];
    const bounds = [];
    for (const b of breaks) {
        bounds.push({ start: paraStart, end: b.index });
        paraStart = b.index + b[0].length;
    }
    bounds.push({ start: paraStart, end: value.length });
    for (const para of bounds) {
        let whole = prose_FALSE_POSITIVE_HEADING.test(value.slice(para.start, para.end).trimStart());
        let first = true;
        for (const range of sentenceRanges(value, para.start, para.end)) {
            const raw = value.slice(range.start, range.end);
            // In a literal block the heading's paragraph is its own lines and the list items under it;
            // a plain line after them is the runbook going on.
            if (whole && !first && field.style === 'literal' && startsLine(value, range.start + raw.length - raw.trimStart().length) && !LIST_MARKER.test(raw.trimStart())) {
                whole = false;
            }
            let text = cleanSentence(raw);
            if (whole && first)
                text = text.replace(prose_FALSE_POSITIVE_HEADING, '');
            first = false;
            if (text === '')
                continue;
            if (whole || speaksOfFalsePositives(text))
                picked.push({ text, range });
        }
    }
    if (picked.length === 0)
        return [];
    const tokens = locateTokens(value, decodeRegion(lines, field));
    return picked.map(({ text, range }) => ({ text, ...spanOf(tokens, range) }));
}
/** True when only white space separates `offset` from the start of its line. */
function startsLine(text, offset) {
    for (let i = offset - 1; i >= 0; i--) {
        const c = text[i];
        if (c === '\n')
            return true;
        if (c !== ' ' && c !== '\t')
            return false;
    }
    return true;
}
function spanOf(tokens, range) {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid].end <= range.start)
            lo = mid + 1;
        else
            hi = mid;
    }
    const first = tokens[lo];
    let last = first;
    for (let i = lo; i < tokens.length && tokens[i].start < range.end; i++)
        last = tokens[i];
    return { line: first?.line ?? 0, endLine: last?.line ?? 0 };
}
function decodeRegion(lines, field) {
    const region = { text: '', starts: [], lines: [] };
    const parts = [];
    let length = 0;
    for (let l = field.valueLine; l <= field.endLine; l++) {
        let raw = lines[l - 1];
        if (l === field.valueLine)
            raw = raw.slice(field.valueColumn);
        const text = field.style === 'single' ? raw.replace(/''/g, "'") : field.style === 'double' ? decodeDoubleQuoted(raw) : raw;
        region.starts.push(length);
        region.lines.push(l);
        parts.push(text, '\n');
        length += text.length + 1;
    }
    region.text = parts.join('');
    return region;
}
const DOUBLE_QUOTED_ESCAPE = /\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|(.)|$)/g;
const prose_SIMPLE_ESCAPES = {
    '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
    ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
function decodeDoubleQuoted(raw) {
    if (!raw.includes('\\'))
        return raw;
    return raw.replace(DOUBLE_QUOTED_ESCAPE, (_m, x, u, U, c) => {
        const hex = x ?? u ?? U;
        if (hex) {
            const code = Number.parseInt(hex, 16);
            return code <= 0x10ffff ? String.fromCodePoint(code) : '';
        }
        return c === undefined ? '' : (prose_SIMPLE_ESCAPES[c] ?? c);
    });
}
/**
 * The file line of every word of `value`. Words appear verbatim and in order in the decoded
 * region (folding only changes the white space between them), so a forward search finds each.
 */
function locateTokens(value, region) {
    const tokens = [];
    let cursor = 0;
    let lineIndex = 0;
    const lineAt = (offset) => {
        while (lineIndex + 1 < region.starts.length && region.starts[lineIndex + 1] <= offset)
            lineIndex++;
        return region.lines[lineIndex] ?? 0;
    };
    for (const m of value.matchAll(/\S+/g)) {
        const at = region.text.indexOf(m[0], cursor);
        let line;
        if (at === -1) {
            line = lineAt(cursor);
        }
        else {
            line = lineAt(at);
            cursor = at + m[0].length;
        }
        tokens.push({ start: m.index, end: m.index + m[0].length, line });
    }
    return tokens;
}
/** The paragraph this tool appends: "False positives: A. B." (each text ends a sentence). */
function falsePositiveParagraph(texts) {
    const sentences = texts
        .map((t) => t.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim())
        .filter((t) => t !== '')
        .map((t) => (/[.!?]["'\u201d\u2019)\]]*$/.test(t) ? t : `${t}.`));
    return `False positives: ${sentences.join(' ')}`;
}
// Continuation lines of a rewritten or new top-level scalar.
const NEW_INDENT = '  ';
/**
 * Edits that append `paragraph` as a new paragraph of a top-level string field, in its own style:
 * a block scalar gets an empty line and the paragraph at the block's indentation (inside the
 * wrapping quotes when its text is quoted), a quoted scalar is extended before its closing quote,
 * a plain scalar becomes a folded block with the same lines. Null when the value is no scalar.
 */
function appendParagraph(lines, field, paragraph, value) {
    if (field.style === 'other')
        return null;
    if (field.style === 'empty' || value.trim() === '') {
        const keyLine = lines[field.line - 1];
        return [{ startLine: field.line, endLine: field.endLine, lines: newField(keyLine.slice(0, keyColon(keyLine)), paragraph) }];
    }
    switch (field.style) {
        case 'literal':
        case 'folded':
            return appendToBlock(lines, field, paragraph);
        case 'single':
        case 'double':
            return extendQuoted(lines, field, paragraph) ?? rewriteAsLiteral(lines, field, paragraph, value);
        case 'plain':
            return rewritePlainAsFolded(lines, field, paragraph) ?? rewriteAsLiteral(lines, field, paragraph, value);
    }
}
/** The lines of a new top-level field holding only `paragraph` (`key` as written, without `:`). */
function newField(key, paragraph) {
    return [`${key}: >-`, `${NEW_INDENT}${paragraph}`];
}
function appendToBlock(lines, field, paragraph) {
    const indent = ' '.repeat(field.blockIndent);
    const last = lines[field.endLine - 1];
    let firstLine = field.valueLine;
    while (lines[firstLine - 1].trim() === '')
        firstLine++;
    const first = lines[firstLine - 1];
    const opening = first.length - first.trimStart().length;
    const closing = /(['"])\s*$/.exec(last);
    if (closing && first[opening] === closing[1] && !(firstLine === field.endLine && closing.index === opening)) {
        // Keep the text wrapped in its quotes: the paragraph goes before the closing quote.
        return [
            {
                startLine: field.endLine,
                endLine: field.endLine,
                lines: [last.slice(0, closing.index), '', `${indent}${paragraph}${closing[1]}`],
            },
        ];
    }
    return [{ startLine: field.endLine + 1, endLine: field.endLine, lines: ['', `${indent}${paragraph}`] }];
}
function extendQuoted(lines, field, paragraph) {
    const quote = field.style === 'single' ? "'" : '"';
    const last = lines[field.endLine - 1];
    const from = field.endLine === field.valueLine ? field.valueColumn + 1 : 0;
    const close = closingQuote(last, from, quote);
    // Only when the closing quote ends the line: then the value ends there too. White space before
    // it would be trimmed once a line break follows it, changing the text.
    if (close === -1 || close === from || /\s/.test(last[close - 1]) || last.slice(close + 1).trim() !== '')
        return null;
    const escaped = quote === "'" ? paragraph.replace(/'/g, "''") : paragraph.replace(/[\\"]/g, (c) => `\\${c}`);
    return [
        {
            startLine: field.endLine,
            endLine: field.endLine,
            lines: [last.slice(0, close), '', `${NEW_INDENT}${escaped}${quote}`],
        },
    ];
}
function rewritePlainAsFolded(lines, field, paragraph) {
    const body = [];
    for (let l = field.valueLine; l <= field.endLine; l++) {
        let text = lines[l - 1];
        if (l === field.valueLine)
            text = text.slice(field.valueColumn);
        text = text.trim();
        // A comment would end a plain scalar; inside a block it would become text.
        if (/(?:^|\s)#/.test(text) || text.includes('\t'))
            return null;
        body.push(text === '' ? '' : `${NEW_INDENT}${text}`);
    }
    const keyLine = lines[field.line - 1];
    return [
        {
            startLine: field.line,
            endLine: field.endLine,
            lines: [`${keyLine.slice(0, keyColon(keyLine) + 1)} >-`, ...body, '', `${NEW_INDENT}${paragraph}`],
        },
    ];
}
/** The field rewritten as a literal block holding exactly `value`, then the paragraph. */
function rewriteAsLiteral(lines, field, paragraph, value) {
    // Block scalars cannot hold control characters, and trailing line breaks would need `|+`.
    if (/[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029\r]/.test(value))
        return null;
    const text = value.replace(/\n+$/, '');
    const keyLine = lines[field.line - 1];
    const indicator = /^[ \t]|^\n/.test(text) ? '2' : '';
    const body = text.split('\n').map((l) => (l === '' ? '' : `${NEW_INDENT}${l}`));
    return [
        {
            startLine: field.line,
            endLine: field.endLine,
            lines: [`${keyLine.slice(0, keyColon(keyLine) + 1)} |${indicator}-`, ...body, '', `${NEW_INDENT}${paragraph}`],
        },
    ];
}

;// CONCATENATED MODULE: ./src/formats/sentinel.ts











const DESCRIPTION = 'description';
// Top-level keys only Sentinel uses, and those of the other YAML formats it must not claim.
const SENTINEL_KEY = /^(?:relevantTechniques|queryFrequency|tactics|requiredDataConnectors)[ \t]*:/m;
const QUERY_KEY = /^query[ \t]*:/m;
const NAME_KEY = /^name[ \t]*:/m;
const OTHER_FORMAT_KEY = /^(?:AnalysisType|logsource|detection|search)[ \t]*:/m;
// Sentinel marks retired content in its display name: `name: '[Deprecated] ...'`.
const DEPRECATED_NAME = /^\s*\[deprecated\]/i;
// A KQL line that is only a table (or ASIM function) name, optionally piped on: `AWSCloudTrail`,
// `StorageBlobLogs | where ...`; or a table opening a sub-query: `materialize(AWSCloudTrail`.
const TABLE_LINE = /^(?:let\s+[A-Za-z_]\w*\s*=\s*)?(?:[\w.]+\s*\(\s*|\(\s*)?([A-Za-z_]\w*)\s*(?:\|.*)?$/;
// `| join kind=leftanti ( LAQueryLogs`, `| union (StorageFileLogs`.
const JOIN_TABLE = /\b(?:join|union|lookup)\b[^(]*\(\s*([A-Za-z_]\w*)\s*(?:\|.*)?$/;
const LET_NAME = /\blet\s+([A-Za-z_]\w*)\s*=/g;
// KQL keywords that can stand alone on a line and are no table.
const KQL_WORDS = new Set(['let', 'on', 'and', 'or', 'not', 'by', 'union', 'datatable', 'print', 'range', 'true', 'false', 'null']);
const sentinel = {
    id: 'sentinel',
    name: 'Microsoft Sentinel',
    extensions: ['.yaml', '.yml'],
    sniff(file) {
        const text = file.text;
        return QUERY_KEY.test(text) && NAME_KEY.test(text) && SENTINEL_KEY.test(text) && !OTHER_FORMAT_KEY.test(text);
    },
    parse: sentinel_parse,
    planFalsePositiveFix: sentinel_planFalsePositiveFix,
    fixRefusal: sentinel_fixRefusal,
};
function sentinel_parse(file) {
    return guardedParse(file, parseRule, (error) => `Could not read the rule: ${String(error)}`);
}
/** The rule file loaded, once for parsing and fix planning (see `lastFileMemo`). */
const loadedOf = lastFileMemo((file) => loadYamlMapping(file));
function parseRule(file) {
    const loaded = loadedOf(file);
    if (!loaded.doc)
        return { detections: [], problems: loaded.problems };
    const doc = loaded.doc;
    const scan = scanOf(file);
    const lines = scan.lines;
    const fields = scan.fields();
    const title = stringOf(doc['name']) ?? '';
    const titleField = fields.get('name');
    const rawDescription = stringOf(doc[DESCRIPTION]);
    const descriptionField = fields.get(DESCRIPTION);
    const techniqueTags = attackTags(scan, fields.get('relevantTechniques'), doc['relevantTechniques']);
    const status = stringOf(doc['status'])?.trim().toLowerCase() || null;
    const query = stringOf(doc['query']) ?? '';
    const detection = {
        format: 'sentinel',
        path: file.path,
        document: 0,
        id: stringOf(doc['id']) ?? null,
        title: title.trim(),
        titleSpan: titleField ? { line: titleField.line, endLine: titleField.line } : { line: 1, endLine: 1 },
        description: rawDescription === undefined ? '' : unwrapQuotes(rawDescription),
        techniques: uniqueTechniques(techniqueTags),
        techniqueTags,
        tactics: stringsOf(doc['tactics']),
        query,
        dataSources: sentinel_dataSources(doc['requiredDataConnectors'], query),
        status,
        deprecated: status === 'deprecated' || DEPRECATED_NAME.test(title) || isDeprecatedPath(file.path),
        falsePositives: [],
        disabledChecks: disabledChecks(file.text),
        span: scan.whole,
        source: file,
    };
    if (rawDescription !== undefined && descriptionField) {
        const field = scalarField(lines, descriptionField);
        const items = falsePositiveSentences(lines, field, unwrapQuotes(rawDescription));
        if (items.length > 0) {
            detection.falsePositives.push({ source: 'description', key: DESCRIPTION, line: field.line, endLine: field.endLine, items });
        }
    }
    return { detections: [detection], problems: [] };
}
function uniqueTechniques(tags) {
    return [...new Set(tags.flatMap((t) => (t.technique ? [t.technique] : [])))];
}
/** `connector:aws`, `datatype:awscloudtrail`, then the tables the query reads: `table:awscloudtrail`. */
function sentinel_dataSources(connectors, query) {
    const hints = [];
    if (Array.isArray(connectors)) {
        for (const c of connectors) {
            if (!c || typeof c !== 'object')
                continue;
            const connector = c;
            const id = stringOf(connector['connectorId']);
            if (id)
                hints.push(`connector:${id}`);
        }
        for (const c of connectors) {
            if (!c || typeof c !== 'object')
                continue;
            for (const type of stringsOf(c['dataTypes']))
                hints.push(`datatype:${type}`);
        }
    }
    for (const table of queryTables(query))
        hints.push(`table:${table}`);
    return dataSourceHints(hints);
}
/**
 * Names a KQL query reads from: an identifier alone at the start of a statement (the query's start,
 * after `;` or `(`, or right before a `| operator` line), or opening a `join`/`union` sub-query;
 * minus the query's own `let` names. A column on a continued `project` list is no table.
 */
function queryTables(query) {
    if (query === '')
        return [];
    const lets = new Set();
    for (const m of query.matchAll(LET_NAME))
        lets.add(m[1].toLowerCase());
    const code = query
        .split('\n')
        .map((l) => l.replace(/\/\/.*$/, '').trim())
        .filter((l) => l !== '');
    const tables = [];
    code.forEach((text, i) => {
        let m;
        if (text.startsWith('|')) {
            m = JOIN_TABLE.exec(text);
        }
        else {
            m = TABLE_LINE.exec(text);
            const previous = code[i - 1];
            const startsStatement = previous === undefined || /[;({]$/.test(previous) || text.includes('(');
            if (m && !startsStatement && !code[i + 1]?.startsWith('|'))
                m = null;
        }
        const name = m?.[1];
        if (!name || KQL_WORDS.has(name.toLowerCase()) || lets.has(name.toLowerCase()))
            return;
        tables.push(name);
    });
    return tables;
}
function sentinel_planFalsePositiveFix(detection, insertion) {
    const texts = insertion.texts.filter((t) => t.trim() !== '');
    if (texts.length === 0)
        return null;
    const file = detection.source;
    const loaded = loadedOf(file);
    if (!loaded.doc)
        return null;
    const raw = loaded.doc[DESCRIPTION];
    const scan = scanOf(file);
    const lines = scan.lines;
    const fields = scan.fields();
    if (proseFieldRefusal(scan, fields, DESCRIPTION))
        return null;
    const paragraph = falsePositiveParagraph(texts);
    const title = sentinel_fixTitle(texts.length);
    const existing = fields.get(DESCRIPTION);
    if (existing) {
        if (raw !== null && raw !== undefined && typeof raw !== 'string')
            return null;
        const edits = appendParagraph(lines, scalarField(lines, existing), paragraph, raw ?? '');
        return edits && { title, edits };
    }
    const after = fields.get('name') ?? fields.get('id');
    const at = after ? after.endLine + 1 : 1;
    return { title, edits: [{ startLine: at, endLine: at - 1, lines: newField(DESCRIPTION, paragraph) }] };
}
function sentinel_fixRefusal(detection) {
    const scan = scanOf(detection.source);
    return proseFieldRefusal(scan, scan.fields(), DESCRIPTION);
}
function sentinel_fixTitle(count) {
    return `Add ${count} false positive${count === 1 ? '' : 's'} to \`${DESCRIPTION}\` (Sentinel has no false-positive field)`;
}

;// CONCATENATED MODULE: ./src/formats/panther-tests.ts



const TESTS_KEY = 'Tests';
/**
 * Last segments of log field paths that name what happened (CloudTrail, GCP audit, M365, Okta...),
 * lower case: schemas differ in case only (M365 `Operation`, Azure `operationName`, Snowflake
 * `EVENT_TYPE`).
 */
const EVENT_FIELDS = new Set(['eventName', 'eventSource', 'eventType', 'event_type', 'type', 'action', 'actionName', 'verb', 'methodName', 'serviceName', 'Operation', 'OperationName']
    .map((name) => name.toLowerCase()));
/** Log fields nest a few levels (`protoPayload.methodName`); deeper is no event name. */
const MAX_LOG_DEPTH = 16;
/**
 * `field: value` lines, one per event-naming scalar of the logs of the tests expected to match
 * (dotted paths for nested keys), deduplicated, in file order; '' when there are none or the
 * `Tests` block (at `span` of `lines`) does not load.
 */
function testEventQuery(lines, span) {
    if (!span)
        return '';
    const loaded = loadYamlDocument(lines.slice(span.line - 1, span.endLine).join('\n'), span.line);
    if (!loaded.ok || !isYamlMap(loaded.value))
        return '';
    const tests = loaded.value[TESTS_KEY];
    if (!Array.isArray(tests))
        return '';
    const found = new Set();
    for (const test of tests) {
        if (!isYamlMap(test) || test['ExpectedResult'] !== true || !isYamlMap(test['Log']))
            continue;
        eventFields(test['Log'], '', 0, new Set(), found);
    }
    return [...found].join('\n');
}
function eventFields(log, prefix, depth, seen, found) {
    // A map met twice is an alias (possibly of itself): once is enough.
    if (depth > MAX_LOG_DEPTH || seen.has(log))
        return;
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
        if (text && EVENT_FIELDS.has(path.slice(path.lastIndexOf('.') + 1).toLowerCase()))
            found.add(`${path}: ${text}`);
    }
}

;// CONCATENATED MODULE: ./src/formats/panther.ts













/** Analysis types that detect something; data models, globals, packs, lookups and queries do not. */
const RULE_TYPES = new Set(['rule', 'policy', 'correlation_rule', 'scheduled_rule']);
const RULE_ANALYSIS_TYPE = /^AnalysisType[ \t]*:[ \t]*["']?(?:rule|policy|correlation_rule|scheduled_rule)["']?[ \t]*(?:#.*)?\r?$/m;
const MITRE_KEY = 'MITRE ATT&CK';
/** The key spelt otherwise: case, `&` and separators aside, `MITRE ATTACK` or `MITRE ATT&CK`. */
const MISSPELT_MITRE_KEY = /^\s*mitre[\s_-]*att(?:&|a)?ck\s*$/i;
/** A Runbook that is a link and nothing else. */
const ONLY_A_URL = /^\s*<?https?:\/\/\S+>?\s*$/i;
/** Panther's retirement convention: switched off, and the name says so. */
const RETIRED_NAME = /\[DEPRECATED\]|--\s*DEPRECATED\s*--/i;
/**
 * Unit tests with sample logs: most of a rule file's bytes, left out of the rule's parse and
 * read on their own only for the query (see panther-tests.ts).
 */
const NEVER_READ = [TESTS_KEY];
const RUNBOOK = 'Runbook';
const panther_DESCRIPTION = 'Description';
/** Where a missing `Runbook` goes: after the first of these keys that the file has. */
const RUNBOOK_AFTER = [panther_DESCRIPTION, 'DisplayName', 'RuleID', 'PolicyID', 'AnalysisType'];
// `TA0009:T1530`: the tactic is what precedes the colon (kept raw, even when malformed: `TA003`).
const TACTIC_PART = /^\s*(TA\d+)\s*:/i;
const panther = {
    id: 'panther',
    name: 'Panther',
    extensions: ['.yml', '.yaml'],
    sniff: (file) => RULE_ANALYSIS_TYPE.test(file.text),
    parse: panther_parse,
    planFalsePositiveFix: panther_planFalsePositiveFix,
    fixRefusal: panther_fixRefusal,
};
function panther_parse(file) {
    return guardedParse(file, panther_parseRule, (error) => `Could not read the rule: ${String(error)}`);
}
/**
 * The file's lines, its top-level fields, and the file loaded without the fields it never reads;
 * loaded once for parsing and fix planning (see `lastFileMemo`).
 */
const loadRule = lastFileMemo((file) => {
    const lines = splitLines(file.text);
    const scan = new YamlLines(lines, { unscannedKeys: NEVER_READ });
    const fields = scan.fields();
    const loaded = loadYamlMapping(file, NEVER_READ.flatMap((key) => fields.get(key) ?? []));
    return { lines, scan, fields, loaded };
});
function panther_parseRule(file) {
    const { lines, scan, fields, loaded } = loadRule(file);
    if (!loaded.doc)
        return { detections: [], problems: loaded.problems };
    const doc = loaded.doc;
    const analysisType = stringOf(doc['AnalysisType'])?.trim().toLowerCase();
    if (!analysisType || !RULE_TYPES.has(analysisType))
        return { detections: [], problems: [] };
    const id = stringOf(doc['RuleID']) ?? stringOf(doc['PolicyID']) ?? null;
    const displayName = stringOf(doc['DisplayName'])?.trim();
    const titleField = (displayName ? fields.get('DisplayName') : undefined) ?? fields.get('RuleID') ?? fields.get('PolicyID');
    const description = unwrapQuotes(stringOf(doc[panther_DESCRIPTION]) ?? '');
    const mitre = mitreTags(doc, scan, fields.get('Reports'));
    const status = stringOf(doc['Status'])?.trim().toLowerCase() || null;
    const detection = {
        format: 'panther',
        path: file.path,
        document: 0,
        id: id?.trim() || null,
        title: displayName || id?.trim() || '',
        titleSpan: titleField ? { line: titleField.line, endLine: titleField.line } : { line: 1, endLine: 1 },
        description,
        techniques: [...new Set(mitre.flatMap((t) => (t.technique ? [t.technique] : [])))],
        techniqueTags: mitre,
        tactics: [...new Set(mitre.flatMap((t) => TACTIC_PART.exec(t.raw)?.[1] ?? (t.technique ? [] : [t.raw])))],
        query: queryOf(doc, lines, fields.get(TESTS_KEY)),
        dataSources: dataSourceHints([
            ...stringsOf(doc['LogTypes']).map((t) => `logtype:${t}`),
            ...stringsOf(doc['ResourceTypes']).map((t) => `resourcetype:${t}`),
            ...stringsOf(doc['Tags']).map((t) => `tag:${t}`),
        ]),
        status,
        // `Enabled: false` alone only switches a rule off; `Status: Deprecated`, a deprecated folder,
        // or `Enabled: false` with "[DEPRECATED]" / "--DEPRECATED--" in the name retires it.
        deprecated: status === 'deprecated' ||
            isDeprecatedPath(file.path) ||
            (doc['Enabled'] === false && RETIRED_NAME.test(displayName ?? '')),
        // A policy evaluates resource snapshots (configuration), not events.
        ...(analysisType === 'policy' ? { evaluates: 'resources' } : {}),
        falsePositives: [RUNBOOK, panther_DESCRIPTION].flatMap((key) => proseSection(lines, fields.get(key), doc[key], key)),
        disabledChecks: disabledChecks(file.text),
        span: scan.whole,
        source: file,
    };
    return { detections: [detection], problems: [] };
}
/**
 * `Reports: MITRE ATT&CK:` items only: ids in `Tests` logs or prose are no tags. Items of a flow
 * mapping (`Reports: {MITRE ATT&CK: [...]}`), which has no key line of its own, are looked for
 * from the `Reports` value on.
 */
function mitreTags(doc, scan, reports) {
    const reportsValue = doc['Reports'];
    if (!reports || !isYamlMap(reportsValue))
        return [];
    const keys = scan.childKeys(reports);
    const tags = [];
    for (const [key, values] of Object.entries(reportsValue)) {
        if (values === undefined || values === null)
            continue;
        const exact = key === MITRE_KEY;
        // `MITRE ATTACK`, `Mitre Att&ck`: panther_analysis_tool files them as another framework, so
        // the rule is missing from ATT&CK reports; its tags are still read, and reported.
        if (!exact && !MISSPELT_MITRE_KEY.test(key))
            continue;
        const found = attackTags(scan, keys.find((k) => k.key === key) ?? reports, values);
        const problem = `is under the Reports key "${key}", which Panther does not read as ATT&CK; write the key "${MITRE_KEY}"`;
        tags.push(...(exact ? found : found.map((tag) => ({ ...tag, problem }))));
    }
    return tags;
}
/**
 * The rule's logic as far as the YAML shows it: a correlation rule's `Detection`, a `Query`, else
 * the events its matching tests log. Never the description: prose is no evidence of what fires.
 */
function queryOf(doc, lines, tests) {
    const detection = doc['Detection'];
    if (detection !== undefined && detection !== null)
        return dumpYaml(detection).trimEnd();
    return stringOf(doc['Query'])?.trim() ?? testEventQuery(lines, tests);
}
function proseSection(lines, field, value, key) {
    if (!field || typeof value !== 'string')
        return [];
    const scalar = scalarField(lines, field);
    const items = falsePositiveSentences(lines, scalar, unwrapQuotes(value));
    return items.length === 0 ? [] : [{ source: 'description', key, line: scalar.line, endLine: scalar.endLine, items }];
}
/**
 * The field a fix appends to. A Runbook that is only a link (to a wiki or Panther's docs) is no
 * place for prose: the paragraph goes to the Description, which lofp-lint reads too.
 */
function proseKey(doc, fields) {
    const runbook = doc[RUNBOOK];
    return typeof runbook === 'string' && ONLY_A_URL.test(runbook) && fields.get(panther_DESCRIPTION) ? panther_DESCRIPTION : RUNBOOK;
}
function panther_fixRefusal(detection) {
    const { scan, fields, loaded } = loadRule(detection.source);
    return loaded.doc ? proseFieldRefusal(scan, fields, proseKey(loaded.doc, fields)) : null;
}
function panther_planFalsePositiveFix(detection, insertion) {
    const texts = insertion.texts.filter((t) => t.trim() !== '');
    if (texts.length === 0)
        return null;
    const { lines, scan, fields, loaded } = loadRule(detection.source);
    if (!loaded.doc)
        return null;
    const key = proseKey(loaded.doc, fields);
    if (proseFieldRefusal(scan, fields, key))
        return null;
    const paragraph = falsePositiveParagraph(texts);
    const count = texts.length;
    const title = `Add ${count} false positive${count === 1 ? '' : 's'} to \`${key}\` (Panther has no false-positive field)`;
    const existing = fields.get(key);
    if (existing) {
        const value = loaded.doc[key];
        if (value !== null && value !== undefined && typeof value !== 'string')
            return null;
        const edits = appendParagraph(lines, scalarField(lines, existing), paragraph, value ?? '');
        return edits && { title, edits };
    }
    const anchor = RUNBOOK_AFTER.map((k) => fields.get(k)).find((f) => f !== undefined);
    const at = anchor ? anchor.endLine + 1 : 1;
    return { title, edits: [{ startLine: at, endLine: at - 1, lines: newField(RUNBOOK, paragraph) }] };
}

;// CONCATENATED MODULE: ./src/formats/chronicle.ts
/**
 * Chronicle / Google SecOps YARA-L 2.0 (.yaral):
 * `rule <name> { meta: key = "value" ... events: ... match: ... outcome: ... condition: ... }`,
 * one or more rules per file, usually after a license comment.
 *
 * There is no parser library for YARA-L, so a small tokenizer skips comments, strings and regex
 * literals (which may hold braces), braces are balanced per rule, and the `meta:` section is read
 * as `key = "value"` entries with their exact positions.
 */





const FALSE_POSITIVE_KEYS = new Set(['false_positives', 'falsepositives', 'false_positive']);
const NEW_FALSE_POSITIVE_KEY = 'false_positives';
const SECTION_NAMES = new Set(['meta', 'events', 'match', 'outcome', 'condition', 'options']);
/** ATT&CK enterprise tactics, for the deprecated `mitre = "Collection, t1530"` convention. */
const chronicle_TACTIC_NAMES = new Set([
    'reconnaissance',
    'resource development',
    'initial access',
    'execution',
    'persistence',
    'privilege escalation',
    'defense evasion',
    'credential access',
    'discovery',
    'lateral movement',
    'collection',
    'command and control',
    'exfiltration',
    'impact',
]);
const META_DATA_SOURCES = {
    data_source: 'data_source',
    platform: 'platform',
    product: 'product',
    service: 'service',
};
const UDM_DATA_SOURCE = /\bmetadata\.(log_type|product_name|vendor_name)\s*=\s*"([^"\n]+)"/g;
const UDM_KINDS = { log_type: 'logtype', product_name: 'product', vendor_name: 'vendor' };
const SNIFF_RULE = /(?:^|\n)[ \t]*rule[ \t]+[A-Za-z_][A-Za-z0-9_]*\s*\{/;
const SNIFF_SECTION = /\b(?:meta|events)[ \t]*:/;
const chronicle_SENTENCE_END = /[.!?\u2026]["')\]]*$/;
function isWordChar(c) {
    return ((c >= 0x61 && c <= 0x7a) || // a-z
        (c >= 0x41 && c <= 0x5a) || // A-Z
        (c >= 0x30 && c <= 0x39) || // 0-9
        c === 0x5f || // _
        c === 0x24 || // $
        c === 0x23 || // #
        c === 0x40 || // @
        c === 0x25 || // %
        c === 0x2e // .
    );
}
/** A `/` starts a regex literal after an operator or an opening bracket, never after a value. */
function regexMayFollow(prev, text) {
    if (!prev)
        return true;
    if (prev.kind === 'punct') {
        const p = text[prev.start];
        return p === '=' || p === '(' || p === ',' || p === '[' || p === '{' || p === ':' || p === '!' || p === '<' || p === '>';
    }
    if (prev.kind === 'word') {
        const w = text.slice(prev.start, prev.end).toLowerCase();
        return w === 'and' || w === 'or' || w === 'not' || w === 'in';
    }
    return false;
}
function lex(text) {
    const tokens = [];
    const problems = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
        const c = text.charCodeAt(i);
        if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
            i++;
            continue;
        }
        if (c === 0x2f /* / */) {
            const next = text.charCodeAt(i + 1);
            if (next === 0x2f) {
                const nl = text.indexOf('\n', i);
                i = nl === -1 ? n : nl;
                continue;
            }
            if (next === 0x2a /* * */) {
                const close = text.indexOf('*/', i + 2);
                if (close === -1) {
                    problems.push({ offset: i, message: 'unterminated `/*` comment' });
                    i = n;
                }
                else
                    i = close + 2;
                continue;
            }
            if (regexMayFollow(tokens[tokens.length - 1], text)) {
                const end = regexEnd(text, i);
                if (end !== -1) {
                    tokens.push({ kind: 'regex', start: i, end });
                    i = end;
                    continue;
                }
            }
            tokens.push({ kind: 'punct', start: i, end: i + 1 });
            i++;
            continue;
        }
        if (c === 0x22 /* " */) {
            let j = i + 1;
            while (j < n) {
                const d = text.charCodeAt(j);
                if (d === 0x5c)
                    j += 2;
                else if (d === 0x22 || d === 0x0a)
                    break;
                else
                    j++;
            }
            if (j >= n || text.charCodeAt(j) !== 0x22) {
                problems.push({ offset: i, message: 'unterminated string' });
                tokens.push({ kind: 'string', start: i, end: Math.min(j, n) });
                i = Math.min(j, n);
            }
            else {
                tokens.push({ kind: 'string', start: i, end: j + 1 });
                i = j + 1;
            }
            continue;
        }
        if (c === 0x60 /* ` */) {
            const close = text.indexOf('`', i + 1);
            if (close === -1) {
                problems.push({ offset: i, message: 'unterminated raw string (`)' });
                i = n;
            }
            else {
                tokens.push({ kind: 'string', start: i, end: close + 1 });
                i = close + 1;
            }
            continue;
        }
        if (isWordChar(c)) {
            let j = i + 1;
            while (j < n && isWordChar(text.charCodeAt(j)))
                j++;
            tokens.push({ kind: 'word', start: i, end: j });
            i = j;
            continue;
        }
        tokens.push({ kind: 'punct', start: i, end: i + 1 });
        i++;
    }
    return { tokens, problems };
}
/** End of the regex literal starting at `start` (past the closing `/`), or -1 when the line has none. */
function regexEnd(text, start) {
    let inClass = false;
    for (let j = start + 1; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (d === 0x0a)
            return -1;
        if (d === 0x5c)
            j++;
        else if (d === 0x5b)
            inClass = true;
        else if (d === 0x5d)
            inClass = false;
        else if (d === 0x2f && !inClass)
            return j + 1;
    }
    return -1;
}
function tokenText(text, t) {
    return text.slice(t.start, t.end);
}
function isPunct(text, t, p) {
    return t !== undefined && t.kind === 'punct' && text[t.start] === p;
}
function readMeta(text, tokens, from, to) {
    const entries = [];
    for (let i = from; i < to; i++) {
        const t = tokens[i];
        const value = tokens[i + 2];
        if (t.kind === 'word' && isPunct(text, tokens[i + 1], '=') && value && i + 2 < to && value.kind !== 'punct') {
            entries.push({ key: tokenText(text, t).toLowerCase(), keyToken: t, value });
            i += 2;
        }
    }
    return entries;
}
function isRuleStart(text, tokens, i) {
    const t = tokens[i];
    return (t.kind === 'word' &&
        tokenText(text, t) === 'rule' &&
        tokens[i + 1]?.kind === 'word' &&
        isPunct(text, tokens[i + 2], '{'));
}
function structure(text, tokens) {
    const rules = [];
    const problems = [];
    let ownedFrom = 0;
    let ordinals = 0;
    let i = 0;
    while (i < tokens.length) {
        const t = tokens[i];
        if (!isRuleStart(text, tokens, i)) {
            if (isPunct(text, t, '}'))
                problems.push({ offset: t.start, message: 'unexpected `}` outside a rule' });
            else if (t.kind === 'word' && tokenText(text, t) === 'rule') {
                problems.push({ offset: t.start, message: 'expected `rule <name> {`' });
            }
            i++;
            continue;
        }
        const name = tokenText(text, tokens[i + 1]);
        const ruleToken = t;
        const ordinal = ordinals++;
        let depth = 1;
        let j = i + 3;
        const sections = [];
        let close = null;
        for (; j < tokens.length; j++) {
            const u = tokens[j];
            if (depth === 1 && isRuleStart(text, tokens, j))
                break; // the next rule: this one never closed
            if (isPunct(text, u, '{'))
                depth++;
            else if (isPunct(text, u, '}')) {
                depth--;
                if (depth === 0) {
                    close = u;
                    j++;
                    break;
                }
            }
            else if (depth === 1 && u.kind === 'word' && isPunct(text, tokens[j + 1], ':')) {
                const word = tokenText(text, u).toLowerCase();
                if (SECTION_NAMES.has(word))
                    sections.push({ name: word, token: u, body: j + 2 });
            }
        }
        i = j;
        if (!close) {
            problems.push({ offset: ruleToken.start, message: `rule \`${name}\` has no closing \`}\`; braces are unbalanced` });
            continue;
        }
        const closeIndex = j - 1;
        const metaAt = sections.findIndex((s) => s.name === 'meta');
        const meta = metaAt === -1 ? null : sections[metaAt];
        const afterMeta = metaAt === -1 ? sections[0] : sections[metaAt + 1];
        rules.push({
            ordinal,
            name,
            ruleToken,
            close,
            ownedFrom,
            meta: meta ? readMeta(text, tokens, meta.body, afterMeta ? afterMeta.body - 2 : closeIndex) : null,
            metaToken: meta?.token ?? null,
            queryStart: sections.find((s) => s.name !== 'meta')?.token ?? null,
        });
        ownedFrom = close.end;
    }
    return { rules, problems };
}
// ---------------------------------------------------------------------------------------------
// Values.
const ESCAPES = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };
function chronicle_unescape(raw) {
    if (raw.indexOf('\\') === -1)
        return raw;
    return raw.replace(/\\(.)/g, (whole, c) => ESCAPES[c] ?? whole);
}
/** The text inside a string token's quotes, as written (still escaped). */
function innerRaw(text, t) {
    const raw = tokenText(text, t);
    if (t.kind !== 'string')
        return raw;
    const closed = raw.length >= 2 && raw[raw.length - 1] === raw[0];
    return raw.slice(1, closed ? -1 : undefined);
}
function metaValue(text, t) {
    return t.kind === 'string' ? chronicle_unescape(innerRaw(text, t)) : tokenText(text, t);
}
/** Comma-separated parts of a meta value with their offsets in the file. */
function valueParts(text, t) {
    const inner = innerRaw(text, t);
    const base = t.kind === 'string' ? t.start + 1 : t.start;
    const parts = [];
    let at = 0;
    for (const piece of inner.split(',')) {
        const lead = piece.length - piece.trimStart().length;
        const raw = chronicle_unescape(piece.trim());
        if (raw !== '')
            parts.push({ raw, offset: base + at + lead });
        at += piece.length + 1;
    }
    return parts;
}
function tagsOf(ctx, meta) {
    const tags = [];
    const tactics = [];
    const push = (raw, offset, technique) => {
        const at = ctx.index.position(offset);
        tags.push({ raw, technique, line: at.line, endLine: at.line, column: at.column });
    };
    for (const entry of meta) {
        switch (entry.key) {
            case 'technique':
            case 'mitre_attack_technique':
            case 'mitre_attack_url':
                for (const part of valueParts(ctx.text, entry.value))
                    push(part.raw, part.offset, normalizeTechnique(part.raw));
                break;
            case 'tactic':
            case 'mitre_attack_tactic':
                for (const part of valueParts(ctx.text, entry.value)) {
                    tactics.push(part.raw);
                    push(part.raw, part.offset, null);
                }
                break;
            case 'mitre':
                // Deprecated convention: tactic names and technique ids in one list ("Collection, t1530").
                for (const part of valueParts(ctx.text, entry.value)) {
                    const technique = normalizeTechnique(part.raw);
                    if (technique)
                        push(part.raw, part.offset, technique);
                    else if (chronicle_TACTIC_NAMES.has(part.raw.toLowerCase().replace(/_/g, ' '))) {
                        tactics.push(part.raw);
                        push(part.raw, part.offset, null);
                    }
                }
                break;
            default:
                break;
        }
    }
    return { tags, tactics };
}
function dataSourcesOf(ctx, meta, query) {
    const out = [];
    for (const entry of meta) {
        const kind = META_DATA_SOURCES[entry.key];
        if (!kind)
            continue;
        for (const part of metaValue(ctx.text, entry.value).split(',')) {
            const v = part.trim().toLowerCase();
            if (v !== '')
                out.push(`${kind}:${v}`);
        }
    }
    for (const m of query.matchAll(UDM_DATA_SOURCE))
        out.push(`${UDM_KINDS[m[1]]}:${m[2].trim().toLowerCase()}`);
    return [...new Set(out)];
}
function chronicle_falsePositiveSection(ctx, meta) {
    const entries = meta.filter((e) => FALSE_POSITIVE_KEYS.has(e.key));
    if (entries.length === 0)
        return null;
    const first = entries[0];
    const last = entries[entries.length - 1];
    const section = {
        source: 'field',
        key: tokenText(ctx.text, first.keyToken),
        line: ctx.index.lineOf(first.keyToken.start),
        endLine: ctx.index.lineOf(last.value.end - 1),
        items: [],
    };
    for (const entry of entries) {
        const value = metaValue(ctx.text, entry.value).trim();
        if (entry.value.kind !== 'string') {
            section.problem = `\`${section.key}\` is not a quoted string (${value}); expected a string such as "Administrators running backups"`;
        }
        if (value !== '') {
            section.items.push({
                text: value.replace(/\s+/g, ' '),
                line: ctx.index.lineOf(entry.value.start),
                endLine: ctx.index.lineOf(entry.value.end - 1),
            });
        }
    }
    return section;
}
function firstValue(ctx, meta, ...keys) {
    for (const key of keys) {
        const entry = meta.find((e) => e.key === key);
        if (entry) {
            const v = metaValue(ctx.text, entry.value).trim();
            if (v !== '')
                return v;
        }
    }
    return null;
}
function chronicle_toDetection(ctx, rule, meta, document) {
    const { text, index } = ctx;
    const ruleLine = index.lineOf(rule.ruleToken.start);
    const query = rule.queryStart ? text.slice(rule.queryStart.start, rule.close.start).trim() : '';
    const { tags, tactics } = tagsOf(ctx, meta);
    const techniques = [...new Set(tags.map((t) => t.technique).filter((t) => t !== null))];
    const status = firstValue(ctx, meta, 'status', 'rule_status', 'sigma_status')?.toLowerCase() ?? null;
    const falsePositives = chronicle_falsePositiveSection(ctx, meta);
    return {
        format: 'chronicle',
        path: ctx.file.path,
        document,
        id: firstValue(ctx, meta, 'rule_id', 'id') ?? rule.name,
        title: firstValue(ctx, meta, 'rule_name') ?? rule.name,
        titleSpan: { line: ruleLine, endLine: ruleLine },
        description: (firstValue(ctx, meta, 'description') ?? '').replace(/\s+/g, ' '),
        techniques,
        techniqueTags: tags,
        tactics: [...new Set(tactics)],
        query,
        dataSources: dataSourcesOf(ctx, meta, query),
        status,
        deprecated: status === 'deprecated' || isDeprecatedPath(ctx.file.path),
        falsePositives: falsePositives ? [falsePositives] : [],
        disabledChecks: disabledChecks(text.slice(rule.ownedFrom, rule.close.end)),
        span: { line: ruleLine, endLine: index.lineOf(rule.close.start) },
        source: ctx.file,
    };
}
function parseChronicle(file) {
    const { text, path } = file;
    if (text.trim() === '')
        return { detections: [], problems: [] };
    const index = new LineIndex(text);
    const ctx = { file, text, index };
    const lexed = lex(text);
    const shape = structure(text, lexed.tokens);
    const problems = [...lexed.problems, ...shape.problems].map((p) => ({
        path,
        ...index.position(p.offset),
        message: p.message,
    }));
    const detections = [];
    for (const rule of shape.rules) {
        if (!rule.meta) {
            const at = index.position(rule.ruleToken.start);
            problems.push({ path, ...at, message: `rule \`${rule.name}\` has no \`meta:\` section; expected \`meta:\` with key = "value" lines` });
            continue;
        }
        detections.push(chronicle_toDetection(ctx, rule, rule.meta, rule.ordinal));
    }
    if (shape.rules.length === 0 && problems.length === 0) {
        problems.push({ path, line: 1, column: 1, message: 'no `rule <name> { ... }` found; expected a YARA-L 2.0 rule' });
    }
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    return { detections, problems };
}
// ---------------------------------------------------------------------------------------------
// Fixes.
function escapeString(text) {
    return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}
/** Pieces joined into one meta string read as sentences: every piece but the last gets its full stop. */
function joinSentences(pieces) {
    return pieces.map((p, k) => (k < pieces.length - 1 && !chronicle_SENTENCE_END.test(p) ? `${p}.` : p)).join(' ');
}
function chronicle_plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function planChronicleFix(detection, insertion) {
    const texts = insertion.texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => t !== '');
    if (texts.length === 0)
        return null;
    const section = detection.falsePositives.find((s) => s.source === 'field');
    if (section?.problem)
        return null;
    const text = detection.source.text;
    const index = new LineIndex(text);
    const rule = structure(text, lex(text).tokens).rules.find((r) => index.lineOf(r.ruleToken.start) === detection.span.line);
    if (!rule?.meta || !rule.metaToken)
        return null;
    const lines = splitLines(text);
    const entries = rule.meta.filter((e) => FALSE_POSITIVE_KEYS.has(e.key));
    const added = chronicle_plural(texts.length, 'false positive');
    if (entries.length === 0) {
        const last = rule.meta[rule.meta.length - 1];
        const anchorLine = index.lineOf(last ? last.value.end - 1 : rule.metaToken.start);
        const anchor = lines[anchorLine - 1];
        const indent = /^[ \t]*/.exec(anchor)[0] + (last ? '' : '  ');
        return {
            title: `Add \`${NEW_FALSE_POSITIVE_KEY}\` with ${added}`,
            edits: [
                {
                    startLine: anchorLine + 1,
                    endLine: anchorLine,
                    lines: [`${indent}${NEW_FALSE_POSITIVE_KEY} = "${escapeString(joinSentences(texts))}"`],
                },
            ],
        };
    }
    if (entries.length > 1)
        return null;
    const entry = entries[0];
    const lineNo = index.lineOf(entry.value.start);
    if (entry.value.kind !== 'string' || index.lineOf(entry.value.end - 1) !== lineNo)
        return null;
    const item = section?.items[0];
    const replacing = item !== undefined && insertion.replace.some((r) => r.line === item.line && r.text === item.text);
    const existing = innerRaw(text, entry.value).trim();
    const value = replacing || existing === '' ? joinSentences(texts) : null;
    // Extending keeps the existing text as written (escapes included), ending it as a sentence.
    const ended = chronicle_SENTENCE_END.test(chronicle_unescape(existing)) ? existing : `${existing}.`;
    const inner = value !== null ? escapeString(value) : `${ended} ${escapeString(joinSentences(texts))}`;
    const line = lines[lineNo - 1];
    const from = index.position(entry.value.start).column - 1;
    const to = index.position(entry.value.end - 1).column;
    const key = tokenText(text, entry.keyToken);
    return {
        title: replacing
            ? `Replace "${item.text}" in \`${key}\` with ${added}`
            : existing === ''
                ? `Set \`${key}\` to ${added}`
                : `Add ${added} to \`${key}\``,
        edits: [{ startLine: lineNo, endLine: lineNo, lines: [`${line.slice(0, from)}"${inner}"${line.slice(to)}`] }],
    };
}
const chronicle = {
    id: 'chronicle',
    name: 'Chronicle YARA-L',
    extensions: ['.yaral'],
    sniff: (file) => SNIFF_RULE.test(file.text) && SNIFF_SECTION.test(file.text),
    parse: (file) => guardedParse(file, parseChronicle, (err) => `cannot read the rule: ${String(err)}`),
    planFalsePositiveFix: planChronicleFix,
    // `meta: false_positives = "..."` is one line of the meta section.
    falsePositiveStyle: 'phrase',
};

;// CONCATENATED MODULE: ./src/formats/index.ts






/** Every supported format. Order matters only for files several modules could claim. */
const FORMATS = [sigma, splunk, panther, sentinel, elastic, chronicle];
const RULE_EXTENSIONS = new Set(FORMATS.flatMap((f) => f.extensions));
/** The format of a file, recognized by its extension and content, or null when it is no rule. */
function recognizeFormat(file) {
    const dot = file.path.lastIndexOf('.');
    const ext = dot === -1 ? '' : file.path.slice(dot).toLowerCase();
    // A name without a rule extension (standard input, a file named on the command line): by content alone.
    const byContent = !RULE_EXTENSIONS.has(ext);
    for (const format of FORMATS)
        if ((byContent || format.extensions.includes(ext)) && format.sniff(file))
            return format;
    return null;
}
function formatById(id) {
    return FORMATS.find((f) => f.id === id);
}

;// CONCATENATED MODULE: ./src/match/scenario.ts

/** The literal form of a text, normalized once and only when a literal cue is looked for. */
function literalOf(text) {
    text.literal ??= text.lower === undefined ? normalizeLiteral(text.raw) : normalizeLower(text.lower);
    return text.literal;
}
/** Characters `normalizeLiteral` changes in a lower-case text: quotes, backslashes, white space other than single spaces. */
const NOT_LITERAL = /["'`\\]|[^\S ]| {2}/;
function normalizeLower(lower) {
    return NOT_LITERAL.test(lower) ? lower.replace(/["'`\\]/g, '').replace(/\s+/g, ' ') : lower;
}
const LITERAL_CUE = /[^a-z0-9\s/-]/i;
function normalizeLiteral(text) {
    return normalizeLower(text.toLowerCase());
}
function prepareCue(phrase) {
    if (phrase.includes(' + ')) {
        const all = phrase.split(' + ').map((p) => prepareCue(p.trim()));
        return all.every((c) => c !== null) ? { phrase, words: [], literal: null, all: all } : null;
    }
    if (LITERAL_CUE.test(phrase)) {
        const literal = normalizeLiteral(phrase).trim();
        return literal === '' ? null : { phrase, words: [], literal };
    }
    const words = terms(phrase);
    return words.length === 0 ? null : { phrase, words, literal: null };
}
/** `literalText` (default `text`): a query keeps its field names for literal cues (`principal=*`). */
function ruleText(origin, text, literalText = text) {
    return { origin, raw: literalText, words: terms(text) };
}
function containsRun(haystack, needle) {
    const first = needle[0];
    for (let i = haystack.indexOf(first); i !== -1 && i + needle.length <= haystack.length; i = haystack.indexOf(first, i + 1)) {
        let k = 1;
        while (k < needle.length && haystack[i + k] === needle[k])
            k++;
        if (k === needle.length)
            return true;
    }
    return false;
}
/** The literal as a whole token: `.pem` in `id.pem"` but not in `.pem2`, `kubeconfig` not in `kubeconfigs`. */
function containsLiteral(text, literal) {
    for (let i = text.indexOf(literal); i !== -1; i = text.indexOf(literal, i + 1)) {
        const after = text[i + literal.length];
        if (after === undefined || !/[a-z0-9]/.test(after))
            return true;
    }
    return false;
}
function matches(cue, text) {
    if (cue.all)
        return cue.all.every((part) => matches(part, text));
    if (cue.literal !== null)
        return containsLiteral(literalOf(text), cue.literal);
    return (text.within === undefined || text.within.has(cue.words[0])) && containsRun(text.words, cue.words);
}
/** The first cue found, searching the texts in order (most reliable first). */
function findCue(cues, texts) {
    for (const text of texts) {
        for (const cue of cues)
            if (matches(cue, text))
                return { cue, origin: text.origin };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/match/vocabulary.ts
/**
 * The shared vocabulary of what a rule or a catalog entry is about: platforms, services and tools,
 * each with the spellings rules and catalogs use for it. Rule evidence and entry `appliesTo` are
 * both mapped through it, so `o365` in a catalog meets `Microsoft 365` in a rule.
 */

const PLATFORMS = [
    { kind: 'platform', id: 'aws', aliases: ['aws', 'amazon web services', 'amazon'] },
    { kind: 'platform', id: 'azure', aliases: ['azure', 'microsoft azure', 'azuread', 'azure ad', 'entra', 'entra id'] },
    { kind: 'platform', id: 'gcp', aliases: ['gcp', 'google cloud platform', 'google cloud', 'google_cloud'] },
    {
        kind: 'platform',
        id: 'm365',
        aliases: ['m365', 'o365', 'office 365', 'office365', 'microsoft 365', 'microsoft365', 'microsoft 365 defender'],
    },
    {
        kind: 'platform',
        id: 'google-workspace',
        aliases: ['google workspace', 'google_workspace', 'googleworkspace', 'gworkspace', 'g suite', 'gsuite'],
    },
    { kind: 'platform', id: 'kubernetes', aliases: ['kubernetes', 'k8s'] },
    { kind: 'platform', id: 'okta', aliases: ['okta'] },
    { kind: 'platform', id: 'github', aliases: ['github'] },
    { kind: 'platform', id: 'salesforce', aliases: ['salesforce'] },
    { kind: 'platform', id: 'snowflake', aliases: ['snowflake'] },
    { kind: 'platform', id: 'slack', aliases: ['slack'] },
    { kind: 'platform', id: 'databricks', aliases: ['databricks'] },
    { kind: 'platform', id: '1password', aliases: ['1password', 'onepassword'] },
    { kind: 'platform', id: 'box', aliases: ['box com', 'box'] },
    { kind: 'platform', id: 'dropbox', aliases: ['dropbox'] },
    { kind: 'platform', id: 'atlassian', aliases: ['confluence', 'jira', 'atlassian'] },
];
/**
 * Log sources name a platform without saying which service the rule watches: CloudTrail carries
 * every AWS API call, so `service: cloudtrail` in a Sigma logsource is no evidence that the rule
 * is about trails (`cloudtrail.amazonaws.com` as the event source is, see HOST_SERVICES).
 */
const LOG_SOURCES = [
    { kind: 'platform', id: 'aws', aliases: ['cloudtrail', 'aws cloudtrail', 'awscloudtrail', 'aws_cloudtrail', 'cloudwatch', 'guardduty', 'securityhub'] },
    { kind: 'platform', id: 'azure', aliases: ['activitylogs', 'azureactivity', 'azure activity', 'monitoractivity', 'platformlogs', 'signinlogs', 'auditlogs', 'azurediagnostics'] },
    { kind: 'platform', id: 'gcp', aliases: ['gcp audit', 'gcpauditlogs', 'auditlog', 'cloudaudit', 'gcp_cloudaudit', 'google_gcp_pubsub_message'] },
    { kind: 'platform', id: 'm365', aliases: ['o365 audit', 'officeactivity', 'o365_management_activity', 'microsoft 365 audit logs'] },
    { kind: 'platform', id: 'google-workspace', aliases: ['gws', 'google_workspace drive'] },
];
const SERVICES = [
    { kind: 'service', id: 's3', platform: 'aws', aliases: ['s3', 'amazon s3', 'aws s3', 'aws.s3', 's3 bucket', 's3serveraccess', 'aws s3 accesslogs'] },
    { kind: 'service', id: 'dynamodb', platform: 'aws', aliases: ['dynamodb', 'dynamo db', 'amazon dynamodb'] },
    { kind: 'service', id: 'sns', platform: 'aws', aliases: ['sns', 'simple notification service', 'amazon sns'] },
    { kind: 'service', id: 'sqs', platform: 'aws', aliases: ['sqs', 'simple queue service'] },
    { kind: 'service', id: 'cloudtrail', platform: 'aws', aliases: ['trail', 'trails'] },
    { kind: 'service', id: 'ec2', platform: 'aws', aliases: ['ec2', 'amazon ec2', 'ebs', 'ami'] },
    { kind: 'service', id: 'rds', platform: 'aws', aliases: ['rds', 'aurora'] },
    { kind: 'service', id: 'redshift', platform: 'aws', aliases: ['redshift'] },
    { kind: 'service', id: 'iam', platform: 'aws', aliases: ['aws iam'] },
    { kind: 'service', id: 'kms', platform: 'aws', aliases: ['kms'] },
    { kind: 'service', id: 'secretsmanager', platform: 'aws', aliases: ['secrets manager', 'secretsmanager'] },
    {
        kind: 'service',
        id: 'blob-storage',
        platform: 'azure',
        aliases: [
            'blob', 'blobs', 'blob storage', 'azure blob', 'azure storage', 'storage account', 'storage accounts',
            'storageaccounts', 'storageaccount', 'azurestorageaccount', 'storagebloblogs', 'microsoft storage', 'blobservices',
        ],
    },
    { kind: 'service', id: 'file-share', platform: 'azure', aliases: ['file share', 'fileshare', 'storagefilelogs'] },
    { kind: 'service', id: 'keyvault', platform: 'azure', aliases: ['key vault', 'keyvault', 'microsoft keyvault'] },
    { kind: 'service', id: 'managed-disk', platform: 'azure', aliases: ['managed disk', 'microsoft compute disks'] },
    { kind: 'service', id: 'arc', platform: 'azure', aliases: ['azure arc', 'arc', 'azure-arc'] },
    { kind: 'service', id: 'gcs', platform: 'gcp', aliases: ['gcs', 'google cloud storage', 'gcs bucket', 'gcs_bucket', 'storage googleapis com'] },
    { kind: 'service', id: 'pubsub', platform: 'gcp', aliases: ['pubsub', 'pub sub', 'google pubsub', 'cloud pub sub'] },
    { kind: 'service', id: 'bigquery', platform: 'gcp', aliases: ['bigquery'] },
    { kind: 'service', id: 'firestore', platform: 'gcp', aliases: ['firestore'] },
    { kind: 'service', id: 'compute-engine', platform: 'gcp', aliases: ['compute engine', 'gce'] },
    { kind: 'service', id: 'gke', platform: 'gcp', aliases: ['gke'] },
    { kind: 'service', id: 'eks', platform: 'aws', aliases: ['eks', 'amazon eks'] },
    { kind: 'service', id: 'aks', platform: 'azure', aliases: ['aks'] },
    { kind: 'service', id: 'sharepoint', platform: 'm365', aliases: ['sharepoint', 'share point', 'sharepoint online'] },
    { kind: 'service', id: 'onedrive', platform: 'm365', aliases: ['onedrive', 'one drive', 'onedrive for business'] },
    { kind: 'service', id: 'exchange', platform: 'm365', aliases: ['exchange online'] },
    { kind: 'service', id: 'purview', platform: 'm365', aliases: ['purview', 'microsoft purview', 'dlp'] },
    { kind: 'service', id: 'drive', platform: 'google-workspace', aliases: ['drive', 'google drive', 'drive googleapis com'] },
    { kind: 'service', id: 'secrets', platform: 'kubernetes', aliases: ['configmap', 'configmaps', 'kubernetes secrets'] },
];
/**
 * Words that name a service only once the platform is known: a GCP rule's "bucket" is GCS,
 * an AWS rule's is S3.
 */
const PLATFORM_SERVICES = {
    bucket: { aws: 's3', gcp: 'gcs' },
    buckets: { aws: 's3', gcp: 'gcs' },
    object: { aws: 's3', gcp: 'gcs' },
    objects: { aws: 's3', gcp: 'gcs' },
    storage: { azure: 'blob-storage', gcp: 'gcs', aws: 's3' },
    container: { azure: 'blob-storage' },
    containers: { azure: 'blob-storage' },
};
const TOOLS = [
    { kind: 'tool', id: 'azcopy', client: true, platform: 'azure', aliases: ['azcopy'] },
    { kind: 'tool', id: 'azure storage explorer', client: true, platform: 'azure', aliases: ['storage explorer', 'microsoft azure storage explorer'] },
    { kind: 'tool', id: 's3 browser', client: true, platform: 'aws', aliases: ['s3 browser', 's3browser'] },
    { kind: 'tool', id: 'cyberduck', client: true, aliases: ['cyberduck'] },
    { kind: 'tool', id: 'aws cli', client: true, platform: 'aws', aliases: ['aws cli', 'aws-cli', 'awscli'] },
    { kind: 'tool', id: 'gsutil', client: true, platform: 'gcp', aliases: ['gsutil', 'gcloud'] },
    { kind: 'tool', id: 'rclone', client: true, aliases: ['rclone'] },
    { kind: 'tool', id: 'pnp powershell', client: true, platform: 'm365', aliases: ['pnp powershell', 'pnp', 'pnpps', 'pnpcoresdk', 'sharepointpnp'] },
    { kind: 'tool', id: 'powershell', client: true, aliases: ['powershell', 'pwsh'] },
    { kind: 'tool', id: 'terraform', client: true, aliases: ['terraform'] },
    { kind: 'tool', id: 'cloudformation', platform: 'aws', aliases: ['cloudformation'] },
    { kind: 'tool', id: 'pulumi', client: true, aliases: ['pulumi'] },
    { kind: 'tool', id: 'helm', aliases: ['helm'] },
    { kind: 'tool', id: 'kubectl', client: true, platform: 'kubernetes', aliases: ['kubectl'] },
    { kind: 'tool', id: 'ediscovery', platform: 'm365', aliases: ['ediscovery', 'e discovery', 'content search'] },
    { kind: 'tool', id: 'oauth', aliases: ['oauth'] },
    { kind: 'tool', id: 'curl', client: true, aliases: ['curl', 'wget'] },
];
const ALL_TERMS = [...PLATFORMS, ...SERVICES, ...TOOLS];

function phraseTable(terms) {
    const byFirst = new Map();
    for (const term of terms) {
        for (const alias of term.aliases) {
            const tokens = vocabularyTokens(alias);
            if (tokens.length === 0)
                continue;
            const list = byFirst.get(tokens[0]) ?? [];
            list.push({ tokens, joined: tokens.join(' '), term });
            byFirst.set(tokens[0], list);
        }
    }
    for (const list of byFirst.values())
        list.sort((a, b) => b.tokens.length - a.tokens.length);
    return { byFirst };
}
const TERM_TABLE = phraseTable(ALL_TERMS);
const LOG_SOURCE_TABLE = phraseTable(LOG_SOURCES);
function vocabulary_scan(tokens, table) {
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
        const candidates = table.byFirst.get(tokens[i]);
        if (!candidates)
            continue;
        for (const { tokens: phrase, joined, term } of candidates) {
            let k = 1;
            while (k < phrase.length && tokens[i + k] === phrase[k])
                k++;
            if (k === phrase.length) {
                out.push({ term, phrase: joined });
                i += phrase.length - 1;
                break;
            }
        }
    }
    return out;
}
/** Platforms, services and tools named in `text`, longest phrase first at each position. */
function findTerms(text) {
    return vocabulary_scan(vocabularyTokens(text), TERM_TABLE);
}
/** `findTerms` of a text already split (`tokenize(text).tokens`). */
function findTermsIn(tokens) {
    return vocabulary_scan(tokens, TERM_TABLE);
}
/** Platforms named by log-source words (`cloudtrail`, `activitylogs`) in `text`. */
function findLogSources(text) {
    return vocabulary_scan(vocabularyTokens(text), LOG_SOURCE_TABLE);
}
/** `findLogSources` of a text already split (`tokenize(text).tokens`). */
function findLogSourcesIn(tokens) {
    return vocabulary_scan(tokens, LOG_SOURCE_TABLE);
}
const BY_KIND_ALIAS = new Map();
for (const term of ALL_TERMS) {
    for (const alias of [term.id, ...term.aliases]) {
        const key = `${term.kind}:${vocabularyTokens(alias).join(' ')}`;
        if (!BY_KIND_ALIAS.has(key))
            BY_KIND_ALIAS.set(key, term);
    }
}
function canonical(kind, value) {
    const words = vocabularyTokens(value).join(' ');
    return BY_KIND_ALIAS.get(`${kind}:${words}`)?.id ?? value.trim().toLowerCase();
}
/** `o365` -> `m365`, `Google Workspace` -> `google-workspace`; unknown values lower-cased. */
function canonicalPlatform(value) {
    return canonical('platform', value);
}
/** `amazon s3` -> `s3`, `azure storage` -> `blob-storage`; unknown values lower-cased. */
function canonicalService(value) {
    return canonical('service', value);
}
/** `S3 Browser` -> `s3 browser`, `PnPPS` -> `pnp powershell`; unknown values lower-cased. */
function canonicalTool(value) {
    return canonical('tool', value);
}
/** True for tools that are API clients (see VocabularyTerm.client). */
function isClientTool(id) {
    return BY_KIND_ALIAS.get(`tool:${vocabularyTokens(id).join(' ')}`)?.client === true;
}
/** The platform of a canonical service or tool id, if it belongs to one. */
function platformOf(kind, id) {
    return BY_KIND_ALIAS.get(`${kind}:${vocabularyTokens(id).join(' ')}`)?.platform;
}
/**
 * Service of an API endpoint host as CloudTrail `eventSource` / GCP `serviceName` write it:
 * `s3.amazonaws.com` -> s3 (aws), `pubsub.googleapis.com` -> pubsub (gcp).
 */
function serviceOfHost(host) {
    let service = HOST_CACHE.get(host);
    if (service === undefined) {
        if (HOST_CACHE.size >= HOST_CACHE_LIMIT)
            HOST_CACHE.clear();
        service = hostService(host);
        HOST_CACHE.set(host, service);
    }
    return service;
}
/** Hosts already seen: rules name the same few endpoints. */
const HOST_CACHE = new Map();
const HOST_CACHE_LIMIT = 10_000;
function hostService(host) {
    const h = host.trim().toLowerCase().replace(/^["']|["']$/g, '');
    const aws = /^([a-z0-9-]+)\.amazonaws\.com$/.exec(h);
    if (aws)
        return { platform: 'aws', service: canonicalService(aws[1]) };
    const gcp = /^([a-z0-9-]+)\.googleapis\.com$/.exec(h);
    if (gcp) {
        const name = gcp[1];
        if (name === 'storage')
            return { platform: 'gcp', service: 'gcs' };
        if (name === 'drive')
            return { platform: 'google-workspace', service: 'drive' };
        return { platform: 'gcp', service: canonicalService(name) };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/match/evidence.ts




/** Data sources of host, endpoint and network telemetry (no cloud audit log), as the formats write them. */
const HOST_DATA_SOURCE = /\b(?:product:(?:windows|linux|macos|zeek)|category:(?:proxy|webserver|firewall|dns|antivirus|process_creation|file_\w+|registry_\w+|network_connection|image_load|dns_query|ps_\w+|pipe_created|driver_load|create_remote_thread|process_access)|sysmon|winlogbeat|logs-endpoint|logs-windows|auditd)\b/i;
/**
 * Query fields that name the API call or event a rule selects, by their last path segments:
 * CloudTrail `eventName`, ECS `event.action`, O365/Azure `Operation`, `OperationName`(`Value`),
 * GCP `methodName` (Sigma's `gcp.audit.method_name`), UDM `metadata.product_event_type`, Kubernetes audit `verb`.
 */
const OPERATION_FIELD = /(?<![\w.$-])((?:[$\w-]+\.)*(?:eventName|event\.action|OperationNameValue|OperationName|Operation|methodName|method_name|product_event_type|verb))(?:\|[\w|]+)?(?![\w.])\s*(?:(==|=~|!=|!~|:|=)|\s(in~?|!in~?|has_any|has|contains|startswith|in_list)\b)/gi;
/** `not <field>` or `NOT <field>` just before the match: the rule excludes these values. */
const NEGATION_BEFORE = /(?:\bnot|!)\s*\(?\s*$/i;
/** `s3.amazonaws.com`, `pubsub.googleapis.com` anywhere in a query. */
const SERVICE_HOST = /\b[a-z0-9-]+\.(?:amazonaws|googleapis)\.com\b/gi;
/** SPL macros (`cloudtrail`) name log sources, not services: they give a platform only. */
const SPL_MACRO = /`[^`\n]*`/g;
/** Operation-like words in prose: API names in CamelCase (`CreateTrail`, `PutBucketAcl`, `GetBlob`). */
const PROSE_OPERATION = /\b(?:Create|Update|Delete|Put|Get|List|Set|Describe|Start|Stop|Attach|Detach|Modify|Export|Import|Copy|Restore|Download|Upload|Subscribe|Publish|Search|Scan|Select|Add|Remove|Enable|Disable|Invoke|Run|Assume|Share|File)[A-Z][A-Za-z0-9]*\b|\bScan\b|\bSubscribe\b/g;
/** Words that are query syntax, never values. */
const QUERY_WORDS = new Set(['or', 'and', 'not', 'in', 'null', 'true', 'false', 'is']);
/**
 * A field name before its operator (`user_agent.original:`, `EventName ==`, `eventName:` in YAML).
 * It starts only where a name can start: the operator must follow the whole run of name
 * characters, so starting inside one finds nothing, and tried at each of its characters the
 * search was quadratic in the run's length.
 */
const FIELD_BEFORE_OPERATOR = /(?<![$\w.|-])[$\w.|-]+(?=\s*(?:==|=~|!=|!~|:|=|\s(?:in~?|IN|has_any|has|contains|startswith)\b))/g;
/**
 * The query without its field names: its words then say what the rule selects ("AccessDenied",
 * "Principal=*"), not how the log is shaped (every CloudTrail query has a `user_agent` field).
 */
function queryValues(query) {
    return query.replace(FIELD_BEFORE_OPERATOR, ' ');
}
/**
 * Clauses that exclude what they name: `not field: value`, `NOT field=value`, `field != value`,
 * Kusto's `!in`, `!has`, `!contains`, `!startswith`. Their values are what the rule does not select.
 * A clause that starts with its field starts where a name does (see FIELD_BEFORE_OPERATOR): one
 * found from inside a name would have been found from its start.
 */
const NEGATED_CLAUSE = new RegExp([
    String.raw `\bnot\s+\(?\s*[$\w.@-]+\s*(?::|==|=~|=|\s+in~?\b|\s+like\b|\s+has\b|\s+contains\b)\s*(?:\([^)]*\)|\[[^\]]*\]|"(?:[^"\\]|\\.)*"|'[^']*'|[^\s)]+)`,
    String.raw `(?<![$\w.@-])[$\w.@-]+\s*(?:!=|!~|!in~?|!has(?:_any)?|!contains|!startswith|!endswith)\s*(?:\([^)]*\)|\[[^\]]*\]|"(?:[^"\\]|\\.)*"|'[^']*'|[^\s)]+)`,
    // ES|QL, SPL, KQL: `field NOT IN (...)`, `field not like "x"`; a negated call `NOT STARTS_WITH(f, "x")`.
    String.raw `(?<![$\w.@-])[$\w.@-]+\s+not\s+(?:in|like|rlike|match)\b\s*(?:\([^)]*\)|"(?:[^"\\]|\\.)*"|'[^']*'|[^\s)]+)`,
    String.raw `\bnot\s+[a-z_]+\s*\([^)]*\)`,
].join('|'), 'gi');
const NOT_WORD = /not/i;
/**
 * The query split in one pass: without the clauses that exclude values (what it selects), and
 * those clauses joined (what it already filters out). See NEGATED_CLAUSE.
 */
function splitNegations(query) {
    // Every clause has a `!` or a `not` (ASCII letters in any case: the pattern has no `u` flag).
    if (!query.includes('!') && !NOT_WORD.test(query))
        return { selected: query, filtered: '' };
    let selected = '';
    const filtered = [];
    let from = 0;
    for (const m of query.matchAll(NEGATED_CLAUSE)) {
        selected += `${query.slice(from, m.index)} `;
        filtered.push(m[0]);
        from = m.index + m[0].length;
    }
    return from === 0 ? { selected: query, filtered: '' } : { selected: selected + query.slice(from), filtered: filtered.join('\n') };
}
/** Keys under which an operation is matched: the whole name and, for dotted method names, the method. */
function operationKeys(operation) {
    const lower = operation.trim().toLowerCase();
    if (lower === '')
        return [];
    const keys = [lower];
    // S3 server access logs write the API call as `REST.GET.OBJECT`: the same call as `GetObject`.
    const rest = /^rest\.([a-z]+)\.([a-z_]+)$/.exec(lower);
    if (rest)
        keys.push(`${rest[1]}${rest[2].replace(/_/g, '')}`);
    if (!lower.includes('/') && lower.includes('.')) {
        const last = lower.slice(lower.lastIndexOf('.') + 1);
        if (last !== '' && !last.includes('*'))
            keys.push(last);
    }
    return keys;
}
/** The values written after an operator at `start`: `"X"`, `X`, `(A or B)`, `("A", "B")`, `/A|B/`, a YAML list. */
function valuesAt(query, start) {
    let i = start;
    while (i < query.length && (query[i] === ' ' || query[i] === '\t'))
        i++;
    const c = query[i];
    if (c === undefined)
        return [];
    if (c === '(' || c === '[') {
        const close = c === '(' ? ')' : ']';
        let depth = 0;
        let j = i;
        for (; j < query.length; j++) {
            if (query[j] === c)
                depth++;
            else if (query[j] === close && --depth === 0)
                break;
        }
        return listValues(query.slice(i + 1, j));
    }
    if (c === '"' || c === "'") {
        const end = query.indexOf(c, i + 1);
        return [query.slice(i + 1, end === -1 ? undefined : end)];
    }
    if (c === '/') {
        const end = query.indexOf('/', i + 1);
        const body = query.slice(i + 1, end === -1 ? undefined : end);
        return body.replace(/[()^$]/g, '').split('|');
    }
    if (c === '\n' || c === '\r') {
        // A YAML sequence under the key (Sigma): `eventName:\n  - 'GetObject'`.
        const out = [];
        for (const line of query.slice(i).split(/\r?\n/).slice(1)) {
            const m = /^\s*-\s+(.*)$/.exec(line);
            if (!m)
                break;
            out.push(m[1].trim().replace(/^["']|["']$/g, ''));
        }
        return out;
    }
    const bare = /^[^\s)(,|]+/.exec(query.slice(i));
    return bare ? [bare[0]] : [];
}
/** Quoted or bare values of a list, without the `or`/`and` that join them. */
function listValues(body) {
    const out = [];
    for (const m of body.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s,()"']+)/g)) {
        const bare = m[3];
        if (bare !== undefined && QUERY_WORDS.has(bare.toLowerCase()))
            continue;
        out.push(m[1] ?? m[2] ?? bare ?? '');
    }
    return out;
}
function usableOperation(value) {
    const v = value.trim();
    return v !== '' && v.length <= 200 && /[A-Za-z]/.test(v) && !/^[*?]+$/.test(v) && !v.startsWith('$') && !/\s/.test(v);
}
/** Operations the query selects, in order of appearance, without those it excludes. */
function queryOperations(query) {
    const out = [];
    const seen = new Set();
    for (const m of query.matchAll(OPERATION_FIELD)) {
        const operator = m[2] ?? m[3] ?? '';
        if (operator.startsWith('!'))
            continue;
        if (NEGATION_BEFORE.test(query.slice(Math.max(0, m.index - 12), m.index)))
            continue;
        const field = m[1];
        for (const raw of valuesAt(query, m.index + m[0].length)) {
            const value = raw.trim();
            if (!usableOperation(value))
                continue;
            const key = value.toLowerCase();
            if (seen.has(key))
                continue;
            seen.add(key);
            out.push({ value: key, shown: value, origin: 'query', field });
        }
    }
    return out;
}
/**
 * A Sigma detection without the selections its condition negates (`selection and not filter`):
 * the operations a filter names are the ones the rule does not watch. `negatedOnly`: those
 * selections alone, what the rule filters out.
 */
function sigmaSelections(detectionYaml, negatedOnly = false) {
    const { selected, filtered } = splitSigmaSelections(detectionYaml);
    return negatedOnly ? filtered : selected;
}
/** `sigmaSelections` both ways in one pass: what the detection selects and what it filters out. */
function splitSigmaSelections(detectionYaml) {
    const blocks = [{ name: '', text: '' }];
    for (const line of detectionYaml.split(/\r?\n/)) {
        const key = /^([^\s:#][^:]*):/.exec(line);
        if (key)
            blocks.push({ name: key[1].trim(), text: '' });
        blocks[blocks.length - 1].text += `${line}\n`;
    }
    const condition = blocks.find((b) => b.name === 'condition')?.text ?? '';
    const negated = [...condition.matchAll(/\bnot\s+(?:(?:1|all)\s+of\s+)?([\w*-]+)/gi)].map((m) => {
        const pattern = m[1].replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
        return new RegExp(`^${pattern}$`);
    });
    let selected = '';
    let filtered = '';
    for (const b of blocks) {
        if (b.name === 'condition')
            continue;
        if (negated.some((n) => n.test(b.name)))
            filtered += b.text;
        else
            selected += b.text;
    }
    return { selected, filtered };
}
/** API names in prose, minus product names that look like them (`SharePoint`, `FileZilla`). */
function proseOperations(text, origin) {
    return [...text.matchAll(PROSE_OPERATION)]
        .filter((m) => findTerms(m[0]).length === 0)
        .map((m) => ({ value: m[0].toLowerCase(), shown: m[0], origin }));
}
function add(list, item) {
    if (!list.some((x) => x.value === item.value))
        list.push(item);
}
function noMentions() {
    return { platforms: [], services: [], tools: [] };
}
/** Adds vocabulary matches; a service names its platform too (`Amazon S3` is AWS). */
function fromMatches(matches, origin, into) {
    for (const { term, phrase } of matches) {
        const item = { value: term.id, shown: phrase, origin };
        if (term.kind === 'platform')
            add(into.platforms, item);
        else if (term.kind === 'service')
            add(into.services, item);
        else
            add(into.tools, item);
        if (term.kind === 'service' && term.platform)
            add(into.platforms, { value: term.platform, shown: phrase, origin });
    }
}
/** Services named by words whose meaning depends on the platform (`bucket` is S3 on AWS). */
function platformServices(tokens, platforms, origin) {
    const out = [];
    for (const word of new Set(tokens)) {
        const byPlatform = PLATFORM_SERVICES[word];
        if (!byPlatform)
            continue;
        for (const p of platforms) {
            const service = byPlatform[p.value];
            if (service)
                out.push({ value: service, shown: word, origin });
        }
    }
    return out;
}
/** Platforms whose logs carry each other's services. */
const PLATFORM_NEIGHBOURS = {
    kubernetes: ['aws', 'azure', 'gcp'],
    gcp: ['google-workspace'],
    'google-workspace': ['gcp'],
    azure: ['m365'],
    m365: ['azure'],
};
/** Keeps free-text mentions whose platform the rule is about (or any, when its platform is unknown). */
function compatible(item, kind, platforms) {
    const platform = platformOf(kind, item.value);
    return platform === undefined || platforms.length === 0 || platforms.some((p) => p.value === platform);
}
function extractEvidence(detection) {
    // A format with no query in its files (Panther keeps logic in Python) may pass the
    // description as the query: it is then prose, not what the rule selects.
    const query = detection.query === detection.description ? '' : detection.query;
    const description = withoutFalsePositives(detection);
    // Each text is split into words once, for the vocabulary, the comparable words and the cues.
    const queryTokens = tokenize(query);
    const queryWithoutMacros = query.includes('`') ? query.replace(SPL_MACRO, ' ') : query;
    const macroFreeTokens = queryWithoutMacros === query ? queryTokens : tokenize(queryWithoutMacros);
    const dataSourceText = detection.dataSources.join('\n');
    const dataSourceTokens = tokenize(dataSourceText).tokens;
    const titleTokens = tokenize(detection.title);
    const descriptionTokens = tokenize(description);
    const prose = [
        ['title', detection.title, titleTokens.tokens],
        ['description', description, descriptionTokens.tokens],
    ];
    // Each place the rule can name its subject, most reliable first: what it reads, then its prose.
    const dataSource = noMentions();
    fromMatches(findTermsIn(dataSourceTokens), 'data source', dataSource);
    fromMatches(findLogSourcesIn(dataSourceTokens), 'data source', dataSource);
    const fromQuery = noMentions();
    // Every host SERVICE_HOST matches has one of these, in some case.
    const hosts = queryTokens.lower.includes('amazonaws') || queryTokens.lower.includes('googleapis');
    for (const m of hosts ? query.matchAll(SERVICE_HOST) : []) {
        const host = serviceOfHost(m[0]);
        if (!host)
            continue;
        add(fromQuery.services, { value: host.service, shown: m[0], origin: 'query' });
        add(fromQuery.platforms, { value: host.platform, shown: m[0], origin: 'query' });
    }
    fromMatches(findTermsIn(macroFreeTokens.tokens), 'query', fromQuery);
    fromMatches(findLogSourcesIn(queryTokens.tokens), 'query', fromQuery);
    const fromProse = prose.map(([origin, , tokens]) => {
        const found = noMentions();
        fromMatches(findTermsIn(tokens), origin, found);
        return found;
    });
    // The platform comes from the first place that names one: a query's search terms or a
    // description's comparisons must not add platforms to a rule whose data source is known.
    const evidence = emptyEvidence();
    for (const tier of [dataSource, fromQuery, ...fromProse]) {
        if (tier.platforms.length > 0) {
            evidence.platforms.push(...tier.platforms);
            break;
        }
    }
    // Services: what the rule reads first; a word that needs the platform (`bucket`) next; its prose last.
    for (const tier of [dataSource, fromQuery]) {
        for (const s of tier.services) {
            if (!compatible(s, 'service', evidence.platforms)) {
                // A service of a neighbouring platform still counts (Azure Arc on a Kubernetes audit
                // log, Drive in GCP audit logs) and brings its platform along.
                const platform = platformOf('service', s.value);
                if (!platform || !evidence.platforms.some((p) => PLATFORM_NEIGHBOURS[p.value]?.includes(platform)))
                    continue;
                add(evidence.platforms, { value: platform, shown: s.shown, origin: s.origin });
            }
            add(evidence.services, s);
        }
    }
    const onePlatform = evidence.platforms.length > 0 && evidence.platforms.every((p) => p.value === evidence.platforms[0].value);
    if (evidence.services.length === 0 && onePlatform) {
        for (const [origin, tokens] of [['data source', dataSourceTokens], ['query', macroFreeTokens.tokens]]) {
            for (const s of platformServices(tokens, evidence.platforms, origin))
                add(evidence.services, s);
        }
    }
    if (evidence.services.length === 0) {
        for (const tier of fromProse) {
            for (const s of tier.services)
                if (compatible(s, 'service', evidence.platforms))
                    add(evidence.services, s);
        }
    }
    if (evidence.services.length === 0 && onePlatform) {
        for (const [origin, , tokens] of prose)
            for (const s of platformServices(tokens, evidence.platforms, origin))
                add(evidence.services, s);
    }
    for (const tier of [dataSource, fromQuery, ...fromProse]) {
        for (const t of tier.tools)
            if (compatible(t, 'tool', evidence.platforms))
                add(evidence.tools, t);
    }
    const sigma = detection.format === 'sigma';
    const { selected, filtered } = sigma ? splitSigmaSelections(query) : splitNegations(query);
    evidence.operations = queryOperations(sigma ? selected : query);
    evidence.operationsFromQuery = evidence.operations.length > 0;
    if (!evidence.operationsFromQuery) {
        for (const [origin, text] of prose)
            for (const op of proseOperations(text, origin))
                add(evidence.operations, op);
    }
    // The words of the whole rule, and the texts scenario cues are looked for in.
    const selectedText = ruleText('query', queryValues(selected), selected);
    const words = new Set();
    const titleText = { origin: 'title', raw: detection.title, lower: titleTokens.lower, words: termsOf(titleTokens.words), within: words };
    const descriptionText = {
        origin: 'description',
        raw: description,
        lower: descriptionTokens.lower,
        words: termsOf(descriptionTokens.words),
        within: words,
    };
    const queryWords = selected === query ? selectedText.words : terms(queryValues(query));
    for (const w of titleText.words)
        words.add(w);
    for (const w of descriptionText.words)
        words.add(w);
    for (const w of queryWords)
        words.add(w);
    if (selected === query) {
        selectedText.lower = queryTokens.lower;
        selectedText.within = words;
    }
    evidence.words = words;
    // A host or network log source decides, whatever the query's values name: a process rule whose
    // command line mentions `OneDrive.exe` or a blob URL is no rule on OneDrive or Blob Storage.
    evidence.hostOnly = dataSource.platforms.length === 0 && HOST_DATA_SOURCE.test(dataSourceText);
    evidence.negated = filtered === '' ? NOTHING_FILTERED : ruleText('query', queryValues(filtered), filtered);
    evidence.texts = [selectedText, titleText, descriptionText];
    evidence.resourceState = detection.evaluates === 'resources';
    evidence.queryless = query.trim() === '';
    const saysClients = /\b(?:clients?|user[\s-]?agents?)\b/i.test(detection.title);
    const queryClients = fromQuery.tools.filter((tool) => isClientTool(tool.value));
    // One client named in the prose makes the query's list of clients the rule's restriction.
    const inProse = (tool) => fromProse.some((tier) => tier.tools.some((t) => t.value === tool.value));
    evidence.clients = saysClients || queryClients.some(inProse) ? queryClients : [];
    return evidence;
}
/**
 * The description without the false positives it documents (Sentinel and Panther keep them
 * there): what a rule says about its benign triggers, or what a fix wrote, is not what it detects.
 */
function withoutFalsePositives(detection) {
    const items = detection.falsePositives.filter((s) => s.source === 'description').flatMap((s) => s.items);
    if (items.length === 0)
        return detection.description;
    let text = detection.description.replace(/\s+/g, ' ');
    for (const item of items)
        text = text.split(item.text.replace(/\s+/g, ' ')).join(' ');
    return text;
}
const NOTHING_FILTERED = { origin: 'query', raw: '', words: [] };
function emptyEvidence() {
    return {
        platforms: [],
        services: [],
        operations: [],
        operationsFromQuery: false,
        tools: [],
        words: new Set(),
        hostOnly: false,
        texts: [],
        negated: NOTHING_FILTERED,
        queryless: false,
        resourceState: false,
        clients: [],
    };
}

;// CONCATENATED MODULE: ./src/match/relevance.ts




/** True when `term` only names platforms, services or the entry's own `tools`. */
function repeatsAppliesTo(term, tools) {
    const matches = findTerms(term);
    const words = vocabularyTokens(term).length;
    return (matches.length > 0 &&
        matches.every((m) => m.term.kind !== 'tool' || tools.has(m.term.id)) &&
        matches.reduce((n, m) => n + m.phrase.split(' ').length, 0) === words);
}
/** Score of each kind of match; an operation says most about what a rule watches, a word least. */
const WEIGHTS = { operation: 8, tool: 4, scenario: 4, service: 3, platform: 1, term: 1 };
/**
 * How much a match counts by where the rule says it: what the rule reads (query, data source)
 * fully; its title less; its description, which also compares and explains, least.
 */
const ORIGIN_WEIGHTS = { query: 1, 'data source': 1, title: 0.75, description: 0.5 };
/** At most this many entry terms count: a long list of terms must not outweigh an operation. */
const MAX_TERMS_COUNTED = 3;
/**
 * An entry with neither operation nor tool is specific to a rule only through its words: one
 * shared word ("enumeration") is a hint, two ("AccessDenied", "external account") are evidence.
 */
const MIN_TERMS_FOR_HIGH = 2;
function push(map, key, position) {
    const list = map.get(key);
    if (!list)
        map.set(key, [position]);
    else if (list[list.length - 1] !== position)
        list.push(position);
}
function buildCatalogIndex(entries) {
    // An entry's words: its text, and the services, tools and terms it applies to (an item that
    // says "CloudTrail" speaks of the trail entry even though its text only says "trail").
    const texts = entries.map((e) => terms(`${e.text} ${e.insert} ${appliesToText(e)} ${scenarioText(e)}`));
    const idf = buildIdf(texts);
    const byOperation = new Map();
    const byService = new Map();
    const byTool = new Map();
    const byTermWord = new Map();
    const byWord = new Map();
    const indexed = entries.map((entry, position) => {
        const a = entry.appliesTo;
        const operations = new Set(a.operations.flatMap(operationKeys));
        const tools = new Set(a.tools.map(canonicalTool));
        // A term that only names a platform, a service or one of the entry's tools (`pub/sub`,
        // `oauth`) repeats `appliesTo`; counted again, it would make any rule on that service look specific.
        const entryTerms = a.terms
            .filter((term) => !repeatsAppliesTo(term, tools))
            .map((term) => ({ term, words: terms(term) }))
            .filter((t) => t.words.length > 0);
        const services = new Set(a.services.map(canonicalService));
        for (const key of operations.keys())
            push(byOperation, key, position);
        for (const s of services)
            push(byService, s, position);
        for (const t of tools)
            push(byTool, t, position);
        for (const t of entryTerms)
            push(byTermWord, t.words[0], position);
        const s = entry.scenario;
        const gist = [...terms(sentences(entry.insert)[0] ?? entry.insert), ...terms(appliesToText(entry)), ...terms(scenarioText(entry))];
        for (const w of new Set(gist))
            push(byWord, w, position);
        return {
            entry,
            position,
            platforms: new Set(a.platforms.map(canonicalPlatform)),
            services,
            operations,
            tools,
            terms: entryTerms,
            gist: vectorize(gist, idf),
            evidence: cues(s.evidence),
            excludes: cues(s.excludes),
            anchors: anchorsOf(entry),
            actions: actionsOf(`${sentences(entry.insert)[0] ?? entry.insert} ${s.summary}`),
        };
    });
    return { entries: indexed, idf, byOperation, byService, byTool, byTermWord, byWord };
}
function scenarioText(entry) {
    const s = entry.scenario;
    return [s.summary, ...s.evidence.filter((p) => prepareCue(p)?.literal === null), ...s.words].join(' ');
}
/**
 * Phrases of the scenario an item must contain one of, whole, to cover the entry: its evidence
 * and other words, its tools and, when the scenario is the operation itself, the words that name
 * the operation's subject. Whole phrases: "compliance search" is an anchor, "compliance" is not.
 */
function anchorsOf(entry) {
    const s = entry.scenario;
    const a = entry.appliesTo;
    if (s.evidence.length === 0 && s.words.length === 0 && !s.anyRule)
        return [];
    const subject = s.anyRule ? [...a.services, ...a.terms] : [];
    return cues([...s.evidence, ...s.words, ...a.tools, ...subject]).filter((c) => c.literal === null && !c.all);
}
/**
 * Verbs of false-positive texts by the action they name (Porter stems of the words as written:
 * `subscribe` and `subscription` differ here). An entry about creating trails is not covered by
 * an item about deleting them, however alike their other words. Ambiguous verbs stay out
 * ("opening a file" reads it, "opening a container to the public" enables access).
 */
const ACTIONS = {
    creat: 'create', add: 'create', launch: 'launch', delet: 'delete', remov: 'delete', purg: 'delete',
    updat: 'update', chang: 'update', modifi: 'update', download: 'read', retriev: 'read', read: 'read',
    fetch: 'read', pull: 'read', view: 'read', upload: 'write', write: 'write', push: 'write',
    export: 'export', import: 'import', subscrib: 'subscribe', unsubscrib: 'unsubscribe', publish: 'publish',
    enabl: 'enable', disabl: 'disable', stop: 'disable', share: 'share', search: 'search', queri: 'search',
    scan: 'scan', consent: 'consent', rotat: 'rotate',
};
/** A verb before these words qualifies them ("read access", "write permissions"): no action. */
const QUALIFIED = new Set(['access', 'permission', 'permissions', 'only', 'acl', 'acls', 'rights']);
function actionsOf(text) {
    return actionsIn(vocabularyTokens(text));
}
/** `actionsOf` a text already split (`tokenize(text).tokens`). */
function actionsIn(words) {
    const out = new Set();
    for (let i = 0; i < words.length; i++) {
        const action = ACTIONS[stem(words[i])];
        if (action && !QUALIFIED.has(words[i + 1] ?? ''))
            out.add(action);
    }
    return out;
}
function cues(phrases) {
    return phrases.flatMap((p) => prepareCue(p) ?? []);
}
/** `appliesTo` as words: services, tools, terms, and the API names that are one word (`UpdateTrail`). */
function appliesToText(entry) {
    const a = entry.appliesTo;
    return [...a.services, ...a.tools, ...a.terms, ...a.operations.filter((o) => /^[a-z0-9]+$/.test(o))].join(' ');
}
const GENERIC_OPERATIONS = new Set(['get', 'list', 'watch', 'create', 'update', 'patch', 'delete']);
function firstShared(items, values) {
    return items.find((i) => values.has(i.value));
}
/**
 * Ranks the entries that apply to a rule, most relevant first, and says which were excluded.
 *
 * Relevance (the entry concerns what the rule watches):
 * - A platform mismatch excludes: an entry for AWS never applies to a GCP rule, and an entry
 *   about a cloud platform never applies to a rule on host logs (Windows, Linux, Sysmon).
 * - A service mismatch excludes, unless an operation or a tool matches: an SNS entry does not
 *   apply to an S3 rule.
 * - An operation mismatch excludes when the query names its operations: a CreateTrail rule does
 *   not get the UpdateTrail entry.
 *
 * Scenario (the entry's benign actor, tool or mechanism could be what fires the rule):
 * - Contradicting evidence excludes: a cue of `scenario.excludes` in what the rule selects or its
 *   title (an anonymous-requester rule never sees CI/CD identities), a rule that names the
 *   clients it watches when the entry is about another client, a configuration policy when the
 *   entry is about activity.
 * - `high` needs the rule's own evidence for the scenario: a cue of `scenario.evidence` or one of
 *   the entry's tools in its query, title or description, with the operation (or, for an entry
 *   about no operation, the service); or an `anyRule` entry whose specific operation the query
 *   selects. An operation alone gives at most `medium`: it says where the scenario would happen,
 *   not that it does.
 */
function rankEntries(evidence, index) {
    const candidates = new Set();
    const collect = (map, key) => {
        const positions = map.get(key);
        if (positions !== undefined)
            for (const p of positions)
                candidates.add(p);
    };
    // Keys of each operation of the rule, in the order of `evidence.operations`.
    const operationKeyLists = evidence.operations.map((op) => operationKeys(op.value));
    for (const keys of operationKeyLists)
        for (const key of keys)
            collect(index.byOperation, key);
    for (const s of evidence.services)
        collect(index.byService, s.value);
    for (const t of evidence.tools)
        collect(index.byTool, t.value);
    // The smaller side is walked: a long description has more words than the catalog has terms.
    if (evidence.words.size <= index.byTermWord.size)
        for (const w of evidence.words)
            collect(index.byTermWord, w);
    else
        for (const w of index.byTermWord.keys())
            if (evidence.words.has(w))
                collect(index.byTermWord, w);
    const platforms = new Set(evidence.platforms.map((p) => p.value));
    // Where contradicting cues are looked for: what the rule selects and its title, not its description.
    const selecting = evidence.texts.filter((t) => t.origin !== 'description');
    const ranked = [];
    const excluded = [];
    for (const position of [...candidates].sort((a, b) => a - b)) {
        const indexed = index.entries[position];
        const r = judge(evidence, operationKeyLists, platforms, selecting, indexed);
        if (r && 'confidence' in r)
            ranked.push(r);
        else if (r)
            excluded.push(r);
    }
    // A query that singles out one scenario with its operation (reads of secret-named objects, by
    // a client) does not watch its service broadly: the broad entries are no longer in reach.
    if (ranked.some((r) => r.selected && r.confidence === 'high')) {
        for (let i = ranked.length - 1; i >= 0; i--) {
            const r = ranked[i];
            if (r.broad) {
                excluded.push({ indexed: r.indexed, reason: 'the query singles out the scenario of another entry, so it does not watch its service broadly' });
                ranked.splice(i, 1);
            }
        }
        excluded.sort((a, b) => a.indexed.position - b.indexed.position);
    }
    ranked.sort((a, b) => (a.confidence === b.confidence ? 0 : a.confidence === 'high' ? -1 : 1) ||
        b.score - a.score ||
        a.indexed.position - b.indexed.position);
    return { ranked, excluded };
}
function describeOperation(operation) {
    return operation.origin === 'query' ? `query matches ${operation.field ?? 'operation'} ${operation.shown}` : `${operation.origin} mentions ${operation.shown}`;
}
function describeCue(hit) {
    return `${hit.origin} ${hit.origin === 'query' ? 'selects' : 'says'} "${hit.cue.phrase}"`;
}
function scenarioOf(e) {
    return e.entry.scenario.summary || e.entry.id;
}
function judge(evidence, operationKeyLists, platforms, selecting, e) {
    // A PowerShell rule on Windows endpoints shares a tool with a SharePoint entry, not its subject.
    if (evidence.hostOnly && e.platforms.size > 0)
        return null;
    const platformKnown = e.platforms.size > 0 && platforms.size > 0;
    const platformMatch = platformKnown && sharesAny(e.platforms, platforms);
    if (platformKnown && !platformMatch)
        return null;
    const service = firstShared(evidence.services, e.services);
    // A CRUD verb (`verb: create` in a Kubernetes audit rule) names no subject: it counts only
    // when the entry's service matches too, or every audit rule would get the Arc entries.
    const operationAt = evidence.operations.findIndex((_, i) => operationKeyLists[i].some((k) => e.operations.has(k) && (!GENERIC_OPERATIONS.has(k) || !!service)));
    const operation = operationAt === -1 ? undefined : evidence.operations[operationAt];
    const specificOperation = !!operation && operationKeyLists[operationAt].some((k) => e.operations.has(k) && !GENERIC_OPERATIONS.has(k));
    const tool = firstShared(evidence.tools, e.tools);
    const matchedTerms = termsIn(e.terms, evidence.words);
    if (e.services.size > 0 && evidence.services.length > 0 && !service && !operation && !tool)
        return null;
    if (e.operations.size > 0 && evidence.operationsFromQuery && !operation)
        return null;
    // Broad only when what the rule reads is the service (its data source or event source), not
    // when its prose mentions it.
    const serviceWide = !operation && !tool && !!service && (service.origin === 'data source' || service.origin === 'query') && e.entry.scenario.serviceWide && watchesAnyAccess(evidence);
    // The rule's own evidence for the scenario: one of its phrases in the query, title or description.
    const cue = findCue(e.evidence, evidence.texts);
    if (!operation && !tool && !serviceWide) {
        // A shared service alone says little (every S3 rule shares it): one of the entry's own words
        // or scenario phrases must appear too. Words alone apply only an entry about no service, on
        // the rule's platform, and only several of them.
        const wordsOnly = e.services.size === 0 && platformMatch && matchedTerms.length >= 2;
        if (service ? matchedTerms.length === 0 && !cue : !wordsOnly)
            return null;
    }
    // Contradictions: the rule cannot see the scenario happen.
    const scenario = e.entry.scenario;
    if (evidence.resourceState && !scenario.resourceState) {
        return { indexed: e, reason: `the rule evaluates resource configuration; the entry is about activity (${scenarioOf(e)})` };
    }
    const contradiction = findCue(e.excludes, selecting);
    if (contradiction)
        return { indexed: e, reason: `${describeCue(contradiction)}, which rules out ${scenarioOf(e)}` };
    // A rule tuned for this very false positive (`NOT IN ("azure-arc")`) needs no reminder of it.
    const tunedOut = findCue(e.evidence, [evidence.negated]);
    if (tunedOut)
        return { indexed: e, reason: `query already filters out "${tunedOut.cue.phrase}" (${scenarioOf(e)})` };
    // A rule that names the clients it watches fires on those only (S3 Browser user agents never
    // show AzCopy).
    const ruleClients = evidence.clients;
    if (!tool && ruleClients.length > 0 && [...e.tools].some(isClientTool)) {
        return { indexed: e, reason: `query selects the client ${ruleClients[0].shown}; the entry is about ${[...e.tools].join(', ')}` };
    }
    if (serviceWide && ruleClients.length > 0) {
        return { indexed: e, reason: `query selects the client ${ruleClients[0].shown}; ${scenarioOf(e)} does not use it` };
    }
    // An entry written before scenarios existed (a user catalog without one) is shown by its tool
    // or two of its terms, as its words are all it has.
    const legacy = e.evidence.length === 0 && !scenario.anyRule && (matchedTerms.length >= MIN_TERMS_FOR_HIGH);
    const shown = tool
        ? `${tool.origin} mentions ${tool.shown}`
        : cue
            ? describeCue(cue)
            : legacy
                ? `rule mentions ${matchedTerms.map((t) => `"${t.term}"`).join(', ')}`
                : null;
    // A description also explains and compares: alone, with no operation of the entry selected,
    // it is no evidence (see below).
    const shownByDescription = tool ? tool.origin === 'description' : cue ? cue.origin === 'description' : false;
    // A rule restricted to some clients fires on a scenario that names none of them only in part.
    const otherClients = ruleClients.length > 0 && !ruleClients.some((c) => e.tools.has(c.value));
    let confidence;
    let reason;
    if (e.operations.size > 0) {
        if (!operation) {
            // Known only by its service or words: evidence makes it worth a note, and so does a rule
            // that watches every access to the service (see `serviceWide`). A description that only
            // mentions the scenario, in a rule that selects none of its operations, is no evidence;
            // a configuration policy, which has no query, says what it checks in its description.
            if (!shown && serviceWide)
                return { indexed: e, score: scoreOf(), confidence: 'medium', reason: serviceWideReason(), broad: true };
            if (!shown || (shownByDescription && !evidence.resourceState))
                return null;
            confidence = 'medium';
            reason = `${shown}; ${service ? `${service.origin} names ${service.shown}` : 'no operation of the entry in the query'}`;
        }
        else if (operation.origin === 'query') {
            if (shown) {
                confidence = otherClients ? 'medium' : 'high';
                reason = `${describeOperation(operation)}; ${shown}`;
            }
            else if (scenario.anyRule && specificOperation) {
                confidence = 'high';
                reason = `${describeOperation(operation)}; the entry applies to every rule on ${operation.shown}`;
            }
            else if (specificOperation) {
                confidence = 'medium';
                reason = `${describeOperation(operation)}; nothing in the rule shows ${scenarioOf(e)}`;
            }
            else {
                return null;
            }
        }
        else {
            if (!shown && !(scenario.anyRule && specificOperation))
                return null;
            // An API-like word in the prose of a rule on no known platform or service ("Nmap SYN Scan")
            // is no evidence of the entry's operation.
            if (!platformMatch && !service)
                return null;
            // A rule whose logic is not in its file (Panther's Python) says what it selects only in its
            // prose: there, an operation named with the scenario is as good as a query's.
            confidence = evidence.queryless && !otherClients ? 'high' : 'medium';
            reason = `${describeOperation(operation)}${shown ? `; ${shown}` : `; the entry applies to every rule on ${operation.shown}`}`;
        }
    }
    else {
        if (shown && shownByDescription && !evidence.resourceState && !serviceWide)
            return null;
        if (!shown) {
            if (!serviceWide)
                return null;
            return { indexed: e, score: scoreOf(), confidence: 'medium', reason: serviceWideReason(), broad: true };
        }
        confidence = platformMatch && (!!service || !!tool) && !shownByDescription && !otherClients ? 'high' : 'medium';
        reason = `${shown}${service ? `; ${service.origin} names ${service.shown}` : ''}`;
    }
    if (!platformMatch)
        confidence = 'medium';
    const selected = tool?.origin === 'query' || cue?.origin === 'query';
    return { indexed: e, score: scoreOf(), confidence, reason, selected };
    function serviceWideReason() {
        const selects = evidence.operations.length > 0 ? 'only reads of data' : 'no operation';
        return `${service.origin} names ${service.shown} and the query selects ${selects}, so ${scenarioOf(e)} would fire it`;
    }
    function scoreOf() {
        const weight = (item, full) => (item ? full * ORIGIN_WEIGHTS[item.origin] : 0);
        return (weight(operation, WEIGHTS.operation) +
            weight(tool, WEIGHTS.tool) +
            weight(service, WEIGHTS.service) +
            (platformMatch ? WEIGHTS.platform : 0) +
            (cue ? WEIGHTS.scenario * ORIGIN_WEIGHTS[cue.origin] : 0) +
            WEIGHTS.term * Math.min(MAX_TERMS_COUNTED, matchedTerms.length));
    }
}
/** Whether the two sets have a value in common. */
function sharesAny(a, b) {
    for (const x of a)
        if (b.has(x))
            return true;
    return false;
}
/** The entry terms all of whose words the rule has, in the entry's order. */
function termsIn(terms, words) {
    const out = [];
    for (const t of terms) {
        let all = true;
        for (const w of t.words) {
            if (!words.has(w)) {
                all = false;
                break;
            }
        }
        if (all)
            out.push(t);
    }
    return out;
}
/** Operations that read data or metadata: a rule selecting only these watches access, not change. */
const DATA_READ = /^(?:getobject|getblob|filedownloaded|fileaccessed|filepreviewed|filesyncdownloadedfull|rest\.get\.object|download|view|copy)$/;
/**
 * The rule watches access to its service's data broadly: it names no operation (in its query, or
 * in its prose when it has no query), or only reads of data.
 */
function watchesAnyAccess(evidence) {
    return evidence.operations.every((o) => DATA_READ.test(o.value));
}

;// CONCATENATED MODULE: ./src/match/analyze.ts






/**
 * The engine passes each detection the entries of its techniques as a fresh array; the index of
 * the same entries is reused by comparing them one by one (cheap next to rebuilding it).
 */
const INDEX_CACHE_SIZE = 8;
const indexCache = [];
function catalogIndexFor(entries) {
    for (const cached of indexCache) {
        if (cached.entries === entries)
            return cached.index;
        if (cached.entries.length === entries.length && cached.entries.every((e, i) => e === entries[i]))
            return cached.index;
    }
    const index = buildCatalogIndex(entries);
    indexCache.unshift({ entries: [...entries], index });
    if (indexCache.length > INDEX_CACHE_SIZE)
        indexCache.pop();
    return index;
}
/**
 * The item as compared: whole, and each of its sentences when it has several, so that an item
 * copying a catalog text (gist first, advice after) still meets the gist on its own.
 * `words`: the terms of the whole text, when already known.
 */
function itemVectors(text, index, words = terms(text)) {
    const whole = vectorize(words, index.idf);
    const parts = sentences(text);
    return parts.length > 1 ? [whole, ...parts.map((t) => vectorize(terms(t), index.idf))] : [whole];
}
/** Similarity of a documented item with an entry: the best of its statements against the gist. */
function entrySimilarity(item, entry) {
    let best = 0;
    for (const v of item)
        best = Math.max(best, cosine(v, entry.gist));
    return best;
}
/** Similarity of a text with the entry `entryId` of `index`, or 0 when the index has no such entry. */
function textSimilarity(text, entryId, index) {
    const entry = index.entries.find((e) => e.entry.id === entryId);
    return entry ? entrySimilarity(itemVectors(text, index), entry) : 0;
}
/**
 * Each statement of the item against the gists of the entries it shares a word with. Coverage is
 * decided per statement: a paragraph that a fix wrote from two entries covers both, each by its
 * own sentence, while one sentence covers only the entry it is closest to.
 */
function scoreItem(item, index) {
    const scores = new Map();
    const { tokens, words } = tokenize(item.text);
    const itemPlatforms = platformsNamed(tokens);
    const itemWords = termsOf(words);
    const itemActions = actionsIn(tokens);
    const anchored = anchoredEntries(itemWords, index);
    // Whether the item speaks of an entry's scenario does not depend on the statement.
    const speaks = new Map();
    for (const statement of itemVectors(item.text, index, itemWords)) {
        const similarities = new Map();
        for (const w of statement.weights.keys()) {
            const positions = index.byWord.get(w);
            if (positions === undefined)
                continue;
            for (const p of positions) {
                if (similarities.has(p))
                    continue;
                const entry = index.entries[p];
                let speaksOf = speaks.get(p);
                if (speaksOf === undefined) {
                    speaksOf = speaksOfScenario(itemPlatforms, itemActions, anchored, entry);
                    speaks.set(p, speaksOf);
                }
                similarities.set(p, speaksOf ? similarity_cosine(statement, entry.gist) : 0);
            }
        }
        let best = 0;
        for (const sim of similarities.values())
            best = Math.max(best, sim);
        for (const [p, sim] of similarities) {
            const previous = scores.get(p);
            scores.set(p, {
                similarity: Math.max(previous?.similarity ?? 0, sim),
                covers: (previous?.covers ?? false) || covers(sim, best),
            });
        }
    }
    return { item, scores };
}
/** Ids of the entries of `index` that a documented item with this text covers. */
function entriesCoveredBy(text, index) {
    const { scores } = scoreItem({ text, line: 1, endLine: 1 }, index);
    return [...scores].filter(([, s]) => s.covers).map(([p]) => index.entries[p].entry.id);
}
function analyzeDetection(detection, entries, index) {
    const catalog = index ?? catalogIndexFor(entries);
    const items = detection.falsePositives.flatMap((s) => s.items).filter((i) => !isPlaceholder(i.text));
    const scored = items.map((item) => scoreItem(item, catalog));
    const itemMatches = scored.map(({ item, scores }) => {
        // The covered entry it is closest to; the best similarity either way, for the record.
        let entryId = null;
        let coveredSimilarity = 0;
        let best = 0;
        for (const [p, score] of [...scores].sort((a, b) => a[0] - b[0])) {
            best = Math.max(best, score.similarity);
            if (score.covers && score.similarity > coveredSimilarity) {
                coveredSimilarity = score.similarity;
                entryId = catalog.entries[p].entry.id;
            }
        }
        return { item, entryId, similarity: round(best) };
    });
    const ranking = rankEntries(extractEvidence(detection), catalog);
    const relevant = ranking.ranked.map((r) => {
        // The most similar item that covers the entry; else the most similar one, for the record.
        let coveredBy = null;
        let similarity = 0;
        let covered = false;
        for (const { item, scores } of scored) {
            const score = scores.get(r.indexed.position);
            if (!score)
                continue;
            if ((score.covers && !covered) || (score.covers === covered && score.similarity > similarity)) {
                similarity = score.similarity;
                coveredBy = item;
                covered = score.covers;
            }
        }
        return {
            entryId: r.indexed.entry.id,
            score: r.score,
            confidence: r.confidence,
            reason: r.reason,
            coveredBy: covered ? coveredBy : null,
            similarity: round(similarity),
        };
    });
    const suggestions = [];
    relevant.forEach((r, i) => {
        if (r.coveredBy !== null)
            return;
        const { entry } = ranking.ranked[i].indexed;
        suggestions.push({ id: entry.id, text: entry.text, insert: entry.insert, short: entry.short, confidence: r.confidence, reason: r.reason });
    });
    const excluded = ranking.excluded.map((x) => ({ entryId: x.indexed.entry.id, reason: x.reason }));
    return { relevant, excluded, suggestions, items: itemMatches };
}
/** Platforms an item names, itself or through a service or tool of one platform (`GitHub`, `GCS`). */
function platformsNamed(tokens) {
    const out = new Set();
    for (const { term } of findTermsIn(tokens)) {
        const platform = term.kind === 'platform' ? term.id : term.platform;
        if (platform)
            out.add(platform);
    }
    return out;
}
/**
 * An item can cover an entry only when it speaks of the entry's platform (or of none), of its
 * action (or of none), and names a phrase of its scenario: "ownership transfer" shares
 * "transfer" with an AzCopy entry, not AzCopy; "deleting trails" is not "creating trails".
 * `anchored`: the positions of the entries one of whose anchors the item names (`anchoredEntries`).
 */
function speaksOfScenario(itemPlatforms, itemActions, anchored, entry) {
    if (itemPlatforms.size > 0 && entry.platforms.size > 0 && !sharesAny(itemPlatforms, entry.platforms))
        return false;
    if (itemActions.size > 0 && entry.actions.size > 0 && !sharesAny(itemActions, entry.actions))
        return false;
    return entry.anchors.length === 0 || anchored.has(entry.position);
}
/** Anchors of an index's entries by their first word, worked out once per index. */
const anchorIndexes = new WeakMap();
function anchorsByFirstWord(index) {
    let byFirst = anchorIndexes.get(index);
    if (byFirst === undefined) {
        const map = new Map();
        for (const entry of index.entries) {
            for (const cue of entry.anchors) {
                // Anchors are word cues (see relevance `anchorsOf`): found as a run of the item's words.
                const list = map.get(cue.words[0]) ?? [];
                list.push({ position: entry.position, words: cue.words });
                map.set(cue.words[0], list);
            }
        }
        anchorIndexes.set(index, (byFirst = map));
    }
    return byFirst;
}
/**
 * Positions of the entries one of whose anchors is a run of `words` (what `findCue(entry.anchors,
 * ...)` finds), looked up from the item's words: an item has a few words, a catalog many anchors.
 */
function anchoredEntries(words, index) {
    const byFirst = anchorsByFirstWord(index);
    const out = new Set();
    for (let i = 0; i < words.length; i++) {
        const anchors = byFirst.get(words[i]);
        if (anchors === undefined)
            continue;
        for (const { position, words: run } of anchors) {
            if (out.has(position) || i + run.length > words.length)
                continue;
            let k = 1;
            while (k < run.length && words[i + k] === run[k])
                k++;
            if (k === run.length)
                out.add(position);
        }
    }
    return out;
}
/** See COVER_THRESHOLD: similar enough, and not a sibling of the entry the item is really about. */
function covers(similarity, itemBest) {
    return similarity >= COVER_THRESHOLD && similarity >= itemBest - COVER_MARGIN;
}
function round(x) {
    return Math.round(x * 1000) / 1000;
}

;// CONCATENATED MODULE: ./src/lint-file.ts
/**
 * Linting one candidate file: parse it, select the detections tagged with the run's techniques,
 * analyse each against the catalog and run the checks. A pure function of the file's text and
 * the run's settings, so it gives the same outcome in the main thread and in a worker thread.
 */







/** Entries of the techniques (a sub-technique also gets its parent technique's entries). */
function entriesForTechniques(catalog, techniques) {
    return catalog.entries.filter((e) => techniques.some((t) => techniqueMatches(t, e.technique)));
}
/**
 * One-shot `crypto.hash` (Node >= 20.12) is half the cost of a `createHash` object per finding;
 * both give the same digest.
 */
const sha256Hex = typeof (external_node_crypto_default()).hash === 'function'
    ? (data) => external_node_crypto_default().hash('sha256', data, 'hex')
    : (data) => external_node_crypto_default().createHash('sha256').update(data).digest('hex');
/**
 * Entries per catalog and list of selected techniques, selected and indexed once per run, not
 * per rule (`catalogIndexFor` would find the index again by comparing the entries one by one).
 */
const selectedEntries = new WeakMap();
function entriesOf(catalog, techniques) {
    let byTechniques = selectedEntries.get(catalog);
    if (!byTechniques)
        selectedEntries.set(catalog, (byTechniques = new Map()));
    const key = techniques.join(' ');
    let selected = byTechniques.get(key);
    if (!selected) {
        const entries = entriesForTechniques(catalog, techniques);
        byTechniques.set(key, (selected = { entries, index: catalogIndexFor(entries) }));
    }
    return selected;
}
function fingerprint(parts) {
    // `parts.map((p) => p ?? '').join('\u0000')` without the intermediate array.
    let joined = parts.length > 0 ? (parts[0] ?? '') : '';
    for (let i = 1; i < parts.length; i++)
        joined += `\u0000${parts[i] ?? ''}`;
    return sha256Hex(joined).slice(0, 16);
}
/**
 * Suggestions one finding carries, and entries one fix inserts, most relevant first. A catalog
 * where thousands of entries apply to one rule would otherwise make every finding carry them
 * all (and every finding of the rule the same huge fix): 3,000 entries made a report of several
 * gigabytes. Ten is already more than any real rule documents; the rest are counted.
 */
const MAX_SUGGESTIONS_PER_FINDING = 10;
/** The fix that writes the suggestions of `confidence` or better into the rule, or null. */
function planFix(detection, analysis, confidence) {
    const format = formatById(detection.format);
    if (!format?.planFalsePositiveFix)
        return null;
    const texts = [];
    for (const s of analysis.suggestions) {
        if (texts.length === MAX_SUGGESTIONS_PER_FINDING)
            break;
        if (confidence === 'medium' || s.confidence === 'high')
            texts.push(format.falsePositiveStyle === 'phrase' ? (s.short ?? s.insert) : s.insert);
    }
    if (texts.length === 0)
        return null;
    // A field of the wrong type is the format module's to judge: it fixes what it can rewrite safely.
    const field = detection.falsePositives.find((s) => s.source === 'field');
    const replace = field && field.items.every((i) => isPlaceholder(i.text)) ? field.items : [];
    return format.planFalsePositiveFix(detection, { texts, replace });
}
const CHECK_IDS = CHECK_METAS.map((m) => m.id);
function demoted(severity) {
    return severity === 'error' ? 'warning' : 'note';
}
/** Parses a file that may carry a selected technique's tag and keeps the tagged detections. */
function parseSelected(file, techniques, includeDeprecated) {
    const out = { detections: [], problems: [], skipped: [] };
    const format = recognizeFormat(file);
    if (!format)
        return out;
    const parsed = format.parse(file);
    out.problems.push(...parsed.problems);
    for (const detection of parsed.detections) {
        if (!detection.techniques.some((t) => techniques.some((s) => techniqueMatches(t, s))))
            continue;
        if (detection.deprecated && !includeDeprecated) {
            out.skipped.push({ path: detection.path, reason: `deprecated rule "${detection.title}" skipped (use --include-deprecated to lint it)` });
            continue;
        }
        out.detections.push(detection);
    }
    return out;
}
function lintSource(file, context) {
    const parsed = parseSelected(file, context.techniques, context.includeDeprecated);
    // Read once per file: a multi-document file holds several detections; line numbers are the file's.
    const fileDirectives = parsed.detections.length ? directives(file.text) : [];
    const outcome = {
        detections: parsed.detections,
        problems: parsed.problems,
        skipped: parsed.skipped,
        analyses: [],
        findings: [],
        suppressed: [],
        directiveWarnings: fileDirectives.length ? unknownDirectiveChecks(file.path, fileDirectives, CHECK_IDS) : [],
    };
    const severityOf = (check, fallback) => context.checks[check] ?? fallback;
    for (const detection of parsed.detections) {
        const selected = detection.techniques.filter((t) => context.techniques.some((s) => techniqueMatches(t, s)));
        const { entries, index } = entriesOf(context.catalog, selected);
        const analysis = analyzeDetection(detection, entries, index);
        outcome.analyses.push(analysis);
        const fix = planFix(detection, analysis, context.fixConfidence);
        // A field the format cannot rewrite safely: the findings that would carry the fix say why.
        // Asked only once such a finding comes (most rules without a fix have none).
        // Without disable comments (most files) no finding is suppressed: no need to ask per finding.
        const mayBeSuppressed = detection.disabledChecks.length > 0 || fileDirectives.length > 0;
        let refusal = fix ? null : undefined;
        const refusalOf = () => refusal === undefined ? (refusal = formatById(detection.format)?.fixRefusal?.(detection) ?? null) : refusal;
        for (const check of CHECKS) {
            const setting = severityOf(check.meta.id, check.meta.defaultSeverity);
            if (setting === 'off')
                continue;
            const reports = check.run({ detection, entries, analysis, fix });
            for (const report of reports) {
                if (mayBeSuppressed && (isDisabled(detection.disabledChecks, check.meta.id) || isDisabledOnLine(fileDirectives, check.meta.id, report.line))) {
                    outcome.suppressed.push({ check: check.meta.id, path: detection.path, line: report.line, ruleId: detection.id });
                    continue;
                }
                // Built field by field rather than with object spreads (a third of this function's own time).
                const finding = {
                    check: check.meta.id,
                    severity: report.demote ? demoted(setting) : setting,
                    path: detection.path,
                    line: report.line,
                    column: report.column,
                    endLine: report.endLine,
                };
                if (report.endColumn !== undefined)
                    finding.endColumn = report.endColumn;
                finding.message = report.suggestions?.length && refusalOf() ? `${report.message}; not fixed automatically: ${refusalOf()}` : report.message;
                const suggestions = report.suggestions ?? [];
                if (suggestions.length <= MAX_SUGGESTIONS_PER_FINDING)
                    finding.suggestions = suggestions;
                else {
                    finding.suggestions = suggestions.slice(0, MAX_SUGGESTIONS_PER_FINDING);
                    finding.omittedSuggestions = suggestions.length - MAX_SUGGESTIONS_PER_FINDING;
                }
                if (report.fix)
                    finding.fix = report.fix;
                finding.ruleId = detection.id;
                finding.fingerprint = fingerprint([check.meta.id, detection.path, detection.id ?? String(detection.document), report.subject]);
                outcome.findings.push(finding);
            }
        }
    }
    return outcome;
}

;// CONCATENATED MODULE: ./src/lint-outcome.ts
/** V8 makes substrings and concatenations shorter than this as fresh strings. */
const MIN_SHARING_LENGTH = 13;
/**
 * A copy of `s` that keeps no other string alive. A substring of 13 characters or more is a view
 * into its parent (a 40-character title pins its 5 KB file) and a concatenation points to its
 * parts; reading a character of a two-part concatenation makes V8 copy it into one flat string
 * and let go of the parts (the garbage collector then drops the concatenation's own wrapper).
 */
function flatCopy(s) {
    if (s.length < MIN_SHARING_LENGTH)
        return s;
    const copy = s.slice(0, 1) + s.slice(1);
    copy.charCodeAt(1);
    return copy;
}
/** An empty list shared by every kept rule (frozen: nothing appends to a kept outcome). */
const lint_outcome_NONE = Object.freeze([]);
/** `xs.map(f)`, or the shared empty list: most outcomes have no problem, skip or suppression. */
function each(xs, f) {
    return xs.length === 0 ? lint_outcome_NONE : xs.map(f);
}
/**
 * One copy of each string that many rules share (catalog texts in suggestions, reasons, check
 * ids, severities, data sources), and of each suggestion: an outcome copied across threads or
 * compacted holds its own copies, which for 100,000 rules would cost more than the rules themselves.
 */
class StringPool {
    strings = new Map();
    lists = new Map();
    spans = new Map();
    /** Shared suggestions by reason. */
    suggestions = new Map();
    suggestionLists = new SuggestionTrie();
    get(s) {
        const known = this.strings.get(s);
        if (known !== undefined)
            return known;
        const copy = flatCopy(s);
        this.strings.set(copy, copy);
        return copy;
    }
    /** A list of short strings (technique ids, data sources), shared by every rule that has the same. */
    list(xs) {
        if (xs.length === 0)
            return lint_outcome_NONE;
        const key = xs.length === 1 ? xs[0] : xs.join('\u0000');
        let known = this.lists.get(key);
        if (!known)
            this.lists.set(key, (known = Object.freeze(xs.map((x) => this.get(x)))));
        return known;
    }
    /** A line span, shared by every rule with the same (most titles sit on the first lines). */
    span(s) {
        if (s.line > MAX_SHARED_LINE || s.endLine > MAX_SHARED_LINE || s.line < 0 || s.endLine < 0)
            return { line: s.line, endLine: s.endLine };
        const key = s.line * (MAX_SHARED_LINE + 1) + s.endLine;
        let known = this.spans.get(key);
        if (!known)
            this.spans.set(key, (known = Object.freeze({ line: s.line, endLine: s.endLine })));
        return known;
    }
    /**
     * A list of shared suggestions, itself shared by every rule that has the same. `copy` gives
     * the shared form of each suggestion.
     */
    suggestionList(list, copy = (s) => this.suggestion(s)) {
        if (list.length === 0)
            return lint_outcome_NONE;
        const shared = list.map(copy);
        let node = this.suggestionLists;
        for (const s of shared) {
            let next = node.next.get(s);
            if (!next)
                node.next.set(s, (next = new SuggestionTrie()));
            node = next;
        }
        return (node.list ??= Object.freeze(shared));
    }
    /** A suggestion as shared by every rule it is made for with the same confidence and reason. */
    suggestion(s) {
        const id = this.get(s.id);
        const confidence = this.get(s.confidence);
        const reason = this.get(s.reason);
        let variants = this.suggestions.get(reason);
        if (!variants)
            this.suggestions.set(reason, (variants = []));
        // The catalog fixes the texts of an id; a merged catalog that does not gets a variant more.
        for (const known of variants) {
            if (known.id === id && known.confidence === confidence && known.text === s.text && known.insert === s.insert && known.short === s.short)
                return known;
        }
        const shared = Object.freeze({
            id,
            text: this.get(s.text),
            insert: this.get(s.insert),
            short: s.short === undefined ? undefined : this.get(s.short),
            confidence,
            reason,
        });
        variants.push(shared);
        return shared;
    }
}
/** Spans on lines up to this are shared (see `StringPool#span`). */
const MAX_SHARED_LINE = 0xffff;
/** Lists of suggestions by their elements, in order. */
class SuggestionTrie {
    next = new Map();
    list;
}
/**
 * Outcomes `compact` made lean, and the pool their strings come from: the
 * pool stays as long as one of them does.
 */
const leanOutcomes = new WeakMap();
let latestPool;
/**
 * The pool of the outcomes this thread compacted without being given one: the same for a whole
 * run (its outcomes keep it), a new one once they are all gone.
 */
function threadPool() {
    let pool = latestPool?.deref();
    if (!pool) {
        pool = new StringPool();
        latestPool = new WeakRef(pool);
    }
    return pool;
}
/**
 * Copies one outcome as a run without texts keeps it. Objects that several parts of the outcome
 * share (a fix carried by several findings, the item that covers an entry) stay shared.
 */
class LeanCopy {
    pool;
    flat;
    /** Strings of the file that many of its parts repeat (its path, rule ids), copied once. */
    own = new Map();
    sources = new Map();
    items = new Map();
    fixes = new Map();
    constructor(pool, 
    /** How strings of the rule's own (titles, items, messages) are copied. */
    flat) {
        this.pool = pool;
        this.flat = flat;
    }
    /** A string of the file's own that its parts repeat (its path, a rule id), copied once. */
    ownString(s) {
        let copy = this.own.get(s);
        if (copy === undefined)
            this.own.set(s, (copy = this.flat(s)));
        return copy;
    }
    /** The file without its text, one object for all its detections. */
    source(file) {
        let copy = this.sources.get(file.path);
        if (!copy)
            this.sources.set(file.path, (copy = { path: this.ownString(file.path), text: '', hasBom: file.hasBom, eol: file.eol }));
        return copy;
    }
    outcome(o, sourceOf) {
        const path = (p) => this.ownString(p);
        return {
            detections: each(o.detections, (d) => this.detection(d, sourceOf(d, this))),
            problems: each(o.problems, (p) => ({ path: path(p.path), line: p.line, column: p.column, message: this.flat(p.message) })),
            skipped: each(o.skipped, (s) => ({ path: path(s.path), reason: this.flat(s.reason) })),
            analyses: each(o.analyses, (a) => this.analysis(a)),
            findings: each(o.findings, (f) => this.finding(f, path(f.path))),
            suppressed: each(o.suppressed, (s) => ({ check: this.pool.get(s.check), path: path(s.path), line: s.line, ruleId: s.ruleId === null ? null : this.ownString(s.ruleId) })),
            directiveWarnings: each(o.directiveWarnings, (w) => ({ path: path(w.path), line: w.line, message: this.flat(w.message) })),
        };
    }
    list(xs) {
        return each(xs, (x) => this.pool.get(x));
    }
    /** Each suggestion of the outcome is made for one rule and shared by its findings. */
    suggestionCopies = new Map();
    suggestionLists = new Map();
    copySuggestion = (s) => {
        let copy = this.suggestionCopies.get(s);
        if (!copy)
            this.suggestionCopies.set(s, (copy = this.pool.suggestion(s)));
        return copy;
    };
    suggestions(list) {
        let copy = this.suggestionLists.get(list);
        if (!copy)
            this.suggestionLists.set(list, (copy = this.pool.suggestionList(list, this.copySuggestion)));
        return copy;
    }
    item(i) {
        let copy = this.items.get(i);
        if (!copy)
            this.items.set(i, (copy = { line: i.line, endLine: i.endLine, text: this.flat(i.text) }));
        return copy;
    }
    section(s) {
        const items = each(s.items, (i) => this.item(i));
        const { line, endLine } = s;
        const source = this.pool.get(s.source);
        const key = this.pool.get(s.key);
        return s.problem === undefined ? { source, key, line, endLine, items } : { source, key, line, endLine, items, problem: this.flat(s.problem) };
    }
    detection(d, source) {
        return {
            format: this.pool.get(d.format),
            path: this.ownString(d.path),
            document: d.document,
            id: d.id === null ? null : this.ownString(d.id),
            title: this.flat(d.title),
            titleSpan: this.pool.span(d.titleSpan),
            description: '',
            techniques: this.pool.list(d.techniques),
            techniqueTags: lint_outcome_NONE,
            tactics: lint_outcome_NONE,
            query: '',
            dataSources: this.pool.list(d.dataSources),
            status: d.status === null ? null : this.pool.get(d.status),
            deprecated: d.deprecated,
            evaluates: d.evaluates === undefined ? undefined : this.pool.get(d.evaluates),
            falsePositives: each(d.falsePositives, (s) => this.section(s)),
            disabledChecks: this.pool.list(d.disabledChecks),
            span: this.pool.span(d.span),
            // Undefined only in what `detach` sends to the main thread, which puts the file back.
            source: source,
        };
    }
    analysis(a) {
        const s = (x) => this.pool.get(x);
        return {
            relevant: each(a.relevant, (r) => ({
                entryId: s(r.entryId),
                score: r.score,
                confidence: s(r.confidence),
                reason: s(r.reason),
                coveredBy: r.coveredBy === null ? null : this.item(r.coveredBy),
                similarity: r.similarity,
            })),
            excluded: each(a.excluded, (x) => ({ entryId: s(x.entryId), reason: s(x.reason) })),
            suggestions: this.suggestions(a.suggestions),
            items: each(a.items, (m) => ({ item: this.item(m.item), entryId: m.entryId === null ? null : s(m.entryId), similarity: m.similarity })),
        };
    }
    fix(fix) {
        let copy = this.fixes.get(fix);
        if (!copy) {
            const edits = fix.edits.map((e) => ({ startLine: e.startLine, endLine: e.endLine, lines: this.list(e.lines) }));
            this.fixes.set(fix, (copy = { title: this.pool.get(fix.title), edits }));
        }
        return copy;
    }
    finding(f, path) {
        // Every finding has the same fields (absent ones undefined), so all share one object layout.
        return {
            check: this.pool.get(f.check),
            severity: this.pool.get(f.severity),
            path,
            line: f.line,
            column: f.column,
            endLine: f.endLine,
            endColumn: f.endColumn,
            message: this.flat(f.message),
            suggestions: this.suggestions(f.suggestions),
            omittedSuggestions: f.omittedSuggestions,
            fix: f.fix === undefined ? undefined : this.fix(f.fix),
            ruleId: f.ruleId === undefined || f.ruleId === null ? f.ruleId : this.ownString(f.ruleId),
            fingerprint: this.flat(f.fingerprint),
        };
    }
}
/**
 * The outcome without the file's text; `keepText` false keeps only what a run without texts
 * keeps (see `compact`), which also makes the message to the main thread smaller.
 */
function detach(outcome, keepText) {
    if (!keepText) {
        // A compacted outcome goes as it is (its detections' `source` has no text).
        if (leanOutcomes.has(outcome))
            return outcome;
        // Strings are copied by the message anyway: none is flattened here. The detections' `source`
        // is left undefined.
        return new LeanCopy(new StringPool(), (s) => s).outcome(outcome, () => undefined);
    }
    return {
        ...outcome,
        detections: outcome.detections.map(({ source: _source, ...rest }) => rest),
    };
}
/** Puts the file back on the detections. */
function attach(outcome, file) {
    return { ...outcome, detections: outcome.detections.map((d) => ({ ...d, source: file })) };
}
/** The file as detections keep it when the run does not keep texts: everything but the text. */
function textless(file) {
    return { path: file.path, text: '', hasBom: file.hasBom, eol: file.eol };
}
/**
 * What the run keeps of an outcome linted in this thread when it does not keep texts: a lean
 * copy that pins nothing of the file, made best right after the file is linted (the whole
 * outcome then never outlives a young-generation collection). Strings shared by many rules come
 * from `pool`, by default this thread's. An outcome compact made is returned as it is.
 */
function compact(outcome, file, pool = threadPool()) {
    if (leanOutcomes.has(outcome))
        return outcome;
    const lean = new LeanCopy(pool, flatCopy).outcome(outcome, (_d, copy) => copy.source(file));
    leanOutcomes.set(lean, pool);
    return lean;
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(__lofp_engine_url)("node:buffer");
;// CONCATENATED MODULE: ./src/read.ts
/**
 * Reading candidate files: size limit, binary and encoding detection.
 *
 * Reads are synchronous on purpose: for thousands of small files in the page cache, a blocking
 * read is about five times faster than the promise API's thread-pool round trips (measured on
 * the 9,737-file corpus: 140 ms against 700 ms), and the CLI has nothing else to do meanwhile.
 */





/** Files above this size are skipped with a note: no rule is that large, a data dump may be. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Files up to this size are read into one buffer per thread, reused (see readCandidate). */
const SCRATCH_BYTES = 256 * 1024;
let scratch;
/**
 * Reads a file and keeps it only when `mayCarryTag` matches its text. The cheap test runs first:
 * the binary and UTF-8 checks then only cost anything for the few files worth parsing.
 * Most files are small and most are not kept: they are read into the same buffer (a new Buffer
 * per file cost an allocation and its garbage), which nothing keeps a view of, since a kept
 * file's text is a string. Synchronous, so one call never sees another's bytes.
 */
function readCandidate(file, mayCarryTag) {
    let buffer;
    let fd;
    try {
        const opened = openRegularFile(file.absolute);
        fd = opened.fd;
        if (opened.size > MAX_FILE_BYTES) {
            return { kind: 'skip', reason: `file is ${(opened.size / 1048576).toFixed(1)} MiB, over the 5 MiB limit; not read` };
        }
        buffer = readOpenFile(fd, opened.size, opened.size <= SCRATCH_BYTES ? (scratch ??= Buffer.allocUnsafeSlow(SCRATCH_BYTES)) : undefined);
    }
    catch (error) {
        if (error instanceof NotRegularFileError)
            return { kind: 'skip', reason: `${error.kind}, not a regular file; not read` };
        return { kind: 'skip', reason: `cannot read file: ${error.code ?? 'error'}` };
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
    return classifyContent(file.relative, buffer, mayCarryTag);
}
// A CR not followed by LF: a line end to YAML and TOML, but not to the line arithmetic of the
// format modules and fixes, which would see one long line.
const LONE_CR = /\r(?!\n)/;
/** The byte-order mark of a UTF-16 text, or null. */
function utf16Bom(buffer) {
    if (buffer.length < 2)
        return null;
    if (buffer[0] === 0xff && buffer[1] === 0xfe)
        return 'LE';
    if (buffer[0] === 0xfe && buffer[1] === 0xff)
        return 'BE';
    return null;
}
function decodeUtf16(buffer, order) {
    const even = buffer.subarray(0, buffer.length - (buffer.length % 2));
    return (order === 'LE' ? even : Buffer.from(even).swap16()).toString('utf16le');
}
/**
 * What a file's bytes are (a rule's text, a file to skip and why, or unrelated), for files and
 * standard input alike. Encodings lofp-lint does not edit are reported rather than ignored when
 * the text mentions a selected technique: a UTF-16 rule, a rule with lone-CR line ends.
 */
function classifyContent(relative, buffer, mayCarryTag) {
    const utf16 = utf16Bom(buffer);
    if (utf16) {
        if (!mayCarryTag.test(decodeUtf16(buffer, utf16)))
            return { kind: 'unrelated' };
        return { kind: 'skip', reason: `file is UTF-16 ${utf16} (byte-order mark); convert it to UTF-8 to lint it` };
    }
    const bytes = bytePrefilter(mayCarryTag);
    if (bytes && !bytes.test(buffer.toString('latin1')))
        return { kind: 'unrelated' };
    const text = buffer.toString('utf8');
    if (!mayCarryTag.test(text))
        return { kind: 'unrelated' };
    if (buffer.includes(0))
        return { kind: 'skip', reason: 'binary file (contains NUL bytes); not a rule' };
    if (!(0,external_node_buffer_namespaceObject.isUtf8)(buffer))
        return { kind: 'skip', reason: 'file is not valid UTF-8; not parsed' };
    if (LONE_CR.test(text))
        return { kind: 'skip', reason: 'lines end with a lone CR (classic Mac OS); convert them to LF or CRLF to lint the file' };
    return { kind: 'text', file: makeSourceFile(relative, text) };
}
/**
 * A stream (standard input) read to its end, but never more than `limit` bytes: more means the
 * input is over the size limit, and an endless one (`yes | lofp-lint -`) must not hang the run.
 */
async function readLimited(stream, limit = MAX_FILE_BYTES + 1) {
    const chunks = [];
    let size = 0;
    for await (const chunk of stream) {
        const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        chunks.push(buffer);
        size += buffer.length;
        if (size >= limit)
            break;
    }
    return Buffer.concat(chunks).subarray(0, limit);
}

;// CONCATENATED MODULE: ./src/lint-chunk.ts



/** Files per range: small enough to balance the threads at the end, large enough that a message per range costs nothing. */
const CHUNK_FILES = 64;
function isLinted(entry) {
    return 'outcome' in entry;
}
function isSkip(entry) {
    return 'reason' in entry;
}
function chunkCount(files) {
    return Math.ceil(files / CHUNK_FILES);
}
/** The files of range `index` (of an array, or of DiscoveredFiles, which makes them as asked). */
function chunkOf(files, index) {
    return files.slice(index * CHUNK_FILES, (index + 1) * CHUNK_FILES);
}
/** How many of `files` files range `index` holds. */
function chunkLength(files, index) {
    return Math.max(0, Math.min(CHUNK_FILES, files - index * CHUNK_FILES));
}
/** A candidate linted, its outcome made lean unless the run keeps texts. */
function lintCandidate(file, context) {
    const outcome = lintSource(file, context);
    // Made lean at once, the whole outcome (texts, queries, parsed parts) dies young instead of
    // being promoted with the range's other outcomes and filling the old generation.
    return { file, outcome: context.keepText ? outcome : compact(outcome, file) };
}
/**
 * Reads the files of a range and lints the candidates, or only reads them while `lintHere()`
 * says no (a worker that only scouts for the main thread; see lint.ts). Files that cannot carry
 * a selected tag leave no entry.
 */
function lintChunk(files, context, mayCarryTag, lintHere = () => true) {
    const entries = [];
    for (const discovered of files) {
        const read = readCandidate(discovered, mayCarryTag);
        if (read.kind === 'text')
            entries.push(lintHere() ? lintCandidate(read.file, context) : { file: read.file });
        else if (read.kind === 'skip')
            entries.push({ path: discovered.relative, reason: read.reason });
    }
    return entries;
}

;// CONCATENATED MODULE: ./src/lint-worker.ts
/**
 * The worker-thread side of parallel linting: receives the run's settings when it starts, waits
 * for the discovered files, then claims ranges of files from the counter it shares with the main
 * thread, reads them and lints the candidates (src/lint-chunk.ts) and posts each range's entries,
 * until no range is left. Until the run has found enough candidates to pay for a second warm-up
 * of the linting code, a worker only reads and prefilters, and posts the candidates' texts for
 * the main thread to lint. The bundles start their own entry as the worker: their entry points
 * call `runLintWorkerIfAsked`.
 */





/** Marks the workerData of a lint worker. */
const LINT_WORKER_MARK = 'lofp-lint/lint-worker/v3';
/** Slot of the shared Int32Array: the next range to claim. */
const NEXT_RANGE = 0;
/** Slot of the shared Int32Array: candidate files found so far by every thread. */
const CANDIDATES_FOUND = 1;
const SHARED_SLOTS = 2;
function lintRanges(context, request, post) {
    const files = DiscoveredFiles.unpack(request.files);
    const shared = new Int32Array(request.shared);
    // Counted as found, whoever lints it: a worker that only read would otherwise run ahead and
    // hand the main thread far more than the first `lintFrom` candidates.
    const lintHere = () => Atomics.add(shared, CANDIDATES_FOUND, 1) >= request.lintFrom;
    const chunks = chunkCount(files.length);
    const mayCarryTag = techniquePrefilter(context.techniques);
    for (let chunk = Atomics.add(shared, NEXT_RANGE, 1); chunk < chunks; chunk = Atomics.add(shared, NEXT_RANGE, 1)) {
        try {
            const entries = lintChunk(chunkOf(files, chunk), context, mayCarryTag, lintHere).map((entry) => isLinted(entry) ? { outcome: detach(entry.outcome, context.keepText), file: context.keepText ? entry.file : textless(entry.file) } : entry);
            post({ chunk, entries });
        }
        catch (error) {
            post({ chunk, error: error?.stack ?? String(error) });
        }
    }
    post({ done: true });
}
/** Starts the worker side when this thread was started as a lint worker; returns whether it was. */
function runLintWorkerIfAsked() {
    const data = external_node_worker_threads_namespaceObject.workerData;
    if (external_node_worker_threads_namespaceObject.isMainThread || !external_node_worker_threads_namespaceObject.parentPort || data?.mark !== LINT_WORKER_MARK)
        return false;
    const port = external_node_worker_threads_namespaceObject.parentPort;
    const { context } = data;
    // `once`: with no listener left the port no longer holds the thread, which ends after its ranges.
    port.once('message', (request) => lintRanges(context, request, (message) => port.postMessage(message)));
    port.postMessage({ loaded: true });
    return true;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(__lofp_engine_url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: ./src/catalog/builtin.generated.ts
const BUILTIN_CATALOG_FILES = [
    {
        "name": "T1530.yml",
        "document": {
            "technique": "T1530",
            "name": "Data from Cloud Storage",
            "version": "1.0.0",
            "source": {
                "name": "LoFP (Living off the False Positive)",
                "title": "LoFP / T1530",
                "url": "https://br0k3nlab.com/LoFP/",
                "snapshot": "2026-11-26",
                "rules": "elastic/detection-rules",
                "license": "Elastic License 2.0"
            },
            "entries": [
                {
                    "id": "aws-cloudtrail-trail-created-by-admin",
                    "text": "trail creations may be made by a system or network administrator. verify whether the user identity, user agent, and/or hostname should be making changes in your environment. trail creations by unfamiliar users or hosts should be investigated. if known behavior is causing false positives, it can be exempted from the rule.",
                    "insert": "Trail creations may be made by a system or network administrator. Verify whether the user identity, user agent, and/or hostname should be making changes in your environment. Trail creations by unfamiliar users or hosts should be investigated. If known behavior is causing false positives, it can be exempted from the rule.",
                    "short": "Administrators creating CloudTrail trails, e.g. when onboarding a new account",
                    "theme": "admin-change",
                    "source": {
                        "product": "elastic",
                        "title": "AWS CloudTrail Log Created",
                        "ruleId": "594e0cbf-86cc-45aa-9ff7-ff27db27d3ed",
                        "path": "rules/integrations/aws/collection_cloudtrail_logging_created.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/aws/collection_cloudtrail_logging_created.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "aws"
                        ],
                        "services": [
                            "cloudtrail"
                        ],
                        "operations": [
                            "createtrail"
                        ],
                        "tools": [],
                        "terms": [
                            "trail",
                            "logging",
                            "administrator"
                        ]
                    },
                    "scenario": {
                        "summary": "administrators creating CloudTrail trails",
                        "anyRule": true,
                        "words": [
                            "trail creation",
                            "onboarding",
                            "new account",
                            "control tower",
                            "landing zone",
                            "account bootstrap",
                            "logging setup"
                        ]
                    }
                },
                {
                    "id": "aws-s3-secret-files-ci-cd-retrieval",
                    "text": "legitimate ci/cd pipelines, infrastructure tooling, or configuration management systems may retrieve secret files from s3 as part of their normal operation. validate the calling identity, user agent, and source ip against known automation accounts and expected access patterns.",
                    "insert": "Legitimate CI/CD pipelines, infrastructure tooling, or configuration management systems may retrieve secret files from S3 as part of their normal operation. Validate the calling identity, user agent, and source IP against known automation accounts and expected access patterns.",
                    "short": "CI/CD pipelines or configuration management retrieving secret or credential files from S3",
                    "theme": "automation",
                    "source": {
                        "product": "elastic",
                        "title": "AWS S3 Credential File Retrieved from Bucket",
                        "ruleId": "2f0ee9fe-4529-4b9e-9f78-6c81ef33c6ba",
                        "path": "rules/integrations/aws/credential_access_credentials_in_s3_bucket.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/aws/credential_access_credentials_in_s3_bucket.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "aws"
                        ],
                        "services": [
                            "s3"
                        ],
                        "operations": [
                            "getobject"
                        ],
                        "tools": [],
                        "terms": [
                            "credentials",
                            "secret files",
                            "private key",
                            "ci/cd",
                            "configuration management"
                        ]
                    },
                    "scenario": {
                        "summary": "CI/CD or configuration management identities reading secret files",
                        "serviceWide": true,
                        "evidence": [
                            "credential",
                            "credentials",
                            "secret",
                            "secrets",
                            "private key",
                            "ssh key",
                            "access key",
                            ".pem",
                            "id_rsa",
                            "kubeconfig",
                            ".tfstate",
                            ".pfx",
                            ".p12",
                            "password"
                        ],
                        "excludes": [
                            "anonymous",
                            "anonymoususer",
                            "unauthenticated",
                            "anonymous principal",
                            "accessdenied",
                            "access denied"
                        ],
                        "words": [
                            "ci/cd",
                            "cicd",
                            "pipeline",
                            "pipelines",
                            "deployment",
                            "deploy",
                            "infrastructure tooling",
                            "infrastructure as code",
                            "configuration management",
                            "ansible",
                            "chef",
                            "puppet",
                            "terraform",
                            "automation account",
                            "secret file",
                            "credential file"
                        ]
                    }
                },
                {
                    "id": "aws-s3-bucket-posture-security-scanners",
                    "text": "legitimate security scanners, cspm products, compliance jobs, and inventory automation may call the same read-only bucket apis across many buckets quickly. verify the principal arn, source ip, user agent, and schedule against known approved tooling before treating the activity as malicious.",
                    "insert": "Legitimate security scanners, CSPM products, compliance jobs, and inventory automation may call the same read-only bucket APIs across many buckets quickly. Verify the principal ARN, source IP, user agent, and schedule against known approved tooling before treating the activity as malicious.",
                    "short": "Security scanners, CSPM and compliance jobs reading bucket configuration across many buckets",
                    "theme": "security-tooling",
                    "source": {
                        "product": "elastic",
                        "title": "AWS S3 Rapid Bucket Posture API Calls from a Single Principal",
                        "ruleId": "a7577205-88a1-4a08-85d4-7b72a9a2e969",
                        "path": "rules/integrations/aws/discovery_s3_rapid_bucket_posture_api_calls.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/aws/discovery_s3_rapid_bucket_posture_api_calls.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "aws"
                        ],
                        "services": [
                            "s3"
                        ],
                        "operations": [
                            "getbucketacl",
                            "getbucketpublicaccessblock",
                            "getbucketpolicy",
                            "getbucketpolicystatus",
                            "getbucketversioning"
                        ],
                        "tools": [],
                        "terms": [
                            "security scanners",
                            "cspm",
                            "compliance",
                            "inventory",
                            "bucket posture",
                            "read-only"
                        ]
                    },
                    "scenario": {
                        "summary": "security scanners and CSPM tools reading bucket configuration",
                        "anyRule": true,
                        "serviceWide": true,
                        "evidence": [
                            "posture",
                            "security scanner",
                            "cspm",
                            "compliance",
                            "inventory",
                            "enumeration",
                            "reconnaissance",
                            "discovery"
                        ],
                        "excludes": [
                            "anonymous",
                            "anonymoususer",
                            "unauthenticated",
                            "accessdenied",
                            "access denied"
                        ],
                        "words": [
                            "scanner",
                            "scanners",
                            "scanning",
                            "cspm",
                            "posture",
                            "compliance scan",
                            "compliance job",
                            "audit tool",
                            "inventory",
                            "security tooling",
                            "configuration review",
                            "read-only",
                            "polling",
                            "acls",
                            "bucket policies"
                        ]
                    }
                },
                {
                    "id": "aws-dynamodb-table-scan-by-user",
                    "text": "legitimate users may scan dynamodb tables for various reasons, such as data analysis or application functionality. ensure that the user has the necessary permissions and that the scan operation is authorized before taking action.",
                    "insert": "Legitimate users may scan DynamoDB tables for various reasons, such as data analysis or application functionality. Ensure that the user has the necessary permissions and that the Scan operation is authorized before taking action.",
                    "short": "Users or applications scanning DynamoDB tables for analysis or normal application use",
                    "theme": "legitimate-use",
                    "source": {
                        "product": "elastic",
                        "title": "AWS DynamoDB Scan by Unusual User",
                        "ruleId": "96b2a03e-003b-11f0-8541-f661ea17fbcd",
                        "path": "rules/integrations/aws/exfiltration_dynamodb_scan_by_unusual_user.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/aws/exfiltration_dynamodb_scan_by_unusual_user.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "aws"
                        ],
                        "services": [
                            "dynamodb"
                        ],
                        "operations": [
                            "scan"
                        ],
                        "tools": [],
                        "terms": [
                            "table scan",
                            "data analysis",
                            "application"
                        ]
                    },
                    "scenario": {
                        "summary": "users or applications scanning DynamoDB tables",
                        "anyRule": true,
                        "words": [
                            "table scan",
                            "scan",
                            "data analysis",
                            "analyst",
                            "analytics",
                            "application",
                            "reporting",
                            "full table",
                            "entire table"
                        ]
                    }
                },
                {
                    "id": "aws-ec2-export-task-by-admin",
                    "text": "vm export and ec2 image creation may be done by system administrators, devops or migration teams as part of planned maintenance, disaster-recovery or known backup methods. verify whether the user identity, user agent, and/or hostname should be making changes in your environment. exports from unfamiliar users or hosts should be investigated. if known behavior is causing false positives, it can be exempted from the rule.",
                    "insert": "VM export and EC2 image creation may be done by system administrators, DevOps or migration teams as part of planned maintenance, disaster-recovery or known backup methods. Verify whether the user identity, user agent, and/or hostname should be making changes in your environment. Exports from unfamiliar users or hosts should be investigated. If known behavior is causing false positives, it can be exempted from the rule.",
                    "short": "Administrators or migration teams exporting EC2 instances or images for backup or recovery",
                    "theme": "authorized-transfer",
                    "source": {
                        "product": "elastic",
                        "title": "AWS EC2 Export Task",
                        "ruleId": "deee5856-25ba-438d-ae53-09d66f41b127",
                        "path": "rules/integrations/aws/exfiltration_ec2_export_task.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/aws/exfiltration_ec2_export_task.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "aws"
                        ],
                        "services": [
                            "ec2"
                        ],
                        "operations": [
                            "createinstanceexporttask",
                            "exportimage",
                            "createstoreimagetask"
                        ],
                        "tools": [],
                        "terms": [
                            "vm export",
                            "image",
                            "export task",
                            "backup",
                            "migration",
                            "disaster recovery"
                        ]
                    },
                    "scenario": {
                        "summary": "administrators exporting EC2 instances or images",
                        "anyRule": true,
                        "words": [
                            "vm export",
                            "export task",
                            "image export",
                            "instance export",
                            "migration",
                            "backup",
                            "disaster recovery",
                            "devops"
                        ]
                    }
                },
                {
                    "id": "aws-s3-bucket-policy-external-account-share",
                    "text": "legitimate changes to share an s3 bucket with an external account may be identified as false positives.",
                    "insert": "Legitimate changes to share an S3 bucket with an external account may be identified as false positives.",
                    "short": "Intended sharing of an S3 bucket with a partner or other AWS account",
                    "theme": "sharing",
                    "source": {
                        "product": "elastic",
                        "title": "AWS S3 Bucket Policy Added to Share with External Account",
                        "ruleId": "e8c9ff14-fd1e-11ee-a0df-f661ea17fbce",
                        "path": "rules/integrations/aws/exfiltration_s3_bucket_policy_added_for_external_account_access.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/aws/exfiltration_s3_bucket_policy_added_for_external_account_access.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "aws"
                        ],
                        "services": [
                            "s3"
                        ],
                        "operations": [
                            "putbucketpolicy"
                        ],
                        "tools": [],
                        "terms": [
                            "bucket policy",
                            "external account",
                            "cross-account",
                            "share"
                        ]
                    },
                    "scenario": {
                        "summary": "intended sharing of a bucket with another AWS account",
                        "resourceState": true,
                        "evidence": [
                            "external account",
                            "cross-account",
                            "cross account",
                            "another account",
                            "other account",
                            "third party",
                            "foreign account",
                            "external principal",
                            "principalaccount"
                        ],
                        "excludes": [
                            "principal=*",
                            "principal:*",
                            "public access",
                            "made public",
                            "public bucket policy"
                        ],
                        "words": [
                            "external account",
                            "cross-account",
                            "cross account",
                            "partner",
                            "vendor",
                            "third party",
                            "third-party",
                            "another aws account",
                            "other account",
                            "subsidiary",
                            "trusted account",
                            "account id"
                        ]
                    }
                },
                {
                    "id": "aws-s3-bucket-policy-public-with-deny",
                    "text": "this rule does not differentiate by itself whether the same policy also includes deny statements that restrict public access. if a policy includes both effect=allow and effect=deny with principal:\"*\", this rule may still trigger. such cases should be manually analyzed to verify whether the deny statement effectively negates the public exposure.",
                    "insert": "This rule does not differentiate by itself whether the same policy also includes Deny statements that restrict public access. If a policy includes both Effect=Allow and Effect=Deny with Principal:\"*\", this rule may still trigger. Such cases should be manually analyzed to verify whether the Deny statement effectively negates the public exposure.",
                    "short": "Public bucket policies whose Deny statements still restrict the public access",
                    "theme": "detection-limitation",
                    "source": {
                        "product": "elastic",
                        "title": "AWS S3 Bucket Policy Added to Allow Public Access",
                        "ruleId": "618bb351-00f0-467b-8956-8cace8b81f07",
                        "path": "rules/integrations/aws/exfiltration_s3_bucket_policy_added_for_public_access.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/aws/exfiltration_s3_bucket_policy_added_for_public_access.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "aws"
                        ],
                        "services": [
                            "s3"
                        ],
                        "operations": [
                            "putbucketpolicy"
                        ],
                        "tools": [],
                        "terms": [
                            "bucket policy",
                            "public access",
                            "principal *",
                            "deny statement"
                        ]
                    },
                    "scenario": {
                        "summary": "public bucket policies restricted by Deny statements",
                        "resourceState": true,
                        "evidence": [
                            "principal=*",
                            "principal:*",
                            "principal: *",
                            "public bucket policy",
                            "bucket policy + public"
                        ],
                        "excludes": [
                            "external account",
                            "cross-account",
                            "cross account",
                            "principalaccount"
                        ],
                        "words": [
                            "deny",
                            "deny statement",
                            "deny statements",
                            "effect deny",
                            "principal",
                            "wildcard principal",
                            "negate",
                            "cancel",
                            "grants everyone"
                        ]
                    }
                },
                {
                    "id": "aws-s3-browser-cyberduck-clients",
                    "text": "some organizations may have legitimate use cases for s3 browser or cyberduck, particularly in development, data migration, or backup scenarios. verify whether the iam principal, source network, and accessed buckets align with approved workflows. unexpected activity from these clients, especially accessing sensitive buckets, should be investigated.",
                    "insert": "Some organizations may have legitimate use cases for S3 Browser or Cyberduck, particularly in development, data migration, or backup scenarios. Verify whether the IAM principal, source network, and accessed buckets align with approved workflows. Unexpected activity from these clients, especially accessing sensitive buckets, should be investigated.",
                    "short": "Approved use of S3 Browser or Cyberduck for development, migration or backups",
                    "theme": "authorized-transfer",
                    "source": {
                        "product": "elastic",
                        "title": "AWS API Activity from Uncommon S3 Client by Rare User",
                        "ruleId": "73344d2d-9cfb-4daf-b3c5-1d40a8182b86",
                        "path": "rules/integrations/aws/exfiltration_s3_uncommon_client_user_agent.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/aws/exfiltration_s3_uncommon_client_user_agent.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "aws"
                        ],
                        "services": [
                            "s3"
                        ],
                        "operations": [],
                        "tools": [
                            "s3 browser",
                            "cyberduck"
                        ],
                        "terms": [
                            "user agent",
                            "desktop client",
                            "data migration",
                            "backup"
                        ]
                    },
                    "scenario": {
                        "summary": "approved S3 Browser or Cyberduck clients",
                        "serviceWide": true,
                        "evidence": [
                            "s3 browser",
                            "cyberduck",
                            "uncommon client",
                            "rare client",
                            "desktop client",
                            "s3 client",
                            "third-party client"
                        ],
                        "excludes": [
                            "anonymous",
                            "anonymoususer",
                            "unauthenticated",
                            "accessdenied",
                            "access denied"
                        ],
                        "words": [
                            "s3 browser",
                            "cyberduck",
                            "desktop client",
                            "gui client",
                            "file transfer client"
                        ]
                    }
                },
                {
                    "id": "aws-sns-topic-subscription-by-user",
                    "text": "legitimate users may subscribe to sns topics for legitimate purposes. ensure that the subscription is authorized before taking action.",
                    "insert": "Legitimate users may subscribe to SNS topics for legitimate purposes. Ensure that the subscription is authorized before taking action.",
                    "short": "Users subscribing to SNS topics for notifications or integrations",
                    "theme": "legitimate-use",
                    "source": {
                        "product": "elastic",
                        "title": "AWS SNS Rare Protocol Subscription by User",
                        "ruleId": "3df49ff6-985d-11ef-88a1-f661ea17fbcd",
                        "path": "rules/integrations/aws/exfiltration_sns_rare_protocol_subscription_by_user.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/aws/exfiltration_sns_rare_protocol_subscription_by_user.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "aws"
                        ],
                        "services": [
                            "sns"
                        ],
                        "operations": [
                            "subscribe"
                        ],
                        "tools": [],
                        "terms": [
                            "subscription",
                            "topic",
                            "protocol"
                        ]
                    },
                    "scenario": {
                        "summary": "users subscribing to SNS topics",
                        "anyRule": true,
                        "words": [
                            "subscription",
                            "subscribe",
                            "topic",
                            "notification",
                            "notifications",
                            "alerting",
                            "integration"
                        ]
                    }
                },
                {
                    "id": "aws-s3-access-denied-external-accounts",
                    "text": "external account ids or broken automation may trigger this rule. for accessdenied (http 403 forbidden), s3 doesn't charge the bucket owner when the request is initiated outside of the bucket owner's individual aws account or the bucket owner's aws organization.",
                    "insert": "External account IDs or broken automation may trigger this rule. For AccessDenied (HTTP 403 Forbidden), S3 doesn't charge the bucket owner when the request is initiated outside of the bucket owner's individual AWS account or the bucket owner's AWS organization.",
                    "short": "Requests from external accounts or broken automation denied with AccessDenied (403)",
                    "theme": "misconfiguration",
                    "source": {
                        "product": "elastic",
                        "title": "AWS S3 Bucket Enumeration or Brute Force",
                        "ruleId": "5f0234fd-7f21-42af-8391-511d5fd11d5c",
                        "path": "rules/integrations/aws/impact_aws_s3_bucket_enumeration_or_brute_force.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/aws/impact_aws_s3_bucket_enumeration_or_brute_force.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "aws"
                        ],
                        "services": [
                            "s3"
                        ],
                        "operations": [],
                        "tools": [],
                        "terms": [
                            "accessdenied",
                            "403 forbidden",
                            "external account",
                            "broken automation",
                            "bucket enumeration",
                            "brute force"
                        ]
                    },
                    "scenario": {
                        "summary": "requests from external accounts or broken automation being denied",
                        "evidence": [
                            "accessdenied",
                            "access denied",
                            "403",
                            "forbidden",
                            "errorcode",
                            "brute force"
                        ],
                        "words": [
                            "accessdenied",
                            "access denied",
                            "403",
                            "denied",
                            "forbidden",
                            "external account",
                            "foreign account",
                            "broken automation",
                            "misconfigured",
                            "stale credentials",
                            "failed access",
                            "failed request"
                        ]
                    }
                },
                {
                    "id": "aws-cloudtrail-trail-updated-by-admin",
                    "text": "trail updates may be made by a system or network administrator. verify whether the user identity, user agent, and/or hostname should be making changes in your environment. trail updates from unfamiliar users or hosts should be investigated. if known behavior is causing false positives, it can be exempted from the rule.",
                    "insert": "Trail updates may be made by a system or network administrator. Verify whether the user identity, user agent, and/or hostname should be making changes in your environment. Trail updates from unfamiliar users or hosts should be investigated. If known behavior is causing false positives, it can be exempted from the rule.",
                    "short": "Administrators updating the configuration of existing CloudTrail trails",
                    "theme": "admin-change",
                    "source": {
                        "product": "elastic",
                        "title": "AWS CloudTrail Log Updated",
                        "ruleId": "3e002465-876f-4f04-b016-84ef48ce7e5d",
                        "path": "rules/integrations/aws/impact_cloudtrail_logging_updated.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/aws/impact_cloudtrail_logging_updated.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "aws"
                        ],
                        "services": [
                            "cloudtrail"
                        ],
                        "operations": [
                            "updatetrail"
                        ],
                        "tools": [],
                        "terms": [
                            "trail",
                            "logging",
                            "administrator"
                        ]
                    },
                    "scenario": {
                        "summary": "administrators updating CloudTrail trails",
                        "anyRule": true,
                        "words": [
                            "trail update",
                            "trail settings",
                            "logging configuration",
                            "retention",
                            "trail change",
                            "updatetrail",
                            "log destination"
                        ]
                    }
                },
                {
                    "id": "azure-storage-blob-public-access-enabled",
                    "text": "storage administrators may legitimately enable public access for specific business requirements such as hosting public content or cdn integration. verify that the configuration change was expected and follows organizational policies. consider exceptions for approved storage accounts.",
                    "insert": "Storage administrators may legitimately enable public access for specific business requirements such as hosting public content or CDN integration. Verify that the configuration change was expected and follows organizational policies. Consider exceptions for approved storage accounts.",
                    "short": "Storage administrators enabling public blob access on purpose, e.g. for public content or a CDN",
                    "theme": "public-hosting",
                    "source": {
                        "product": "elastic",
                        "title": "Azure Storage Account Blob Public Access Enabled",
                        "ruleId": "4c5a4e8b-3f2d-4a6e-9b5c-7d8f9e0a1b2c",
                        "path": "rules/integrations/azure/collection_azure_storage_account_blob_public_access_enabled.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/azure/collection_azure_storage_account_blob_public_access_enabled.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "azure"
                        ],
                        "services": [
                            "storage-account",
                            "blob-storage"
                        ],
                        "operations": [
                            "microsoft.storage/storageaccounts/write"
                        ],
                        "tools": [],
                        "terms": [
                            "allowblobpublicaccess",
                            "public access",
                            "public content",
                            "cdn"
                        ]
                    },
                    "scenario": {
                        "summary": "administrators enabling public blob access on purpose",
                        "resourceState": true,
                        "evidence": [
                            "allowblobpublicaccess",
                            "public access",
                            "anonymous access",
                            "publicaccess",
                            "public blob",
                            "public container"
                        ],
                        "words": [
                            "public access",
                            "public content",
                            "public website",
                            "static website",
                            "website",
                            "cdn",
                            "content delivery",
                            "front door",
                            "hosting",
                            "public assets",
                            "public downloads",
                            "anonymous read",
                            "anonymously readable",
                            "allowblobpublicaccess",
                            "static assets"
                        ]
                    }
                },
                {
                    "id": "azure-blob-azcopy-sas-migration-backup",
                    "text": "legitimate data migration or backup operations using azcopy with sas tokens may trigger this rule.",
                    "insert": "Legitimate data migration or backup operations using AzCopy with SAS tokens may trigger this rule.",
                    "short": "Data migration or backup jobs using AzCopy with SAS tokens",
                    "theme": "authorized-transfer",
                    "source": {
                        "product": "elastic",
                        "title": "Azure Storage Blob Retrieval via AzCopy",
                        "ruleId": "a8b3c4d5-e6f7-8901-a2b3-c4d5e6f78901",
                        "path": "rules/integrations/azure/exfiltration_azure_storage_blob_download_azcopy_sas_token.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/azure/exfiltration_azure_storage_blob_download_azcopy_sas_token.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "azure"
                        ],
                        "services": [
                            "blob-storage",
                            "storage-account"
                        ],
                        "operations": [
                            "getblob"
                        ],
                        "tools": [
                            "azcopy"
                        ],
                        "terms": [
                            "sas token",
                            "data migration",
                            "backup"
                        ]
                    },
                    "scenario": {
                        "summary": "migration or backup with AzCopy and SAS tokens",
                        "serviceWide": true,
                        "evidence": [
                            "azcopy",
                            "sas",
                            "shared access signature",
                            "sas token"
                        ],
                        "excludes": [
                            "anonymous",
                            "anonymous link",
                            "anonymoususer"
                        ],
                        "words": [
                            "azcopy",
                            "sas",
                            "migration",
                            "backup"
                        ]
                    }
                },
                {
                    "id": "azure-blob-azcopy-automated-transfers",
                    "text": "automated scripts or processes that use azcopy for routine data transfers from azure storage accounts.",
                    "insert": "Automated scripts or processes that use AzCopy for routine data transfers from Azure Storage Accounts.",
                    "short": "Automated scripts using AzCopy for routine transfers from storage accounts",
                    "theme": "automation",
                    "source": {
                        "product": "elastic",
                        "title": "Azure Storage Blob Retrieval via AzCopy",
                        "ruleId": "a8b3c4d5-e6f7-8901-a2b3-c4d5e6f78901",
                        "path": "rules/integrations/azure/exfiltration_azure_storage_blob_download_azcopy_sas_token.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/azure/exfiltration_azure_storage_blob_download_azcopy_sas_token.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "azure"
                        ],
                        "services": [
                            "blob-storage",
                            "storage-account"
                        ],
                        "operations": [
                            "getblob"
                        ],
                        "tools": [
                            "azcopy"
                        ],
                        "terms": [
                            "automated scripts",
                            "routine data transfer",
                            "sas token"
                        ]
                    },
                    "scenario": {
                        "summary": "automated scripts using AzCopy",
                        "serviceWide": true,
                        "evidence": [
                            "azcopy"
                        ],
                        "excludes": [
                            "anonymous",
                            "anonymous link",
                            "anonymoususer"
                        ],
                        "words": [
                            "azcopy",
                            "sync job",
                            "routine transfer",
                            "scheduled transfer",
                            "scheduled copy"
                        ]
                    }
                },
                {
                    "id": "azure-blob-azcopy-devops-downloads",
                    "text": "devops or it teams performing authorized data transfers or downloads from azure storage using azcopy.",
                    "insert": "DevOps or IT teams performing authorized data transfers or downloads from Azure Storage using AzCopy.",
                    "short": "DevOps or IT teams downloading data from Azure Storage with AzCopy, authorized",
                    "theme": "authorized-transfer",
                    "source": {
                        "product": "elastic",
                        "title": "Azure Storage Blob Retrieval via AzCopy",
                        "ruleId": "a8b3c4d5-e6f7-8901-a2b3-c4d5e6f78901",
                        "path": "rules/integrations/azure/exfiltration_azure_storage_blob_download_azcopy_sas_token.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/azure/exfiltration_azure_storage_blob_download_azcopy_sas_token.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "azure"
                        ],
                        "services": [
                            "blob-storage",
                            "storage-account"
                        ],
                        "operations": [
                            "getblob"
                        ],
                        "tools": [
                            "azcopy"
                        ],
                        "terms": [
                            "devops",
                            "authorized transfer",
                            "download",
                            "sas token"
                        ]
                    },
                    "scenario": {
                        "summary": "DevOps or IT teams downloading with AzCopy",
                        "serviceWide": true,
                        "evidence": [
                            "azcopy"
                        ],
                        "excludes": [
                            "anonymous",
                            "anonymous link",
                            "anonymoususer"
                        ],
                        "words": [
                            "azcopy",
                            "devops",
                            "authorized download"
                        ]
                    }
                },
                {
                    "id": "gcp-pubsub-subscription-created-by-admin",
                    "text": "subscription creations may be done by a system or network administrator. verify whether the user email, resource name, and/or hostname should be making changes in your environment. subscription creations by unfamiliar users or hosts should be investigated. if known behavior is causing false positives, it can be exempted from the rule.",
                    "insert": "Subscription creations may be done by a system or network administrator. Verify whether the user email, resource name, and/or hostname should be making changes in your environment. Subscription creations by unfamiliar users or hosts should be investigated. If known behavior is causing false positives, it can be exempted from the rule.",
                    "short": "Administrators creating Pub/Sub subscriptions",
                    "theme": "admin-change",
                    "source": {
                        "product": "elastic",
                        "title": "GCP Pub/Sub Subscription Creation",
                        "ruleId": "d62b64a8-a7c9-43e5-aee3-15a725a794e7",
                        "path": "rules/integrations/gcp/collection_gcp_pub_sub_subscription_creation.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/gcp/collection_gcp_pub_sub_subscription_creation.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "gcp"
                        ],
                        "services": [
                            "pubsub"
                        ],
                        "operations": [
                            "createsubscription",
                            "google.pubsub.v1.subscriber.createsubscription"
                        ],
                        "tools": [],
                        "terms": [
                            "subscription",
                            "pub/sub",
                            "administrator"
                        ]
                    },
                    "scenario": {
                        "summary": "administrators creating Pub/Sub subscriptions",
                        "anyRule": true,
                        "words": [
                            "subscription",
                            "subscriptions",
                            "pub/sub",
                            "pubsub",
                            "messaging",
                            "pipeline",
                            "createsubscription"
                        ]
                    }
                },
                {
                    "id": "gcp-pubsub-topic-created-by-admin",
                    "text": "topic creations may be done by a system or network administrator. verify whether the user email, resource name, and/or hostname should be making changes in your environment. topic creations by unfamiliar users or hosts should be investigated. if known behavior is causing false positives, it can be exempted from the rule.",
                    "insert": "Topic creations may be done by a system or network administrator. Verify whether the user email, resource name, and/or hostname should be making changes in your environment. Topic creations by unfamiliar users or hosts should be investigated. If known behavior is causing false positives, it can be exempted from the rule.",
                    "short": "Administrators creating Pub/Sub topics",
                    "theme": "admin-change",
                    "source": {
                        "product": "elastic",
                        "title": "GCP Pub/Sub Topic Creation",
                        "ruleId": "a10d3d9d-0f65-48f1-8b25-af175e2594f5",
                        "path": "rules/integrations/gcp/collection_gcp_pub_sub_topic_creation.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/gcp/collection_gcp_pub_sub_topic_creation.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "gcp"
                        ],
                        "services": [
                            "pubsub"
                        ],
                        "operations": [
                            "createtopic",
                            "google.pubsub.v1.publisher.createtopic"
                        ],
                        "tools": [],
                        "terms": [
                            "topic",
                            "pub/sub",
                            "administrator"
                        ]
                    },
                    "scenario": {
                        "summary": "administrators creating Pub/Sub topics",
                        "anyRule": true,
                        "words": [
                            "topic",
                            "topics",
                            "pub/sub",
                            "pubsub",
                            "messaging",
                            "event pipeline",
                            "createtopic"
                        ]
                    }
                },
                {
                    "id": "google-workspace-drive-key-file-shared-link",
                    "text": "a user may generate a shared access link to encryption key files to share with others. it is unlikely that the intended recipient is an external or anonymous user.",
                    "insert": "A user may generate a shared access link to encryption key files to share with others. It is unlikely that the intended recipient is an external or anonymous user.",
                    "short": "Users sharing encryption key files through a shared link with intended recipients",
                    "theme": "sharing",
                    "source": {
                        "product": "elastic",
                        "title": "Google Workspace Drive Encryption Key(s) Accessed from Anonymous User",
                        "ruleId": "980b70a0-c820-11ed-8799-f661ea17fbcc",
                        "path": "rules/integrations/google_workspace/credential_access_google_workspace_drive_encryption_key_accessed_by_anonymous_user.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/google_workspace/credential_access_google_workspace_drive_encryption_key_accessed_by_anonymous_user.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "google-workspace"
                        ],
                        "services": [
                            "drive"
                        ],
                        "operations": [
                            "copy",
                            "view",
                            "download"
                        ],
                        "tools": [],
                        "terms": [
                            "encryption key",
                            "private key",
                            "shared link",
                            "people with link",
                            "anonymous user"
                        ]
                    },
                    "scenario": {
                        "summary": "users sharing key files by link",
                        "evidence": [
                            "encryption key",
                            "private key",
                            "key file",
                            ".pem",
                            ".p12",
                            ".pfx",
                            ".gpg",
                            ".asc",
                            "keystore",
                            "people with link",
                            "people_with_link",
                            "shared link",
                            "anyone with the link"
                        ],
                        "excludes": [
                            "anonymous",
                            "anonymous user"
                        ],
                        "words": [
                            "shared link",
                            "link sharing",
                            "anyone with the link",
                            "people with link",
                            "via a link",
                            "key file",
                            "encryption key",
                            "encryption keys"
                        ]
                    }
                },
                {
                    "id": "kubernetes-arc-system-secrets-configmaps",
                    "text": "azure arc system components may create or update secrets and configmaps in the azure-arc and azure-arc-release namespaces during normal cluster management. filter by namespace to exclude these.",
                    "insert": "Azure Arc system components may create or update secrets and configmaps in the azure-arc and azure-arc-release namespaces during normal cluster management. Filter by namespace to exclude these.",
                    "short": "Azure Arc system components managing secrets and configmaps in the azure-arc namespaces",
                    "theme": "platform-operations",
                    "source": {
                        "product": "elastic",
                        "title": "Kubernetes Secret or ConfigMap Access via Azure Arc Proxy",
                        "ruleId": "220d92c6-479d-4a49-9cc0-3a29756dad0c",
                        "path": "rules/integrations/kubernetes/credential_access_azure_arc_proxy_secret_configmap_access.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/kubernetes/credential_access_azure_arc_proxy_secret_configmap_access.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "kubernetes",
                            "azure"
                        ],
                        "services": [
                            "arc",
                            "secrets"
                        ],
                        "operations": [
                            "get",
                            "list",
                            "create",
                            "update",
                            "patch",
                            "delete"
                        ],
                        "tools": [],
                        "terms": [
                            "secrets",
                            "configmaps",
                            "azure-arc namespace",
                            "cluster connect",
                            "service account"
                        ]
                    },
                    "scenario": {
                        "summary": "Azure Arc system components",
                        "evidence": [
                            "azure arc",
                            "azure-arc",
                            "arc",
                            "cluster connect",
                            "clusterconnect",
                            "azure-arc-release"
                        ],
                        "words": [
                            "azure arc",
                            "arc",
                            "azure-arc",
                            "arc agent",
                            "arc agents",
                            "system component",
                            "cluster connect"
                        ]
                    }
                },
                {
                    "id": "kubernetes-arc-helm-release-secrets",
                    "text": "helm operations managed through arc may create release secrets (prefixed with sh.helm.release.v1). these are normal arc lifecycle operations.",
                    "insert": "Helm operations managed through Arc may create release secrets (prefixed with sh.helm.release.v1). These are normal Arc lifecycle operations.",
                    "short": "Helm release secrets (sh.helm.release.v1) created by Arc-managed Helm operations",
                    "theme": "platform-operations",
                    "source": {
                        "product": "elastic",
                        "title": "Kubernetes Secret or ConfigMap Access via Azure Arc Proxy",
                        "ruleId": "220d92c6-479d-4a49-9cc0-3a29756dad0c",
                        "path": "rules/integrations/kubernetes/credential_access_azure_arc_proxy_secret_configmap_access.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/kubernetes/credential_access_azure_arc_proxy_secret_configmap_access.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "kubernetes",
                            "azure"
                        ],
                        "services": [
                            "arc",
                            "secrets"
                        ],
                        "operations": [
                            "get",
                            "list",
                            "create",
                            "update",
                            "patch",
                            "delete"
                        ],
                        "tools": [
                            "helm"
                        ],
                        "terms": [
                            "release secrets",
                            "sh.helm.release.v1",
                            "secrets",
                            "cluster connect"
                        ]
                    },
                    "scenario": {
                        "summary": "Arc-managed Helm releases",
                        "evidence": [
                            "helm",
                            "sh.helm.release",
                            "azure arc",
                            "azure-arc",
                            "cluster connect"
                        ],
                        "words": [
                            "helm",
                            "release secret",
                            "sh helm release",
                            "chart",
                            "arc"
                        ]
                    }
                },
                {
                    "id": "m365-onedrive-oauth-file-downloads",
                    "text": "legitimate users may download files from onedrive using oauth authentication. ensure that the downloads are authorized and the user is known before taking action.",
                    "insert": "Legitimate users may download files from OneDrive using OAuth authentication. Ensure that the downloads are authorized and the user is known before taking action.",
                    "short": "Users downloading files from OneDrive through OAuth-authorized apps",
                    "theme": "authorized-transfer",
                    "source": {
                        "product": "elastic",
                        "title": "M365 OneDrive/SharePoint Excessive File Downloads",
                        "ruleId": "0e524fa6-eed3-11ef-82b4-f661ea17fbce",
                        "path": "rules/integrations/o365/collection_onedrive_excessive_file_downloads.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/o365/collection_onedrive_excessive_file_downloads.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "m365"
                        ],
                        "services": [
                            "onedrive",
                            "sharepoint"
                        ],
                        "operations": [
                            "filedownloaded"
                        ],
                        "tools": [
                            "oauth"
                        ],
                        "terms": [
                            "oauth",
                            "file download",
                            "excessive downloads"
                        ]
                    },
                    "scenario": {
                        "summary": "users downloading through OAuth apps",
                        "serviceWide": true,
                        "evidence": [
                            "oauth",
                            "excessive",
                            "bulk",
                            "mass download",
                            "many files",
                            "large number"
                        ],
                        "excludes": [
                            "skydrivesync",
                            "sync client",
                            "onedrive sync",
                            "anonymous",
                            "anonymous link",
                            "anonymoususer"
                        ],
                        "words": [
                            "oauth",
                            "oauth app",
                            "third-party app",
                            "delegated permission",
                            "delegated permissions",
                            "graph api",
                            "bulk download",
                            "sanctioned app",
                            "sanctioned apps"
                        ]
                    }
                },
                {
                    "id": "m365-sharepoint-powershell-automation",
                    "text": "legitimate automation scripts using powershell to interact with sharepoint or onedrive for business purposes.",
                    "insert": "Legitimate automation scripts using PowerShell to interact with SharePoint or OneDrive for business purposes.",
                    "short": "Automation scripts using PowerShell against SharePoint or OneDrive",
                    "theme": "automation",
                    "source": {
                        "product": "elastic",
                        "title": "M365 SharePoint/OneDrive File Access via PowerShell",
                        "ruleId": "491651da-125b-11f1-af7d-f661ea17fbce",
                        "path": "rules/integrations/o365/collection_sharepoint_file_download_via_powershell.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/o365/collection_sharepoint_file_download_via_powershell.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "m365"
                        ],
                        "services": [
                            "sharepoint",
                            "onedrive"
                        ],
                        "operations": [
                            "filedownloaded",
                            "fileaccessed"
                        ],
                        "tools": [
                            "powershell"
                        ],
                        "terms": [
                            "user agent",
                            "automation scripts",
                            "file download"
                        ]
                    },
                    "scenario": {
                        "summary": "PowerShell automation scripts",
                        "serviceWide": true,
                        "evidence": [
                            "powershell",
                            "pwsh",
                            "script",
                            "scripted"
                        ],
                        "excludes": [
                            "skydrivesync",
                            "sync client",
                            "onedrive sync",
                            "browser",
                            "anonymous",
                            "anonymous link",
                            "anonymoususer"
                        ],
                        "words": [
                            "powershell",
                            "script",
                            "scripts",
                            "scripted",
                            "automation script",
                            "scheduled job"
                        ]
                    }
                },
                {
                    "id": "m365-sharepoint-pnp-powershell-admin",
                    "text": "it administrators using pnp powershell for site management, migration, or backup operations.",
                    "insert": "IT administrators using PnP PowerShell for site management, migration, or backup operations.",
                    "short": "IT administrators using PnP PowerShell for site management, migration or backups",
                    "theme": "admin-change",
                    "source": {
                        "product": "elastic",
                        "title": "M365 SharePoint/OneDrive File Access via PowerShell",
                        "ruleId": "491651da-125b-11f1-af7d-f661ea17fbce",
                        "path": "rules/integrations/o365/collection_sharepoint_file_download_via_powershell.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/o365/collection_sharepoint_file_download_via_powershell.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "m365"
                        ],
                        "services": [
                            "sharepoint",
                            "onedrive"
                        ],
                        "operations": [
                            "filedownloaded",
                            "fileaccessed"
                        ],
                        "tools": [
                            "pnp powershell"
                        ],
                        "terms": [
                            "user agent",
                            "site management",
                            "migration",
                            "backup"
                        ]
                    },
                    "scenario": {
                        "summary": "administrators using PnP PowerShell",
                        "serviceWide": true,
                        "evidence": [
                            "pnp",
                            "powershell",
                            "pwsh"
                        ],
                        "excludes": [
                            "skydrivesync",
                            "sync client",
                            "onedrive sync",
                            "browser",
                            "anonymous",
                            "anonymous link",
                            "anonymoususer"
                        ],
                        "words": [
                            "pnp",
                            "powershell",
                            "site management",
                            "site administration"
                        ]
                    }
                },
                {
                    "id": "m365-sharepoint-search-ediscovery",
                    "text": "security or compliance teams using ediscovery or content search for legitimate investigations.",
                    "insert": "Security or compliance teams using eDiscovery or Content Search for legitimate investigations.",
                    "short": "Security or compliance teams searching with eDiscovery or Content Search",
                    "theme": "security-tooling",
                    "source": {
                        "product": "elastic",
                        "title": "M365 SharePoint Search for Sensitive Content",
                        "ruleId": "4f2654e4-125b-11f1-af7d-f661ea17fbce",
                        "path": "rules/integrations/o365/discovery_sharepoint_sensitive_term_search.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/o365/discovery_sharepoint_sensitive_term_search.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "m365"
                        ],
                        "services": [
                            "sharepoint"
                        ],
                        "operations": [
                            "searchqueryperformed"
                        ],
                        "tools": [],
                        "terms": [
                            "search",
                            "sensitive terms",
                            "ediscovery",
                            "content search",
                            "compliance",
                            "investigation"
                        ]
                    },
                    "scenario": {
                        "summary": "eDiscovery and compliance searches",
                        "evidence": [
                            "ediscovery",
                            "content search",
                            "compliance search"
                        ],
                        "words": [
                            "ediscovery",
                            "content search",
                            "compliance search",
                            "investigation",
                            "investigations",
                            "investigator",
                            "investigators",
                            "purview search",
                            "legal hold"
                        ]
                    }
                },
                {
                    "id": "m365-sharepoint-search-hr-finance-records",
                    "text": "hr or finance personnel legitimately searching for employee or financial records.",
                    "insert": "HR or finance personnel legitimately searching for employee or financial records.",
                    "short": "HR or finance staff searching for employee or financial records",
                    "theme": "business-search",
                    "source": {
                        "product": "elastic",
                        "title": "M365 SharePoint Search for Sensitive Content",
                        "ruleId": "4f2654e4-125b-11f1-af7d-f661ea17fbce",
                        "path": "rules/integrations/o365/discovery_sharepoint_sensitive_term_search.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/o365/discovery_sharepoint_sensitive_term_search.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "m365"
                        ],
                        "services": [
                            "sharepoint"
                        ],
                        "operations": [
                            "searchqueryperformed"
                        ],
                        "tools": [],
                        "terms": [
                            "search",
                            "sensitive terms",
                            "hr",
                            "finance",
                            "employee records",
                            "financial records"
                        ]
                    },
                    "scenario": {
                        "summary": "HR or finance staff searching records",
                        "evidence": [
                            "salary",
                            "payroll",
                            "employee",
                            "hr",
                            "finance",
                            "financial",
                            "ssn",
                            "social security",
                            "bank",
                            "invoice",
                            "tax"
                        ],
                        "words": [
                            "hr",
                            "human resources",
                            "finance",
                            "financial",
                            "payroll",
                            "salary",
                            "employee records",
                            "accounting"
                        ]
                    }
                },
                {
                    "id": "m365-sharepoint-search-it-documentation",
                    "text": "it administrators searching for configuration or infrastructure documentation.",
                    "insert": "IT administrators searching for configuration or infrastructure documentation.",
                    "short": "IT administrators searching for configuration or infrastructure documentation",
                    "theme": "business-search",
                    "source": {
                        "product": "elastic",
                        "title": "M365 SharePoint Search for Sensitive Content",
                        "ruleId": "4f2654e4-125b-11f1-af7d-f661ea17fbce",
                        "path": "rules/integrations/o365/discovery_sharepoint_sensitive_term_search.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/o365/discovery_sharepoint_sensitive_term_search.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "m365"
                        ],
                        "services": [
                            "sharepoint"
                        ],
                        "operations": [
                            "searchqueryperformed"
                        ],
                        "tools": [],
                        "terms": [
                            "search",
                            "sensitive terms",
                            "it administrators",
                            "configuration",
                            "infrastructure documentation"
                        ]
                    },
                    "scenario": {
                        "summary": "IT staff searching documentation",
                        "evidence": [
                            "password",
                            "credential",
                            "credentials",
                            "configuration",
                            "infrastructure",
                            "vpn",
                            "admin",
                            "secret"
                        ],
                        "words": [
                            "runbook",
                            "runbooks",
                            "configuration guide",
                            "configuration guides",
                            "infrastructure",
                            "wiki",
                            "infrastructure documentation",
                            "network diagram",
                            "architecture",
                            "setup documents",
                            "setup guide"
                        ]
                    }
                },
                {
                    "id": "m365-sharepoint-search-legal-documents",
                    "text": "legal teams searching for contract or privileged documents.",
                    "insert": "Legal teams searching for contract or privileged documents.",
                    "short": "Legal teams searching for contracts or privileged documents",
                    "theme": "business-search",
                    "source": {
                        "product": "elastic",
                        "title": "M365 SharePoint Search for Sensitive Content",
                        "ruleId": "4f2654e4-125b-11f1-af7d-f661ea17fbce",
                        "path": "rules/integrations/o365/discovery_sharepoint_sensitive_term_search.toml",
                        "url": "https://github.com/elastic/detection-rules/blob/main/rules/integrations/o365/discovery_sharepoint_sensitive_term_search.toml"
                    },
                    "appliesTo": {
                        "platforms": [
                            "m365"
                        ],
                        "services": [
                            "sharepoint"
                        ],
                        "operations": [
                            "searchqueryperformed"
                        ],
                        "tools": [],
                        "terms": [
                            "search",
                            "sensitive terms",
                            "legal",
                            "contract",
                            "privileged documents"
                        ]
                    },
                    "scenario": {
                        "summary": "legal teams searching documents",
                        "evidence": [
                            "contract",
                            "legal",
                            "privileged",
                            "nda",
                            "confidential",
                            "attorney"
                        ],
                        "words": [
                            "legal",
                            "lawyer",
                            "counsel",
                            "contract",
                            "contracts",
                            "privileged",
                            "attorney"
                        ]
                    }
                }
            ]
        }
    }
];
/** catalog/schema.json */
const CATALOG_SCHEMA = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "title": "lofp-lint false-positive catalog",
    "description": "Documented false positives of detection rules, per MITRE ATT&CK technique. YAML or JSON.",
    "type": "object",
    "additionalProperties": false,
    "required": [
        "entries"
    ],
    "properties": {
        "$schema": {
            "type": "string"
        },
        "technique": {
            "description": "Technique of every entry that does not set its own.",
            "$ref": "#/definitions/techniqueId"
        },
        "name": {
            "description": "The technique's name.",
            "$ref": "#/definitions/nonEmptyString"
        },
        "version": {
            "description": "Version of this catalog.",
            "$ref": "#/definitions/nonEmptyString"
        },
        "source": {
            "description": "Where the catalog's texts were collected.",
            "type": "object",
            "additionalProperties": false,
            "required": [
                "name"
            ],
            "properties": {
                "name": {
                    "$ref": "#/definitions/nonEmptyString"
                },
                "title": {
                    "$ref": "#/definitions/nonEmptyString"
                },
                "url": {
                    "$ref": "#/definitions/nonEmptyString"
                },
                "snapshot": {
                    "description": "Date the source was copied (YYYY-MM-DD).",
                    "$ref": "#/definitions/date"
                },
                "rules": {
                    "description": "The rule repositories the texts come from.",
                    "$ref": "#/definitions/nonEmptyString"
                },
                "license": {
                    "description": "License of the texts.",
                    "$ref": "#/definitions/nonEmptyString"
                }
            }
        },
        "entries": {
            "type": "array",
            "items": {
                "$ref": "#/definitions/entry"
            }
        }
    },
    "if": {
        "not": {
            "required": [
                "technique"
            ]
        }
    },
    "then": {
        "properties": {
            "entries": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": [
                        "technique"
                    ]
                }
            }
        }
    },
    "definitions": {
        "nonEmptyString": {
            "type": "string",
            "pattern": "\\S"
        },
        "techniqueId": {
            "type": "string",
            "pattern": "^T[0-9]{4}(\\.[0-9]{3})?$"
        },
        "entryId": {
            "type": "string",
            "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
        },
        "theme": {
            "type": "string",
            "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
        },
        "date": {
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        },
        "insertText": {
            "type": "string",
            "pattern": "^[^\\p{Ll}\\s]"
        },
        "lowerCaseList": {
            "type": "array",
            "uniqueItems": true,
            "items": {
                "type": "string",
                "pattern": "^[^\\p{Lu}]+$"
            }
        },
        "entry": {
            "type": "object",
            "additionalProperties": false,
            "required": [
                "id",
                "text"
            ],
            "properties": {
                "id": {
                    "description": "Stable kebab-case id used in messages, config, SARIF and suppressions.",
                    "$ref": "#/definitions/entryId"
                },
                "technique": {
                    "$ref": "#/definitions/techniqueId"
                },
                "text": {
                    "description": "The text exactly as the catalog source publishes it.",
                    "$ref": "#/definitions/nonEmptyString"
                },
                "insert": {
                    "description": "The sentence as a rule author writes it (what a fix inserts). Defaults to `text` with a capital first letter.",
                    "$ref": "#/definitions/insertText"
                },
                "short": {
                    "description": "The entry in one line of at most 100 characters, for formats whose false positives are short list items (Sigma `falsepositives`). Defaults to `insert`.",
                    "type": "string",
                    "pattern": "^[^\\p{Ll}\\s][^\\n]{0,99}$"
                },
                "theme": {
                    "description": "The kind of benign activity: admin-change, automation, authorized-transfer, security-tooling, business-search, public-hosting, sharing, legitimate-use, platform-operations, misconfiguration, detection-limitation...",
                    "$ref": "#/definitions/theme"
                },
                "source": {
                    "description": "The rule the text comes from.",
                    "type": "object",
                    "additionalProperties": false,
                    "required": [
                        "product",
                        "title"
                    ],
                    "properties": {
                        "product": {
                            "$ref": "#/definitions/nonEmptyString"
                        },
                        "title": {
                            "$ref": "#/definitions/nonEmptyString"
                        },
                        "ruleId": {
                            "type": "string"
                        },
                        "path": {
                            "type": "string"
                        },
                        "url": {
                            "type": "string"
                        }
                    }
                },
                "appliesTo": {
                    "description": "What makes the entry relevant to a rule. All values lower case.",
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "platforms": {
                            "$ref": "#/definitions/lowerCaseList"
                        },
                        "services": {
                            "$ref": "#/definitions/lowerCaseList"
                        },
                        "operations": {
                            "$ref": "#/definitions/lowerCaseList"
                        },
                        "tools": {
                            "$ref": "#/definitions/lowerCaseList"
                        },
                        "terms": {
                            "$ref": "#/definitions/lowerCaseList"
                        }
                    }
                },
                "scenario": {
                    "description": "What makes the entry specific beyond platform, service and operation: who or what causes the false positive, what a rule must show for a high-confidence suggestion, and what rules the entry out.",
                    "type": "object",
                    "additionalProperties": false,
                    "properties": {
                        "summary": {
                            "description": "The actor, tool or mechanism the entry assumes, in a few words (shown in reasons).",
                            "$ref": "#/definitions/nonEmptyString"
                        },
                        "anyRule": {
                            "description": "True when the scenario is the operation itself done by someone legitimate: every rule selecting one of the entry's operations meets it. Default false: the rule must show evidence.",
                            "type": "boolean"
                        },
                        "serviceWide": {
                            "description": "True when the scenario is data access by its actor or tool, which also fires rules that watch the entry's service without selecting operations, or that select only reads (access from a new IP, unknown requesters): such rules get the entry as a note.",
                            "type": "boolean"
                        },
                        "evidence": {
                            "description": "Phrases any of which, in the rule's query values, title or description, shows the scenario (a tool, an object, a kind of principal). The entry's tools count too.",
                            "$ref": "#/definitions/lowerCaseList"
                        },
                        "excludes": {
                            "description": "Phrases any of which, in the rule's query values or title, rules the scenario out (`anonymous` for automation that has its own identity).",
                            "$ref": "#/definitions/lowerCaseList"
                        },
                        "resourceState": {
                            "description": "True when the scenario leaves a resource in a state a configuration policy (resource snapshots, CSPM-style checks) flags. Default false: the entry is about activity and never applies to such policies.",
                            "type": "boolean"
                        },
                        "words": {
                            "description": "Other words authors use for this scenario; they help recognise a documented item as covering the entry.",
                            "$ref": "#/definitions/lowerCaseList"
                        }
                    }
                }
            }
        }
    }
};
/** catalog/config.schema.json */
const CONFIG_SCHEMA = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "title": "lofp-lint configuration (.lofp.yml)",
    "description": "Repository configuration of lofp-lint, read from .lofp.yml (or .lofp.yaml) at the repository root.",
    "type": "object",
    "additionalProperties": false,
    "properties": {
        "$schema": {
            "type": "string"
        },
        "catalogs": {
            "description": "Extra catalog files (YAML or JSON, catalog/schema.json), relative to this file. An entry whose id already exists replaces it.",
            "type": "array",
            "items": {
                "$ref": "#/definitions/nonEmptyString"
            }
        },
        "checks": {
            "description": "Severity per check id, or `off` to disable the check.",
            "type": "object",
            "propertyNames": {
                "$ref": "#/definitions/checkId"
            },
            "additionalProperties": {
                "$ref": "#/definitions/severity"
            }
        },
        "ignore": {
            "description": "Paths never linted, in .gitignore syntax relative to this file: a folder name excludes the folder, a pattern without a slash matches at any depth.",
            "type": "array",
            "items": {
                "$ref": "#/definitions/nonEmptyString"
            }
        },
        "disabledEntries": {
            "description": "Catalog entry ids never suggested.",
            "type": "array",
            "items": {
                "$ref": "#/definitions/entryId"
            }
        },
        "techniques": {
            "description": "ATT&CK techniques to select when --technique is not given.",
            "type": "array",
            "items": {
                "$ref": "#/definitions/techniqueId"
            }
        }
    },
    "definitions": {
        "nonEmptyString": {
            "type": "string",
            "pattern": "\\S"
        },
        "techniqueId": {
            "type": "string",
            "pattern": "^T[0-9]{4}(\\.[0-9]{3})?$"
        },
        "entryId": {
            "type": "string",
            "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
        },
        "checkId": {
            "type": "string",
            "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"
        },
        "severity": {
            "type": "string",
            "pattern": "^(error|warning|note|off)$"
        }
    }
};

;// CONCATENATED MODULE: ./src/catalog/builtin.ts
/**
 * The catalogs shipped with lofp-lint. They reach the ncc bundle as code, not as files:
 * scripts/gen-catalog.mjs turns catalog/*.yml into object literals in builtin.generated.ts (and
 * the schemas into ajv standalone code in validators.generated.ts), so dist/cli/index.js works
 * alone after `npm pack` or `npx`, with no catalog/ folder beside it and no YAML parse or schema
 * compilation at start-up. The build and CI regenerate the modules and fail when they differ.
 */

function builtinCatalogFiles() {
    return BUILTIN_CATALOG_FILES;
}
/** The `origin` of shipped entries: `builtin:T1530.yml`. */
function builtinOrigin(name) {
    return `builtin:${name}`;
}

;// CONCATENATED MODULE: ./src/catalog/validators.generated.ts
// Generated by scripts/gen-catalog.mjs from catalog/. Do not edit: run `node scripts/gen-catalog.mjs`.
// @ts-nocheck
/* eslint-disable */
const validateCatalog = validate10;
const schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "lofp-lint false-positive catalog", "description": "Documented false positives of detection rules, per MITRE ATT&CK technique. YAML or JSON.", "type": "object", "additionalProperties": false, "required": ["entries"], "properties": { "$schema": { "type": "string" }, "technique": { "description": "Technique of every entry that does not set its own.", "$ref": "#/definitions/techniqueId" }, "name": { "description": "The technique's name.", "$ref": "#/definitions/nonEmptyString" }, "version": { "description": "Version of this catalog.", "$ref": "#/definitions/nonEmptyString" }, "source": { "description": "Where the catalog's texts were collected.", "type": "object", "additionalProperties": false, "required": ["name"], "properties": { "name": { "$ref": "#/definitions/nonEmptyString" }, "title": { "$ref": "#/definitions/nonEmptyString" }, "url": { "$ref": "#/definitions/nonEmptyString" }, "snapshot": { "description": "Date the source was copied (YYYY-MM-DD).", "$ref": "#/definitions/date" }, "rules": { "description": "The rule repositories the texts come from.", "$ref": "#/definitions/nonEmptyString" }, "license": { "description": "License of the texts.", "$ref": "#/definitions/nonEmptyString" } } }, "entries": { "type": "array", "items": { "$ref": "#/definitions/entry" } } }, "if": { "not": { "required": ["technique"] } }, "then": { "properties": { "entries": { "type": "array", "items": { "type": "object", "required": ["technique"] } } } }, "definitions": { "nonEmptyString": { "type": "string", "pattern": "\\S" }, "techniqueId": { "type": "string", "pattern": "^T[0-9]{4}(\\.[0-9]{3})?$" }, "entryId": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "theme": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, "insertText": { "type": "string", "pattern": "^[^\\p{Ll}\\s]" }, "lowerCaseList": { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[^\\p{Lu}]+$" } }, "entry": { "type": "object", "additionalProperties": false, "required": ["id", "text"], "properties": { "id": { "description": "Stable kebab-case id used in messages, config, SARIF and suppressions.", "$ref": "#/definitions/entryId" }, "technique": { "$ref": "#/definitions/techniqueId" }, "text": { "description": "The text exactly as the catalog source publishes it.", "$ref": "#/definitions/nonEmptyString" }, "insert": { "description": "The sentence as a rule author writes it (what a fix inserts). Defaults to `text` with a capital first letter.", "$ref": "#/definitions/insertText" }, "short": { "description": "The entry in one line of at most 100 characters, for formats whose false positives are short list items (Sigma `falsepositives`). Defaults to `insert`.", "type": "string", "pattern": "^[^\\p{Ll}\\s][^\\n]{0,99}$" }, "theme": { "description": "The kind of benign activity: admin-change, automation, authorized-transfer, security-tooling, business-search, public-hosting, sharing, legitimate-use, platform-operations, misconfiguration, detection-limitation...", "$ref": "#/definitions/theme" }, "source": { "description": "The rule the text comes from.", "type": "object", "additionalProperties": false, "required": ["product", "title"], "properties": { "product": { "$ref": "#/definitions/nonEmptyString" }, "title": { "$ref": "#/definitions/nonEmptyString" }, "ruleId": { "type": "string" }, "path": { "type": "string" }, "url": { "type": "string" } } }, "appliesTo": { "description": "What makes the entry relevant to a rule. All values lower case.", "type": "object", "additionalProperties": false, "properties": { "platforms": { "$ref": "#/definitions/lowerCaseList" }, "services": { "$ref": "#/definitions/lowerCaseList" }, "operations": { "$ref": "#/definitions/lowerCaseList" }, "tools": { "$ref": "#/definitions/lowerCaseList" }, "terms": { "$ref": "#/definitions/lowerCaseList" } } }, "scenario": { "description": "What makes the entry specific beyond platform, service and operation: who or what causes the false positive, what a rule must show for a high-confidence suggestion, and what rules the entry out.", "type": "object", "additionalProperties": false, "properties": { "summary": { "description": "The actor, tool or mechanism the entry assumes, in a few words (shown in reasons).", "$ref": "#/definitions/nonEmptyString" }, "anyRule": { "description": "True when the scenario is the operation itself done by someone legitimate: every rule selecting one of the entry's operations meets it. Default false: the rule must show evidence.", "type": "boolean" }, "serviceWide": { "description": "True when the scenario is data access by its actor or tool, which also fires rules that watch the entry's service without selecting operations, or that select only reads (access from a new IP, unknown requesters): such rules get the entry as a note.", "type": "boolean" }, "evidence": { "description": "Phrases any of which, in the rule's query values, title or description, shows the scenario (a tool, an object, a kind of principal). The entry's tools count too.", "$ref": "#/definitions/lowerCaseList" }, "excludes": { "description": "Phrases any of which, in the rule's query values or title, rules the scenario out (`anonymous` for automation that has its own identity).", "$ref": "#/definitions/lowerCaseList" }, "resourceState": { "description": "True when the scenario leaves a resource in a state a configuration policy (resource snapshots, CSPM-style checks) flags. Default false: the entry is about activity and never applies to such policies.", "type": "boolean" }, "words": { "description": "Other words authors use for this scenario; they help recognise a documented item as covering the entry.", "$ref": "#/definitions/lowerCaseList" } } } } } }, "$id": "catalog" };
const schema12 = { "type": "string", "pattern": "^T[0-9]{4}(\\.[0-9]{3})?$" };
const schema13 = { "type": "string", "pattern": "\\S" };
const schema18 = { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" };
const pattern0 = new RegExp("^T[0-9]{4}(\\.[0-9]{3})?$", "u");
const pattern1 = new RegExp("\\S", "u");
const pattern6 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
const schema21 = { "type": "object", "additionalProperties": false, "required": ["id", "text"], "properties": { "id": { "description": "Stable kebab-case id used in messages, config, SARIF and suppressions.", "$ref": "#/definitions/entryId" }, "technique": { "$ref": "#/definitions/techniqueId" }, "text": { "description": "The text exactly as the catalog source publishes it.", "$ref": "#/definitions/nonEmptyString" }, "insert": { "description": "The sentence as a rule author writes it (what a fix inserts). Defaults to `text` with a capital first letter.", "$ref": "#/definitions/insertText" }, "short": { "description": "The entry in one line of at most 100 characters, for formats whose false positives are short list items (Sigma `falsepositives`). Defaults to `insert`.", "type": "string", "pattern": "^[^\\p{Ll}\\s][^\\n]{0,99}$" }, "theme": { "description": "The kind of benign activity: admin-change, automation, authorized-transfer, security-tooling, business-search, public-hosting, sharing, legitimate-use, platform-operations, misconfiguration, detection-limitation...", "$ref": "#/definitions/theme" }, "source": { "description": "The rule the text comes from.", "type": "object", "additionalProperties": false, "required": ["product", "title"], "properties": { "product": { "$ref": "#/definitions/nonEmptyString" }, "title": { "$ref": "#/definitions/nonEmptyString" }, "ruleId": { "type": "string" }, "path": { "type": "string" }, "url": { "type": "string" } } }, "appliesTo": { "description": "What makes the entry relevant to a rule. All values lower case.", "type": "object", "additionalProperties": false, "properties": { "platforms": { "$ref": "#/definitions/lowerCaseList" }, "services": { "$ref": "#/definitions/lowerCaseList" }, "operations": { "$ref": "#/definitions/lowerCaseList" }, "tools": { "$ref": "#/definitions/lowerCaseList" }, "terms": { "$ref": "#/definitions/lowerCaseList" } } }, "scenario": { "description": "What makes the entry specific beyond platform, service and operation: who or what causes the false positive, what a rule must show for a high-confidence suggestion, and what rules the entry out.", "type": "object", "additionalProperties": false, "properties": { "summary": { "description": "The actor, tool or mechanism the entry assumes, in a few words (shown in reasons).", "$ref": "#/definitions/nonEmptyString" }, "anyRule": { "description": "True when the scenario is the operation itself done by someone legitimate: every rule selecting one of the entry's operations meets it. Default false: the rule must show evidence.", "type": "boolean" }, "serviceWide": { "description": "True when the scenario is data access by its actor or tool, which also fires rules that watch the entry's service without selecting operations, or that select only reads (access from a new IP, unknown requesters): such rules get the entry as a note.", "type": "boolean" }, "evidence": { "description": "Phrases any of which, in the rule's query values, title or description, shows the scenario (a tool, an object, a kind of principal). The entry's tools count too.", "$ref": "#/definitions/lowerCaseList" }, "excludes": { "description": "Phrases any of which, in the rule's query values or title, rules the scenario out (`anonymous` for automation that has its own identity).", "$ref": "#/definitions/lowerCaseList" }, "resourceState": { "description": "True when the scenario leaves a resource in a state a configuration policy (resource snapshots, CSPM-style checks) flags. Default false: the entry is about activity and never applies to such policies.", "type": "boolean" }, "words": { "description": "Other words authors use for this scenario; they help recognise a documented item as covering the entry.", "$ref": "#/definitions/lowerCaseList" } } } } };
const schema22 = { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" };
const schema25 = { "type": "string", "pattern": "^[^\\p{Ll}\\s]" };
const schema26 = { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" };
const schema29 = { "type": "array", "uniqueItems": true, "items": { "type": "string", "pattern": "^[^\\p{Lu}]+$" } };
const func2 = Object.prototype.hasOwnProperty;
const pattern9 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern12 = new RegExp("^[^\\p{Ll}\\s]", "u");
const pattern13 = new RegExp("^[^\\p{Ll}\\s][^\\n]{0,99}$", "u");
const pattern17 = new RegExp("^[^\\p{Lu}]+$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.id === undefined) {
            const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property '" + "id" + "'" };
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
        if (data.text === undefined) {
            const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "text" }, message: "must have required property '" + "text" + "'" };
            if (vErrors === null) {
                vErrors = [err1];
            }
            else {
                vErrors.push(err1);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!(func2.call(schema21.properties, key0))) {
                const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err2];
                }
                else {
                    vErrors.push(err2);
                }
                errors++;
            }
        }
        if (data.id !== undefined) {
            let data0 = data.id;
            if (typeof data0 === "string") {
                if (!pattern9.test(data0)) {
                    const err3 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/entryId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err3];
                    }
                    else {
                        vErrors.push(err3);
                    }
                    errors++;
                }
            }
            else {
                const err4 = { instancePath: instancePath + "/id", schemaPath: "#/definitions/entryId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.technique !== undefined) {
            let data1 = data.technique;
            if (typeof data1 === "string") {
                if (!pattern0.test(data1)) {
                    const err5 = { instancePath: instancePath + "/technique", schemaPath: "#/definitions/techniqueId/pattern", keyword: "pattern", params: { pattern: "^T[0-9]{4}(\\.[0-9]{3})?$" }, message: "must match pattern \"" + "^T[0-9]{4}(\\.[0-9]{3})?$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err5];
                    }
                    else {
                        vErrors.push(err5);
                    }
                    errors++;
                }
            }
            else {
                const err6 = { instancePath: instancePath + "/technique", schemaPath: "#/definitions/techniqueId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err6];
                }
                else {
                    vErrors.push(err6);
                }
                errors++;
            }
        }
        if (data.text !== undefined) {
            let data2 = data.text;
            if (typeof data2 === "string") {
                if (!pattern1.test(data2)) {
                    const err7 = { instancePath: instancePath + "/text", schemaPath: "#/definitions/nonEmptyString/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err7];
                    }
                    else {
                        vErrors.push(err7);
                    }
                    errors++;
                }
            }
            else {
                const err8 = { instancePath: instancePath + "/text", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.insert !== undefined) {
            let data3 = data.insert;
            if (typeof data3 === "string") {
                if (!pattern12.test(data3)) {
                    const err9 = { instancePath: instancePath + "/insert", schemaPath: "#/definitions/insertText/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Ll}\\s]" }, message: "must match pattern \"" + "^[^\\p{Ll}\\s]" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/insert", schemaPath: "#/definitions/insertText/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.short !== undefined) {
            let data4 = data.short;
            if (typeof data4 === "string") {
                if (!pattern13.test(data4)) {
                    const err11 = { instancePath: instancePath + "/short", schemaPath: "#/properties/short/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Ll}\\s][^\\n]{0,99}$" }, message: "must match pattern \"" + "^[^\\p{Ll}\\s][^\\n]{0,99}$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            else {
                const err12 = { instancePath: instancePath + "/short", schemaPath: "#/properties/short/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.theme !== undefined) {
            let data5 = data.theme;
            if (typeof data5 === "string") {
                if (!pattern9.test(data5)) {
                    const err13 = { instancePath: instancePath + "/theme", schemaPath: "#/definitions/theme/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
            else {
                const err14 = { instancePath: instancePath + "/theme", schemaPath: "#/definitions/theme/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.source !== undefined) {
            let data6 = data.source;
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                if (data6.product === undefined) {
                    const err15 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "product" }, message: "must have required property '" + "product" + "'" };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
                if (data6.title === undefined) {
                    const err16 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "title" }, message: "must have required property '" + "title" + "'" };
                    if (vErrors === null) {
                        vErrors = [err16];
                    }
                    else {
                        vErrors.push(err16);
                    }
                    errors++;
                }
                for (const key1 in data6) {
                    if (!(((((key1 === "product") || (key1 === "title")) || (key1 === "ruleId")) || (key1 === "path")) || (key1 === "url"))) {
                        const err17 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err17];
                        }
                        else {
                            vErrors.push(err17);
                        }
                        errors++;
                    }
                }
                if (data6.product !== undefined) {
                    let data7 = data6.product;
                    if (typeof data7 === "string") {
                        if (!pattern1.test(data7)) {
                            const err18 = { instancePath: instancePath + "/source/product", schemaPath: "#/definitions/nonEmptyString/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err18];
                            }
                            else {
                                vErrors.push(err18);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err19 = { instancePath: instancePath + "/source/product", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err19];
                        }
                        else {
                            vErrors.push(err19);
                        }
                        errors++;
                    }
                }
                if (data6.title !== undefined) {
                    let data8 = data6.title;
                    if (typeof data8 === "string") {
                        if (!pattern1.test(data8)) {
                            const err20 = { instancePath: instancePath + "/source/title", schemaPath: "#/definitions/nonEmptyString/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err20];
                            }
                            else {
                                vErrors.push(err20);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err21 = { instancePath: instancePath + "/source/title", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err21];
                        }
                        else {
                            vErrors.push(err21);
                        }
                        errors++;
                    }
                }
                if (data6.ruleId !== undefined) {
                    if (typeof data6.ruleId !== "string") {
                        const err22 = { instancePath: instancePath + "/source/ruleId", schemaPath: "#/properties/source/properties/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
                if (data6.path !== undefined) {
                    if (typeof data6.path !== "string") {
                        const err23 = { instancePath: instancePath + "/source/path", schemaPath: "#/properties/source/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err23];
                        }
                        else {
                            vErrors.push(err23);
                        }
                        errors++;
                    }
                }
                if (data6.url !== undefined) {
                    if (typeof data6.url !== "string") {
                        const err24 = { instancePath: instancePath + "/source/url", schemaPath: "#/properties/source/properties/url/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err25 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err25];
                }
                else {
                    vErrors.push(err25);
                }
                errors++;
            }
        }
        if (data.appliesTo !== undefined) {
            let data12 = data.appliesTo;
            if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                for (const key2 in data12) {
                    if (!(((((key2 === "platforms") || (key2 === "services")) || (key2 === "operations")) || (key2 === "tools")) || (key2 === "terms"))) {
                        const err26 = { instancePath: instancePath + "/appliesTo", schemaPath: "#/properties/appliesTo/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                }
                if (data12.platforms !== undefined) {
                    let data13 = data12.platforms;
                    if (Array.isArray(data13)) {
                        const len0 = data13.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                            let data14 = data13[i0];
                            if (typeof data14 === "string") {
                                if (!pattern17.test(data14)) {
                                    const err27 = { instancePath: instancePath + "/appliesTo/platforms/" + i0, schemaPath: "#/definitions/lowerCaseList/items/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Lu}]+$" }, message: "must match pattern \"" + "^[^\\p{Lu}]+$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err27];
                                    }
                                    else {
                                        vErrors.push(err27);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err28 = { instancePath: instancePath + "/appliesTo/platforms/" + i0, schemaPath: "#/definitions/lowerCaseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err28];
                                }
                                else {
                                    vErrors.push(err28);
                                }
                                errors++;
                            }
                        }
                        let i1 = data13.length;
                        let j0;
                        if (i1 > 1) {
                            const indices0 = {};
                            for (; i1--;) {
                                let item0 = data13[i1];
                                if (typeof item0 !== "string") {
                                    continue;
                                }
                                if (typeof indices0[item0] == "number") {
                                    j0 = indices0[item0];
                                    const err29 = { instancePath: instancePath + "/appliesTo/platforms", schemaPath: "#/definitions/lowerCaseList/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)" };
                                    if (vErrors === null) {
                                        vErrors = [err29];
                                    }
                                    else {
                                        vErrors.push(err29);
                                    }
                                    errors++;
                                    break;
                                }
                                indices0[item0] = i1;
                            }
                        }
                    }
                    else {
                        const err30 = { instancePath: instancePath + "/appliesTo/platforms", schemaPath: "#/definitions/lowerCaseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err30];
                        }
                        else {
                            vErrors.push(err30);
                        }
                        errors++;
                    }
                }
                if (data12.services !== undefined) {
                    let data15 = data12.services;
                    if (Array.isArray(data15)) {
                        const len1 = data15.length;
                        for (let i2 = 0; i2 < len1; i2++) {
                            let data16 = data15[i2];
                            if (typeof data16 === "string") {
                                if (!pattern17.test(data16)) {
                                    const err31 = { instancePath: instancePath + "/appliesTo/services/" + i2, schemaPath: "#/definitions/lowerCaseList/items/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Lu}]+$" }, message: "must match pattern \"" + "^[^\\p{Lu}]+$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err31];
                                    }
                                    else {
                                        vErrors.push(err31);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err32 = { instancePath: instancePath + "/appliesTo/services/" + i2, schemaPath: "#/definitions/lowerCaseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err32];
                                }
                                else {
                                    vErrors.push(err32);
                                }
                                errors++;
                            }
                        }
                        let i3 = data15.length;
                        let j1;
                        if (i3 > 1) {
                            const indices1 = {};
                            for (; i3--;) {
                                let item1 = data15[i3];
                                if (typeof item1 !== "string") {
                                    continue;
                                }
                                if (typeof indices1[item1] == "number") {
                                    j1 = indices1[item1];
                                    const err33 = { instancePath: instancePath + "/appliesTo/services", schemaPath: "#/definitions/lowerCaseList/uniqueItems", keyword: "uniqueItems", params: { i: i3, j: j1 }, message: "must NOT have duplicate items (items ## " + j1 + " and " + i3 + " are identical)" };
                                    if (vErrors === null) {
                                        vErrors = [err33];
                                    }
                                    else {
                                        vErrors.push(err33);
                                    }
                                    errors++;
                                    break;
                                }
                                indices1[item1] = i3;
                            }
                        }
                    }
                    else {
                        const err34 = { instancePath: instancePath + "/appliesTo/services", schemaPath: "#/definitions/lowerCaseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err34];
                        }
                        else {
                            vErrors.push(err34);
                        }
                        errors++;
                    }
                }
                if (data12.operations !== undefined) {
                    let data17 = data12.operations;
                    if (Array.isArray(data17)) {
                        const len2 = data17.length;
                        for (let i4 = 0; i4 < len2; i4++) {
                            let data18 = data17[i4];
                            if (typeof data18 === "string") {
                                if (!pattern17.test(data18)) {
                                    const err35 = { instancePath: instancePath + "/appliesTo/operations/" + i4, schemaPath: "#/definitions/lowerCaseList/items/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Lu}]+$" }, message: "must match pattern \"" + "^[^\\p{Lu}]+$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err35];
                                    }
                                    else {
                                        vErrors.push(err35);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err36 = { instancePath: instancePath + "/appliesTo/operations/" + i4, schemaPath: "#/definitions/lowerCaseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err36];
                                }
                                else {
                                    vErrors.push(err36);
                                }
                                errors++;
                            }
                        }
                        let i5 = data17.length;
                        let j2;
                        if (i5 > 1) {
                            const indices2 = {};
                            for (; i5--;) {
                                let item2 = data17[i5];
                                if (typeof item2 !== "string") {
                                    continue;
                                }
                                if (typeof indices2[item2] == "number") {
                                    j2 = indices2[item2];
                                    const err37 = { instancePath: instancePath + "/appliesTo/operations", schemaPath: "#/definitions/lowerCaseList/uniqueItems", keyword: "uniqueItems", params: { i: i5, j: j2 }, message: "must NOT have duplicate items (items ## " + j2 + " and " + i5 + " are identical)" };
                                    if (vErrors === null) {
                                        vErrors = [err37];
                                    }
                                    else {
                                        vErrors.push(err37);
                                    }
                                    errors++;
                                    break;
                                }
                                indices2[item2] = i5;
                            }
                        }
                    }
                    else {
                        const err38 = { instancePath: instancePath + "/appliesTo/operations", schemaPath: "#/definitions/lowerCaseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err38];
                        }
                        else {
                            vErrors.push(err38);
                        }
                        errors++;
                    }
                }
                if (data12.tools !== undefined) {
                    let data19 = data12.tools;
                    if (Array.isArray(data19)) {
                        const len3 = data19.length;
                        for (let i6 = 0; i6 < len3; i6++) {
                            let data20 = data19[i6];
                            if (typeof data20 === "string") {
                                if (!pattern17.test(data20)) {
                                    const err39 = { instancePath: instancePath + "/appliesTo/tools/" + i6, schemaPath: "#/definitions/lowerCaseList/items/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Lu}]+$" }, message: "must match pattern \"" + "^[^\\p{Lu}]+$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err39];
                                    }
                                    else {
                                        vErrors.push(err39);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err40 = { instancePath: instancePath + "/appliesTo/tools/" + i6, schemaPath: "#/definitions/lowerCaseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err40];
                                }
                                else {
                                    vErrors.push(err40);
                                }
                                errors++;
                            }
                        }
                        let i7 = data19.length;
                        let j3;
                        if (i7 > 1) {
                            const indices3 = {};
                            for (; i7--;) {
                                let item3 = data19[i7];
                                if (typeof item3 !== "string") {
                                    continue;
                                }
                                if (typeof indices3[item3] == "number") {
                                    j3 = indices3[item3];
                                    const err41 = { instancePath: instancePath + "/appliesTo/tools", schemaPath: "#/definitions/lowerCaseList/uniqueItems", keyword: "uniqueItems", params: { i: i7, j: j3 }, message: "must NOT have duplicate items (items ## " + j3 + " and " + i7 + " are identical)" };
                                    if (vErrors === null) {
                                        vErrors = [err41];
                                    }
                                    else {
                                        vErrors.push(err41);
                                    }
                                    errors++;
                                    break;
                                }
                                indices3[item3] = i7;
                            }
                        }
                    }
                    else {
                        const err42 = { instancePath: instancePath + "/appliesTo/tools", schemaPath: "#/definitions/lowerCaseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err42];
                        }
                        else {
                            vErrors.push(err42);
                        }
                        errors++;
                    }
                }
                if (data12.terms !== undefined) {
                    let data21 = data12.terms;
                    if (Array.isArray(data21)) {
                        const len4 = data21.length;
                        for (let i8 = 0; i8 < len4; i8++) {
                            let data22 = data21[i8];
                            if (typeof data22 === "string") {
                                if (!pattern17.test(data22)) {
                                    const err43 = { instancePath: instancePath + "/appliesTo/terms/" + i8, schemaPath: "#/definitions/lowerCaseList/items/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Lu}]+$" }, message: "must match pattern \"" + "^[^\\p{Lu}]+$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err43];
                                    }
                                    else {
                                        vErrors.push(err43);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err44 = { instancePath: instancePath + "/appliesTo/terms/" + i8, schemaPath: "#/definitions/lowerCaseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err44];
                                }
                                else {
                                    vErrors.push(err44);
                                }
                                errors++;
                            }
                        }
                        let i9 = data21.length;
                        let j4;
                        if (i9 > 1) {
                            const indices4 = {};
                            for (; i9--;) {
                                let item4 = data21[i9];
                                if (typeof item4 !== "string") {
                                    continue;
                                }
                                if (typeof indices4[item4] == "number") {
                                    j4 = indices4[item4];
                                    const err45 = { instancePath: instancePath + "/appliesTo/terms", schemaPath: "#/definitions/lowerCaseList/uniqueItems", keyword: "uniqueItems", params: { i: i9, j: j4 }, message: "must NOT have duplicate items (items ## " + j4 + " and " + i9 + " are identical)" };
                                    if (vErrors === null) {
                                        vErrors = [err45];
                                    }
                                    else {
                                        vErrors.push(err45);
                                    }
                                    errors++;
                                    break;
                                }
                                indices4[item4] = i9;
                            }
                        }
                    }
                    else {
                        const err46 = { instancePath: instancePath + "/appliesTo/terms", schemaPath: "#/definitions/lowerCaseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err46];
                        }
                        else {
                            vErrors.push(err46);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err47 = { instancePath: instancePath + "/appliesTo", schemaPath: "#/properties/appliesTo/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err47];
                }
                else {
                    vErrors.push(err47);
                }
                errors++;
            }
        }
        if (data.scenario !== undefined) {
            let data23 = data.scenario;
            if (data23 && typeof data23 == "object" && !Array.isArray(data23)) {
                for (const key3 in data23) {
                    if (!(((((((key3 === "summary") || (key3 === "anyRule")) || (key3 === "serviceWide")) || (key3 === "evidence")) || (key3 === "excludes")) || (key3 === "resourceState")) || (key3 === "words"))) {
                        const err48 = { instancePath: instancePath + "/scenario", schemaPath: "#/properties/scenario/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err48];
                        }
                        else {
                            vErrors.push(err48);
                        }
                        errors++;
                    }
                }
                if (data23.summary !== undefined) {
                    let data24 = data23.summary;
                    if (typeof data24 === "string") {
                        if (!pattern1.test(data24)) {
                            const err49 = { instancePath: instancePath + "/scenario/summary", schemaPath: "#/definitions/nonEmptyString/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err49];
                            }
                            else {
                                vErrors.push(err49);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err50 = { instancePath: instancePath + "/scenario/summary", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err50];
                        }
                        else {
                            vErrors.push(err50);
                        }
                        errors++;
                    }
                }
                if (data23.anyRule !== undefined) {
                    if (typeof data23.anyRule !== "boolean") {
                        const err51 = { instancePath: instancePath + "/scenario/anyRule", schemaPath: "#/properties/scenario/properties/anyRule/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                            vErrors = [err51];
                        }
                        else {
                            vErrors.push(err51);
                        }
                        errors++;
                    }
                }
                if (data23.serviceWide !== undefined) {
                    if (typeof data23.serviceWide !== "boolean") {
                        const err52 = { instancePath: instancePath + "/scenario/serviceWide", schemaPath: "#/properties/scenario/properties/serviceWide/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                            vErrors = [err52];
                        }
                        else {
                            vErrors.push(err52);
                        }
                        errors++;
                    }
                }
                if (data23.evidence !== undefined) {
                    let data27 = data23.evidence;
                    if (Array.isArray(data27)) {
                        const len5 = data27.length;
                        for (let i10 = 0; i10 < len5; i10++) {
                            let data28 = data27[i10];
                            if (typeof data28 === "string") {
                                if (!pattern17.test(data28)) {
                                    const err53 = { instancePath: instancePath + "/scenario/evidence/" + i10, schemaPath: "#/definitions/lowerCaseList/items/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Lu}]+$" }, message: "must match pattern \"" + "^[^\\p{Lu}]+$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err53];
                                    }
                                    else {
                                        vErrors.push(err53);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err54 = { instancePath: instancePath + "/scenario/evidence/" + i10, schemaPath: "#/definitions/lowerCaseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err54];
                                }
                                else {
                                    vErrors.push(err54);
                                }
                                errors++;
                            }
                        }
                        let i11 = data27.length;
                        let j5;
                        if (i11 > 1) {
                            const indices5 = {};
                            for (; i11--;) {
                                let item5 = data27[i11];
                                if (typeof item5 !== "string") {
                                    continue;
                                }
                                if (typeof indices5[item5] == "number") {
                                    j5 = indices5[item5];
                                    const err55 = { instancePath: instancePath + "/scenario/evidence", schemaPath: "#/definitions/lowerCaseList/uniqueItems", keyword: "uniqueItems", params: { i: i11, j: j5 }, message: "must NOT have duplicate items (items ## " + j5 + " and " + i11 + " are identical)" };
                                    if (vErrors === null) {
                                        vErrors = [err55];
                                    }
                                    else {
                                        vErrors.push(err55);
                                    }
                                    errors++;
                                    break;
                                }
                                indices5[item5] = i11;
                            }
                        }
                    }
                    else {
                        const err56 = { instancePath: instancePath + "/scenario/evidence", schemaPath: "#/definitions/lowerCaseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err56];
                        }
                        else {
                            vErrors.push(err56);
                        }
                        errors++;
                    }
                }
                if (data23.excludes !== undefined) {
                    let data29 = data23.excludes;
                    if (Array.isArray(data29)) {
                        const len6 = data29.length;
                        for (let i12 = 0; i12 < len6; i12++) {
                            let data30 = data29[i12];
                            if (typeof data30 === "string") {
                                if (!pattern17.test(data30)) {
                                    const err57 = { instancePath: instancePath + "/scenario/excludes/" + i12, schemaPath: "#/definitions/lowerCaseList/items/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Lu}]+$" }, message: "must match pattern \"" + "^[^\\p{Lu}]+$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err57];
                                    }
                                    else {
                                        vErrors.push(err57);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err58 = { instancePath: instancePath + "/scenario/excludes/" + i12, schemaPath: "#/definitions/lowerCaseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err58];
                                }
                                else {
                                    vErrors.push(err58);
                                }
                                errors++;
                            }
                        }
                        let i13 = data29.length;
                        let j6;
                        if (i13 > 1) {
                            const indices6 = {};
                            for (; i13--;) {
                                let item6 = data29[i13];
                                if (typeof item6 !== "string") {
                                    continue;
                                }
                                if (typeof indices6[item6] == "number") {
                                    j6 = indices6[item6];
                                    const err59 = { instancePath: instancePath + "/scenario/excludes", schemaPath: "#/definitions/lowerCaseList/uniqueItems", keyword: "uniqueItems", params: { i: i13, j: j6 }, message: "must NOT have duplicate items (items ## " + j6 + " and " + i13 + " are identical)" };
                                    if (vErrors === null) {
                                        vErrors = [err59];
                                    }
                                    else {
                                        vErrors.push(err59);
                                    }
                                    errors++;
                                    break;
                                }
                                indices6[item6] = i13;
                            }
                        }
                    }
                    else {
                        const err60 = { instancePath: instancePath + "/scenario/excludes", schemaPath: "#/definitions/lowerCaseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err60];
                        }
                        else {
                            vErrors.push(err60);
                        }
                        errors++;
                    }
                }
                if (data23.resourceState !== undefined) {
                    if (typeof data23.resourceState !== "boolean") {
                        const err61 = { instancePath: instancePath + "/scenario/resourceState", schemaPath: "#/properties/scenario/properties/resourceState/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
                        if (vErrors === null) {
                            vErrors = [err61];
                        }
                        else {
                            vErrors.push(err61);
                        }
                        errors++;
                    }
                }
                if (data23.words !== undefined) {
                    let data32 = data23.words;
                    if (Array.isArray(data32)) {
                        const len7 = data32.length;
                        for (let i14 = 0; i14 < len7; i14++) {
                            let data33 = data32[i14];
                            if (typeof data33 === "string") {
                                if (!pattern17.test(data33)) {
                                    const err62 = { instancePath: instancePath + "/scenario/words/" + i14, schemaPath: "#/definitions/lowerCaseList/items/pattern", keyword: "pattern", params: { pattern: "^[^\\p{Lu}]+$" }, message: "must match pattern \"" + "^[^\\p{Lu}]+$" + "\"" };
                                    if (vErrors === null) {
                                        vErrors = [err62];
                                    }
                                    else {
                                        vErrors.push(err62);
                                    }
                                    errors++;
                                }
                            }
                            else {
                                const err63 = { instancePath: instancePath + "/scenario/words/" + i14, schemaPath: "#/definitions/lowerCaseList/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                    vErrors = [err63];
                                }
                                else {
                                    vErrors.push(err63);
                                }
                                errors++;
                            }
                        }
                        let i15 = data32.length;
                        let j7;
                        if (i15 > 1) {
                            const indices7 = {};
                            for (; i15--;) {
                                let item7 = data32[i15];
                                if (typeof item7 !== "string") {
                                    continue;
                                }
                                if (typeof indices7[item7] == "number") {
                                    j7 = indices7[item7];
                                    const err64 = { instancePath: instancePath + "/scenario/words", schemaPath: "#/definitions/lowerCaseList/uniqueItems", keyword: "uniqueItems", params: { i: i15, j: j7 }, message: "must NOT have duplicate items (items ## " + j7 + " and " + i15 + " are identical)" };
                                    if (vErrors === null) {
                                        vErrors = [err64];
                                    }
                                    else {
                                        vErrors.push(err64);
                                    }
                                    errors++;
                                    break;
                                }
                                indices7[item7] = i15;
                            }
                        }
                    }
                    else {
                        const err65 = { instancePath: instancePath + "/scenario/words", schemaPath: "#/definitions/lowerCaseList/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                        if (vErrors === null) {
                            vErrors = [err65];
                        }
                        else {
                            vErrors.push(err65);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err66 = { instancePath: instancePath + "/scenario", schemaPath: "#/properties/scenario/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err66];
                }
                else {
                    vErrors.push(err66);
                }
                errors++;
            }
        }
    }
    else {
        const err67 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err67];
        }
        else {
            vErrors.push(err67);
        }
        errors++;
    }
    validate11.errors = vErrors;
    return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="catalog" */ ;
    let vErrors = null;
    let errors = 0;
    const _errs1 = errors;
    let valid0 = true;
    const _errs2 = errors;
    const _errs3 = errors;
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        let missing0;
        if ((data.technique === undefined) && (missing0 = "technique")) {
            const err0 = {};
            if (vErrors === null) {
                vErrors = [err0];
            }
            else {
                vErrors.push(err0);
            }
            errors++;
        }
    }
    var valid1 = _errs4 === errors;
    if (valid1) {
        const err1 = {};
        if (vErrors === null) {
            vErrors = [err1];
        }
        else {
            vErrors.push(err1);
        }
        errors++;
    }
    else {
        errors = _errs3;
        if (vErrors !== null) {
            if (_errs3) {
                vErrors.length = _errs3;
            }
            else {
                vErrors = null;
            }
        }
    }
    var _valid0 = _errs2 === errors;
    errors = _errs1;
    if (vErrors !== null) {
        if (_errs1) {
            vErrors.length = _errs1;
        }
        else {
            vErrors = null;
        }
    }
    if (_valid0) {
        const _errs5 = errors;
        if (data && typeof data == "object" && !Array.isArray(data)) {
            if (data.entries !== undefined) {
                let data0 = data.entries;
                if (Array.isArray(data0)) {
                    const len0 = data0.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                        let data1 = data0[i0];
                        if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
                            if (data1.technique === undefined) {
                                const err2 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/then/properties/entries/items/required", keyword: "required", params: { missingProperty: "technique" }, message: "must have required property '" + "technique" + "'" };
                                if (vErrors === null) {
                                    vErrors = [err2];
                                }
                                else {
                                    vErrors.push(err2);
                                }
                                errors++;
                            }
                        }
                        else {
                            const err3 = { instancePath: instancePath + "/entries/" + i0, schemaPath: "#/then/properties/entries/items/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                            if (vErrors === null) {
                                vErrors = [err3];
                            }
                            else {
                                vErrors.push(err3);
                            }
                            errors++;
                        }
                    }
                }
                else {
                    const err4 = { instancePath: instancePath + "/entries", schemaPath: "#/then/properties/entries/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                    if (vErrors === null) {
                        vErrors = [err4];
                    }
                    else {
                        vErrors.push(err4);
                    }
                    errors++;
                }
            }
        }
        var _valid0 = _errs5 === errors;
        valid0 = _valid0;
    }
    if (!valid0) {
        const err5 = { instancePath, schemaPath: "#/if", keyword: "if", params: { failingKeyword: "then" }, message: "must match \"then\" schema" };
        if (vErrors === null) {
            vErrors = [err5];
        }
        else {
            vErrors.push(err5);
        }
        errors++;
    }
    if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.entries === undefined) {
            const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "entries" }, message: "must have required property '" + "entries" + "'" };
            if (vErrors === null) {
                vErrors = [err6];
            }
            else {
                vErrors.push(err6);
            }
            errors++;
        }
        for (const key0 in data) {
            if (!((((((key0 === "$schema") || (key0 === "technique")) || (key0 === "name")) || (key0 === "version")) || (key0 === "source")) || (key0 === "entries"))) {
                const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err7];
                }
                else {
                    vErrors.push(err7);
                }
                errors++;
            }
        }
        if (data.$schema !== undefined) {
            if (typeof data.$schema !== "string") {
                const err8 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err8];
                }
                else {
                    vErrors.push(err8);
                }
                errors++;
            }
        }
        if (data.technique !== undefined) {
            let data3 = data.technique;
            if (typeof data3 === "string") {
                if (!pattern0.test(data3)) {
                    const err9 = { instancePath: instancePath + "/technique", schemaPath: "#/definitions/techniqueId/pattern", keyword: "pattern", params: { pattern: "^T[0-9]{4}(\\.[0-9]{3})?$" }, message: "must match pattern \"" + "^T[0-9]{4}(\\.[0-9]{3})?$" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err9];
                    }
                    else {
                        vErrors.push(err9);
                    }
                    errors++;
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/technique", schemaPath: "#/definitions/techniqueId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.name !== undefined) {
            let data4 = data.name;
            if (typeof data4 === "string") {
                if (!pattern1.test(data4)) {
                    const err11 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/nonEmptyString/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err11];
                    }
                    else {
                        vErrors.push(err11);
                    }
                    errors++;
                }
            }
            else {
                const err12 = { instancePath: instancePath + "/name", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err12];
                }
                else {
                    vErrors.push(err12);
                }
                errors++;
            }
        }
        if (data.version !== undefined) {
            let data5 = data.version;
            if (typeof data5 === "string") {
                if (!pattern1.test(data5)) {
                    const err13 = { instancePath: instancePath + "/version", schemaPath: "#/definitions/nonEmptyString/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"" };
                    if (vErrors === null) {
                        vErrors = [err13];
                    }
                    else {
                        vErrors.push(err13);
                    }
                    errors++;
                }
            }
            else {
                const err14 = { instancePath: instancePath + "/version", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err14];
                }
                else {
                    vErrors.push(err14);
                }
                errors++;
            }
        }
        if (data.source !== undefined) {
            let data6 = data.source;
            if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
                if (data6.name === undefined) {
                    const err15 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property '" + "name" + "'" };
                    if (vErrors === null) {
                        vErrors = [err15];
                    }
                    else {
                        vErrors.push(err15);
                    }
                    errors++;
                }
                for (const key1 in data6) {
                    if (!((((((key1 === "name") || (key1 === "title")) || (key1 === "url")) || (key1 === "snapshot")) || (key1 === "rules")) || (key1 === "license"))) {
                        const err16 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
                        if (vErrors === null) {
                            vErrors = [err16];
                        }
                        else {
                            vErrors.push(err16);
                        }
                        errors++;
                    }
                }
                if (data6.name !== undefined) {
                    let data7 = data6.name;
                    if (typeof data7 === "string") {
                        if (!pattern1.test(data7)) {
                            const err17 = { instancePath: instancePath + "/source/name", schemaPath: "#/definitions/nonEmptyString/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err18 = { instancePath: instancePath + "/source/name", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
                if (data6.title !== undefined) {
                    let data8 = data6.title;
                    if (typeof data8 === "string") {
                        if (!pattern1.test(data8)) {
                            const err19 = { instancePath: instancePath + "/source/title", schemaPath: "#/definitions/nonEmptyString/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err19];
                            }
                            else {
                                vErrors.push(err19);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err20 = { instancePath: instancePath + "/source/title", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err20];
                        }
                        else {
                            vErrors.push(err20);
                        }
                        errors++;
                    }
                }
                if (data6.url !== undefined) {
                    let data9 = data6.url;
                    if (typeof data9 === "string") {
                        if (!pattern1.test(data9)) {
                            const err21 = { instancePath: instancePath + "/source/url", schemaPath: "#/definitions/nonEmptyString/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err21];
                            }
                            else {
                                vErrors.push(err21);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err22 = { instancePath: instancePath + "/source/url", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err22];
                        }
                        else {
                            vErrors.push(err22);
                        }
                        errors++;
                    }
                }
                if (data6.snapshot !== undefined) {
                    let data10 = data6.snapshot;
                    if (typeof data10 === "string") {
                        if (!pattern6.test(data10)) {
                            const err23 = { instancePath: instancePath + "/source/snapshot", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: "must match pattern \"" + "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err23];
                            }
                            else {
                                vErrors.push(err23);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err24 = { instancePath: instancePath + "/source/snapshot", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err24];
                        }
                        else {
                            vErrors.push(err24);
                        }
                        errors++;
                    }
                }
                if (data6.rules !== undefined) {
                    let data11 = data6.rules;
                    if (typeof data11 === "string") {
                        if (!pattern1.test(data11)) {
                            const err25 = { instancePath: instancePath + "/source/rules", schemaPath: "#/definitions/nonEmptyString/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err25];
                            }
                            else {
                                vErrors.push(err25);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err26 = { instancePath: instancePath + "/source/rules", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err26];
                        }
                        else {
                            vErrors.push(err26);
                        }
                        errors++;
                    }
                }
                if (data6.license !== undefined) {
                    let data12 = data6.license;
                    if (typeof data12 === "string") {
                        if (!pattern1.test(data12)) {
                            const err27 = { instancePath: instancePath + "/source/license", schemaPath: "#/definitions/nonEmptyString/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err27];
                            }
                            else {
                                vErrors.push(err27);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err28 = { instancePath: instancePath + "/source/license", schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err28];
                        }
                        else {
                            vErrors.push(err28);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err29 = { instancePath: instancePath + "/source", schemaPath: "#/properties/source/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err29];
                }
                else {
                    vErrors.push(err29);
                }
                errors++;
            }
        }
        if (data.entries !== undefined) {
            let data13 = data.entries;
            if (Array.isArray(data13)) {
                const len1 = data13.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    if (!(validate11(data13[i1], { instancePath: instancePath + "/entries/" + i1, parentData: data13, parentDataProperty: i1, rootData }))) {
                        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                        errors = vErrors.length;
                    }
                }
            }
            else {
                const err30 = { instancePath: instancePath + "/entries", schemaPath: "#/properties/entries/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err30];
                }
                else {
                    vErrors.push(err30);
                }
                errors++;
            }
        }
    }
    else {
        const err31 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err31];
        }
        else {
            vErrors.push(err31);
        }
        errors++;
    }
    validate10.errors = vErrors;
    return errors === 0;
}
const validateConfig = validate13;
const schema38 = { "$schema": "http://json-schema.org/draft-07/schema#", "title": "lofp-lint configuration (.lofp.yml)", "description": "Repository configuration of lofp-lint, read from .lofp.yml (or .lofp.yaml) at the repository root.", "type": "object", "additionalProperties": false, "properties": { "$schema": { "type": "string" }, "catalogs": { "description": "Extra catalog files (YAML or JSON, catalog/schema.json), relative to this file. An entry whose id already exists replaces it.", "type": "array", "items": { "$ref": "#/definitions/nonEmptyString" } }, "checks": { "description": "Severity per check id, or `off` to disable the check.", "type": "object", "propertyNames": { "$ref": "#/definitions/checkId" }, "additionalProperties": { "$ref": "#/definitions/severity" } }, "ignore": { "description": "Paths never linted, in .gitignore syntax relative to this file: a folder name excludes the folder, a pattern without a slash matches at any depth.", "type": "array", "items": { "$ref": "#/definitions/nonEmptyString" } }, "disabledEntries": { "description": "Catalog entry ids never suggested.", "type": "array", "items": { "$ref": "#/definitions/entryId" } }, "techniques": { "description": "ATT&CK techniques to select when --technique is not given.", "type": "array", "items": { "$ref": "#/definitions/techniqueId" } } }, "definitions": { "nonEmptyString": { "type": "string", "pattern": "\\S" }, "techniqueId": { "type": "string", "pattern": "^T[0-9]{4}(\\.[0-9]{3})?$" }, "entryId": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "checkId": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" }, "severity": { "type": "string", "pattern": "^(error|warning|note|off)$" } }, "$id": "config" };
const schema39 = { "type": "string", "pattern": "\\S" };
const schema40 = { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" };
const schema41 = { "type": "string", "pattern": "^(error|warning|note|off)$" };
const schema43 = { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$" };
const schema44 = { "type": "string", "pattern": "^T[0-9]{4}(\\.[0-9]{3})?$" };
const pattern28 = new RegExp("^(error|warning|note|off)$", "u");
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
    /*# sourceURL="config" */ ;
    let vErrors = null;
    let errors = 0;
    if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
            if (!((((((key0 === "$schema") || (key0 === "catalogs")) || (key0 === "checks")) || (key0 === "ignore")) || (key0 === "disabledEntries")) || (key0 === "techniques"))) {
                const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
                if (vErrors === null) {
                    vErrors = [err0];
                }
                else {
                    vErrors.push(err0);
                }
                errors++;
            }
        }
        if (data.$schema !== undefined) {
            if (typeof data.$schema !== "string") {
                const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                if (vErrors === null) {
                    vErrors = [err1];
                }
                else {
                    vErrors.push(err1);
                }
                errors++;
            }
        }
        if (data.catalogs !== undefined) {
            let data1 = data.catalogs;
            if (Array.isArray(data1)) {
                const len0 = data1.length;
                for (let i0 = 0; i0 < len0; i0++) {
                    let data2 = data1[i0];
                    if (typeof data2 === "string") {
                        if (!pattern1.test(data2)) {
                            const err2 = { instancePath: instancePath + "/catalogs/" + i0, schemaPath: "#/definitions/nonEmptyString/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err2];
                            }
                            else {
                                vErrors.push(err2);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err3 = { instancePath: instancePath + "/catalogs/" + i0, schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err3];
                        }
                        else {
                            vErrors.push(err3);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err4 = { instancePath: instancePath + "/catalogs", schemaPath: "#/properties/catalogs/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err4];
                }
                else {
                    vErrors.push(err4);
                }
                errors++;
            }
        }
        if (data.checks !== undefined) {
            let data3 = data.checks;
            if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                for (const key1 in data3) {
                    const _errs11 = errors;
                    if (typeof key1 === "string") {
                        if (!pattern9.test(key1)) {
                            const err5 = { instancePath: instancePath + "/checks", schemaPath: "#/definitions/checkId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"", propertyName: key1 };
                            if (vErrors === null) {
                                vErrors = [err5];
                            }
                            else {
                                vErrors.push(err5);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err6 = { instancePath: instancePath + "/checks", schemaPath: "#/definitions/checkId/type", keyword: "type", params: { type: "string" }, message: "must be string", propertyName: key1 };
                        if (vErrors === null) {
                            vErrors = [err6];
                        }
                        else {
                            vErrors.push(err6);
                        }
                        errors++;
                    }
                    var valid4 = _errs11 === errors;
                    if (!valid4) {
                        const err7 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid" };
                        if (vErrors === null) {
                            vErrors = [err7];
                        }
                        else {
                            vErrors.push(err7);
                        }
                        errors++;
                    }
                }
                for (const key2 in data3) {
                    let data4 = data3[key2];
                    if (typeof data4 === "string") {
                        if (!pattern28.test(data4)) {
                            const err8 = { instancePath: instancePath + "/checks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/severity/pattern", keyword: "pattern", params: { pattern: "^(error|warning|note|off)$" }, message: "must match pattern \"" + "^(error|warning|note|off)$" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err8];
                            }
                            else {
                                vErrors.push(err8);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err9 = { instancePath: instancePath + "/checks/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/severity/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err9];
                        }
                        else {
                            vErrors.push(err9);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err10 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                if (vErrors === null) {
                    vErrors = [err10];
                }
                else {
                    vErrors.push(err10);
                }
                errors++;
            }
        }
        if (data.ignore !== undefined) {
            let data5 = data.ignore;
            if (Array.isArray(data5)) {
                const len1 = data5.length;
                for (let i1 = 0; i1 < len1; i1++) {
                    let data6 = data5[i1];
                    if (typeof data6 === "string") {
                        if (!pattern1.test(data6)) {
                            const err11 = { instancePath: instancePath + "/ignore/" + i1, schemaPath: "#/definitions/nonEmptyString/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: "must match pattern \"" + "\\S" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err11];
                            }
                            else {
                                vErrors.push(err11);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err12 = { instancePath: instancePath + "/ignore/" + i1, schemaPath: "#/definitions/nonEmptyString/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err12];
                        }
                        else {
                            vErrors.push(err12);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err13 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err13];
                }
                else {
                    vErrors.push(err13);
                }
                errors++;
            }
        }
        if (data.disabledEntries !== undefined) {
            let data7 = data.disabledEntries;
            if (Array.isArray(data7)) {
                const len2 = data7.length;
                for (let i2 = 0; i2 < len2; i2++) {
                    let data8 = data7[i2];
                    if (typeof data8 === "string") {
                        if (!pattern9.test(data8)) {
                            const err14 = { instancePath: instancePath + "/disabledEntries/" + i2, schemaPath: "#/definitions/entryId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9]+(-[a-z0-9]+)*$" }, message: "must match pattern \"" + "^[a-z0-9]+(-[a-z0-9]+)*$" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err14];
                            }
                            else {
                                vErrors.push(err14);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err15 = { instancePath: instancePath + "/disabledEntries/" + i2, schemaPath: "#/definitions/entryId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err15];
                        }
                        else {
                            vErrors.push(err15);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err16 = { instancePath: instancePath + "/disabledEntries", schemaPath: "#/properties/disabledEntries/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err16];
                }
                else {
                    vErrors.push(err16);
                }
                errors++;
            }
        }
        if (data.techniques !== undefined) {
            let data9 = data.techniques;
            if (Array.isArray(data9)) {
                const len3 = data9.length;
                for (let i3 = 0; i3 < len3; i3++) {
                    let data10 = data9[i3];
                    if (typeof data10 === "string") {
                        if (!pattern0.test(data10)) {
                            const err17 = { instancePath: instancePath + "/techniques/" + i3, schemaPath: "#/definitions/techniqueId/pattern", keyword: "pattern", params: { pattern: "^T[0-9]{4}(\\.[0-9]{3})?$" }, message: "must match pattern \"" + "^T[0-9]{4}(\\.[0-9]{3})?$" + "\"" };
                            if (vErrors === null) {
                                vErrors = [err17];
                            }
                            else {
                                vErrors.push(err17);
                            }
                            errors++;
                        }
                    }
                    else {
                        const err18 = { instancePath: instancePath + "/techniques/" + i3, schemaPath: "#/definitions/techniqueId/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                        if (vErrors === null) {
                            vErrors = [err18];
                        }
                        else {
                            vErrors.push(err18);
                        }
                        errors++;
                    }
                }
            }
            else {
                const err19 = { instancePath: instancePath + "/techniques", schemaPath: "#/properties/techniques/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                if (vErrors === null) {
                    vErrors = [err19];
                }
                else {
                    vErrors.push(err19);
                }
                errors++;
            }
        }
    }
    else {
        const err20 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
            vErrors = [err20];
        }
        else {
            vErrors.push(err20);
        }
        errors++;
    }
    validate13.errors = vErrors;
    return errors === 0;
}

;// CONCATENATED MODULE: ./src/catalog/schema.ts
/**
 * Reading and validating the documents users write (catalogs, `.lofp.yml`): YAML or JSON text ->
 * a schema-checked value, or a ConfigError of one line naming the file, the JSON path and the
 * problem. Validation runs the ajv standalone code generated at build time (no ajv at start-up).
 */




/**
 * Parses YAML (JSON is YAML) with the core schema, so `2026-11-26` stays a string and `yes` is no
 * boolean. `label` is how messages name the file.
 */
function parseDocument(text, label) {
    try {
        return yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: label });
    }
    catch (error) {
        if (error instanceof yaml.YAMLException) {
            const { mark, reason } = error;
            const at = mark ? `:${mark.line + 1}:${mark.column + 1}` : '';
            throw new ConfigError(`${label}${at}: ${reason}`);
        }
        throw error;
    }
}
function checkCatalogDocument(data, label) {
    if (data === undefined || data === null)
        throw new ConfigError(`${label}: the file is empty; a catalog needs 'entries'`);
    check(validateCatalog, CATALOG_SCHEMA, data, label);
    const document = data;
    const firstIndex = new Map();
    document.entries.forEach((entry, index) => {
        const first = firstIndex.get(entry.id);
        if (first !== undefined) {
            throw new ConfigError(`${label}: /entries/${index}/id: duplicate id '${entry.id}' (first used at /entries/${first}/id)`);
        }
        firstIndex.set(entry.id, index);
    });
    return document;
}
function checkConfigDocument(data, label) {
    // An empty .lofp.yml (or one holding only comments) means "all defaults".
    if (data === undefined || data === null)
        return {};
    check(validateConfig, CONFIG_SCHEMA, data, label);
    return data;
}
function check(validate, schema, data, label) {
    if (validate(data))
        return;
    const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
    // A misspelt key leaves a required one missing too: the unknown field names the typo.
    const error = errors.find((e) => e.keyword === 'additionalProperties') ?? errors[0];
    if (!error)
        throw new ConfigError(`${label}: does not match its schema`);
    throw new ConfigError(`${label}: ${describeSchemaError(error, schema, data)}`);
}
/** `<JSON path>: <what is wrong>`, quoting the offending value and saying what is expected. */
function describeSchemaError(error, schema, data) {
    const where = error.instancePath || '/';
    const value = valueAt(data, error.instancePath);
    const node = schemaAt(schema, error.instancePath);
    switch (error.keyword) {
        case 'required': {
            const missing = String(error.params.missingProperty);
            const why = error.schemaPath.startsWith('#/then/') ? ` (the file sets no top-level 'technique')` : '';
            return `${where}: missing required field '${missing}'${why}`;
        }
        case 'additionalProperties': {
            const allowed = Object.keys(node.schema?.properties ?? {}).filter((k) => k !== '$schema');
            return `${where}: unknown field '${String(error.params.additionalProperty)}' (allowed: ${allowed.join(', ')})`;
        }
        case 'type':
            return `${where}: must be ${article(String(error.params.type))} (found ${describeType(value)})`;
        case 'enum': {
            const allowed = error.params.allowedValues.map(String).join(', ');
            return `${where}: ${quote(value)} is not one of ${allowed}`;
        }
        case 'uniqueItems': {
            const [first, second] = [Number(error.params.i), Number(error.params.j)].sort((a, b) => a - b);
            return `${where}: items ${first} and ${second} are the same (${quote(valueAt(data, `${error.instancePath}/${first}`))})`;
        }
        case 'pattern': {
            if (error.propertyName !== undefined) {
                const names = schemaAt(schema, error.instancePath).schema?.propertyNames;
                const meaning = PATTERN_MEANINGS[refName(names) ?? ''] ?? `does not match ${String(error.params.pattern)}`;
                return `${where}: key '${error.propertyName}' ${meaning}`;
            }
            const meaning = PATTERN_MEANINGS[node.ref ?? ''] ?? `does not match ${String(error.params.pattern)}`;
            return `${where}: ${quote(value)} ${meaning}`;
        }
        default:
            return `${where}: ${error.message ?? error.keyword}`;
    }
}
/** What each named pattern of the schemas means, keyed by its definition name. */
const PATTERN_MEANINGS = {
    nonEmptyString: 'must not be empty',
    techniqueId: 'is not an ATT&CK technique id (expected T1234 or T1234.001)',
    entryId: 'is not a kebab-case id (expected lower-case letters and digits joined by single hyphens)',
    checkId: 'is not a check id (expected lower-case letters and digits joined by single hyphens)',
    theme: 'is not a kebab-case theme (expected lower-case letters and digits joined by single hyphens)',
    date: 'is not a date (expected YYYY-MM-DD)',
    insertText: 'must start with a capital letter',
    lowerCaseList: 'must be lower case',
    severity: 'is not a severity (expected error, warning, note or off)',
};
function refName(schema) {
    const ref = schema?.$ref;
    return typeof ref === 'string' ? ref.replace(/^#\/definitions\//, '') : undefined;
}
function resolve(root, schema, refs) {
    let current = schema;
    for (let hops = 0; current && typeof current.$ref === 'string' && hops < 10; hops++) {
        const name = refName(current);
        refs.push(name);
        current = root.definitions[name];
    }
    return current;
}
/**
 * The schema node validating the value at a JSON pointer, and the last definition the walk went
 * through (`techniqueId`, or `lowerCaseList` for one of its items): it says what a pattern meant.
 */
function schemaAt(root, pointer) {
    const refs = [];
    let node = resolve(root, root, refs);
    for (const segment of pointer.split('/').slice(1)) {
        if (!node)
            break;
        const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
        const properties = node.properties;
        let next;
        if (node.items && /^\d+$/.test(key))
            next = node.items;
        else if (properties && key in properties)
            next = properties[key];
        else if (node.additionalProperties && typeof node.additionalProperties === 'object')
            next = node.additionalProperties;
        node = resolve(root, next, refs);
    }
    return { schema: node, ref: refs[refs.length - 1] };
}
function valueAt(data, pointer) {
    let current = data;
    for (const segment of pointer.split('/').slice(1)) {
        const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
        if (current === null || typeof current !== 'object')
            return undefined;
        current = current[key];
    }
    return current;
}
function quote(value) {
    return typeof value === 'string' ? `'${value}'` : JSON.stringify(value) ?? String(value);
}
function describeType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a map';
    if (typeof value === 'string')
        return `the string ${quote(value)}`;
    return `${typeof value} ${String(value)}`;
}
function article(type) {
    const names = { object: 'a map', array: 'a list', string: 'a string' };
    return names[type] ?? `a ${type}`;
}

;// CONCATENATED MODULE: ./src/catalog/load.ts
/**
 * The catalog a run uses: the shipped catalogs, then the user's (config `catalogs`, then each
 * `--catalog FILE`), merged by id (a later entry with an existing id replaces it, in place), minus
 * the entry ids the config disables.
 */





let builtinEntries;
/** The shipped entries; already validated when the module was generated. */
function loadBuiltinEntries() {
    builtinEntries ??= builtinCatalogFiles().flatMap((file) => documentEntries(file.document, builtinOrigin(file.name)));
    return builtinEntries;
}
/** Throws ConfigError (one line: file, JSON path, problem) for an unreadable or invalid catalog. */
function loadCatalog(options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const byId = new Map();
    const add = (entries) => {
        for (const entry of entries)
            byId.set(entry.id, entry);
    };
    if (options.builtin !== false)
        add(loadBuiltinEntries());
    const files = [...(options.config?.catalogs ?? []), ...(options.files ?? [])];
    for (const file of files)
        add(readCatalogFile(external_node_path_default().resolve(cwd, file), displayPath(cwd, file)));
    const disabled = [...(options.config?.disabledEntries ?? []), ...(options.disabledEntries ?? [])];
    for (const id of disabled) {
        if (!byId.has(id)) {
            const origin = options.disabledEntriesOrigin ?? options.config?.source ?? 'disabledEntries';
            throw new ConfigError(`${origin}: disabledEntries: no catalog entry has the id '${id}'`);
        }
    }
    const off = new Set(disabled);
    return { entries: [...byId.values()].filter((entry) => !off.has(entry.id)) };
}
/** Entries of a technique; a sub-technique (T1552.004) also gets its parent's (T1552). */
function entriesFor(catalog, technique) {
    return catalog.entries.filter((e) => e.technique === technique || technique.startsWith(`${e.technique}.`));
}
/** Reads and validates one catalog file; `label` names it in messages. */
function readCatalogFile(absolute, label) {
    let text;
    try {
        text = readRegularFile(absolute).toString('utf8');
    }
    catch (error) {
        throw new ConfigError(`${label}: cannot read the catalog (${readProblem(error)})`);
    }
    const document = checkCatalogDocument(parseDocument(text, label), label);
    return documentEntries(document, label);
}
/** A validated document's entries, with the file's defaults applied. */
function documentEntries(document, origin) {
    return document.entries.map((entry) => {
        const insert = entry.insert ?? capitalize(entry.text);
        return {
            id: entry.id,
            // The schema requires a technique on the entry when the file has none.
            technique: (entry.technique ?? document.technique),
            text: entry.text,
            insert,
            short: entry.short ?? insert,
            source: {
                product: entry.source?.product ?? '',
                title: entry.source?.title ?? '',
                ruleId: entry.source?.ruleId ?? '',
                path: entry.source?.path ?? '',
                url: entry.source?.url ?? '',
            },
            appliesTo: {
                platforms: entry.appliesTo?.platforms ?? [],
                services: entry.appliesTo?.services ?? [],
                operations: entry.appliesTo?.operations ?? [],
                tools: entry.appliesTo?.tools ?? [],
                terms: entry.appliesTo?.terms ?? [],
            },
            scenario: {
                summary: entry.scenario?.summary ?? '',
                anyRule: entry.scenario?.anyRule ?? false,
                serviceWide: entry.scenario?.serviceWide ?? false,
                evidence: entry.scenario?.evidence ?? [],
                excludes: entry.scenario?.excludes ?? [],
                resourceState: entry.scenario?.resourceState ?? false,
                words: entry.scenario?.words ?? [],
            },
            theme: entry.theme ?? 'other',
            origin,
        };
    });
}
function capitalize(text) {
    const trimmed = text.trim();
    return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
/** The path as the user should read it: relative to cwd when inside it, POSIX separators. */
function displayPath(cwd, file) {
    const absolute = external_node_path_default().resolve(cwd, file);
    const relative = external_node_path_default().relative(cwd, absolute);
    const shown = relative && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative) ? relative : absolute;
    return shown.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/catalog/derive.ts


/** Query fields whose values are user agents: the tools a rule watches (`*S3 Browser*`). */
const USER_AGENT_FIELDS = [
    '(?:[\\w$]+\\.)*user_agent\\.(?:original|name)',
    '(?:[\\w$]+\\.)*userAgent(?:Header)?',
    'UserAgent',
    'http_user_agent',
];
const STOP_WORDS = new Set(('a an the and or of to for from in on at by with as is are be been being may might can could should would will ' +
    'shall must not no nor this that these those it its their there them they which who whom whose what when where ' +
    'whether while than then such some any all each other others own same so very more most also only into onto over ' +
    'under about against between through during before after above below up down out off again further once here ' +
    'both few many much do does did doing have has had having if else because until via per using use used uses ' +
    'your you our we us and/or itself still').split(' '));
/** Words every false-positive text uses: they distinguish nothing. */
const derive_GENERIC_WORDS = new Set(('legitimate legitimately false positive positives rule rules trigger triggers triggered activity activities ' +
    'normal expected known verify validate ensure investigate investigated behavior behaviour environment making ' +
    'make made done causing cause exempted exempt approved unfamiliar various reasons reason purpose purposes action ' +
    'actions taking take treating malicious case cases identified part certain specific likely unlikely typically ' +
    'common commonly usually possible benign user users host hosts hostname identity agent system email resource ' +
    'name names change changes include includes including particularly perform performing necessary manually ' +
    'effectively generate').split(' '));
/** Values (as written) a query compares one of `fields` with, skipping negated comparisons. */
function queryFieldValues(query, fields) {
    const values = [];
    const field = new RegExp(`(?<![\\w.$])(?:${fields.join('|')})(?![\\w.])`, 'g');
    for (let m = field.exec(query); m; m = field.exec(query)) {
        const before = query.slice(Math.max(0, m.index - 8), m.index);
        if (/(?:\bnot|!)\s*\(?\s*$/i.test(before))
            continue;
        const rest = query.slice(m.index + m[0].length);
        const op = /^(?:\|[\w|]+)?\s*(!=|!~|!:|\bnot\s+in\b|==|=~|:~|=|:|in~?(?=[\s(])|has_any(?=[\s(])|has(?=[\s(]))[ \t]*/i.exec(rest);
        if (!op || op[1].startsWith('!') || /^not/i.test(op[1]))
            continue;
        values.push(...derive_valuesAt(rest.slice(op[0].length)));
    }
    return values.filter((v) => v !== '' && !/^[*?]+$/.test(v));
}
const TOKEN = /"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s,()"'[\]]+)/g;
function derive_valuesAt(text) {
    const open = text[0];
    if (open === '(' || open === '[') {
        const close = text.indexOf(open === '(' ? ')' : ']');
        const inner = close === -1 ? text.slice(1) : text.slice(1, close);
        const quoted = [...inner.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)].map((m) => derive_unescape(m[1] ?? m[2] ?? ''));
        if (quoted.length > 0)
            return quoted;
        // KQL wildcards may hold spaces (`*S3 Browser*`): split on the operators, not on blanks.
        return inner.split(/\s+(?:or|and)\s+|,/i).map((v) => v.trim());
    }
    const newline = /^[ \t]*\r?\n/.exec(text);
    if (newline) {
        // A Sigma list: `eventName:` followed by `- Value` lines.
        const out = [];
        for (const line of text.slice(newline[0].length).split(/\r?\n/)) {
            const item = /^\s*-\s+(.*?)\s*$/.exec(line);
            if (!item)
                break;
            out.push(unquote(item[1]));
        }
        return out;
    }
    const first = new RegExp(TOKEN.source).exec(text);
    if (!first || first.index !== 0)
        return [];
    return [derive_unescape(first[1] ?? first[2] ?? first[3] ?? '')];
}
function unquote(value) {
    const m = /^(["'])(.*)\1$/.exec(value);
    return m ? m[2] : value;
}
function derive_unescape(value) {
    return value.replace(/\\(.)/g, '$1');
}
function derive_unique(values) {
    return [...new Set(values)];
}
/** Words of a text that say what it is about, in order, without stop words and boilerplate. */
function distinctiveWords(text, exclude = new Set()) {
    const words = text.toLowerCase().match(/[a-z0-9]+(?:[/'][a-z0-9]+)*/g) ?? [];
    return derive_unique(words.filter((w) => w.length > 2 && !STOP_WORDS.has(w) && !derive_GENERIC_WORDS.has(w) && !exclude.has(w) && !/^\d+$/.test(w)));
}
function toolsIn(text) {
    return findTerms(text)
        .filter((m) => m.term.kind === 'tool')
        .map((m) => m.term.id);
}
/**
 * In the matcher's vocabulary (match/evidence), so a built entry meets the rules it came from:
 * platforms and services the rule reads, the operations its query selects (dotted methods also
 * by their last segment), tools it watches or the text names, and the text's distinctive words.
 */
function deriveAppliesTo(detection, text) {
    const evidence = extractEvidence(detection);
    const platforms = derive_unique(evidence.platforms.map((p) => p.value));
    const services = derive_unique(evidence.services.map((s) => s.value));
    const operations = evidence.operationsFromQuery ? derive_unique(evidence.operations.flatMap((o) => operationKeys(o.shown))) : [];
    // Evidence finds tools anywhere in a query, also where it excludes them (`not user_agent: *terraform*`),
    // and descriptions name tools in passing ("rather than via kubectl"): only what the rule reads,
    // its title, the user agents its query selects and the text itself count.
    const tools = derive_unique([
        ...evidence.tools.filter((t) => t.origin === 'data source' || t.origin === 'title').map((t) => t.value),
        ...toolsIn(queryFieldValues(detection.query, USER_AGENT_FIELDS).join(' ')),
        ...toolsIn(text),
    ]);
    const known = new Set([...platforms, ...services, ...operations, ...tools].flatMap((v) => v.split(/[^a-z0-9]+/)));
    const terms = distinctiveWords(text, known).slice(0, 6);
    return { platforms, services, operations, tools, terms };
}
/** [theme, pattern], first match wins: the order settles texts that fit several. */
const THEMES = [
    ['detection-limitation', /this rule (?:does not|doesn't|cannot|can't|will not|won't)|does not differentiate/],
    ['misconfiguration', /\bbroken\b|misconfigur/],
    ['security-tooling', /scanner|\bcspm\b|vulnerability|pentest|penetration test|red team|ediscovery|security (?:or compliance )?teams?|security tool/],
    ['public-hosting', /public (?:access|content|website)|static (?:website|hosting)|\bcdn\b/],
    ['business-search', /\bsearch/],
    ['sharing', /\bshar(?:e|ed|es|ing)\b|external account|cross-account/],
    ['automation', /automat|\bscripts?\b|pipeline|ci\/cd|scheduled|\bcron\b|service accounts?|infrastructure as code/],
    ['platform-operations', /system components|lifecycle|managed through|\bplatform\b/],
    ['admin-change', /administrator|\badmins?\b/],
    ['authorized-transfer', /migration|backup|transfer|download|export|\bsync/],
    ['legitimate-use', /legitimate|authori[sz]ed|users? may/],
];
function deriveTheme(text) {
    const lower = text.toLowerCase();
    return THEMES.find(([, pattern]) => pattern.test(lower))?.[0] ?? 'other';
}
/** `aws-cloudtrail-trail-creations-system-network`: platform, service, then four distinctive words. */
function entryIdBase(text, appliesTo) {
    const prefix = [appliesTo.platforms[0], appliesTo.services[0]].filter((p) => p !== undefined);
    const prefixWords = new Set(prefix.flatMap((p) => p.split('-')));
    const words = distinctiveWords(text, prefixWords).slice(0, 4);
    const id = [...prefix, ...words]
        .join('-')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return id || 'entry';
}

;// CONCATENATED MODULE: ./src/catalog/build.ts
/**
 * Builds a catalog the way LoFP does: the false-positive items of the rules tagged with a
 * technique, normalized (lower-cased, whitespace collapsed), deduplicated, each with the rule it
 * came from. Texts the loaded catalog already has keep their ids; new ones get ids, `appliesTo`
 * and a theme derived from their rule.
 */





/** LoFP's normal form: lower case, whitespace collapsed. */
function build_normalizeText(text) {
    return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
/** The item as a rule author writes it, on one line, starting with a capital letter. */
function insertText(text) {
    const oneLine = text.replace(/\s+/g, ' ').trim();
    return oneLine.charAt(0).toUpperCase() + oneLine.slice(1);
}
function byPath(a, b) {
    return a.path < b.path ? -1 : a.path > b.path ? 1 : a.document - b.document;
}
function buildCatalog(detections, options) {
    const { technique } = options;
    const knownEntries = options.known ? entriesFor(options.known, technique) : [];
    const knownByText = new Map(knownEntries.map((e) => [build_normalizeText(e.text), e]));
    const usedIds = new Set((options.known?.entries ?? []).map((e) => e.id));
    const tagged = detections.filter((d) => d.techniques.some((t) => techniqueMatches(t, technique))).sort(byPath);
    const entries = [];
    const texts = [];
    const seen = new Set();
    const dropped = [];
    const droppedTexts = new Set();
    let rulesWithTexts = 0;
    for (const detection of tagged) {
        // LoFP collects the format's own false-positive field, not prose in notes or descriptions.
        const sections = detection.falsePositives.filter((s) => options.includeProse || s.source === 'field');
        const items = sections.flatMap((s) => s.items);
        let documented = false;
        for (const item of items) {
            const text = build_normalizeText(item.text);
            // A catalog entry is what lint asks rules to add: never a text the placeholder or vague
            // checks would reject in the rule itself.
            const reason = isPlaceholder(item.text) ? 'placeholder' : isVagueFalsePositive(item.text) ? 'vague' : null;
            if (reason) {
                if (!droppedTexts.has(text))
                    dropped.push({ text, reason, path: detection.path });
                droppedTexts.add(text);
                continue;
            }
            documented = true;
            if (seen.has(text))
                continue;
            seen.add(text);
            const appliesTo = deriveAppliesTo(detection, text);
            const knownEntry = knownByText.get(text);
            const id = knownEntry?.id ?? uniqueId(entryIdBase(text, appliesTo), usedIds);
            usedIds.add(id);
            entries.push({
                id,
                text,
                insert: insertText(item.text),
                theme: deriveTheme(text),
                source: {
                    product: detection.format,
                    title: detection.title,
                    ruleId: detection.id ?? '',
                    path: detection.path,
                    ...(options.baseUrl ? { url: `${options.baseUrl}${detection.path}` } : {}),
                },
                appliesTo,
            });
            texts.push({ id, text, status: knownEntry ? 'known' : 'new', path: detection.path, title: detection.title });
        }
        if (documented)
            rulesWithTexts++;
    }
    const name = TECHNIQUE_NAMES[technique.split('.')[0]];
    const document = {
        technique,
        ...(name && !technique.includes('.') ? { name } : {}),
        source: { name: 'lofp-lint catalog build', ...(options.rules ? { rules: options.rules } : {}) },
        entries,
    };
    // Only an entry whose own rule was scanned can be known to be gone: another repository (or a
    // part of one) says nothing about entries taken from rules it does not hold.
    const scanned = new Set(tagged.flatMap((d) => (d.id ? [d.id, d.path] : [d.path])));
    const missing = knownEntries.filter((e) => (scanned.has(e.source.ruleId) || scanned.has(e.source.path)) && !seen.has(build_normalizeText(e.text)));
    return { document, texts, missing, rules: tagged.length, rulesWithTexts, dropped };
}
function uniqueId(base, used) {
    if (!used.has(base))
        return base;
    for (let n = 2;; n++)
        if (!used.has(`${base}-${n}`))
            return `${base}-${n}`;
}
/** The stderr report of `catalog build`: one line per text, then the counts. */
function buildReport(result, technique) {
    const lines = result.texts.map((t) => `${t.status === 'new' ? 'new  ' : 'known'}  ${t.id}  ${t.path}`);
    for (const entry of result.missing)
        lines.push(`gone   ${entry.id}  ${entry.source.path || entry.source.ruleId} (the rule no longer has the text)`);
    for (const d of result.dropped)
        lines.push(`dropped  "${d.text}"  ${d.path} (${d.reason === 'vague' ? 'generic: names no actor, tool or operation' : 'a placeholder'})`);
    const fresh = result.texts.filter((t) => t.status === 'new').length;
    const vague = result.dropped.filter((d) => d.reason === 'vague').length;
    lines.push(`${result.texts.length} texts from ${result.rulesWithTexts} of ${result.rules} rules tagged ${technique}: ` +
        `${result.texts.length - fresh} known, ${fresh} new, ${result.missing.length} gone; ` +
        `${result.dropped.length} dropped (${result.dropped.length - vague} placeholder${result.dropped.length - vague === 1 ? '' : 's'}, ${vague} generic)`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/catalog/serialize.ts
const RESERVED = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n', '~']);
const PLAIN = /^[A-Za-z][A-Za-z0-9 ._/()&+*-]*$/;
/** A scalar plain when it cannot be misread (as a number, boolean, key, comment, list); else quoted. */
function serialize_scalar(value) {
    const plain = PLAIN.test(value) && !value.endsWith(' ') && !value.includes('  ') && !RESERVED.has(value.toLowerCase());
    return plain ? value : quoted(value);
}
/** A JSON string is a valid YAML double-quoted scalar. */
function quoted(value) {
    return JSON.stringify(value);
}
function flow(values) {
    return `[${(values ?? []).map(serialize_scalar).join(', ')}]`;
}
function entryLines(entry) {
    const lines = [`  - id: ${entry.id}`];
    if (entry.technique !== undefined)
        lines.push(`    technique: ${entry.technique}`);
    lines.push(`    text: ${quoted(entry.text)}`);
    if (entry.insert !== undefined)
        lines.push(`    insert: ${quoted(entry.insert)}`);
    if (entry.short !== undefined)
        lines.push(`    short: ${quoted(entry.short)}`);
    if (entry.theme !== undefined)
        lines.push(`    theme: ${entry.theme}`);
    if (entry.source) {
        const { product, title, ruleId, path, url } = entry.source;
        lines.push('    source:', `      product: ${serialize_scalar(product)}`, `      title: ${serialize_scalar(title)}`);
        if (ruleId !== undefined)
            lines.push(`      ruleId: ${serialize_scalar(ruleId)}`);
        if (path !== undefined)
            lines.push(`      path: ${serialize_scalar(path)}`);
        if (url !== undefined)
            lines.push(`      url: ${serialize_scalar(url)}`);
    }
    if (entry.appliesTo) {
        const a = entry.appliesTo;
        lines.push('    appliesTo:', `      platforms: ${flow(a.platforms)}`, `      services: ${flow(a.services)}`, `      operations: ${flow(a.operations)}`, `      tools: ${flow(a.tools)}`, `      terms: ${flow(a.terms)}`);
    }
    if (entry.scenario) {
        const s = entry.scenario;
        lines.push('    scenario:');
        if (s.summary !== undefined)
            lines.push(`      summary: ${quoted(s.summary)}`);
        for (const key of ['anyRule', 'serviceWide', 'resourceState']) {
            if (s[key] !== undefined)
                lines.push(`      ${key}: ${s[key]}`);
        }
        for (const key of ['evidence', 'excludes', 'words']) {
            if (s[key] !== undefined)
                lines.push(`      ${key}: ${flow(s[key])}`);
        }
    }
    return lines;
}
/** `header` lines become `# ` comments at the top. */
function catalogToYaml(document, header = []) {
    const lines = header.map((line) => (line ? `# ${line}` : '#'));
    if (document.technique !== undefined)
        lines.push(`technique: ${document.technique}`);
    if (document.name !== undefined)
        lines.push(`name: ${serialize_scalar(document.name)}`);
    if (document.version !== undefined)
        lines.push(`version: ${serialize_scalar(document.version)}`);
    if (document.source) {
        lines.push('source:');
        for (const key of ['name', 'title', 'url', 'snapshot', 'rules', 'license']) {
            const value = document.source[key];
            if (value !== undefined)
                lines.push(`  ${key}: ${serialize_scalar(value)}`);
        }
    }
    lines.push(document.entries.length ? 'entries:' : 'entries: []');
    for (const entry of document.entries)
        lines.push(...entryLines(entry));
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/config.ts





const DEFAULT_CONFIG = {
    catalogs: [],
    checks: {},
    ignore: [],
    disabledEntries: [],
    techniques: [],
};
/** Looked up at the root, in this order, when no config file is named. */
const CONFIG_FILE_NAMES = ['.lofp.yml', '.lofp.yaml'];
/**
 * The folders a config file is looked up in, nearest first: `start` and its parents up to the
 * repository root (the nearest folder holding `.git`); only `start` outside a repository, so
 * that a stray file in a home folder never configures a run.
 */
function configSearchDirs(start) {
    const dirs = [];
    for (let dir = external_node_path_default().resolve(start);; dir = external_node_path_default().dirname(dir)) {
        dirs.push(dir);
        if ((0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(dir, '.git')))
            return dirs;
        if (external_node_path_default().dirname(dir) === dir)
            return [external_node_path_default().resolve(start)];
    }
}
/**
 * Reads `explicitPath` (relative to `root` when not absolute), or else the nearest `.lofp.yml` /
 * `.lofp.yaml` from `root` up to the repository root; no file means the defaults. Throws
 * ConfigError for a missing explicit file, two default files in one folder, YAML errors and
 * schema violations (file, JSON path, what is wrong).
 */
function loadConfig(root, explicitPath) {
    let file;
    if (explicitPath !== undefined) {
        file = external_node_path_default().resolve(root, explicitPath);
        if (!(0,external_node_fs_namespaceObject.existsSync)(file))
            throw new ConfigError(`${explicitPath}: config file not found`);
    }
    else {
        for (const dir of configSearchDirs(root)) {
            const found = CONFIG_FILE_NAMES.map((name) => external_node_path_default().join(dir, name)).filter((f) => (0,external_node_fs_namespaceObject.existsSync)(f));
            if (found.length > 1)
                throw new ConfigError(`${CONFIG_FILE_NAMES.join(' and ')} both exist in ${dir}: keep one`);
            file = found[0];
            if (file)
                break;
        }
        if (file === undefined)
            return { ...DEFAULT_CONFIG, catalogs: [], checks: {}, ignore: [], disabledEntries: [], techniques: [] };
    }
    const label = config_displayPath(root, file);
    let text;
    try {
        text = readRegularFile(file).toString('utf8');
    }
    catch (error) {
        throw new ConfigError(`${label}: cannot read the config (${readProblem(error)})`);
    }
    const document = checkConfigDocument(parseDocument(text, label), label);
    const dir = external_node_path_default().dirname(file);
    return {
        catalogs: (document.catalogs ?? []).map((c) => external_node_path_default().resolve(dir, c)),
        checks: { ...document.checks },
        ignore: [...(document.ignore ?? [])],
        disabledEntries: [...(document.disabledEntries ?? [])],
        techniques: [...(document.techniques ?? [])],
        source: label,
        dir,
    };
}
function config_displayPath(root, file) {
    const relative = external_node_path_default().relative(root, file);
    const shown = relative && !external_node_path_default().isAbsolute(relative) ? relative : file;
    return shown.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/report/writer.ts
/**
 * Where reporters write: a sink of text chunks, in order. Reporters write as they go instead of
 * returning one string, so a report of 100,000 findings never exists as a single string (a JS
 * string also cannot exceed about 512 MiB). Files are written with `writeFileAtomic`
 * (src/write-file.ts), which takes a reporter too.
 */
/** Chunks this large reach the underlying sink; smaller writes are gathered first. */
const CHUNK_CHARS = 64 * 1024;
/**
 * Gathers small writes into chunks of about 64 KiB for `sink` (a stream's write, an fd):
 * one call per chunk instead of one per line. `flush()` hands over the rest.
 */
class BufferedWriter {
    sink;
    parts = [];
    size = 0;
    constructor(sink) {
        this.sink = sink;
    }
    write(chunk) {
        if (chunk.length >= CHUNK_CHARS) {
            // Already a chunk (a batch of report elements): handed over as it is, not copied into one.
            this.flush();
            this.sink(chunk);
            return;
        }
        this.parts.push(chunk);
        this.size += chunk.length;
        if (this.size >= CHUNK_CHARS)
            this.flush();
    }
    flush() {
        if (this.size === 0 && this.parts.length === 0)
            return;
        const chunk = this.parts.join('');
        this.parts = [];
        this.size = 0;
        if (chunk !== '')
            this.sink(chunk);
    }
}
/** Collects everything into one string: for small reports, tests, and callers that need the text. */
class StringWriter {
    parts = [];
    write(chunk) {
        this.parts.push(chunk);
    }
    toString() {
        return this.parts.join('');
    }
}
/** Runs a writing reporter and returns its whole output. */
function writer_collect(render) {
    const out = new StringWriter();
    render(out);
    return out.toString();
}

;// CONCATENATED MODULE: ./src/write-file.ts
/**
 * Writing a file so that a failure never leaves it half written: the text goes to a temporary
 * file in the same folder, is flushed to disk, then renamed over the target (a rename within one
 * file system is atomic). A full disk, a quota or a file-size limit leaves the original byte for
 * byte as it was. Used for `--fix` and for every report file.
 */




/** A write that did not happen; `message` is one line saying why, for the user. */
class WriteError extends Error {
    name = 'WriteError';
}
const REASONS = {
    ENOENT: 'its folder does not exist',
    ENOTDIR: 'a part of its path is not a folder',
    EISDIR: 'it is a folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    EDQUOT: 'disk quota exceeded',
    EFBIG: 'file too large for the file-size limit',
    ENAMETOOLONG: 'name too long',
};
function reason(error) {
    const code = error?.code;
    return (code && REASONS[code]) ?? code ?? String(error?.message ?? error).split('\n')[0];
}
function resolveTarget(target, label) {
    let file = target;
    try {
        file = (0,external_node_fs_namespaceObject.realpathSync)(target);
    }
    catch {
        // Not there yet: created below.
    }
    const stat = (0,external_node_fs_namespaceObject.statSync)(file, { throwIfNoEntry: false });
    if (!stat)
        return { file, mode: null, device: false };
    if (stat.isDirectory())
        throw new WriteError(`cannot write ${label}: it is a folder`);
    if (stat.isCharacterDevice() || stat.isFIFO())
        return { file, mode: null, device: true };
    if (!stat.isFile())
        throw new WriteError(`cannot write ${label}: not a regular file`);
    // Renaming over a read-only file would succeed (the folder's permissions decide), so its mode
    // is honoured here: the user made it read-only on purpose.
    if ((stat.mode & 0o222) === 0)
        throw new WriteError(`cannot write ${label}: the file is read-only`);
    return { file, mode: stat.mode & 0o7777, device: false };
}
function writeAll(fd, text) {
    const write = (data) => {
        for (let offset = 0; offset < data.length;)
            offset += (0,external_node_fs_namespaceObject.writeSync)(fd, data, offset, data.length - offset);
    };
    if (typeof text === 'function') {
        // A report written as it is produced, in chunks: it never exists as one string.
        const out = new BufferedWriter((chunk) => write(Buffer.from(chunk, 'utf8')));
        text(out);
        out.flush();
    }
    else
        write(typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
}
function writeDevice(file, text, label) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(file, 'w');
        writeAll(fd, text);
    }
    catch (error) {
        throw new WriteError(`cannot write ${label}: ${reason(error)}`);
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * Writes `text` to `target` (UTF-8) atomically, or what a reporter writes to the TextWriter it is given; keeps an existing file's mode and a symbolic
 * link's target. Throws WriteError, with `label` naming the file, and leaves no temporary file.
 */
function writeFileAtomic(target, text, label = target) {
    let resolved;
    try {
        resolved = resolveTarget(target, label);
    }
    catch (error) {
        if (error instanceof WriteError)
            throw error;
        throw new WriteError(`cannot write ${label}: ${reason(error)}`);
    }
    const { file, mode } = resolved;
    if (resolved.device)
        return writeDevice(file, text, label);
    const temp = external_node_path_default().join(external_node_path_default().dirname(file), `.${external_node_path_default().basename(file)}.${(0,external_node_crypto_namespaceObject.randomBytes)(6).toString('hex')}.lofp-tmp`);
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(temp, 'wx', mode ?? 0o666);
        writeAll(fd, text);
        // The umask narrowed the mode openSync applied; the original's mode is restored exactly.
        if (mode !== null)
            (0,external_node_fs_namespaceObject.fchmodSync)(fd, mode);
        (0,external_node_fs_namespaceObject.fsyncSync)(fd);
        (0,external_node_fs_namespaceObject.closeSync)(fd);
        fd = undefined;
        (0,external_node_fs_namespaceObject.renameSync)(temp, file);
    }
    catch (error) {
        if (fd !== undefined) {
            try {
                (0,external_node_fs_namespaceObject.closeSync)(fd);
            }
            catch {
                // Already failing; the first error is the one to report.
            }
        }
        try {
            (0,external_node_fs_namespaceObject.unlinkSync)(temp);
        }
        catch {
            // Never created, or already renamed.
        }
        throw new WriteError(`cannot write ${label}: ${reason(error)}`);
    }
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(__lofp_engine_url)("node:v8");
var external_node_v8_default = /*#__PURE__*/__nccwpck_require__.n(external_node_v8_namespaceObject);
;// CONCATENATED MODULE: ./src/jit-budget.ts
/**
 * How soon V8 optimizes hot functions, at the start of a run. V8 compiles optimized code on
 * background threads, which a run that keeps every core busy with its own threads (the main one
 * and the lint workers) must share with them. By default V8 considers optimizing a function
 * after little work (an "interrupt budget" of 66 KB of bytecode run on Node 20), so the first
 * second of a run, when everything is new, spends much of its CPU time optimizing functions it
 * will hardly call again. With a larger budget only the functions that really are hot get
 * optimized then.
 *
 * Only for the first second: over a long run the larger budget costs more than it saves (every
 * function that loses its optimized code waits that much longer for new code), so V8's budget
 * comes back after it. Measured on the 2-core development machine, 2 threads, interleaved runs
 * with the other jobs paused: the 9,737-file corpus 1.88x -> 1.49x the read-only baseline (21
 * runs; 600 KB: 1.54x); 300,000 generated files, 1% tagged, 4.21 -> 3.47 s (3 runs); 30% tagged
 * with the larger budget kept to the end: 22.0 -> 28.4 s, CPU 39.5 -> 51.9 s (2 runs), hence
 * the limit. With one thread on 2 cores V8's budget is better (the optimizing compiler then has
 * a core of its own), so the budget changes only when the run's threads take every core; and
 * only on the V8 these figures were measured on (Node 20's), whose default is known.
 *
 * The budget is a V8 flag, and V8 rejects code cached under other flags than its own (the
 * engine's compile cache, src/cli/load-engine.ts, and Node's for its internals): raised while
 * a worker starts, it made every worker compile the whole engine afresh, and a cache written at
 * exit within the first second was refused by every later run. So the caller raises it once its
 * workers have loaded the engine, and puts V8's own back when the lint ends
 * (restoreOptimizingCompiler), before the cache is written.
 */


/** Bytes of bytecode a function runs before V8 considers optimizing it, early in a run whose threads take every core. */
const EARLY_INTERRUPT_BUDGET = 1_200_000;
/** How long the larger budget lasts. */
const EARLY_MS = 1000;
/** V8's own budget, by V8 major version: the value the budget returns to. */
const V8_INTERRUPT_BUDGET = { '11': 66 * 1024 };
const HOST = {
    cores: external_node_os_default().availableParallelism(),
    v8Version: process.versions.v8,
    setFlags: (flags) => external_node_v8_default().setFlagsFromString(flags),
    later: (task, ms) => void setTimeout(task, ms).unref(),
};
let tuned = false;
/** Puts V8's budget back, while the larger one is in force. */
let restore = null;
/**
 * Raises V8's interrupt budget for EARLY_MS when `threads` (the run's own: the main one and the
 * workers) take every core; once per process. Workers started meanwhile get it too.
 */
function tuneOptimizingCompiler(threads, host = HOST) {
    const standard = V8_INTERRUPT_BUDGET[host.v8Version.split('.')[0]];
    if (tuned || standard === undefined || threads < host.cores)
        return false;
    tuned = true;
    host.setFlags(`--interrupt-budget=${EARLY_INTERRUPT_BUDGET}`);
    restore = () => {
        restore = null;
        host.setFlags(`--interrupt-budget=${standard}`);
    };
    host.later(restoreOptimizingCompiler, EARLY_MS);
    return true;
}
/** Gives V8 its own budget back now, if it does not have it. */
function restoreOptimizingCompiler() {
    restore?.();
}

;// CONCATENATED MODULE: ./src/lint-pool.ts
/**
 * Worker threads that read and lint ranges of the discovered files next to the main thread
 * (see lint-chunk.ts and lint-worker.ts). Every thread claims the next range from one shared
 * counter, so the threads stay busy whatever the mix of unrelated files and large rules; the
 * caller puts the ranges back in file order, so the result is the same as a single-threaded run's.
 *
 * Workers get the run's settings when they start, so that loading the bundle overlaps the main
 * thread's work; the files follow.
 */



/**
 * A worker's young generation: 24 MB instead of V8's 48 (two 8 MB semi-spaces instead of two of
 * 16). A worker's outcomes are small and short-lived, so the smaller nursery promotes little more,
 * and the process peaks lower (300,000 files, 30% tagged, --jobs 2: 352 instead of 367 MiB, CPU
 * not higher; 12 MB promoted so much more that the old generation grew by more than it saved).
 * Only the young generation is bounded: the old one grows as V8 lets it, so no run can die of it.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 24 };
class LintPool {
    size;
    workers = [];
    running;
    /** Workers that have neither loaded the bundle nor ended. */
    loading;
    /** Workers that said they loaded the bundle (some may have ended since). */
    loaded = 0;
    onLoaded = null;
    letGo = false;
    settled;
    onChunk = null;
    /** Resolves when every worker has claimed its last range or died. */
    finished = new Promise((resolve) => {
        this.settled = resolve;
    });
    /** A range a worker could not lint: the error the run ends with. */
    failure = null;
    /** `entry`: a script whose entry point calls `runLintWorkerIfAsked` (the running bundle). */
    constructor(entry, size, context) {
        this.size = size;
        const workerData = { mark: LINT_WORKER_MARK, context };
        this.running = size;
        this.loading = size;
        for (let i = 0; i < size; i++) {
            const worker = new external_node_worker_threads_namespaceObject.Worker(entry, { workerData, stdout: false, stderr: false, resourceLimits: WORKER_LIMITS });
            let ended = false;
            let settledLoading = false;
            const load = (didLoad) => {
                if (settledLoading)
                    return;
                settledLoading = true;
                if (didLoad)
                    this.loaded++;
                if (--this.loading === 0)
                    this.loadedAll();
            };
            // A worker that cannot start or dies leaves the ranges it claimed unanswered: the main
            // thread lints every range still missing at the end, so the outcome is the same.
            const end = () => {
                load(false);
                if (ended)
                    return;
                ended = true;
                if (--this.running === 0)
                    this.settled();
            };
            worker.on('message', (message) => {
                if ('loaded' in message)
                    return load(true);
                if ('done' in message)
                    return end();
                if ('error' in message) {
                    this.failure ??= new Error(`in a lint worker: ${message.error}`);
                    return;
                }
                this.onChunk?.(message.chunk, message.entries.map((entry) => ('outcome' in entry ? { file: entry.file, outcome: attach(entry.outcome, entry.file) } : entry)));
            });
            worker.on('error', end);
            worker.on('exit', end);
            this.workers.push(worker);
        }
    }
    /**
     * Runs `task` once every worker has loaded the bundle or ended (at once if they all have),
     * unless the pool is closed or let go first; `loaded`: how many said they loaded (a worker
     * that died before is not among them).
     */
    whenLoaded(task) {
        if (this.loading === 0)
            task(this.loaded);
        else
            this.onLoaded = task;
    }
    loadedAll() {
        const task = this.onLoaded;
        this.onLoaded = null;
        if (task && !this.letGo)
            task(this.loaded);
    }
    /**
     * Gives the workers the run's files; `shared` holds the counters of ranges and candidates found
     * (lint-worker.ts); workers lint from the `lintFrom`th candidate found on. `onChunk` receives
     * each range a worker read, with its outcomes back on their files.
     */
    start(files, shared, lintFrom, onChunk) {
        this.onChunk = onChunk;
        const request = { files: files.pack(), shared, lintFrom };
        for (const worker of this.workers)
            worker.postMessage(request);
    }
    /** Lets the workers go without waiting for them: a pool started early that the run turned out not to need. */
    release() {
        this.letGo = true;
        for (const worker of this.workers) {
            worker.unref();
            void worker.terminate();
        }
    }
    async close() {
        this.letGo = true;
        await Promise.all(this.workers.map((w) => w.terminate()));
    }
}

;// CONCATENATED MODULE: ./src/finding.ts
const SEVERITY_RANK = { error: 3, warning: 2, note: 1 };

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

const VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./src/lint.ts
/**
 * The engine: paths -> files -> detections -> findings. Shared by the CLI and the Action;
 * never imports @actions/* and never prints.
 */



















const CONFIG_FILE_NAME_SET = new Set(CONFIG_FILE_NAMES);
/** The rule-format files a run reads, and the discovery's skips. */
function discover(options) {
    if (options.stdin)
        return { files: DiscoveredFiles.of(options.root, []), skipped: [], unmatched: [] };
    const discovered = discoverFiles({
        root: options.root,
        paths: options.paths,
        extensions: RULE_EXTENSIONS,
        include: options.include ?? [],
        exclude: options.exclude ?? [],
        ...(options.patternBase ? { patternBase: options.patternBase } : {}),
        ...(options.ignore ? { ignore: options.ignore } : {}),
        unlistedNames: CONFIG_FILE_NAME_SET,
    });
    const { onlyPaths } = options;
    const files = onlyPaths ? discovered.files.filter((relative) => onlyPaths.has(relative)) : discovered.files;
    return { files, skipped: discovered.skipped, unmatched: discovered.unmatched };
}
/**
 * Reads the files one at a time, so that only the texts of parsed rules stay in memory, and
 * yields those that mention a selected technique (parsing is the expensive step: only they can
 * carry its tag) and the files left out with a reason, in file order.
 */
function* candidates(files, techniques, stdin) {
    const mayCarryTag = techniquePrefilter(techniques);
    if (stdin) {
        const outcome = stdin.content.length > MAX_FILE_BYTES
            ? { kind: 'skip', reason: 'standard input is over the 5 MiB limit; not read' }
            : classifyContent(stdin.path, stdin.content, mayCarryTag);
        if (outcome.kind === 'text')
            yield outcome.file;
        else if (outcome.kind === 'skip')
            yield { path: stdin.path, reason: outcome.reason };
    }
    for (const discoveredFile of files) {
        const outcome = readCandidate(discoveredFile, mayCarryTag);
        if (outcome.kind === 'text')
            yield outcome.file;
        else if (outcome.kind === 'skip')
            yield { path: discoveredFile.relative, reason: outcome.reason };
    }
}
/** Discovers, reads, prefilters and parses; returns the detections tagged with `techniques`. */
async function collectDetections(options) {
    const { files, skipped: discoverySkips, unmatched } = discover(options);
    const skipped = [...discoverySkips];
    const detections = [];
    const problems = [];
    for (const candidate of candidates(files, options.techniques, options.stdin)) {
        if (!('text' in candidate)) {
            skipped.push(candidate);
            continue;
        }
        const parsed = parseSelected(candidate, options.techniques, options.includeDeprecated);
        problems.push(...parsed.problems);
        skipped.push(...parsed.skipped);
        detections.push(...parsed.detections);
    }
    return { detections, problems, skipped, files: options.stdin ? 1 : files.length, unmatched };
}
/** Candidate files a run finds before workers lint too (see LintOptions.parallelThreshold). */
const DEFAULT_PARALLEL_THRESHOLD = 256;
/** Discovered files from which workers start at once (see LintOptions.scoutThreshold). */
const DEFAULT_SCOUT_THRESHOLD = 4096;
function compareFindings(a, b) {
    return ((a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
        a.line - b.line ||
        a.column - b.column ||
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        (a.check < b.check ? -1 : a.check > b.check ? 1 : 0));
}
const KNOWN_CHECKS = CHECK_METAS.map((m) => m.id);
/** A config naming a check that does not exist is a typo that would silently do nothing. */
function assertKnownChecks(config) {
    for (const id of Object.keys(config.checks)) {
        if (!KNOWN_CHECKS.includes(id)) {
            throw new ConfigError(`${config.source ?? 'config'}: checks: unknown check '${id}' (${didYouMean(id, KNOWN_CHECKS)}known: ${KNOWN_CHECKS.join(', ')})`);
        }
    }
}
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
/**
 * Reads and lints every discovered file (standard input first), in ranges that the main thread
 * and the workers claim from one shared counter; hands the outcomes and read skips to `deliver`
 * in file order, each range as soon as it and those before it are done (a run then never holds
 * every file's outcome wrapper at once).
 *
 * With many files, workers start at once but only read and prefilter, handing the candidates to
 * the main thread: reading is most of a run with few candidates, and a worker that linted them
 * would warm up the linting code a second time. Once the run has found `parallelThreshold`
 * candidates, workers lint theirs too.
 */
async function lintCandidates(files, context, options, deliver, early) {
    const mayCarryTag = techniquePrefilter(context.techniques);
    let candidates = 0;
    let inWorkers = 0;
    let readInWorkers = 0;
    let handedOver = 0;
    // Without texts, every outcome is kept lean, with this thread's one copy of the strings many
    // rules share: lintChunk compacted those linted here already; a worker's are made lean here,
    // and the candidates a worker only read are linted here.
    const outcomesOf = (entries) => entries.map((entry) => {
        if (isSkip(entry))
            return entry;
        candidates++;
        if (!isLinted(entry))
            return lintCandidate(entry.file, context).outcome;
        return context.keepText ? entry.outcome : compact(entry.outcome, entry.file);
    });
    if (options.stdin) {
        const { stdin } = options;
        const read = stdin.content.length > MAX_FILE_BYTES
            ? { kind: 'skip', reason: 'standard input is over the 5 MiB limit; not read' }
            : classifyContent(stdin.path, stdin.content, mayCarryTag);
        if (read.kind === 'text')
            outcomesOf([{ file: read.file }]).forEach(deliver);
        else if (read.kind === 'skip')
            deliver({ path: stdin.path, reason: read.reason });
    }
    const chunks = chunkCount(files.length);
    const results = new Array(chunks);
    let delivered = 0;
    const deliverReady = () => {
        for (; delivered < chunks && results[delivered]; delivered++) {
            results[delivered].forEach(deliver);
            results[delivered] = DELIVERED;
        }
    };
    const shared = new Int32Array(new SharedArrayBuffer(SHARED_SLOTS * Int32Array.BYTES_PER_ELEMENT));
    const jobs = threadCount(options);
    const threshold = options.parallelThreshold ?? DEFAULT_PARALLEL_THRESHOLD;
    const scoutFrom = options.scoutThreshold ?? DEFAULT_SCOUT_THRESHOLD;
    const found = () => Atomics.load(shared, CANDIDATES_FOUND);
    // The main thread lints every candidate it reads, and counts it as found (see lint-worker.ts).
    const countFound = () => {
        Atomics.add(shared, CANDIDATES_FOUND, 1);
        return true;
    };
    let pool = null;
    // An error linting a candidate a worker handed over, met in a message handler: thrown after the loop.
    let handedFailure = null;
    const startWorkers = (started = new LintPool(options.workerEntry, jobs - 1, context)) => {
        // Only a run that uses its workers has every core busy (an early pool may be let go, a
        // worker may die at its start); and only once they have loaded the engine (see jit-budget.ts).
        started.whenLoaded((loaded) => loaded > 0 && tuneOptimizingCompiler(loaded + 1));
        started.start(files, shared.buffer, threshold, (chunk, entries) => {
            if (results[chunk] || handedFailure)
                return;
            try {
                results[chunk] = outcomesOf(entries);
            }
            catch (error) {
                handedFailure = error;
                return;
            }
            for (const entry of entries) {
                if (isLinted(entry))
                    inWorkers++;
                else if (!isSkip(entry))
                    handedOver++;
            }
            readInWorkers += chunkLength(files.length, chunk);
            deliverReady();
        });
        return started;
    };
    const lintHere = (chunk) => {
        results[chunk] = outcomesOf(lintChunk(chunkOf(files, chunk), context, mayCarryTag, countFound));
        deliverReady();
    };
    try {
        const scout = jobs > 1 && chunks > 1 && files.length >= scoutFrom;
        if (scout)
            pool = startWorkers(early ?? undefined);
        else
            early?.release();
        for (let chunk = Atomics.add(shared, NEXT_RANGE, 1); chunk < chunks; chunk = Atomics.add(shared, NEXT_RANGE, 1)) {
            lintHere(chunk);
            if (!pool && jobs > 1 && found() >= threshold && chunk + 1 < chunks)
                pool = startWorkers();
            // Lets the ranges the workers finished come in.
            if (pool)
                await nextTurn();
            if (handedFailure)
                throw handedFailure;
        }
        if (pool) {
            await pool.finished;
            if (pool.failure)
                throw pool.failure;
            if (handedFailure)
                throw handedFailure;
        }
        // Ranges a worker claimed but never answered (it died): linted here, same outcome.
        for (let chunk = delivered; chunk < chunks; chunk++)
            if (!results[chunk])
                lintHere(chunk);
    }
    finally {
        await pool?.close();
        restoreOptimizingCompiler();
    }
    return { threads: pool ? pool.size + 1 : 1, candidates, inWorkers, readInWorkers, handedOver };
}
/** Threads that read and lint: the calling one and the workers `jobs` asks for, if they can start. */
function threadCount(options) {
    return options.workerEntry && !options.stdin ? Math.max(1, Math.floor(options.jobs ?? 1)) : 1;
}
/**
 * Workers started before the files are discovered, so that they have loaded by the time the list
 * comes (on 9,737 files, the main thread read a third of them alone while a worker started after
 * the discovery was loading); null when the run can have none, or names only files (a list of
 * changed files from a pre-commit hook is no large run). Let go when the run turns out small.
 */
function earlyWorkers(options, context) {
    const jobs = threadCount(options);
    if (jobs < 2)
        return null;
    return options.paths.some((p) => isFolder(external_node_path_default().resolve(options.root, p))) ? new LintPool(options.workerEntry, jobs - 1, context) : null;
}
/** Whether `p` is a folder; a path that cannot be looked at is none here (the discovery says why). */
function isFolder(p) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(p, { throwIfNoEntry: false })?.isDirectory() ?? false;
    }
    catch {
        return false;
    }
}
/** A range whose outcomes went to the run's lists already. */
const DELIVERED = [];
async function lint(options) {
    const config = options.config ?? DEFAULT_CONFIG;
    assertKnownChecks(config);
    const context = {
        techniques: options.techniques,
        includeDeprecated: options.includeDeprecated,
        catalog: options.catalog,
        checks: config.checks,
        fixConfidence: options.fixConfidence ?? 'high',
        keepText: options.keepText ?? true,
    };
    const discoveryStart = performance.now();
    const early = earlyWorkers(options, context);
    let discovery;
    try {
        discovery = discover({
            ...options,
            ...(config.ignore.length ? { ignore: { base: config.dir ?? options.root, patterns: config.ignore } } : {}),
        });
    }
    catch (error) {
        early?.release();
        throw error;
    }
    const { skipped: discoverySkips, unmatched } = discovery;
    let { files } = discovery;
    const skipped = [...discoverySkips];
    const detections = [];
    const analyses = [];
    const problems = [];
    const detectionFindings = [];
    const suppressed = [];
    const directiveWarnings = [];
    const fileCount = files.length;
    const lintStart = performance.now();
    const threadStats = await lintCandidates(files, context, options, (outcome) => {
        if (!('detections' in outcome)) {
            skipped.push(outcome);
            return;
        }
        for (const x of outcome.skipped)
            skipped.push(x);
        for (const x of outcome.problems)
            problems.push(x);
        for (const x of outcome.detections)
            detections.push(x);
        for (const x of outcome.analyses)
            analyses.push(x);
        for (const x of outcome.findings)
            detectionFindings.push(x);
        for (const x of outcome.suppressed)
            suppressed.push(x);
        for (const x of outcome.directiveWarnings)
            directiveWarnings.push(x);
    }, early);
    const stats = { ...threadStats, discoveryMs: lintStart - discoveryStart, lintMs: performance.now() - lintStart };
    // The list of every discovered file is no longer needed (300,000 files: some 7 MB).
    files = DiscoveredFiles.of(options.root, []);
    const findings = [];
    const parseSeverity = config.checks['parse-error'] ?? 'error';
    if (parseSeverity !== 'off') {
        for (const p of problems) {
            findings.push({
                check: 'parse-error',
                severity: parseSeverity,
                path: p.path,
                line: p.line,
                column: p.column,
                endLine: p.line,
                message: p.message,
                suggestions: [],
                fingerprint: fingerprint(['parse-error', p.path, p.message]),
            });
        }
    }
    for (const f of detectionFindings)
        findings.push(f);
    findings.sort(compareFindings);
    const count = (s) => findings.filter((f) => f.severity === s).length;
    return {
        tool: { name: 'lofp-lint', version: VERSION },
        techniques: options.techniques,
        detections,
        analyses,
        findings,
        skipped,
        unmatched,
        directiveWarnings,
        suppressed,
        summary: {
            files: options.stdin ? 1 : fileCount,
            detections: detections.length,
            skipped: skipped.length,
            errors: count('error'),
            warnings: count('warning'),
            notes: count('note'),
            suppressed: suppressed.length,
        },
        threads: stats,
    };
}

;// CONCATENATED MODULE: ./src/commands/catalog.ts
/**
 * `lofp-lint catalog list` and `lofp-lint catalog build`: show the loaded catalog; build one from
 * rule folders the way LoFP does.
 */











const CATALOG_USAGE = `Usage:
  lofp-lint catalog list [--technique T]... [--format table|json] [--catalog FILE]... [--config FILE] [--no-builtin]
  lofp-lint catalog build --technique T <rule dirs...> [-o FILE] [--new-only] [--base-url URL]
                          [--include-deprecated] [--include-prose] [--catalog FILE]... [--config FILE] [--no-builtin]

  list    the loaded catalog entries: the shipped catalog, the config's catalogs, then each --catalog
  build   a catalog from the false-positive texts of the rules tagged T (LoFP style: lower-cased,
          deduplicated, with the source rule); texts the loaded catalog has keep their ids.
          Placeholders ("Unknown") and generic texts ("Legitimate activity") are dropped.
          The YAML goes to stdout or -o FILE (its folder is created; FILE itself is never read
          as a catalog); which texts are new or dropped goes to stderr.
          --new-only       write only the texts the loaded catalog lacks (to use as a --catalog)
          --base-url URL   source URL of an entry = URL + the rule's path in its folder
          --include-prose  also take false positives described in notes and descriptions
`;
/** The widest text column of the table before it is cut with an ellipsis. */
const TABLE_TEXT_WIDTH = 72;
function parseArgs(args) {
    const hasSub = args[0] !== undefined && !args[0].startsWith('-');
    const parsed = {
        sub: hasSub ? args[0] : '',
        techniques: [],
        format: 'table',
        catalogs: [],
        config: undefined,
        builtin: true,
        output: undefined,
        newOnly: false,
        baseUrl: undefined,
        includeDeprecated: false,
        includeProse: false,
        dirs: [],
        help: false,
    };
    for (let i = hasSub ? 1 : 0; i < args.length; i++) {
        const arg = args[i];
        const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
        const flag = eq === -1 ? arg : arg.slice(0, eq);
        const value = () => {
            if (eq !== -1)
                return arg.slice(eq + 1);
            const next = args[++i];
            if (next === undefined)
                throw new ConfigError(`catalog ${parsed.sub}: ${flag} needs a value`);
            return next;
        };
        switch (flag) {
            case '--technique':
            case '-t': {
                const raw = value();
                const technique = normalizeTechnique(raw);
                if (!technique)
                    throw new ConfigError(`catalog ${parsed.sub}: --technique '${raw}' is not an ATT&CK technique id (expected T1234 or T1234.001)`);
                parsed.techniques.push(technique);
                break;
            }
            case '--format':
            case '-f':
                parsed.format = value();
                break;
            case '--catalog':
                parsed.catalogs.push(value());
                break;
            case '--config':
                parsed.config = value();
                break;
            case '--no-builtin':
                parsed.builtin = false;
                break;
            case '--output':
            case '-o':
                parsed.output = value();
                break;
            case '--new-only':
                parsed.newOnly = true;
                break;
            case '--base-url':
                parsed.baseUrl = value();
                break;
            case '--include-deprecated':
                parsed.includeDeprecated = true;
                break;
            case '--include-prose':
                parsed.includeProse = true;
                break;
            case '--help':
            case '-h':
                parsed.help = true;
                break;
            default:
                if (arg.startsWith('-') && arg !== '-')
                    throw new ConfigError(`catalog ${parsed.sub}: unknown option '${arg}'`);
                parsed.dirs.push(arg);
        }
    }
    return parsed;
}
/**
 * The catalog the command works on: shipped, then the config's catalogs, then each --catalog.
 * `catalog build -o FILE` leaves FILE out: it is about to be replaced (or does not exist yet, when
 * the config already names it), and reading it would make every text "known".
 */
function loadFor(args, cwd, output) {
    const config = loadConfig(cwd, args.config);
    const target = output === undefined ? undefined : external_node_path_default().resolve(cwd, output);
    return loadCatalog({
        cwd,
        builtin: args.builtin,
        config: { ...config, catalogs: config.catalogs.filter((c) => c !== target) },
        files: args.catalogs.filter((c) => external_node_path_default().resolve(cwd, c) !== target),
    });
}
function cut(text, width) {
    return text.length <= width ? text : `${text.slice(0, width - 1)}\u2026`;
}
function catalogTable(entries) {
    const header = ['ID', 'TECHNIQUE', 'THEME', 'TEXT'];
    const rows = entries.map((e) => [e.id, e.technique, e.theme, cut(e.text, TABLE_TEXT_WIDTH)]);
    const widths = header.map((h, col) => Math.max(h.length, ...rows.map((r) => r[col].length)));
    const line = (cells) => cells.map((c, col) => (col === cells.length - 1 ? c : c.padEnd(widths[col]))).join('  ');
    const origins = new Map();
    for (const e of entries)
        origins.set(e.origin, (origins.get(e.origin) ?? 0) + 1);
    // Shipped catalogs first, then the user's in load order (a replaced entry keeps its place).
    const ordered = [...origins].sort(([a], [b]) => Number(b.startsWith('builtin:')) - Number(a.startsWith('builtin:')));
    const from = ordered.map(([origin, n]) => `${n} from ${origin}`).join(', ');
    const summary = `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}${from ? ` (${from})` : ''}`;
    return `${[line(header), ...rows.map(line)].join('\n')}\n\n${summary}\n`;
}
async function list(args, out, cwd) {
    if (args.format !== 'table' && args.format !== 'json') {
        throw new ConfigError(`catalog list: --format '${args.format}' is not one of table, json`);
    }
    if (args.dirs.length > 0)
        throw new ConfigError(`catalog list: unexpected argument '${args.dirs[0]}'`);
    const catalog = loadFor(args, cwd);
    const entries = args.techniques.length
        ? catalog.entries.filter((e) => args.techniques.some((t) => entriesFor({ entries: [e] }, t).length > 0))
        : catalog.entries;
    out(args.format === 'json' ? `${JSON.stringify(entries, null, 2)}\n` : catalogTable(entries));
    return 0;
}
async function build(args, out, err, cwd) {
    if (args.techniques.length !== 1)
        throw new ConfigError('catalog build: give exactly one --technique');
    if (args.dirs.length === 0)
        throw new ConfigError('catalog build: give the rule folders to build from');
    const technique = args.techniques[0];
    const known = loadFor(args, cwd, args.output);
    // Each folder is its own root, so a rule's path reads as in its repository (`rules/aws/x.toml`).
    const detections = [];
    const problems = [];
    for (const dir of args.dirs) {
        const root = external_node_path_default().resolve(cwd, dir);
        if (!(0,external_node_fs_namespaceObject.statSync)(root, { throwIfNoEntry: false })?.isDirectory())
            throw new ConfigError(`catalog build: '${dir}' is not a folder`);
        const collected = await collectDetections({ root, paths: [root], techniques: [technique], includeDeprecated: args.includeDeprecated });
        detections.push(...collected.detections);
        for (const p of collected.problems)
            problems.push(`${external_node_path_default().join(dir, p.path)}:${p.line}:${p.column}: ${p.message} (skipped)\n`);
    }
    const result = buildCatalog(detections, {
        technique,
        known,
        rules: args.dirs.join(', '),
        includeProse: args.includeProse,
        ...(args.baseUrl ? { baseUrl: args.baseUrl } : {}),
    });
    const document = args.newOnly
        ? { ...result.document, entries: result.document.entries.filter((e) => result.texts.some((t) => t.id === e.id && t.status === 'new')) }
        : result.document;
    // The output must load as a catalog: prove it before anyone relies on it.
    checkCatalogDocument(JSON.parse(JSON.stringify(document)), 'catalog build output');
    const yaml = catalogToYaml(document, [
        `Built by lofp-lint catalog build from the false-positive texts of rules tagged ${technique} in ${args.dirs.join(', ')}.`,
        'Texts are normalized like LoFP (lower case, whitespace collapsed, deduplicated); insert keeps the rule\'s casing.',
    ]);
    if (args.output) {
        // The README's `-o lofp/our-entries.yml` starts a folder of the team's catalogs.
        (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().dirname(external_node_path_default().resolve(cwd, args.output)), { recursive: true });
        writeFileAtomic(external_node_path_default().resolve(cwd, args.output), yaml, args.output);
    }
    else
        out(yaml);
    err(problems.join('') + buildReport(result, technique));
    return 0;
}
/** Returns the exit code; user mistakes throw ConfigError (exit 2, printed by the CLI). */
async function catalogCommand(args, out, err = (text) => void process.stderr.write(text), cwd = process.cwd()) {
    const parsed = parseArgs(args);
    if (parsed.help || parsed.sub === '' || parsed.sub === 'help') {
        out(CATALOG_USAGE);
        return 0;
    }
    if (parsed.sub === 'list')
        return list(parsed, out, cwd);
    if (parsed.sub === 'build')
        return build(parsed, out, err, cwd);
    throw new ConfigError(`catalog: unknown subcommand '${parsed.sub}' (expected list or build)`);
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(__lofp_engine_url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/report/badge.ts
const BADGE_LABEL = 'LoFP coverage';
/** Colors by percent complete, highest threshold first; shields.io named colors. */
const BADGE_COLORS = [
    { min: 100, color: 'brightgreen' },
    { min: 90, color: 'green' },
    { min: 75, color: 'yellowgreen' },
    { min: 50, color: 'yellow' },
    { min: 25, color: 'orange' },
    { min: 0, color: 'red' },
];
function renderBadge(coverage, label = BADGE_LABEL) {
    if (coverage.total.rules === 0)
        return { schemaVersion: 1, label, message: 'no rules', color: 'lightgrey' };
    const pct = coverage.total.percentComplete;
    const color = BADGE_COLORS.find((c) => pct >= c.min)?.color ?? 'red';
    return { schemaVersion: 1, label, message: `${pct}%`, color };
}

;// CONCATENATED MODULE: ./src/report/coverage.ts
/**
 * Coverage of a repository's false-positive documentation: how many selected rules document
 * their false positives completely, per technique, format and platform, which catalog entries
 * the rules still lack, and which entries no rule documents at all. Pure: derived from a
 * LintResult (findings and the matcher's analyses) and the catalog entries only.
 *
 * `Coverage` is part of the `--format json` contract (the `coverage` key in audit mode) and is
 * what `--baseline` reads back from a previous report: field names are stable, changes additive.
 */


/** Bumped only when a field changes meaning or disappears. */
const COVERAGE_SCHEMA_VERSION = 1;
const RULE_STATUSES = ['complete', 'incomplete', 'placeholders-only', 'undocumented'];
/** Platform of rules whose data sources name none lofp-lint knows. */
const UNKNOWN_PLATFORM = 'unknown';
/** Checks whose error/warning findings say the rule lacks the entries they suggest. */
const ALL_SUGGESTIONS_MISSING = new Set(['missing-false-positives', 'placeholder-false-positives']);
/** One finding per missing entry: the entry is the first suggestion. */
const FIRST_SUGGESTION_MISSING = 'missing-catalog-entry';
function counts(finding) {
    return finding.severity === 'error' || finding.severity === 'warning';
}
/** The status of a rule from its (unsuppressed) findings. */
function ruleStatus(findings) {
    const relevant = findings.filter(counts);
    if (relevant.length === 0)
        return 'complete';
    if (relevant.some((f) => f.check === 'missing-false-positives'))
        return 'undocumented';
    if (relevant.some((f) => f.check === 'placeholder-false-positives'))
        return 'placeholders-only';
    return 'incomplete';
}
/** Catalog entry ids a rule lacks according to its error/warning findings, in order, unique. */
function missingEntryIds(findings) {
    const ids = new Set();
    for (const f of findings) {
        if (!counts(f))
            continue;
        if (f.check === FIRST_SUGGESTION_MISSING) {
            const first = f.suggestions[0];
            if (first)
                ids.add(first.id);
        }
        else if (ALL_SUGGESTIONS_MISSING.has(f.check)) {
            for (const s of f.suggestions)
                ids.add(s.id);
        }
    }
    return [...ids];
}
/** Platforms a rule's data sources name, in order of appearance; [`unknown`] when none. */
function platformsOf(dataSources) {
    const platforms = new Set();
    for (const source of dataSources) {
        for (const match of [...findTerms(source), ...findLogSources(source)]) {
            const platform = match.term.kind === 'platform' ? match.term.id : match.term.platform;
            if (platform)
                platforms.add(platform);
        }
    }
    return platforms.size > 0 ? [...platforms] : [UNKNOWN_PLATFORM];
}
function percent(part, whole) {
    return whole === 0 ? 100 : Math.floor((part * 100) / whole);
}
function countStatuses(rules) {
    const n = (status) => rules.filter((r) => r.status === status).length;
    const complete = n('complete');
    return {
        rules: rules.length,
        complete,
        incomplete: n('incomplete'),
        placeholdersOnly: n('placeholders-only'),
        undocumented: n('undocumented'),
        percentComplete: percent(complete, rules.length),
    };
}
function pushTo(map, key, value) {
    const list = map.get(key);
    if (list)
        list.push(value);
    else
        map.set(key, [value]);
}
function groupBy(rules, keysOf) {
    const groups = new Map();
    for (const rule of rules)
        for (const key of keysOf(rule))
            pushTo(groups, key, rule);
    return [...groups]
        .map(([key, members]) => ({ key, ...countStatuses(members) }))
        .sort((a, b) => b.rules - a.rules || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
/**
 * The detection a finding belongs to: by path, then by rule id, then by the document's lines
 * (a multi-document file holds several rules, possibly without ids).
 */
function coverage_ownerOf(finding, byPath) {
    const candidates = byPath.get(finding.path);
    if (!candidates || candidates.length <= 1)
        return candidates?.[0];
    const sameId = finding.ruleId !== undefined ? candidates.filter((d) => d.id === finding.ruleId) : [];
    const pool = sameId.length > 0 ? sameId : candidates;
    if (pool.length === 1)
        return pool[0];
    return pool.find((d) => finding.line >= d.span.line && finding.line <= d.span.endLine) ?? pool[0];
}
function byCountThenId(a, b) {
    return b.rules - a.rules || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
/**
 * Catalog entries some rule documents: an item the matcher tied to the entry, or the item that
 * covers a relevant entry (a rule may document an entry the matcher would not have suggested).
 */
function documentedEntryIds(analyses) {
    const ids = new Set();
    for (const analysis of analyses) {
        for (const item of analysis.items)
            if (item.entryId !== null)
                ids.add(item.entryId);
        for (const r of analysis.relevant)
            if (r.coveredBy !== null)
                ids.add(r.entryId);
    }
    return ids;
}
function computeCoverage(result, entries) {
    const selected = (technique) => result.techniques.some((s) => techniqueMatches(technique, s));
    const byPath = new Map();
    for (const d of result.detections)
        pushTo(byPath, d.path, d);
    const findingsOf = new Map();
    let unparsedFiles = 0;
    for (const finding of result.findings) {
        if (finding.check === 'parse-error') {
            unparsedFiles++;
            continue;
        }
        const owner = coverage_ownerOf(finding, byPath);
        if (owner)
            pushTo(findingsOf, owner, finding);
    }
    // Rules of one family share their data sources: look each combination up once.
    const platformCache = new Map();
    const platforms = (sources) => {
        const key = sources.join('\u0000');
        let found = platformCache.get(key);
        if (!found)
            platformCache.set(key, (found = platformsOf(sources)));
        return [...found];
    };
    const rules = result.detections.map((d) => {
        const findings = findingsOf.get(d) ?? [];
        const n = (severity) => findings.filter((f) => f.severity === severity).length;
        return {
            path: d.path,
            document: d.document,
            id: d.id,
            title: d.title,
            format: d.format,
            line: d.titleSpan.line,
            techniques: d.techniques.filter(selected),
            platforms: platforms(d.dataSources),
            status: ruleStatus(findings),
            errors: n('error'),
            warnings: n('warning'),
            notes: n('note'),
            missingEntries: missingEntryIds(findings),
        };
    });
    const entryById = new Map(entries.map((e) => [e.id, e]));
    const suggestionText = new Map();
    for (const f of result.findings)
        for (const s of f.suggestions)
            suggestionText.set(s.id, s.insert);
    const documented = documentedEntryIds(result.analyses);
    // Rules (by position) each entry applies to, from the same analyses.
    const relevantTo = new Map();
    result.detections.forEach((_, i) => {
        for (const r of result.analyses[i]?.relevant ?? [])
            pushTo(relevantTo, r.entryId, i);
    });
    const byTechnique = result.techniques.map((technique) => {
        const members = rules.filter((r) => r.techniques.some((t) => techniqueMatches(t, technique)));
        const techniqueEntries = entries.filter((e) => techniqueMatches(e.technique, technique));
        const uncoveredEntries = techniqueEntries
            .filter((e) => !documented.has(e.id))
            .map((e) => {
            const applying = (relevantTo.get(e.id) ?? []).map((i) => rules[i]);
            return { id: e.id, technique: e.technique, text: e.insert, rules: applying.length, paths: [...new Set(applying.map((r) => r.path))].sort() };
        })
            .sort(byCountThenId);
        const missing = new Map();
        for (const rule of members) {
            for (const id of rule.missingEntries) {
                // An entry outside the loaded catalog (a suggestion from a catalog since removed) counts
                // under the rule's first selected technique, so it is listed exactly once.
                const entryTechnique = entryById.get(id)?.technique ?? rule.techniques[0] ?? technique;
                if (!techniqueMatches(entryTechnique, technique))
                    continue;
                pushTo(missing, id, rule);
            }
        }
        const missingEntries = [...missing]
            .map(([id, lacking]) => ({
            id,
            technique: entryById.get(id)?.technique ?? technique,
            text: entryById.get(id)?.insert ?? suggestionText.get(id) ?? '',
            rules: lacking.length,
            paths: [...new Set(lacking.map((r) => r.path))].sort(),
        }))
            .sort(byCountThenId);
        return {
            technique,
            ...countStatuses(members),
            catalogEntries: techniqueEntries.length,
            missingEntries,
            documentedEntries: techniqueEntries.length - uncoveredEntries.length,
            uncoveredEntries,
        };
    });
    return {
        schemaVersion: COVERAGE_SCHEMA_VERSION,
        techniques: [...result.techniques],
        total: countStatuses(rules),
        byTechnique,
        byFormat: groupBy(rules, (r) => [r.format]),
        byPlatform: groupBy(rules, (r) => r.platforms),
        unparsedFiles,
        rules,
    };
}

;// CONCATENATED MODULE: ./src/report/baseline.ts
/**
 * The trend of an audit: what changed since a previous JSON report (`--baseline report.json`).
 * Reads the `--format json` contract (src/report/json.ts): the `coverage.rules` of an audit
 * report when present, otherwise the `detections` and `findings` every JSON report has.
 */



function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function fail(name, what) {
    throw new ConfigError(`${name} is not a lofp-lint JSON report (${what}); write one with \`lofp-lint audit --format json\``);
}
function baseline_str(value) {
    return typeof value === 'string' ? value : null;
}
function readDetections(name, value) {
    if (!Array.isArray(value))
        fail(name, 'no `detections` array');
    return value.map((d, i) => {
        if (!isRecord(d) || baseline_str(d.path) === null)
            fail(name, `detections[${i}] has no \`path\``);
        return { path: d.path, id: baseline_str(d.id), title: baseline_str(d.title) ?? '' };
    });
}
function readFindings(name, value) {
    if (!Array.isArray(value))
        fail(name, 'no `findings` array');
    return value.map((f, i) => {
        if (!isRecord(f) || baseline_str(f.path) === null || baseline_str(f.check) === null || baseline_str(f.severity) === null) {
            fail(name, `findings[${i}] lacks \`path\`, \`check\` or \`severity\``);
        }
        const suggestions = Array.isArray(f.suggestions)
            ? f.suggestions.filter(isRecord).flatMap((s) => (typeof s.id === 'string' ? [{ id: s.id }] : []))
            : [];
        return { path: f.path, check: f.check, severity: f.severity, ruleId: baseline_str(f.ruleId), suggestions };
    });
}
/** The rules of an audit report's `coverage`, or null when it has none usable. */
function coverageRules(report) {
    const coverage = report.coverage;
    if (!isRecord(coverage) || !Array.isArray(coverage.rules))
        return null;
    const rules = [];
    for (const r of coverage.rules) {
        if (!isRecord(r) || typeof r.path !== 'string' || !RULE_STATUSES.includes(r.status))
            return null;
        rules.push({
            path: r.path,
            id: baseline_str(r.id),
            title: baseline_str(r.title) ?? '',
            status: r.status,
            missingEntries: Array.isArray(r.missingEntries) ? r.missingEntries.filter((e) => typeof e === 'string') : [],
        });
    }
    return rules;
}
/** Rules from `detections` and `findings`: a finding belongs to the rule of its path (and id). */
function derivedRules(detections, findings) {
    const byPath = new Map();
    for (const f of findings) {
        const list = byPath.get(f.path);
        if (list)
            list.push(f);
        else
            byPath.set(f.path, [f]);
    }
    const rulesPerPath = new Map();
    for (const d of detections)
        rulesPerPath.set(d.path, (rulesPerPath.get(d.path) ?? 0) + 1);
    return detections.map((d) => {
        const all = byPath.get(d.path) ?? [];
        // In a file with several rules, a finding's `ruleId` tells them apart when they have ids.
        const own = rulesPerPath.get(d.path) > 1 && d.id !== null ? all.filter((f) => f.ruleId === d.id) : all;
        return { path: d.path, id: d.id, title: d.title, status: ruleStatus(own), missingEntries: missingEntryIds(own) };
    });
}
/** Reads a parsed JSON report; `name` says which one in error messages. */
function readReport(report, name) {
    if (!isRecord(report))
        fail(name, 'not a JSON object');
    const detections = readDetections(name, report.detections);
    const findings = readFindings(name, report.findings);
    const techniques = Array.isArray(report.techniques) ? report.techniques.filter((t) => typeof t === 'string') : [];
    return { rules: coverageRules(report) ?? derivedRules(detections, findings), techniques };
}
function totals(report) {
    const complete = report.rules.filter((r) => r.status === 'complete').length;
    return { rules: report.rules.length, complete, percentComplete: percent(complete, report.rules.length), techniques: report.techniques };
}
function byPathOrder(a, b) {
    return a.path < b.path ? -1 : a.path > b.path ? 1 : a.title < b.title ? -1 : a.title > b.title ? 1 : 0;
}
/**
 * Pairs each current rule with its previous self: same path and id first, then the same id
 * elsewhere (a moved file), then the same path and title (rules without ids).
 */
function pairRules(current, previous) {
    const pairs = new Map();
    const taken = new Set();
    const keys = [
        (r) => (r.id !== null ? `${r.path}\u0000${r.id}` : null),
        (r) => r.id,
        (r) => `${r.path}\u0000${r.title}`,
    ];
    for (const key of keys) {
        const index = new Map();
        for (const p of previous) {
            const k = key(p);
            if (k === null || taken.has(p))
                continue;
            const list = index.get(k);
            if (list)
                list.push(p);
            else
                index.set(k, [p]);
        }
        for (const c of current) {
            const k = key(c);
            if (k === null || pairs.has(c))
                continue;
            const match = index.get(k)?.find((p) => !taken.has(p));
            if (!match)
                continue;
            pairs.set(c, match);
            taken.add(match);
        }
    }
    return pairs;
}
/** What changed from `previous` to `current` (both parsed JSON reports). */
function compareBaseline(current, previous, names = {}) {
    const now = readReport(current, names.current ?? 'the current report');
    const before = readReport(previous, names.previous ?? 'the baseline');
    const pairs = pairRules(now.rules, before.rules);
    const matched = new Set(pairs.values());
    const fixedRules = [];
    const regressions = [];
    for (const rule of now.rules) {
        const old = pairs.get(rule);
        if (!old)
            continue;
        const oldMissing = new Set(old.missingEntries);
        const change = { ...rule, previousStatus: old.status, newlyMissing: rule.missingEntries.filter((e) => !oldMissing.has(e)) };
        if (old.status !== 'complete' && rule.status === 'complete')
            fixedRules.push(change);
        else if ((old.status === 'complete' && rule.status !== 'complete') || change.newlyMissing.length > 0)
            regressions.push(change);
    }
    return {
        previous: totals(before),
        current: totals(now),
        newRules: now.rules.filter((r) => !pairs.has(r)).sort(byPathOrder),
        removedRules: before.rules.filter((r) => !matched.has(r)).sort(byPathOrder),
        fixedRules: fixedRules.sort(byPathOrder),
        regressions: regressions.sort(byPathOrder),
    };
}
/** Reads and parses a baseline file; a missing or broken file is the user's mistake. */
async function loadBaseline(path) {
    let text;
    try {
        text = readRegularFile(path).toString('utf8');
    }
    catch (error) {
        const problem = readProblem(error);
        throw new ConfigError(`cannot read baseline ${path}: ${problem === 'ENOENT' ? 'no such file' : problem}`);
    }
    let report;
    try {
        report = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (error) {
        throw new ConfigError(`baseline ${path} is not valid JSON: ${error.message}`);
    }
    // Fail now, with the file's name, rather than later in compareBaseline.
    readReport(report, `baseline ${path}`);
    return report;
}

;// CONCATENATED MODULE: ./src/report/json-stream.ts
/** An array whose elements are produced on demand (`map`, if given) while it is written. */
class StreamedArray {
    items;
    map;
    constructor(items, map) {
        this.items = items;
        this.map = map;
    }
}
/**
 * An array whose elements are written as the JSON text `render` gives: the text of
 * `JSON.stringify(element, null, 2)` as it appears `depth` levels deep (see `jsonAt`).
 */
class RenderedArray {
    items;
    render;
    constructor(items, render) {
        this.items = items;
        this.render = render;
    }
}
/** An object whose values may themselves be streamed. */
class StreamedObject {
    entries;
    constructor(entries) {
        this.entries = entries;
    }
}
function streamedArray(items, map) {
    return new StreamedArray(items, map);
}
const INDENT = '  ';
/**
 * Elements stringified together: JSON.stringify of many small values costs a fraction of as many
 * calls. A batch of report elements (detections, SARIF results: 1-2 KB each) stays well under
 * 128 KB, the size from which V8 allocates a string in its large-object space, which only a full
 * collection frees: batches of that size made the heap grow by the size of the report.
 */
const BATCH_ELEMENTS = 32;
/**
 * Where the elements of an array at `depth` start and end in `JSON.stringify(wrapped, null, 2)`,
 * where `wrapped` is the array put `depth` levels deep in arrays of one element: each level
 * opens with `[`, a newline and its elements' indentation, and closes with a newline, its own
 * indentation and `]`. Stringified there, the elements come out indented as they are in the
 * whole document, so they need no indenting after.
 */
function batchFraming(depth) {
    return FRAMINGS[depth] ?? makeFraming(depth);
}
function makeFraming(depth) {
    let head = 0;
    let tail = 0;
    for (let level = 0; level <= depth; level++) {
        head += 2 + INDENT.length * (level + 1);
        tail += 2 + INDENT.length * level;
    }
    const wrap = (batch) => {
        let wrapped = batch;
        for (let level = 0; level < depth; level++)
            wrapped = [wrapped];
        return wrapped;
    };
    return { wrap, head, tail };
}
/** Framings of the depths reports use (a handful of levels), made once. */
const FRAMINGS = Array.from({ length: 8 }, (_, depth) => makeFraming(depth));
/** `JSON.stringify(value, null, 2)` as it appears nested `depth` levels deep. */
function jsonAt(value, depth) {
    // Only objects and arrays span lines.
    if (depth === 0 || typeof value !== 'object' || value === null)
        return JSON.stringify(value, null, 2);
    // A value that stringifies to nothing (a toJSON returning undefined) is null in an array too.
    const { wrap, head, tail } = batchFraming(depth - 1);
    const text = JSON.stringify(wrap([value]), null, 2);
    return text.slice(head, text.length - tail);
}
function writeRendered(out, array, depth) {
    const pad = INDENT.repeat(depth + 1);
    let first = true;
    for (const item of array.items) {
        out.write(`${first ? '[' : ','}\n${pad}`);
        out.write(array.render(item, depth + 1));
        first = false;
    }
    out.write(first ? '[]' : `\n${INDENT.repeat(depth)}]`);
}
function writeElements(out, items, map, depth) {
    const pad = INDENT.repeat(depth + 1);
    const { wrap, head, tail } = batchFraming(depth);
    let batch = [];
    let first = true;
    const flush = () => {
        if (batch.length === 0)
            return;
        // Like JSON.stringify, an element that has no JSON form is written as null, in a batch too.
        const text = JSON.stringify(wrap(batch), null, 2);
        out.write(`${first ? '[' : ','}\n${pad}`);
        out.write(text.slice(head, text.length - tail));
        batch = [];
        first = false;
    };
    for (const element of items) {
        const item = map ? map(element) : element;
        if (item instanceof StreamedArray || item instanceof StreamedObject || item instanceof RenderedArray) {
            flush();
            out.write(`${first ? '[' : ','}\n${pad}`);
            json_stream_writeValue(out, item, depth + 1);
            first = false;
            continue;
        }
        batch.push(item);
        if (batch.length >= BATCH_ELEMENTS)
            flush();
    }
    flush();
    out.write(first ? '[]' : `\n${INDENT.repeat(depth)}]`);
}
function json_stream_writeValue(out, value, depth) {
    const pad = INDENT.repeat(depth + 1);
    if (value instanceof StreamedArray) {
        writeElements(out, value.items, value.map, depth);
        return;
    }
    if (value instanceof RenderedArray) {
        writeRendered(out, value, depth);
        return;
    }
    if (value instanceof StreamedObject) {
        let first = true;
        for (const [key, item] of Object.entries(value.entries)) {
            if (item === undefined || typeof item === 'function')
                continue;
            out.write(`${first ? '{' : ','}\n${pad}${JSON.stringify(key)}: `);
            json_stream_writeValue(out, item, depth + 1);
            first = false;
        }
        out.write(first ? '{}' : `\n${INDENT.repeat(depth)}}`);
        return;
    }
    out.write(jsonAt(value, depth) ?? 'null');
}
/** Writes `value` as `JSON.stringify(value, null, 2)` would, plus a final newline. */
function writeJson(out, value) {
    json_stream_writeValue(out, value, 0);
    out.write('\n');
}

;// CONCATENATED MODULE: ./src/report/json.ts



function section(s) {
    return {
        source: s.source,
        key: s.key,
        line: s.line,
        endLine: s.endLine,
        items: s.items.map((i) => i.text),
        itemSpans: s.items.map((i) => ({ line: i.line, endLine: i.endLine })),
        ...(s.problem ? { problem: s.problem } : {}),
    };
}
/**
 * What the matcher concluded about the rule: each entry that applies, how sure, why, and the
 * documented item that covers it (null: missing); and the entries its own evidence ruled out.
 */
function catalogEntries(a) {
    if (!a)
        return { applies: [], excluded: [] };
    return {
        applies: a.relevant.map((r) => ({
            id: r.entryId,
            confidence: r.confidence,
            reason: r.reason,
            documentedBy: r.coveredBy ? { line: r.coveredBy.line, endLine: r.coveredBy.endLine } : null,
        })),
        excluded: a.excluded.map((x) => ({ id: x.entryId, reason: x.reason })),
    };
}
function detection(d, analysis) {
    const [primary, ...others] = d.falsePositives;
    return {
        path: d.path,
        format: d.format,
        id: d.id,
        title: d.title,
        line: d.titleSpan.line,
        techniques: d.techniques,
        status: d.status,
        falsePositives: primary ? section(primary) : null,
        otherFalsePositives: others.map(section),
        catalogEntries: catalogEntries(analysis),
    };
}
function suggestionsJson(suggestions) {
    return suggestions.map((s) => ({ id: s.id, text: s.text, insert: s.insert, short: s.short ?? s.insert, confidence: s.confidence, reason: s.reason }));
}
function finding(f) {
    return {
        check: f.check,
        severity: f.severity,
        path: f.path,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        ...(f.endColumn !== undefined ? { endColumn: f.endColumn } : {}),
        message: f.message,
        ruleId: f.ruleId ?? null,
        fingerprint: f.fingerprint,
        helpUri: docsUrl(f.check),
        suggestions: suggestionsJson(f.suggestions),
        ...(f.omittedSuggestions ? { omittedSuggestions: f.omittedSuggestions } : {}),
        ...(f.fix ? { fix: { title: f.fix.title, edits: f.fix.edits } } : {}),
    };
}
function toJsonReport(result, extra = {}) {
    return {
        tool: result.tool,
        techniques: result.techniques,
        detections: result.detections.map((d, i) => detection(d, result.analyses[i])),
        findings: result.findings.map(finding),
        skipped: result.skipped,
        suppressed: result.suppressed,
        summary: result.summary,
        ...extra,
    };
}
const json_INDENT = '  ';
/** Blocks of JSON text of shared suggestion lists kept for reuse; a report of any size keeps at most this many. */
const MAX_SHARED_BLOCKS = 4096;
/**
 * Writes findings as `finding` and JSON.stringify would, without building the objects: the
 * fields are written directly, and the JSON of a suggestion list or a fix is made once for all
 * the findings that carry it. The findings of a rule, which come one after the other, share
 * them; the lists a run without texts shares among rules (frozen, src/lint-outcome.ts) are kept
 * for the whole report. Other blocks are kept only while the findings of their file are written:
 * kept longer, each would outlive young-generation collections and pile up in the old one.
 * Findings whose fields are not of their declared types go the long way.
 *
 * A cache is replaced, never cleared: V8 links a cleared Map's old table to its new one, so a
 * cache promoted to the old generation and cleared per file would keep every table it ever had,
 * and their texts, alive until the next full collection (60 MB of heap for 90,000 rules).
 */
function findingRenderer() {
    let shared = new Map();
    let ofFile = new Map();
    let filePath;
    let blocksDepth = -1;
    const helpUris = new Map();
    const block = (key, depth, make) => {
        if (depth !== blocksDepth) {
            shared = new Map();
            ofFile = new Map();
            blocksDepth = depth;
        }
        const isShared = Object.isFrozen(key);
        let blocks = isShared ? shared : ofFile;
        let text = blocks.get(key);
        if (text === undefined) {
            if (blocks.size >= MAX_SHARED_BLOCKS) {
                blocks = new Map();
                if (isShared)
                    shared = blocks;
                else
                    ofFile = blocks;
            }
            blocks.set(key, (text = jsonAt(make(), depth) ?? 'null'));
        }
        return text;
    };
    const str = (s) => JSON.stringify(s);
    const num = (n) => (Number.isFinite(n) ? String(n) : 'null');
    return (f, depth) => {
        if (!plainFinding(f))
            return jsonAt(finding(f), depth) ?? 'null';
        if (f.path !== filePath) {
            ofFile = new Map();
            filePath = f.path;
        }
        const p = `,\n${json_INDENT.repeat(depth + 1)}`;
        let helpUri = helpUris.get(f.check);
        if (helpUri === undefined)
            helpUris.set(f.check, (helpUri = str(docsUrl(f.check))));
        const suggestions = f.suggestions.length === 0 ? '[]' : block(f.suggestions, depth + 1, () => suggestionsJson(f.suggestions));
        const fix = f.fix;
        return (`{\n${json_INDENT.repeat(depth + 1)}"check": ${str(f.check)}${p}"severity": ${str(f.severity)}${p}"path": ${str(f.path)}` +
            `${p}"line": ${num(f.line)}${p}"column": ${num(f.column)}${p}"endLine": ${num(f.endLine)}` +
            (f.endColumn !== undefined ? `${p}"endColumn": ${num(f.endColumn)}` : '') +
            `${p}"message": ${str(f.message)}${p}"ruleId": ${typeof f.ruleId === 'string' ? str(f.ruleId) : 'null'}` +
            `${p}"fingerprint": ${str(f.fingerprint)}${p}"helpUri": ${helpUri}${p}"suggestions": ${suggestions}` +
            (f.omittedSuggestions ? `${p}"omittedSuggestions": ${num(f.omittedSuggestions)}` : '') +
            (fix ? `${p}"fix": ${block(fix, depth + 1, () => ({ title: fix.title, edits: fix.edits }))}` : '') +
            `\n${json_INDENT.repeat(depth)}}`);
    };
}
/** Whether the finding's written fields have their declared types (a hand-made result may not). */
function plainFinding(f) {
    return (typeof f.check === 'string' &&
        typeof f.severity === 'string' &&
        typeof f.path === 'string' &&
        typeof f.line === 'number' &&
        typeof f.column === 'number' &&
        typeof f.endLine === 'number' &&
        (f.endColumn === undefined || typeof f.endColumn === 'number') &&
        typeof f.message === 'string' &&
        (f.ruleId === undefined || f.ruleId === null || typeof f.ruleId === 'string') &&
        typeof f.fingerprint === 'string' &&
        Array.isArray(f.suggestions) &&
        (f.omittedSuggestions === undefined || typeof f.omittedSuggestions === 'number') &&
        (f.fix === undefined || (typeof f.fix === 'object' && f.fix !== null)));
}
function* withAnalyses(result) {
    for (let i = 0; i < result.detections.length; i++)
        yield [result.detections[i], result.analyses[i]];
}
/**
 * Writes the report of `toJsonReport` without building it: detections and findings are
 * converted and written one at a time. The output is byte-identical to `renderJson`'s.
 */
function writeJsonReport(out, result, extra = {}) {
    writeJson(out, new StreamedObject({
        tool: result.tool,
        techniques: result.techniques,
        detections: streamedArray(withAnalyses(result), ([d, analysis]) => detection(d, analysis)),
        findings: new RenderedArray(result.findings, findingRenderer()),
        skipped: result.skipped,
        suppressed: result.suppressed,
        summary: result.summary,
        ...extra,
    }));
}
function renderJson(result, extra = {}) {
    return collect((out) => writeJsonReport(out, result, extra));
}

;// CONCATENATED MODULE: ./src/fix/apply.ts
/** A text's lines with their own terminators, so that joining them gives the text back. */
function toLines(text) {
    const lines = [];
    const re = /\r?\n/g;
    let start = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        lines.push({ content: text.slice(start, m.index), eol: m[0] });
        start = m.index + m[0].length;
    }
    if (start < text.length)
        lines.push({ content: text.slice(start), eol: '' });
    return lines;
}
function dominantEol(text) {
    const crlf = text.split('\r\n').length - 1;
    const lf = text.split('\n').length - 1 - crlf;
    return crlf > lf ? '\r\n' : '\n';
}
/**
 * Applies non-overlapping edits (line numbers refer to the original text). Lines outside the
 * edits are kept byte for byte; new lines take the file's dominant line ending. A text without a
 * final newline keeps none when its last line is a new one, even if the edit that wrote it did
 * not replace the last line (a later edit deleted what followed); a last line left untouched
 * keeps its own terminator.
 */
function applyEdits(text, edits) {
    if (edits.length === 0)
        return text;
    const eol = dominantEol(text);
    const lines = toLines(text);
    const unterminated = lines.length > 0 && lines[lines.length - 1].eol === '';
    const sorted = [...edits].sort((a, b) => b.startLine - a.startLine || b.endLine - a.endLine);
    for (let i = 1; i < sorted.length; i++) {
        if (sorted[i].endLine >= sorted[i - 1].startLine)
            throw new Error('overlapping edits');
    }
    const added = new Set();
    for (const edit of sorted) {
        const removed = lines.slice(edit.startLine - 1, edit.endLine);
        // A replaced block keeps the terminator of its last line (possibly none at end of file).
        const lastEol = removed.length ? removed[removed.length - 1].eol : eol;
        const inserted = edit.lines.map((content, i) => ({
            content,
            eol: i === edit.lines.length - 1 ? lastEol : eol,
        }));
        for (const line of inserted)
            added.add(line);
        lines.splice(edit.startLine - 1, removed.length, ...inserted);
    }
    // Only the last line may lack a terminator: a former last line that lines were appended after gets one.
    for (let i = 0; i < lines.length - 1; i++)
        if (lines[i].eol === '')
            lines[i].eol = eol;
    const last = lines[lines.length - 1];
    if (unterminated && last && added.has(last))
        last.eol = '';
    return lines.map((l) => l.content + l.eol).join('');
}

;// CONCATENATED MODULE: ./src/report/sarif.ts
/**
 * SARIF 2.1.0 for GitHub code scanning (github/codeql-action/upload-sarif) and other SARIF
 * viewers. Pure: a function of the LintResult and the check registry.
 *
 * GitHub's requirements (docs "SARIF support for code scanning"): `$schema`, `version`,
 * `tool.driver.name` and `rules[]` (id, short/full description, help), results with `ruleId`,
 * `level`, `message.text` and a repository-relative `artifactLocation.uri` with `region.startLine`;
 * `partialFingerprints` keep alerts attached across line moves; `automationDetails.id` sets the
 * category that tells separate analyses of one commit apart.
 */




const SARIF_VERSION = '2.1.0';
/** The OASIS standard's schema (2.1.0 errata 01), which the SARIF validator asks for. */
const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
/** GitHub code scanning rejects runs with more results (docs: "Uploading a SARIF file", limits). */
const MAX_RESULTS_PER_RUN = 25_000;
const TOOL_INFORMATION_URI = 'https://github.com/lofp-lint/lofp-lint';
/** Category used when the caller gives none; the trailing `/` makes the whole id the category. */
const DEFAULT_SARIF_CATEGORY = 'lofp-lint';
/** Key of our fingerprint in `partialFingerprints`; bump the version if its recipe changes. */
const FINGERPRINT_KEY = 'lofpLintFingerprint/v1';
/** Paths are relative to the checkout; upload-sarif resolves this base to the repository root. */
const SOURCE_ROOT = '%SRCROOT%';
const sarif_SEVERITY_RANK = { error: 0, warning: 1, note: 2 };
function levelOf(setting) {
    return setting === 'off' ? 'none' : setting;
}
/** `missing-false-positives` -> `MissingFalsePositives`: SARIF asks for Pascal-case rule names. */
function ruleName(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter((w) => w !== '')
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
}
function sarif_sentence(text) {
    return /[.!?]$/.test(text) ? text : `${text}.`;
}
function sarifRule(meta) {
    const url = docsUrl(meta.id);
    const description = sarif_sentence(meta.description);
    return {
        id: meta.id,
        name: ruleName(meta.id),
        shortDescription: { text: description },
        fullDescription: { text: `${description} Default severity: ${meta.defaultSeverity}.` },
        help: {
            text: `${description}\n\nWhat the check looks for, examples and how to fix it: ${url}`,
            markdown: `${description}\n\nWhat the check looks for, examples and how to fix it: [${meta.id}](${url})`,
        },
        helpUri: url,
        defaultConfiguration: meta.defaultSeverity === 'off' ? { level: 'none', enabled: false } : { level: levelOf(meta.defaultSeverity) },
    };
}
/** A repository-relative path as a URI reference: each segment percent-encoded, `/` kept. */
function pathToUri(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
function artifactLocation(path) {
    return { uri: pathToUri(path), uriBaseId: SOURCE_ROOT };
}
function lineLayout(text) {
    // The line ending `--fix` writes (src/fix/apply.ts), so both fixes produce the same text.
    return { lines: splitLines(text), eol: dominantEol(text), finalNewline: /\n$/.test(text) };
}
/**
 * One whole-line edit as a SARIF replacement on the file's text, with the result `--fix` gives
 * (src/fix/apply.ts). The region ends at the start of the line after the edit, so the replaced
 * lines' terminators go too; on the last line it ends at the line's end instead, which keeps the
 * file's final newline (or its absence) as it was.
 */
function replacementFor(edit, layout) {
    const { lines, eol, finalNewline } = layout;
    const count = lines.length;
    const lineEnd = (line) => (lines[line - 1] ?? '').length + 1;
    const inserted = (text) => (text === '' ? {} : { insertedContent: { text } });
    const isInsertion = edit.endLine < edit.startLine;
    if (isInsertion && edit.startLine > count) {
        // Appending: insert after the last character, before any final newline.
        const at = { startLine: count, startColumn: lineEnd(count), endLine: count, endColumn: lineEnd(count) };
        return { deletedRegion: at, ...inserted(edit.lines.map((l) => eol + l).join('')) };
    }
    if (isInsertion) {
        const at = { startLine: edit.startLine, startColumn: 1, endLine: edit.startLine, endColumn: 1 };
        return { deletedRegion: at, ...inserted(edit.lines.map((l) => l + eol).join('')) };
    }
    if (edit.endLine < count) {
        const region = { startLine: edit.startLine, startColumn: 1, endLine: edit.endLine + 1, endColumn: 1 };
        return { deletedRegion: region, ...inserted(edit.lines.map((l) => l + eol).join('')) };
    }
    if (edit.lines.length === 0 && finalNewline) {
        // Deleting the last lines of a file that ends with a newline: the file still ends with one.
        const region = edit.startLine > 1
            ? { startLine: edit.startLine - 1, startColumn: lineEnd(edit.startLine - 1), endLine: count, endColumn: lineEnd(count) }
            : { startLine: 1, startColumn: 1, endLine: count + 1, endColumn: 1 };
        return { deletedRegion: region };
    }
    const region = { startLine: edit.startLine, startColumn: 1, endLine: count, endColumn: lineEnd(count) };
    return { deletedRegion: region, ...inserted(edit.lines.join(eol)) };
}
function sarifFix(fix, file, layout) {
    return {
        description: { text: fix.title },
        artifactChanges: [
            {
                artifactLocation: artifactLocation(file.path),
                replacements: fix.edits.map((edit) => replacementFor(edit, layout)),
            },
        ],
    };
}
function region(finding) {
    return {
        startLine: Math.max(1, finding.line),
        startColumn: Math.max(1, finding.column),
        endLine: Math.max(finding.line, finding.endLine, 1),
        ...(finding.endColumn !== undefined ? { endColumn: finding.endColumn } : {}),
    };
}
/** The findings that fit in one run: all of them, or the most severe first, in report order. */
function withinLimit(findings) {
    if (findings.length <= MAX_RESULTS_PER_RUN)
        return [...findings];
    const kept = new Set(findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => sarif_SEVERITY_RANK[a.f.severity] - sarif_SEVERITY_RANK[b.f.severity] || a.i - b.i)
        .slice(0, MAX_RESULTS_PER_RUN)
        .map((x) => x.f));
    return findings.filter((f) => kept.has(f));
}
/** The log with its results still to produce: `results` yields them one at a time. */
function sarifParts(result, options) {
    const rules = CHECK_METAS.map(sarifRule);
    const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
    const sources = new Map();
    for (const d of result.detections)
        sources.set(d.path, d.source);
    // Several findings of a file often carry the same fix: split its lines once (the last file's).
    let layoutPath;
    let layout;
    const layoutOf = (file) => {
        if (layoutPath !== file.path || !layout) {
            layout = lineLayout(file.text);
            layoutPath = file.path;
        }
        return layout;
    };
    const kept = withinLimit(result.findings);
    // Rules come before results in the log: register checks missing from the registry first.
    for (const finding of kept) {
        if (ruleIndex.has(finding.check))
            continue;
        // A check missing from the registry would break GitHub's rule lookup: describe it minimally.
        ruleIndex.set(finding.check, rules.push(sarifRule({ id: finding.check, description: finding.check, defaultSeverity: finding.severity })) - 1);
    }
    // Results come in path order, and the findings of a rule carry the same fix: the location and
    // the fixes of the file at hand are made once for all its results (they serialize the same).
    let filePath;
    let location;
    const fileFixes = new Map();
    const toResult = (finding) => {
        if (finding.path !== filePath || !location) {
            filePath = finding.path;
            location = artifactLocation(finding.path);
            fileFixes.clear();
        }
        const source = sources.get(finding.path);
        const fix = finding.fix;
        let fixes;
        if (fix && source && fix.edits.length > 0) {
            fixes = fileFixes.get(fix);
            if (!fixes)
                fileFixes.set(fix, (fixes = [sarifFix(fix, source, layoutOf(source))]));
        }
        return {
            ruleId: finding.check,
            ruleIndex: ruleIndex.get(finding.check),
            level: finding.severity,
            message: { text: finding.message },
            locations: [{ physicalLocation: { artifactLocation: location, region: region(finding) } }],
            partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
            ...(fixes ? { fixes } : {}),
        };
    };
    const results = (function* () {
        for (const finding of kept)
            yield toResult(finding);
    })();
    const omitted = result.findings.length - kept.length;
    const category = options.category?.trim() || DEFAULT_SARIF_CATEGORY;
    const log = {
        $schema: SARIF_SCHEMA_URI,
        version: SARIF_VERSION,
        runs: [
            {
                tool: {
                    driver: {
                        name: result.tool.name,
                        version: result.tool.version,
                        semanticVersion: result.tool.version,
                        informationUri: TOOL_INFORMATION_URI,
                        rules,
                    },
                },
                automationDetails: { id: category.endsWith('/') ? category : `${category}/` },
                columnKind: 'utf16CodeUnits',
                invocations: [
                    {
                        executionSuccessful: true,
                        ...(omitted > 0
                            ? {
                                toolExecutionNotifications: [
                                    {
                                        level: 'warning',
                                        message: {
                                            text: `${omitted} of ${result.findings.length} findings were left out: GitHub code scanning accepts at most ${MAX_RESULTS_PER_RUN} results per run (the least severe were dropped; the JSON report lists all)`,
                                        },
                                    },
                                ],
                            }
                            : {}),
                    },
                ],
                results: [],
            },
        ],
    };
    return { log, results };
}
function renderSarif(result, options = {}) {
    const { log, results } = sarifParts(result, options);
    log.runs[0].results = [...results];
    return log;
}
/**
 * Writes the SARIF log as `JSON.stringify(renderSarif(...), null, 2)` plus a newline would,
 * producing each result only when it is written.
 */
function writeSarif(out, result, options = {}) {
    const { log, results } = sarifParts(result, options);
    const run = log.runs[0];
    writeJson(out, new StreamedObject({
        ...log,
        runs: new StreamedArray([new StreamedObject({ ...run, results: new StreamedArray(results) })]),
    }));
}

;// CONCATENATED MODULE: ./src/report/printable.ts
/**
 * Text from rule files (titles, file names, messages quoting them) made safe to print on one
 * line. In a GitHub Actions step the runner reads every output line starting with `::` as a
 * workflow command, so a title holding a newline and `::error ...` or `::add-mask::` would forge
 * annotations or hide log text; in a terminal, escape sequences would repaint the screen. Line
 * breaks and control characters are shown as escapes instead (`\n`, `\x1B`), and so are the
 * bidirectional overrides that make text read differently from what it is.
 */
// C0 controls but tab, DEL, C1 controls, Unicode line/paragraph separators, bidi overrides/isolates.
const UNPRINTABLE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r' };
function printable_escape(c) {
    const named = NAMED[c];
    if (named)
        return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
/** `text` on one line with no control character: tabs become spaces, the rest escapes. */
function printable(text) {
    UNPRINTABLE.lastIndex = 0;
    const clean = UNPRINTABLE.test(text) ? text.replace(UNPRINTABLE, printable_escape) : text;
    return clean.includes('\t') ? clean.replace(/\t/g, ' ') : clean;
}

;// CONCATENATED MODULE: ./src/report/markdown.ts


/** `$GITHUB_STEP_SUMMARY` takes at most 1 MiB per step (GitHub docs, "Adding a job summary"). */
const GITHUB_SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Lists longer than this fold into `<details>`. */
const DETAILS_THRESHOLD = 10;
/** Missing entry ids shown per rule in the rules table. */
const MISSING_PER_RULE = 3;
const TITLE_MAX_CHARS = 100;
/** Room kept for the note that says rows were left out. */
const NOTE_RESERVE_BYTES = 400;
/** Catalog text shown per entry in the entry tables. */
const ENTRY_TEXT_MAX_CHARS = 160;
const DEFAULT_LIMIT_NAME = "GitHub's 1 MiB job-summary limit";
const STATUS_WORDS = {
    complete: 'complete',
    incomplete: 'incomplete',
    'placeholders-only': 'placeholders only',
    undocumented: 'undocumented',
};
/** A mark to scan the table by; the words keep it readable where emoji are not. */
const STATUS_LABEL = {
    complete: '\u2705 complete',
    incomplete: '\u26a0\ufe0f incomplete',
    'placeholders-only': '\u274c placeholders only',
    undocumented: '\u274c undocumented',
};
/** Worst first: the rules that need work lead the table. */
const STATUS_ORDER = { undocumented: 0, 'placeholders-only': 1, incomplete: 2, complete: 3 };
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
function markdown_plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
/**
 * Text for a table cell or list item: one line, nothing that breaks a table or opens HTML, no
 * emphasis by accident. Underscores inside words stay as they are (`AWS_S3` is no emphasis in
 * GitHub Markdown), which keeps rule names readable in a terminal. The report also becomes the
 * body of the tracking issue, where `@name` would notify people and `#12` link other issues: a
 * zero-width space after `@`/`#` prevents both and reads the same.
 */
function escapeMarkdown(text) {
    return printable(text.replace(/\s+/g, ' ').trim())
        .replace(/[\\`*|[\]]/g, (c) => `\\${c}`)
        .replace(/(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\_')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/@(?=[\w-])/g, '@\u200B')
        .replace(/#(?=\d)/g, '#\u200B');
}
function shorten(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}\u2026`;
}
/** A code span; `|` stays escaped because GitHub splits table cells on it even inside code. */
function code(text) {
    return text.includes('`') ? escapeMarkdown(text) : `\`${printable(text).replace(/\|/g, '\\|')}\``;
}
function pathLink(path, line, linkBase) {
    if (!linkBase)
        return code(path);
    const base = linkBase.endsWith('/') ? linkBase : `${linkBase}/`;
    return `[${code(path)}](${base}${pathToUri(path)}#L${line})`;
}
function table(header, align) {
    return [`| ${header.join(' | ')} |`, `|${align.map((a) => (a === 'r' ? ' ---: ' : ' --- ')).join('|')}|`];
}
function row(cells) {
    return `| ${cells.join(' | ')} |`;
}
function countsCells(c) {
    return [c.rules, c.complete, c.incomplete, c.placeholdersOnly, c.undocumented, `${c.percentComplete}%`];
}
const COUNT_HEADERS = ['Rules', 'Complete', 'Incomplete', 'Placeholders only', 'Undocumented', 'Complete %'];
const COUNT_ALIGN = ['r', 'r', 'r', 'r', 'r', 'r'];
function lazyRows(items, render) {
    return { length: items.length, at: (index) => (index < items.length ? render(items[index]) : undefined) };
}
function markdown_text(...lines) {
    return { kind: 'text', lines };
}
/** Rows under a table header, folded into `<details>` when there are many. */
function rowsBlock(summary, header, rows, noun) {
    if (rows.length > DETAILS_THRESHOLD) {
        // GitHub renders Markdown inside <details> only after a blank line.
        return { kind: 'rows', before: ['<details>', `<summary>${summary}</summary>`, '', ...header], rows, after: ['', '</details>', ''], noun };
    }
    return { kind: 'rows', before: header, rows, after: [''], noun };
}
function headline(result, coverage) {
    const t = coverage.total;
    const techniques = coverage.techniques.join(', ');
    const missing = coverage.byTechnique.reduce((n, b) => n + b.missingEntries.length, 0);
    const lines = [`# LoFP coverage audit: ${t.percentComplete}% complete`, ''];
    if (t.rules === 0) {
        lines.push(`No rule tagged ${techniques} was found in ${markdown_plural(result.summary.files, 'rule file')}.`, '');
    }
    else {
        lines.push(`Rules tagged ${techniques} that document their false positives completely: **${t.complete} of ${t.rules} (${t.percentComplete}%)**.`, '', `- ${t.complete} complete, ${t.incomplete} incomplete, ${t.placeholdersOnly} with placeholders only, ${t.undocumented} undocumented`, `- ${markdown_plural(missing, 'catalog entry', 'catalog entries')} missing from at least one rule`);
        const catalog = coverage.byTechnique.reduce((n, b) => n + b.catalogEntries, 0);
        const documented = coverage.byTechnique.reduce((n, b) => n + b.documentedEntries, 0);
        if (catalog > 0)
            lines.push(`- ${documented} of ${markdown_plural(catalog, 'catalog entry', 'catalog entries')} documented by at least one rule`);
    }
    if (coverage.unparsedFiles > 0)
        lines.push(`- ${markdown_plural(coverage.unparsedFiles, 'file')} could not be parsed, so ${coverage.unparsedFiles === 1 ? 'its rules are' : 'their rules are'} not counted`);
    lines.push(`- ${markdown_plural(result.summary.files, 'rule file')} scanned, ${result.summary.skipped} skipped; lofp-lint ${result.tool.version}`, '');
    return markdown_text(...lines);
}
function changeLine(rule, linkBase) {
    const where = pathLink(rule.path, 1, linkBase);
    const title = escapeMarkdown(shorten(rule.title, TITLE_MAX_CHARS));
    if (!('previousStatus' in rule))
        return `- ${where} ${title} (${STATUS_WORDS[rule.status]})`;
    const from = STATUS_WORDS[rule.previousStatus];
    const to = STATUS_WORDS[rule.status];
    const newly = rule.newlyMissing.length > 0 ? `; newly missing ${rule.newlyMissing.map(code).join(', ')}` : '';
    return `- ${where} ${title} (${from === to ? to : `${from} \u2192 ${to}`}${newly})`;
}
function baselineBlocks(diff, linkBase) {
    const delta = diff.current.percentComplete - diff.previous.percentComplete;
    const signed = delta > 0 ? `+${delta}` : `${delta}`;
    const lines = [
        '## Since the baseline',
        '',
        `Complete: ${diff.previous.percentComplete}% \u2192 ${diff.current.percentComplete}% (${signed} points); rules: ${diff.previous.rules} \u2192 ${diff.current.rules}.`,
        `${markdown_plural(diff.newRules.length, 'new rule')}, ${diff.fixedRules.length} fixed, ${markdown_plural(diff.regressions.length, 'regression')}, ${diff.removedRules.length} removed.`,
        '',
    ];
    if (diff.previous.techniques.join() !== diff.current.techniques.join()) {
        lines.splice(4, 0, `The baseline selected ${diff.previous.techniques.join(', ') || 'no technique'}; this run selects ${diff.current.techniques.join(', ')}.`);
    }
    const blocks = [markdown_text(...lines)];
    const lists = [
        ['Regressions', diff.regressions],
        ['Fixed rules', diff.fixedRules],
        ['New rules', diff.newRules],
        ['Removed rules', diff.removedRules],
    ];
    for (const [name, rules] of lists) {
        if (rules.length === 0)
            continue;
        const items = lazyRows(rules, (r) => changeLine(r, linkBase));
        blocks.push(rules.length > DETAILS_THRESHOLD
            ? { kind: 'rows', before: ['<details>', `<summary>${name} (${rules.length})</summary>`, ''], rows: items, after: ['', '</details>', ''], noun: name.toLowerCase() }
            : { kind: 'rows', before: [`${name}:`, ''], rows: items, after: [''], noun: name.toLowerCase() });
    }
    return blocks;
}
function groupTable(title, column, groups) {
    return markdown_text(`## ${title}`, '', ...table([column, ...COUNT_HEADERS], ['l', ...COUNT_ALIGN]), ...groups.map((g) => row([code(g.key), ...countsCells(g)])), '');
}
function missingBlock(coverage) {
    const entries = coverage.byTechnique.flatMap((t) => t.missingEntries);
    if (entries.length === 0)
        return [];
    const rows = lazyRows(entries, (e) => row([code(e.id), e.technique, e.rules, escapeMarkdown(shorten(e.text, ENTRY_TEXT_MAX_CHARS))]));
    return [
        markdown_text('## Missing catalog entries', '', 'Catalog entries that apply to rules which do not document them yet, most often missing first.', ''),
        rowsBlock(`${markdown_plural(entries.length, 'entry', 'entries')}`, table(['Entry', 'Technique', 'Rules lacking it', 'Text'], ['l', 'l', 'r', 'l']), rows, 'entries'),
    ];
}
function uncoveredSplit(applying, others) {
    if (applying === 0)
        return `${others === 1 ? 'it applies' : 'they apply'} to no rule here.`;
    const verb = applying === 1 ? 'applies' : 'apply';
    if (others === 0)
        return `${applying === 1 ? 'it' : 'all'} ${verb} to rules here (most rules first).`;
    return `${applying} ${verb} to rules here (most rules first), ${others} to none of them.`;
}
function uncoveredBlock(coverage) {
    const entries = coverage.byTechnique.flatMap((t) => t.uncoveredEntries);
    if (entries.length === 0)
        return [];
    const catalog = coverage.byTechnique.reduce((n, b) => n + b.catalogEntries, 0);
    const applying = entries.filter((e) => e.rules > 0).length;
    const rows = lazyRows(entries, (e) => row([code(e.id), e.technique, e.rules, escapeMarkdown(shorten(e.text, ENTRY_TEXT_MAX_CHARS))]));
    return [
        markdown_text('## Catalog entries no rule documents', '', `${entries.length} of ${markdown_plural(catalog, 'catalog entry', 'catalog entries')} ${entries.length === 1 ? 'is' : 'are'} documented by no rule yet; ` +
            uncoveredSplit(applying, entries.length - applying), ''),
        rowsBlock(`${markdown_plural(entries.length, 'entry', 'entries')}`, table(['Entry', 'Technique', 'Rules it applies to', 'Text'], ['l', 'l', 'r', 'l']), rows, 'entries'),
    ];
}
function ruleRow(rule, linkBase) {
    const missing = rule.missingEntries.slice(0, MISSING_PER_RULE).map(code);
    if (rule.missingEntries.length > MISSING_PER_RULE)
        missing.push(`+${rule.missingEntries.length - MISSING_PER_RULE} more`);
    return row([escapeMarkdown(shorten(rule.title, TITLE_MAX_CHARS)), pathLink(rule.path, rule.line, linkBase), STATUS_LABEL[rule.status], missing.join(', ')]);
}
function rulesBlock(coverage, linkBase) {
    if (coverage.rules.length === 0)
        return [];
    const rules = [...coverage.rules].sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.document - b.document));
    const toFix = rules.filter((r) => r.status !== 'complete').length;
    return [
        markdown_text('## Rules', '', toFix === 0 ? 'Every rule documents its false positives completely.' : `${markdown_plural(toFix, 'rule needs', 'rules need')} work; the rules that need it most come first.`, ''),
        rowsBlock(`${markdown_plural(rules.length, 'rule')}`, table(['Rule', 'Path', 'Status', 'Missing entries'], ['l', 'l', 'l', 'l']), lazyRows(rules, (r) => ruleRow(r, linkBase)), 'rules'),
    ];
}
function omittedNote(count, noun, limitName) {
    return `_\u2026 ${count} more ${noun} not shown: the report was cut to fit ${limitName}. \`--format json\` lists everything._`;
}
/** Lays the blocks out within `maxBytes`, cutting rows (in document order) when they do not fit. */
function layout(blocks, maxBytes, limitName) {
    const fixed = blocks.reduce((n, b) => n + (b.kind === 'text' ? b.lines : [...b.before, ...b.after]).reduce((m, l) => m + bytes(l) + 1, 0), 0);
    const cuttable = blocks.filter((b) => b.kind === 'rows').length;
    let budget = maxBytes - fixed - cuttable * NOTE_RESERVE_BYTES;
    const out = [];
    for (const block of blocks) {
        if (block.kind === 'text') {
            out.push(...block.lines);
            continue;
        }
        const kept = [];
        for (let i = 0; i < block.rows.length; i++) {
            const r = block.rows.at(i);
            const size = bytes(r) + 1;
            if (size > budget)
                break;
            kept.push(r);
            budget -= size;
        }
        if (kept.length === 0 && block.rows.length > 0) {
            out.push(omittedNote(block.rows.length, block.noun, limitName), '');
            continue;
        }
        out.push(...block.before, ...kept, ...block.after);
        if (kept.length < block.rows.length)
            out.push(omittedNote(block.rows.length - kept.length, block.noun, limitName), '');
    }
    let report = `${out.join('\n').replace(/\n+$/, '')}\n`;
    if (bytes(report) > maxBytes)
        report = hardCut(report, maxBytes);
    return report;
}
/** Last resort when even the fixed parts do not fit (tiny budgets, thousands of techniques). */
function hardCut(report, maxBytes) {
    const note = '\n_\u2026 the rest of the report was cut to fit the size limit._\n';
    const lines = report.split('\n');
    let size = bytes(note);
    const kept = [];
    for (const line of lines) {
        if (size + bytes(line) + 1 > maxBytes)
            break;
        kept.push(line);
        size += bytes(line) + 1;
    }
    return `${kept.join('\n')}${note}`;
}
function renderMarkdown(result, coverage, options = {}) {
    const { baseline, linkBase } = options;
    const maxBytes = options.maxBytes ?? GITHUB_SUMMARY_LIMIT_BYTES;
    const blocks = [headline(result, coverage)];
    if (baseline)
        blocks.push(...baselineBlocks(baseline, linkBase));
    if (coverage.total.rules > 0) {
        blocks.push(markdown_text('## By technique', '', ...table(['Technique', ...COUNT_HEADERS, 'Missing entries', 'Catalog entries', 'Documented by no rule'], ['l', ...COUNT_ALIGN, 'r', 'r', 'r']), ...coverage.byTechnique.map((t) => row([t.technique, ...countsCells(t), t.missingEntries.length, t.catalogEntries, t.uncoveredEntries.length])), ''), groupTable('By format', 'Format', coverage.byFormat), groupTable('By platform', 'Platform', coverage.byPlatform));
    }
    blocks.push(...missingBlock(coverage));
    if (coverage.total.rules > 0)
        blocks.push(...uncoveredBlock(coverage));
    blocks.push(...rulesBlock(coverage, linkBase));
    return layout(blocks, maxBytes, options.limitName ?? DEFAULT_LIMIT_NAME);
}

;// CONCATENATED MODULE: ./src/commands/audit.ts
/**
 * `lofp-lint audit`: the coverage report of a full scan, as Markdown (job summary, terminal),
 * JSON (the lint contract plus `coverage`, and `baseline` when given) or SARIF. The CLI and the
 * Action parse their arguments, run `lint`, then call `runAudit` and print or post the output.
 */











const AUDIT_FORMATS = ['markdown', 'json', 'sarif'];
/** The SARIF category of audit runs, apart from pull-request runs so each keeps its own alerts. */
const AUDIT_SARIF_CATEGORY = 'lofp-lint/audit';
async function writeBadge(path, coverage) {
    try {
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
        writeFileAtomic(path, `${JSON.stringify(renderBadge(coverage), null, 2)}\n`, `badge ${path}`);
    }
    catch (error) {
        if (error instanceof WriteError)
            throw new ConfigError(error.message);
        throw new ConfigError(`cannot write badge ${path}: ${error.code ?? error.message}`);
    }
}
async function runAudit(result, entries, options) {
    const coverage = computeCoverage(result, entries);
    const previous = options.baselinePath !== undefined ? await loadBaseline(options.baselinePath) : undefined;
    const baseline = previous !== undefined
        ? compareBaseline(toJsonReport(result, { coverage }), previous, { current: 'this run', previous: `baseline ${options.baselinePath}` })
        : undefined;
    if (options.badgePath !== undefined)
        await writeBadge(options.badgePath, coverage);
    let write;
    switch (options.format) {
        case 'markdown':
            write = (out) => out.write(renderMarkdown(result, coverage, { baseline, maxBytes: options.maxBytes, linkBase: options.linkBase }));
            break;
        case 'json':
            write = (out) => writeJsonReport(out, result, baseline ? { coverage, baseline } : { coverage });
            break;
        case 'sarif':
            write = (out) => writeSarif(out, result, { category: options.category ?? AUDIT_SARIF_CATEGORY });
            break;
    }
    return {
        write,
        get output() {
            return writer_collect(write);
        },
        coverage,
        ...(baseline ? { baseline } : {}),
    };
}

;// CONCATENATED MODULE: ./src/fix/files.ts

function overlaps(a, b) {
    // Two insertions at the same place, or ranges sharing a line, cannot both apply.
    const aEnd = Math.max(a.endLine, a.startLine - 0.5);
    const bEnd = Math.max(b.endLine, b.startLine - 0.5);
    return a.startLine <= bEnd && b.startLine <= aEnd;
}
/** Fixes grouped per file; a fix shared by several findings of one rule counts once. */
function collectFileFixes(result) {
    const sources = new Map(result.detections.map((d) => [d.path, d.source]));
    const perFile = new Map();
    for (const f of result.findings) {
        if (!f.fix || !sources.has(f.path))
            continue;
        const set = perFile.get(f.path) ?? new Set();
        set.add(f.fix);
        perFile.set(f.path, set);
    }
    const out = [];
    for (const [path, fixes] of perFile) {
        const source = sources.get(path);
        const edits = [];
        let deferred = 0;
        for (const fix of fixes) {
            // Rules of one multi-document file may share a field: the first fix wins, a re-run applies the next.
            if (fix.edits.some((e) => edits.some((kept) => overlaps(e, kept))))
                deferred++;
            else
                edits.push(...fix.edits);
        }
        const text = applyEdits(source.text, edits);
        out.push({ source, edits, fixed: (source.hasBom ? '\ufeff' : '') + text, deferred });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/fix/diff.ts
/**
 * Unified diffs of planned edits (`--fix-dry-run`), built from the edits themselves: no text
 * diffing needed since every change is already a known line range. The diff applies with
 * `git apply` / `patch -p1` and gives exactly what `--fix` writes: CRLF lines keep their `\r`,
 * and a last line without a terminator is marked `\ No newline at end of file`.
 */


/** Lines of unchanged context around each change, as `diff -u` prints. */
const CONTEXT_LINES = 3;
const NO_NEWLINE = '\\ No newline at end of file';
/**
 * The diff of `text` (the file's text as on disk, BOM included if it has one) and the text after
 * `edits`; '' when there is nothing to change.
 */
function unifiedDiff(path, text, edits) {
    if (edits.length === 0)
        return '';
    const old = toLines(text);
    const fixed = toLines(applyEdits(text, edits));
    const sorted = [...edits].sort((a, b) => a.startLine - b.startLine);
    const hunks = [];
    for (const edit of sorted) {
        const start = Math.max(1, edit.startLine - CONTEXT_LINES);
        const end = Math.min(old.length, Math.max(edit.endLine, edit.startLine - 1) + CONTEXT_LINES);
        const last = hunks[hunks.length - 1];
        if (last && start <= last.oldEnd + 1) {
            last.oldEnd = Math.max(last.oldEnd, end);
            last.edits.push(edit);
        }
        else
            hunks.push({ oldStart: start, oldEnd: end, edits: [edit] });
    }
    // A file name is printed on one line whatever it holds (see report/printable.ts).
    const shown = printable(path);
    const out = [`--- a/${shown}`, `+++ b/${shown}`];
    // New line number = old line number + shift, for lines outside the edits.
    let shift = 0;
    for (const hunk of hunks) {
        const body = [];
        let oldCount = 0;
        let newCount = 0;
        const print = (prefix, line) => {
            body.push(`${prefix}${line.content}${line.eol === '\r\n' ? '\r' : ''}`);
            if (line.eol === '')
                body.push(NO_NEWLINE);
        };
        const removed = (line) => {
            print('-', line);
            oldCount++;
        };
        const added = (line) => {
            print('+', line);
            newCount++;
        };
        const context = (oldLine) => {
            const was = old[oldLine - 1];
            const now = fixed[oldLine - 1 + shift];
            if (was.content === now.content && was.eol === now.eol) {
                print(' ', was);
                oldCount++;
                newCount++;
            }
            else {
                // A former last line gains (or a new last line loses) its terminator: a change to git.
                removed(was);
                added(now);
            }
        };
        const newStart = hunk.oldStart + shift;
        let line = hunk.oldStart;
        for (const edit of hunk.edits) {
            for (; line < edit.startLine; line++)
                context(line);
            for (; line <= edit.endLine; line++)
                removed(old[line - 1]);
            const at = edit.startLine - 1 + shift;
            for (let k = 0; k < edit.lines.length; k++)
                added(fixed[at + k]);
            shift += edit.lines.length - (edit.endLine - edit.startLine + 1);
        }
        for (; line <= hunk.oldEnd; line++)
            context(line);
        out.push(`@@ -${oldCount ? hunk.oldStart : hunk.oldStart - 1},${oldCount} +${newCount ? newStart : newStart - 1},${newCount} @@`, ...body);
    }
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/gitlab.ts
/**
 * GitLab Code Quality (`artifacts: reports: codequality:`), a subset of the Code Climate issue
 * format: GitLab shows the issues in merge-request widgets and diffs. Pure: a function of the
 * LintResult.
 *
 * Required fields (GitLab docs, "Code Quality", "Import Code Quality results from a CI/CD job"):
 * `description`, `check_name`, `fingerprint` (unique per issue), `severity` (info, minor, major,
 * critical, blocker), `location.path` (relative to the repository) and `location.lines.begin`.
 */


/** As ESLint's and other linters' GitLab formatters map them. */
const SEVERITY = { error: 'major', warning: 'minor', note: 'info' };
function renderGitlab(result) {
    const used = new Set();
    const issues = result.findings.map((f) => {
        // GitLab drops issues whose fingerprint repeats: make each unique, stable while it stays first.
        let fingerprint = (0,external_node_crypto_namespaceObject.createHash)('md5').update(f.fingerprint).digest('hex');
        for (let n = 2; used.has(fingerprint); n++)
            fingerprint = (0,external_node_crypto_namespaceObject.createHash)('md5').update(`${f.fingerprint}\u0000${n}`).digest('hex');
        used.add(fingerprint);
        return {
            type: 'issue',
            check_name: f.check,
            description: f.message,
            content: { body: `See ${docsUrl(f.check)}` },
            categories: ['Style'],
            severity: SEVERITY[f.severity],
            fingerprint,
            location: { path: f.path, lines: { begin: Math.max(1, f.line), end: Math.max(1, f.line, f.endLine) } },
        };
    });
    return `${JSON.stringify(issues, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/junit.ts
/**
 * JUnit XML, for CI test tabs (GitLab `artifacts: reports: junit:`, Jenkins, Azure Pipelines):
 * one test suite per rule file, one failed test case per finding, one passing test case per
 * rule without findings. Pure: a function of the LintResult.
 */

/** Characters XML 1.0 forbids even escaped: dropped. */
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
function junit_escape(text) {
    return text
        .replace(XML_INVALID, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;');
}
function testcase(file, finding) {
    const name = junit_escape(`${finding.line}:${finding.column} ${finding.check}`);
    const body = junit_escape(`${file}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.message}\n${docsUrl(finding.check)}`);
    return (`    <testcase classname="${junit_escape(file)}" name="${name}" time="0">\n` +
        `      <failure type="${finding.severity}" message="${junit_escape(finding.message)}">${body}</failure>\n` +
        `    </testcase>`);
}
function renderJunit(result) {
    const files = new Map();
    const fileOf = (p) => {
        let entry = files.get(p);
        if (!entry)
            files.set(p, (entry = { findings: [], clean: [] }));
        return entry;
    };
    // The rule ids with findings, per file (a Set compares as ===: null and undefined stay apart).
    const withFindings = new Map();
    for (const f of result.findings) {
        fileOf(f.path).findings.push(f);
        let ids = withFindings.get(f.path);
        if (!ids)
            withFindings.set(f.path, (ids = new Set()));
        ids.add(f.ruleId);
    }
    for (const d of result.detections) {
        if (!withFindings.get(d.path)?.has(d.id))
            fileOf(d.path).clean.push(d.title);
    }
    const suites = [...files.keys()].sort().map((file) => {
        const { findings, clean } = files.get(file);
        const cases = [
            ...findings.map((f) => testcase(file, f)),
            ...clean.map((title) => `    <testcase classname="${junit_escape(file)}" name="${junit_escape(title)}" time="0"/>`),
        ];
        return (`  <testsuite name="${junit_escape(file)}" tests="${cases.length}" failures="${findings.length}" errors="0" skipped="0" time="0">\n` +
            `${cases.join('\n')}\n  </testsuite>`);
    });
    const tests = [...files.values()].reduce((n, f) => n + f.findings.length + f.clean.length, 0);
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' +
        `<testsuites name="lofp-lint" tests="${tests}" failures="${result.findings.length}" errors="0" time="0">\n` +
        (suites.length ? `${suites.join('\n')}\n` : '') +
        '</testsuites>\n');
}

;// CONCATENATED MODULE: ./src/report/rdjson.ts
/**
 * reviewdog's Diagnostic Format (rdjson, `reviewdog -f=rdjson`): one DiagnosticResult whose
 * diagnostics carry the check as `code` (with its documentation URL) and the fix as
 * `suggestions`, so reviewdog posts inline comments and suggested changes on GitHub, GitLab,
 * Bitbucket and Gerrit. Pure: a function of the LintResult.
 *
 * Format: reviewdog proto/rdf/reviewdog.proto. Lines start at 1; columns start at 1 and count
 * UTF-8 bytes (ours count UTF-16 code units, so columns are converted on the line's text).
 */


const rdjson_SEVERITY = { error: 'ERROR', warning: 'WARNING', note: 'INFO' };
/** A UTF-16 column of `line` (1-based) as rdjson's UTF-8 byte column. */
function byteColumn(layout, line, column) {
    const text = layout?.lines[line - 1];
    if (text === undefined)
        return column;
    return Buffer.byteLength(text.slice(0, column - 1), 'utf8') + 1;
}
function position(layout, line, column) {
    return column === undefined ? { line } : { line, column: byteColumn(layout, line, column) };
}
function rangeOf(region, layout) {
    return {
        start: position(layout, region.startLine, region.startColumn),
        end: position(layout, region.endLine ?? region.startLine, region.endColumn),
    };
}
function diagnostic(finding, layout) {
    const range = {
        start: position(layout, Math.max(1, finding.line), Math.max(1, finding.column)),
        ...(finding.endLine > finding.line || finding.endColumn !== undefined
            ? { end: position(layout, Math.max(finding.line, finding.endLine), finding.endColumn) }
            : {}),
    };
    const suggestions = finding.fix && layout
        ? finding.fix.edits.map((edit) => {
            const replacement = replacementFor(edit, layout);
            return { range: rangeOf(replacement.deletedRegion, layout), text: replacement.insertedContent?.text ?? '' };
        })
        : [];
    return {
        message: finding.message,
        location: { path: finding.path, range },
        severity: rdjson_SEVERITY[finding.severity],
        code: { value: finding.check, url: docsUrl(finding.check) },
        ...(suggestions.length ? { suggestions } : {}),
    };
}
function renderRdjson(result) {
    const layouts = new Map();
    for (const d of result.detections)
        if (!layouts.has(d.path))
            layouts.set(d.path, lineLayout(d.source.text));
    const report = {
        source: { name: result.tool.name, url: TOOL_INFORMATION_URI },
        diagnostics: result.findings.map((f) => diagnostic(f, layouts.get(f.path))),
    };
    return `${JSON.stringify(report, null, 2)}\n`;
}

;// CONCATENATED MODULE: ./src/report/stylish.ts
/**
 * The default terminal output, after ESLint's "stylish": findings grouped by file,
 * `line:col  severity  message  check-id`, then a closing count.
 */


const ANSI = { red: 31, yellow: 33, blue: 34, dim: 2, bold: 1, underline: 4, green: 32 };
function paint(enabled, style, text) {
    return enabled ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text;
}
const SEVERITY_STYLE = { error: 'red', warning: 'yellow', note: 'blue' };
/** OSC 8: `text` links to `url` in terminals that support it. */
function stylish_link(enabled, url, text) {
    return enabled ? `\u001b]8;;${url}\u0007${text}\u001b]8;;\u0007` : text;
}
function stylish_plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function renderStylish(result, options) {
    const { color } = options;
    const byFile = new Map();
    for (const f of result.findings) {
        const list = byFile.get(f.path);
        if (list)
            list.push(f);
        else
            byFile.set(f.path, [f]);
    }
    const out = [];
    for (const [path, findings] of byFile) {
        // Paths and messages quote the rule files: one line each, whatever they hold (see printable.ts).
        out.push(paint(color, 'underline', printable(path)));
        const positions = findings.map((f) => `${f.line}:${f.column}`);
        const width = Math.max(...positions.map((p) => p.length));
        findings.forEach((f, i) => {
            const severity = paint(color, SEVERITY_STYLE[f.severity], f.severity.padEnd(7));
            out.push(`  ${paint(color, 'dim', positions[i].padEnd(width))}  ${severity}  ${printable(f.message)}  ${paint(color, 'dim', stylish_link(options.hyperlinks ?? false, docsUrl(f.check), f.check))}`);
        });
        out.push('');
    }
    if (options.verbose) {
        for (const s of result.skipped)
            out.push(paint(color, 'dim', `skipped ${printable(s.path)}: ${printable(s.reason)}`));
        if (result.skipped.length)
            out.push('');
    }
    const { errors, warnings, notes, detections, files, skipped, suppressed } = result.summary;
    const total = errors + warnings + notes;
    const counts = `${stylish_plural(total, 'problem')} (${stylish_plural(errors, 'error')}, ${stylish_plural(warnings, 'warning')}, ${stylish_plural(notes, 'note')})`;
    const scope = `${stylish_plural(detections, 'rule')} tagged ${result.techniques.join(', ')} in ${stylish_plural(files, 'file')}`;
    const extras = [
        skipped ? `${skipped} skipped${options.verbose ? '' : ' (--verbose lists them)'}` : '',
        suppressed ? `${suppressed} suppressed` : '',
    ].filter(Boolean);
    const tail = extras.length ? `; ${extras.join(', ')}` : '';
    if (total === 0)
        out.push(paint(color, 'green', `\u2714 No problems: ${scope}${tail}`));
    else
        out.push(paint(color, errors ? 'red' : 'yellow', `\u2716 ${counts} in ${scope}${tail}`));
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/checks/docs.generated.ts
// Generated by scripts/gen-docs.mjs from docs/checks/. Do not edit: run `node scripts/gen-docs.mjs`.
/** docs/checks/<id>.md by check id. */
const CHECK_DOCS = {
    "malformed-technique-tag": "# malformed-technique-tag\n\n**Default severity:** warning\n\nAn ATT&CK tag of the rule is written in a way the format's own tooling would reject or misread.\nlofp-lint still recognizes the technique (the rule is linted), but Sigma converters, Panther's\nanalysis tool, Splunk's contentctl or Chronicle may not. The finding sits on the tag itself, with\nits exact column.\n\n| format | problem | expected |\n|---|---|---|\n| any | surrounding spaces: `\"T1530 \"` | `T1530` |\n| Sigma | upper case: `attack.T1530` | `attack.t1530` |\n| Sigma | no namespace: `T1530` | `attack.t1530` |\n| Panther | tactic not `TA` + 4 digits: `TA009:T1530`, `TA003:T1556` | `TA0009:T1530`, `TA0003:T1556` |\n| Panther | no tactic: `T1530` | `TA0009:T1530` |\n| Panther | lower-case technique: `TA0009:t1530` | `TA0009:T1530` |\n| Chronicle | lower-case id in `technique` or `mitre`: `Collection, t1530` | `Collection, T1530` |\n| Splunk, Sentinel, Elastic | lower-case id: `t1530` | `T1530` |\n\n## Example\n\n```yaml\nReports:\n  MITRE ATT&CK:\n    - TA009:T1530     # <- malformed-technique-tag: has tactic \"TA009\", which is not TA and 4 digits; write \"TA0009:T1530\"\n```\n\n## Configuration\n\n```yaml\nchecks:\n  malformed-technique-tag: error\n```\n\nSilence it for one rule with `# lofp-lint-disable malformed-technique-tag` in the rule file.\n",
    "missing-catalog-entry": "# missing-catalog-entry\n\n**Default severity:** warning (note for medium-confidence entries)\n\nA catalog entry applies to the rule, and none of the rule's documented false positives says the\nsame thing. One finding per missing entry, at the rule's false-positive field (or at its title\nwhen it documents none). The message quotes the text a fix would insert, the entry id and why the\nentry applies:\n\n```\nrules/aws_trail_created.yml:14:1  warning  Missing false positive \"Trail creations may be made by a system or network administrator. Verify whether...\" (aws-cloudtrail-trail-created-by-admin): query matches eventName CreateTrail  missing-catalog-entry\n```\n\n## Which entries apply, and how sure\n\nThe rule's evidence is read from what it reads and says, in a shared vocabulary: platform and\nservice (Sigma `logsource`, Elastic index/integration/`Data Source:` tags, Splunk sources,\nSentinel connectors and tables, Panther `LogTypes`/`ResourceTypes`, event-source hosts such as\n`s3.amazonaws.com`), operations selected by the query (`eventName`, `event.action`, `Operation`,\n`OperationName`, `methodName`, `metadata.product_event_type`, Kubernetes `verb`; S3 access-log\n`REST.GET.OBJECT` is `GetObject`), client tools (user agents such as AzCopy, S3 Browser, PnP\nPowerShell), the values the query selects (negated clauses apart: `not`, `NOT IN`, `!=`,\nSigma's `not filter`), and the words of the title and description.\n\nEach entry's `appliesTo` says where it can happen:\n\n- a platform mismatch excludes it: an AWS SNS entry never applies to a GCP Pub/Sub rule, an\n  AzCopy entry never to an S3 rule; a service mismatch too, unless an operation or tool matches;\n- when the query names its operations, an entry about other operations is excluded (a\n  `CreateTrail` rule does not get the `UpdateTrail` entry).\n\nIts `scenario` says who or what makes it happen (see `catalog/README.md`), and decides:\n\n- **excluded** when the rule contradicts the scenario: a cue of the entry's `excludes` in what it\n  selects or its title (an anonymous-requester rule never sees CI/CD identities); a query that\n  names the clients it watches when the entry is about another client or about anyone's data\n  access; a configuration policy (Panther `AnalysisType: policy`) when the entry is about\n  activity; a query that already filters the scenario out;\n- **high** (warning): the query selects the entry's operation and the rule shows the scenario\n  (one of its `evidence` phrases or tools in the query, title or description), or the entry\n  applies to every rule on that operation (`anyRule`);\n- **medium** (note, one severity lower): the operation alone (\"nothing in the rule shows ...\"),\n  evidence without the operation in the query, a rule restricted to clients the entry does not\n  name, and data-access entries on rules that watch the whole service (`serviceWide`).\n\nThe reason of each suggestion names the evidence, as in `query matches OperationName GetBlob;\nquery mentions azcopy` or `query matches eventName GetObject; nothing in the rule shows CI/CD or\nconfiguration management identities reading secret files`. `--format json` lists, per rule,\nevery entry considered (`detections[].catalogEntries.applies`, with confidence, reason and the\ndocumenting item's lines) and every entry excluded with its reason\n(`detections[].catalogEntries.excluded`).\n\n## When is an entry documented\n\nA documented item covers an entry when it says the same thing in other words: both texts are\nnormalized (lower case, `Pub/Sub` -> `pubsub`, `shared access signature` -> `sas`, `admin` ->\n`administrator`), stemmed, and compared by IDF-weighted cosine with the entry's first sentence\nplus its services, tools, terms and scenario words; and the item must speak of the entry's\nplatform (or none), of its action (or none) and contain a phrase of its scenario. \"Authorized\nadministrators creating new CloudTrail trails during onboarding\" covers the trail-creation entry;\n\"Admins deleting obsolete trails\" does not (another action), nor does \"GitHub Actions reading\nartifacts\" cover an S3 entry (another platform), nor \"storage account ownership transfer\" an\nAzCopy entry (no AzCopy). The thresholds and how they were chosen are in\n`src/match/similarity.ts`. Items in the Elastic `### False positive analysis` note count too.\n\n## Worked example\n\nAn Azure Storage rule:\n\n```kusto\nStorageBlobLogs\n| where OperationName == \"GetBlob\" and UserAgentHeader has \"AzCopy\"\n```\n\n- `azure-blob-azcopy-devops-downloads` (operation `GetBlob`, tool `azcopy`): the query selects\n  `GetBlob` and names AzCopy: **high**, `query matches OperationName GetBlob; query mentions azcopy`.\n- The same rule without the `UserAgentHeader` clause fires on every blob read: the AzCopy entries\n  are possible but nothing shows AzCopy, so each is a **note**: `query matches OperationName\n  GetBlob; nothing in the rule shows DevOps or IT teams downloading with AzCopy`.\n- With `UserAgentHeader has_any (\"rclone\", \"curl\")` and the title \"Blob Download via rclone\", the\n  rule watches other clients: the AzCopy entries are **excluded** (`query selects the client\n  rclone; the entry is about azcopy`).\n- If the rule's description already says \"Backup jobs of the storage team that copy blobs with\n  AzCopy are expected\", that sentence covers the AzCopy backup entry, and no finding is raised\n  for it.\n\n## Example\n\n```yaml\ntitle: AWS CloudTrail Trail Created\nlogsource:\n    product: aws\n    service: cloudtrail\ndetection:\n    selection:\n        eventName: CreateTrail\n    condition: selection\nfalsepositives:              # <- missing-catalog-entry\n    - Unknown\n```\n\nFixed (`--fix`; Sigma gets the entry's one-line `short` form, other formats its full sentence):\n\n```yaml\nfalsepositives:\n    - Administrators creating CloudTrail trails, e.g. when onboarding a new account\n```\n\nA finding carries at most 10 suggestions, the most relevant first (`omittedSuggestions` in the\nJSON report counts the rest), and a fix inserts at most 10 entries. A field that a line-based\nrewrite would break is not fixed, and the message says why after `not fixed automatically:`: a\nYAML anchor on the field or one of its items that an alias (`*name`) refers to, a field written\nas an explicit key (`? falsepositives`), a field whose value is an alias.\n\n## Configuration\n\n```yaml\n# .lofp.yml\nchecks:\n  missing-catalog-entry: note   # or off, warning, error\ndisabledEntries:\n  - aws-cloudtrail-trail-created-by-admin   # never suggest this entry\n```\n\nSilence it for one rule with `# lofp-lint-disable missing-catalog-entry` in the rule file\n(`//` in YARA-L).\n",
    "missing-false-positives": "# missing-false-positives\n\n**Default severity:** error\n\nA rule tagged with a selected technique documents no false positives at all: the format's\nfalse-positive field is absent (Sigma `falsepositives`, Elastic `false_positives` and no\n`### False positive analysis` section in `note`, Splunk `known_false_positives`, Chronicle\n`false_positives`), or, for formats without a field (Sentinel, Panther), no sentence of the\ndescription or runbook speaks of false positives or benign activity.\n\nThe finding sits on the rule's title and carries the catalog entries that apply to the rule,\nmost relevant first; `--fix` writes the high-confidence ones into the rule.\n\n## Example\n\n```yaml\ntitle: AWS CloudTrail Trail Created      # <- missing-false-positives\ntags:\n    - attack.t1530\nlogsource:\n    product: aws\n    service: cloudtrail\ndetection:\n    selection:\n        eventName: CreateTrail\n    condition: selection\nlevel: low\n```\n\nFixed:\n\n```yaml\nfalsepositives:\n    - Trail creations may be made by a system or network administrator. ...\nlevel: low\n```\n\n## Configuration\n\n```yaml\n# .lofp.yml\nchecks:\n  missing-false-positives: warning   # or off, note, error\n```\n\nSilence it for one rule with `# lofp-lint-disable missing-false-positives` in the rule file.\n",
    "parse-error": "# parse-error\n\n**Default severity:** error\n\nA rule file that mentions a selected technique cannot be parsed (invalid YAML, TOML or YARA-L, or\na YAML document nested or aliased beyond safe limits). The finding sits at the line and column\nthe parser reports. The rest of the run goes on: every other file is still linted.\n\nFiles that mention no selected technique are never parsed, so their syntax errors are not\nreported: lofp-lint is not a YAML linter.\n\n## Configuration\n\n```yaml\nchecks:\n  parse-error: warning\n```\n",
    "placeholder-false-positives": "# placeholder-false-positives\n\n**Default severity:** error\n\nThe rule has a false-positive field, but it says nothing: every item is a placeholder such as\n`Unknown`, `Unlikely`, `None`, `None identified`, `N/A`, `TBD`, Splunk's template\n`__UPDATE__ ...` or \"There are no known false positives.\" (any case, any punctuation), or the\nfield is empty. The same check reports a field of the wrong type (a number, a map, a list of\nmaps), which the format's own tooling would reject.\n\nPlaceholders are what an analyst reads at 3 a.m. when the rule fires on a backup job. The finding\ncarries the catalog entries that apply to the rule; `--fix` replaces the placeholder with the\nhigh-confidence ones.\n\n## Example\n\n```yaml\nfalsepositives:\n    - Unknown          # <- placeholder-false-positives\n```\n\n```toml\nfalse_positives = [\"None identified.\"]   # <- placeholder-false-positives\n```\n\n## Configuration\n\n```yaml\nchecks:\n  placeholder-false-positives: warning\n```\n\nSilence it for one rule with `# lofp-lint-disable placeholder-false-positives`.\n",
    "uncatalogued-false-positive": "# uncatalogued-false-positive\n\n**Default severity:** note\n\nA false positive the rule documents matches no catalog entry of its technique. Nothing is wrong\nwith the rule: the item may be knowledge the catalog lacks, worth proposing as a new entry\n(`lofp-lint catalog build` drafts entries from rules).\n\nOnly items of the format's own false-positive list are considered (Sigma `falsepositives`,\nElastic `false_positives`, Splunk `known_false_positives`, Chronicle `false_positives`): prose in\nnotes, descriptions and runbooks is guidance, not a list of items. Placeholders and generic items\n(\"Legitimate activity\", \"the false positive rate may vary with the thresholds\": see\n`vague-false-positive`) are left out.\n\n## How an item matches an entry\n\nThe same decision as coverage for `missing-catalog-entry`. An item matches an entry of its\ntechnique when all of these hold:\n\n1. it speaks of the entry's platform, or of none: \"GitHub Actions workflows downloading\n   artifacts\" never matches an AWS S3 entry, whatever words they share;\n2. it speaks of the entry's action, or of none: \"Admins deleting stale Pub/Sub subscriptions\"\n   does not match the subscription-*creation* entry;\n3. it contains a phrase of the entry's scenario (its `evidence`, `words` or tools; for an entry\n   that applies to every rule on its operation, its services and terms too): \"Storage account\n   ownership transfer between subscriptions\" shares \"transfer\" with the AzCopy\n   routine-transfers entry, but not AzCopy, so it matches nothing;\n4. its IDF-weighted cosine with the entry's gist reaches the threshold, and is within the margin of\n   its best entry (so an item about a sibling entry matches that sibling).\n\nWorked example: \"Teams opening a container to the public on purpose to serve website assets or\nfeed a CDN\" names no platform (1 holds), no action of another kind (2), contains \"cdn\" and\n\"website\", words of the public-container entry (3), and is close to its gist \"Storage\nadministrators may legitimately enable public access ... hosting public content or CDN\nintegration\" (4): it covers `azure-storage-blob-public-access-enabled` and is not reported.\n\n## Example\n\n```yaml\nfalsepositives:\n    - Trail creations may be made by a system or network administrator.\n    - Penetration testers running authorized assessments      # <- uncatalogued-false-positive\n```\n\n## Configuration\n\n```yaml\nchecks:\n  uncatalogued-false-positive: off\n```\n\nSilence it for one rule with `# lofp-lint-disable uncatalogued-false-positive` in the rule file.\n",
    "vague-false-positive": "# vague-false-positive\n\n**Default severity:** warning\n\nEvery documented false positive of the rule is generic: \"Legitimate activity\", \"Admin activity\",\n\"Normal usage\", \"Legitimate administrative activity\". They say the activity is benign without\nsaying who or what causes it, so an analyst cannot tell a benign hit from a malicious one.\nPlaceholders (`Unknown`, `None`) are left to `placeholder-false-positives`; one specific item\nis enough to silence this check.\n\nAn item is generic when, after stemming and dropping function words, every word it has is one of\na fixed list (legitimate, authorized, expected, normal, routine, admin, administrator, user,\nactivity, usage, action, operation, business, purpose, change, access, system, process, team...).\nNaming an actor (\"backup service account\"), a tool (\"AzCopy\") or an operation (\"CreateTrail\")\nmakes it specific.\n\nThe finding sits on the false-positive field and carries the catalog entries that apply to the\nrule, most relevant first.\n\n## Example\n\n```yaml\nfalsepositives:            # <- vague-false-positive\n    - Legitimate activity\n    - Admin activity\n```\n\nBetter:\n\n```yaml\nfalsepositives:\n    - Trail creations may be made by a system or network administrator during account onboarding.\n```\n\n## Configuration\n\n```yaml\nchecks:\n  vague-false-positive: note\n```\n\nSilence it for one rule with `# lofp-lint-disable vague-false-positive` in the rule file.\n",
};

;// CONCATENATED MODULE: ./src/commands/explain.ts
/**
 * `lofp-lint --explain <check>`: the check's documentation page, as shipped in docs/checks/.
 */




function explain(checkId) {
    const page = CHECK_DOCS[checkId];
    if (page === undefined) {
        const known = CHECK_METAS.map((m) => m.id);
        const near = nearest(checkId, known);
        throw new ConfigError(`--explain: unknown check '${checkId}'${near ? ` (did you mean ${near}?)` : ''}; known: ${known.join(', ')}`);
    }
    return `${page.trimEnd()}\n\n${docsUrl(checkId)}\n`;
}

;// CONCATENATED MODULE: ./src/commands/init.ts
/**
 * `lofp-lint init`: a commented `.lofp.yml` whose `$schema` gives editors completion and
 * validation, and with `--workflows` the GitHub workflows for pull requests and weekly audits
 * (the same files the README shows). Never overwrites: an existing file stops it before it writes.
 */




/** The config schema as published with the repository (catalog/config.schema.json, shipped in the npm package too). */
const CONFIG_SCHEMA_URL = 'https://raw.githubusercontent.com/lofp-lint/lofp-lint/main/catalog/config.schema.json';
const CONFIG_TEMPLATE = `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}
# lofp-lint configuration: https://github.com/lofp-lint/lofp-lint#configuration-lofpyml
$schema: ${CONFIG_SCHEMA_URL}

# ATT&CK techniques to select when --technique is not given.
techniques: [T1530]

# Extra catalogs (YAML or JSON), relative to this file. Build one from your own rules with
#   lofp-lint catalog build --technique T1530 rules/ -o lofp/our-entries.yml
# catalogs: [lofp/our-entries.yml]

# Severity per check: off, note, warning or error (lofp-lint --explain <check> describes each).
# checks:
#   uncatalogued-false-positive: off
#   missing-catalog-entry: error

# Paths never linted, in .gitignore syntax relative to this file.
# ignore: [rules/_experimental/]

# Catalog entry ids never suggested.
# disabledEntries: []
`;
const PULL_REQUEST_WORKFLOW = `# .github/workflows/lofp-lint.yml
name: lofp-lint
on:
  pull_request:
permissions:
  contents: read
  pull-requests: write
  checks: write
jobs:
  lofp-lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
        # Optional: with full history git gives the diff and the head's files (no 3,000-file limit).
        # with:
        #   fetch-depth: 0
      - uses: lofp-lint/lofp-lint@v1
        # with:
        #   paths: rules   # lint one folder (default: the whole repository)
`;
const AUDIT_WORKFLOW = `# .github/workflows/lofp-audit.yml
name: LoFP coverage audit
on:
  schedule:
    - cron: '0 6 * * 1'   # Mondays 06:00 UTC
  workflow_dispatch:

permissions:
  contents: read          # check out the rules
  security-events: write  # upload the SARIF to code scanning
  actions: read           # upload-sarif reads the run's details (needed in private repositories)
  issues: write           # keep the tracking issue (audit-issue)

jobs:
  audit:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5

      # The previous run's report, for the trend. None on the first run: that is fine.
      - uses: actions/cache/restore@v4
        with:
          path: .lofp/audit.json
          key: lofp-audit-\${{ github.run_id }}
          restore-keys: lofp-audit-

      - uses: lofp-lint/lofp-lint@v1
        with:
          mode: audit
          fail-on: never                  # an audit reports; it does not fail the schedule
          baseline: .lofp/audit.json      # read first...
          report-file: .lofp/audit.json   # ...then replaced by this run's report
          sarif-file: lofp.sarif
          badge-file: badges/lofp-coverage.json
          audit-issue: true

      - uses: actions/cache/save@v4
        if: always()
        with:
          path: .lofp/audit.json
          key: lofp-audit-\${{ github.run_id }}

      - uses: github/codeql-action/upload-sarif@v4
        if: always()
        with:
          sarif_file: lofp.sarif
          category: lofp-lint/audit
`;
/** Writes the files; returns the exit code. An existing file is a ConfigError (nothing written). */
function initCommand(options, out) {
    const files = [['.lofp.yml', CONFIG_TEMPLATE]];
    if (options.workflows) {
        files.push(['.github/workflows/lofp-lint.yml', PULL_REQUEST_WORKFLOW], ['.github/workflows/lofp-audit.yml', AUDIT_WORKFLOW]);
    }
    for (const [name] of files) {
        if ((0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(options.cwd, name)))
            throw new ConfigError(`init: ${name} already exists; nothing written (edit it, or remove it first)`);
    }
    if ((0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(options.cwd, '.lofp.yaml')))
        throw new ConfigError('init: .lofp.yaml already exists; nothing written');
    for (const [name, text] of files) {
        (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().dirname(external_node_path_default().join(options.cwd, name)), { recursive: true });
        writeFileAtomic(external_node_path_default().join(options.cwd, name), text, name);
        out(`wrote ${name}\n`);
    }
    return 0;
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(__lofp_engine_url)("node:util");
;// CONCATENATED MODULE: ./src/cli/args.ts
/**
 * Command-line arguments -> options. Every mistake is a ConfigError (one line, exit 2).
 */




const OUTPUT_FORMATS = ['stylish', 'json', 'sarif', 'markdown', 'rdjson', 'gitlab', 'junit'];
const FLAGS = {
    technique: { type: 'string', short: 't', multiple: true },
    format: { type: 'string', short: 'f' },
    'fail-on': { type: 'string' },
    include: { type: 'string', multiple: true },
    exclude: { type: 'string', multiple: true },
    'include-deprecated': { type: 'boolean' },
    catalog: { type: 'string', multiple: true },
    config: { type: 'string', short: 'c' },
    fix: { type: 'boolean' },
    'fix-dry-run': { type: 'boolean' },
    'fix-confidence': { type: 'string' },
    verbose: { type: 'boolean' },
    color: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    output: { type: 'string', short: 'o' },
    baseline: { type: 'string' },
    badge: { type: 'string' },
    'max-warnings': { type: 'string' },
    'no-error-on-unmatched-pattern': { type: 'boolean' },
    explain: { type: 'string' },
    workflows: { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
    stdin: { type: 'boolean' },
    'stdin-filename': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
};
function oneOf(flag, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new ConfigError(`--${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
}
/** node:util's wording varies across Node versions; ours does not. */
function argumentProblem(error) {
    const option = /'([^']+)'/.exec(error.message)?.[1] ?? '';
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
        const given = option.split(/[ =]/)[0];
        const near = nearest(given.replace(/^-+/, ''), Object.keys(FLAGS));
        return `unknown option ${given}${near ? ` (did you mean --${near}?)` : ''}`;
    }
    if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
        return `option ${option.replace(/ <value>$/, '')} needs a value`;
    return error.message.split('\n')[0];
}
function parseCli(argv) {
    if (argv[0] === 'catalog') {
        return { ...defaults(), command: 'catalog', rest: argv.slice(1) };
    }
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options: FLAGS, allowPositionals: true, strict: true });
    }
    catch (error) {
        throw new ConfigError(`${argumentProblem(error)} (see lofp-lint --help)`);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { ...defaults(), command: 'help' };
    if (values.version)
        return { ...defaults(), command: 'version' };
    if (values.explain !== undefined)
        return { ...defaults(), command: 'explain', explain: values.explain };
    const command = positionals[0] === 'audit' ? 'audit' : positionals[0] === 'init' ? 'init' : 'lint';
    const paths = command === 'lint' ? positionals : positionals.slice(1);
    if (command === 'init') {
        if (paths.length)
            throw new ConfigError(`init takes no paths; got "${paths[0]}" (it writes .lofp.yml in the current folder)`);
        return { ...defaults(), command: 'init', workflows: values.workflows ?? false };
    }
    if (values.workflows)
        throw new ConfigError('--workflows applies to `lofp-lint init` only');
    const techniques = (values.technique ?? []).map((raw) => {
        const id = normalizeTechnique(raw);
        if (!id || !isTechniqueId(id))
            throw new ConfigError(`--technique expects an ATT&CK technique id such as T1530; got "${raw}"`);
        return id;
    });
    if (command !== 'audit' && (values.baseline || values.badge)) {
        throw new ConfigError(`--${values.baseline ? 'baseline' : 'badge'} applies to \`lofp-lint audit\` only`);
    }
    if (values.fix && values['fix-dry-run'])
        throw new ConfigError('--fix and --fix-dry-run cannot be used together');
    if (command === 'audit' && (values.fix || values['fix-dry-run'])) {
        throw new ConfigError(`--${values.fix ? 'fix' : 'fix-dry-run'} applies to lint only (\`lofp-lint ${values.fix ? '--fix' : '--fix-dry-run'} [paths]\`); audit only reports`);
    }
    if (command === 'audit' && ['rdjson', 'gitlab', 'junit'].includes(values.format ?? '')) {
        throw new ConfigError(`audit --format must be one of markdown, json, sarif; got "${values.format}" (lint writes ${values.format})`);
    }
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1 && jobs <= 64)) {
        throw new ConfigError(`--jobs expects a number of threads from 1 to 64; got "${values.jobs}"`);
    }
    const stdin = (values.stdin ?? false) || paths.includes('-');
    if (stdin) {
        const other = paths.find((p) => p !== '-');
        if (other !== undefined)
            throw new ConfigError(`standard input (\`-\`, --stdin) is linted alone; got the path "${other}" too`);
        if (values.fix)
            throw new ConfigError('--fix cannot write to standard input; --fix-dry-run prints the changes as a diff');
    }
    else if (values['stdin-filename'] !== undefined) {
        throw new ConfigError('--stdin-filename names standard input: use it with `-` or --stdin');
    }
    const maxWarnings = values['max-warnings'];
    if (maxWarnings !== undefined && !/^\d+$/.test(maxWarnings)) {
        throw new ConfigError(`--max-warnings expects a whole number of warnings such as 0; got "${maxWarnings}"`);
    }
    return {
        command,
        rest: [],
        paths: stdin ? [] : paths.length ? paths : ['.'],
        techniques,
        format: oneOf('format', values.format, OUTPUT_FORMATS, command === 'audit' ? 'markdown' : 'stylish'),
        failOn: oneOf('fail-on', values['fail-on'], ['error', 'warning', 'note', 'never'], 'error'),
        include: values.include ?? [],
        exclude: values.exclude ?? [],
        includeDeprecated: values['include-deprecated'] ?? false,
        catalogs: values.catalog ?? [],
        config: values.config,
        fix: values.fix ?? false,
        fixDryRun: values['fix-dry-run'] ?? false,
        fixConfidence: oneOf('fix-confidence', values['fix-confidence'], ['high', 'medium'], 'high'),
        verbose: values.verbose ?? false,
        color: values['no-color'] ? false : values.color,
        output: values.output,
        baseline: values.baseline,
        badge: values.badge,
        maxWarnings: maxWarnings === undefined ? undefined : Number(maxWarnings),
        errorOnUnmatchedPattern: !values['no-error-on-unmatched-pattern'],
        explain: undefined,
        workflows: false,
        jobs,
        stdin,
        stdinFilename: values['stdin-filename'],
    };
}
function defaults() {
    return {
        command: 'lint',
        rest: [],
        paths: ['.'],
        techniques: [],
        format: 'stylish',
        failOn: 'error',
        include: [],
        exclude: [],
        includeDeprecated: false,
        catalogs: [],
        config: undefined,
        fix: false,
        fixDryRun: false,
        fixConfidence: 'high',
        verbose: false,
        color: undefined,
        output: undefined,
        baseline: undefined,
        badge: undefined,
        maxWarnings: undefined,
        errorOnUnmatchedPattern: true,
        explain: undefined,
        workflows: false,
        jobs: undefined,
        stdin: false,
        stdinFilename: undefined,
    };
}
const HELP = `Usage: lofp-lint [paths...] [options]
       lofp-lint - [--stdin-filename PATH] [options] < rule
       lofp-lint audit [paths...] [options]
       lofp-lint init [--workflows]
       lofp-lint --explain CHECK
       lofp-lint catalog list [--technique T] [--format table|json] [--catalog FILE]
       lofp-lint catalog build --technique T <rules dirs...> [-o FILE]

Checks that detection rules tagged with an ATT&CK technique (default T1530) document their
false positives, consistently with the LoFP catalog. Formats: Sigma, Elastic (TOML), Splunk
security_content, Microsoft Sentinel, Panther, Chronicle YARA-L.

Options:
  -t, --technique ID        technique to select (repeatable; default T1530 or .lofp.yml)
  -f, --format FORMAT       stylish (default), json, sarif, markdown, rdjson, gitlab, junit
      --fail-on LEVEL       exit 1 on findings at or above: error (default), warning, note, never
      --max-warnings N      also exit 1 on more than N warnings
      --include PATTERN     only lint files matching, .gitignore syntax (repeatable)
      --exclude PATTERN     skip files and folders matching, .gitignore syntax (repeatable)
      --no-error-on-unmatched-pattern
                            a path or --include that selects no rule file is no error
      --include-deprecated  lint deprecated rules too
      --catalog FILE        extra catalog, YAML or JSON (repeatable)
  -c, --config FILE         config file (default: the nearest .lofp.yml up to the repository root)
      --fix                 write the missing catalog entries into the rule files
      --fix-dry-run         print the fixes as a unified diff, change nothing
      --fix-confidence LVL  entries a fix inserts: high (default) or medium
  -o, --output FILE         write the report to FILE instead of standard output
      --stdin               lint the rule read from standard input (also: a path of -)
      --stdin-filename PATH the path standard input stands for: its format and its name in the report
      --baseline FILE       audit: a previous JSON report to compare with
      --badge FILE          audit: write a shields.io endpoint badge JSON
      --workflows           init: also write the GitHub workflows
      --explain CHECK       print the documentation of a check
      --verbose             list skipped files and why; threads and times
  -j, --jobs N              threads that lint (default: one per idle CPU, at most 4; 1: no worker)
      --color, --no-color   force colors on or off (default: on for a terminal; NO_COLOR, FORCE_COLOR)
  -h, --help                this help
  -v, --version             the version

Exit codes: 0 no findings at --fail-on or above, 1 findings, 2 usage or config error.
`;

;// CONCATENATED MODULE: ./src/cli/color.ts
/** `--color`/`--no-color` first, then FORCE_COLOR (set and not `0`/`false`: on), NO_COLOR, the terminal. */
function colorEnabled(flag, env, isTty) {
    if (flag !== undefined)
        return flag;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== '0' && force.toLowerCase() !== 'false';
    if (env.NO_COLOR)
        return false;
    return isTty;
}
/**
 * OSC 8 hyperlinks where the terminal is known to render them (others would print the escape
 * codes' text or nothing); FORCE_HYPERLINK=1 or 0 decides for terminals not listed.
 */
function hyperlinksEnabled(color, env) {
    if (env.FORCE_HYPERLINK !== undefined)
        return env.FORCE_HYPERLINK !== '0';
    if (!color || env.CI)
        return false;
    if (env.WT_SESSION || env.KITTY_WINDOW_ID || env.DOMTERM)
        return true;
    if (['iTerm.app', 'WezTerm', 'vscode', 'ghostty', 'Hyper'].includes(env.TERM_PROGRAM ?? ''))
        return true;
    return Number(env.VTE_VERSION ?? 0) >= 5000;
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The CLI shell: argv -> options -> lint -> report -> exit code. No engine logic here.
 */



























/** Threads used at most when --jobs is not given: more than a few do not pay off. */
const DEFAULT_MAX_JOBS = 4;
/**
 * One thread per CPU that is idle: on a machine whose cores are busy with other work, a worker
 * thread only adds its start-up and copying costs (the output is the same either way).
 */
function defaultJobs(cpus, loadAverage) {
    return Math.max(1, Math.min(DEFAULT_MAX_JOBS, cpus, Math.round(cpus - loadAverage) + 1));
}
/** The name standard input gets in reports: --stdin-filename relative to the cwd, else `<stdin>`. */
function stdinPath(options, cwd) {
    if (options.stdinFilename === undefined)
        return '<stdin>';
    const relative = external_node_path_default().relative(cwd, external_node_path_default().resolve(cwd, options.stdinFilename));
    const inside = relative !== '' && !relative.startsWith('..') && !external_node_path_default().isAbsolute(relative);
    return (inside ? relative : options.stdinFilename).split((external_node_path_default()).sep).join('/');
}
const DEFAULT_TECHNIQUES = ['T1530'];
/**
 * The folder output paths are relative to: the cwd, or the common ancestor folder of paths
 * outside it (a file's own folder when a single file is given).
 */
function scanRoot(cwd, paths) {
    const absolute = paths.map((p) => external_node_path_default().resolve(cwd, p));
    const inside = (p) => {
        const rel = external_node_path_default().relative(cwd, p);
        return !rel.startsWith('..') && !external_node_path_default().isAbsolute(rel);
    };
    if (absolute.every(inside))
        return cwd;
    const first = absolute[0];
    let common = (0,external_node_fs_namespaceObject.statSync)(first, { throwIfNoEntry: false })?.isDirectory() ? first : external_node_path_default().dirname(first);
    for (const p of absolute) {
        while (external_node_path_default().relative(common, p).startsWith('..'))
            common = external_node_path_default().dirname(common);
    }
    return common;
}
/** Exit 1: a finding at --fail-on or above, or more warnings than --max-warnings allows. */
function failed(findings, options) {
    if (options.maxWarnings !== undefined && findings.filter((f) => f.severity === 'warning').length > options.maxWarnings)
        return true;
    const failOn = options.failOn;
    if (failOn === 'never')
        return false;
    return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}
/** Writes the report to `-o` (atomically) or stdout, as the reporter produces it. */
function emit(options, io, render) {
    if (options.output) {
        writeFileAtomic(external_node_path_default().resolve(io.cwd, options.output), render, options.output);
        return;
    }
    const out = new BufferedWriter(io.stdout);
    render(out);
    out.flush();
}
/** A path that does not exist is a typo, never "no problems". */
function assertPathsExist(paths, cwd) {
    for (const p of paths)
        if (!(0,external_node_fs_namespaceObject.statSync)(external_node_path_default().resolve(cwd, p), { throwIfNoEntry: false }))
            throw new ConfigError(`${p}: no such file or folder`);
}
/** `given[i]` as the user wrote it is `resolved[i]` in the unmatched list; --include patterns first. */
function assertAllMatched(result, given, resolved) {
    const unmatched = result.unmatched ?? [];
    const first = unmatched.find((u) => u.startsWith('--include ')) ?? unmatched[0];
    if (first === undefined)
        return;
    const what = first.startsWith('--include ') ? `--include "${first.slice('--include '.length)}"` : `"${given[resolved.indexOf(first)] ?? first}"`;
    const extensions = [...RULE_EXTENSIONS].join(', ');
    throw new ConfigError(`${what} selects no rule file (${extensions}); pass --no-error-on-unmatched-pattern to allow it`);
}
/**
 * The findings left once the fixes are applied, for --fix-dry-run's exit code (as ESLint's):
 * the fixed texts are linted in a scratch folder, every other file keeps its findings.
 */
async function findingsAfterFixes(result, options) {
    const fixes = collectFileFixes(result);
    if (fixes.length === 0)
        return result.findings;
    if (options.stdin)
        return (await lint({ ...options, stdin: { path: options.stdin.path, content: Buffer.from(fixes[0].fixed) } })).findings;
    const scratch = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'lofp-lint-dry-run-'));
    try {
        for (const f of fixes) {
            (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().dirname(external_node_path_default().join(scratch, f.source.path)), { recursive: true });
            writeFileAtomic(external_node_path_default().join(scratch, f.source.path), f.fixed, f.source.path);
        }
        const fixed = new Set(fixes.map((f) => f.source.path));
        const after = await lint({ ...options, root: scratch, paths: [scratch], include: [], exclude: [], config: { ...(options.config ?? DEFAULT_CONFIG), ignore: [] } });
        return [...result.findings.filter((f) => !fixed.has(f.path)), ...after.findings];
    }
    finally {
        (0,external_node_fs_namespaceObject.rmSync)(scratch, { recursive: true, force: true });
    }
}
async function run(argv, io) {
    try {
        const options = parseCli(argv);
        if (options.command === 'help') {
            io.stdout(HELP);
            return 0;
        }
        if (options.command === 'version') {
            io.stdout(`${VERSION}\n`);
            return 0;
        }
        if (options.command === 'explain') {
            io.stdout(explain(options.explain ?? ''));
            return 0;
        }
        if (options.command === 'init')
            return initCommand({ cwd: io.cwd, workflows: options.workflows }, io.stdout);
        if (options.command === 'catalog')
            return await catalogCommand(options.rest, io.stdout, io.stderr, io.cwd);
        return await runLint(options, io);
    }
    catch (error) {
        if (error instanceof ConfigError || error instanceof WriteError) {
            io.stderr(`lofp-lint: ${printable(error.message)}\n`);
            return 2;
        }
        throw error;
    }
}
async function runLint(options, io) {
    assertPathsExist(options.paths, io.cwd);
    const root = scanRoot(io.cwd, options.paths);
    const config = loadConfig(io.cwd, options.config);
    const techniques = options.techniques.length ? options.techniques : config.techniques.length ? config.techniques : DEFAULT_TECHNIQUES;
    const catalog = loadCatalog({ cwd: io.cwd, files: options.catalogs, config });
    for (const technique of techniques) {
        if (entriesForTechniques(catalog, [technique]).length === 0) {
            io.stderr(`lofp-lint: the catalog has no entry for ${technique}: only the documentation checks run (add entries with --catalog or \`catalogs:\` in .lofp.yml)\n`);
        }
    }
    const lintOptions = {
        root,
        paths: options.paths.map((p) => external_node_path_default().resolve(io.cwd, p)),
        techniques,
        includeDeprecated: options.includeDeprecated,
        include: options.include,
        exclude: options.exclude,
        patternBase: io.cwd,
        catalog,
        config,
        fixConfidence: options.fixConfidence,
        // Only fixes and the fix regions of SARIF and rdjson need the rule texts after the analysis.
        keepText: options.fix || options.fixDryRun || options.format === 'sarif' || options.format === 'rdjson',
        jobs: options.jobs ?? defaultJobs(external_node_os_default().availableParallelism(), external_node_os_default().loadavg()[0]),
        ...(io.workerEntry ? { workerEntry: io.workerEntry } : {}),
    };
    if (options.stdin) {
        if (!io.readStdin)
            throw new ConfigError('standard input cannot be read here');
        lintOptions.stdin = { path: stdinPath(options, io.cwd), content: await io.readStdin() };
    }
    // Milliseconds since the process started, for `--verbose`'s times.
    const lintCalled = performance.now();
    let result = await lint(lintOptions);
    if (options.verbose && result.threads) {
        const { threads, candidates, inWorkers, readInWorkers, handedOver } = result.threads;
        const shares = ` (${inWorkers} by workers, which read ${readInWorkers} files and handed ${handedOver} candidates to the main thread)`;
        io.stderr(`lofp-lint: ${candidates} candidate file${candidates === 1 ? '' : 's'} linted in ${threads} thread${threads === 1 ? '' : 's'}${threads > 1 ? shares : ''}\n`);
    }
    if (options.errorOnUnmatchedPattern)
        assertAllMatched(result, options.paths, lintOptions.paths);
    for (const w of result.directiveWarnings ?? [])
        io.stderr(`lofp-lint: warning: ${w.path}:${w.line}: ${w.message}\n`);
    if (options.fixDryRun) {
        const diffs = collectFileFixes(result).map((f) => unifiedDiff(f.source.path, (f.source.hasBom ? '\ufeff' : '') + f.source.text, f.edits));
        io.stdout(diffs.join(''));
        return failed(await findingsAfterFixes(result, lintOptions), options) ? 1 : 0;
    }
    let unwritten = 0;
    if (options.fix) {
        let fixed = 0;
        for (const f of collectFileFixes(result)) {
            // One file that cannot be written (read-only, full disk) stays as it was; the others are fixed.
            try {
                writeFileAtomic(external_node_path_default().join(root, f.source.path), f.fixed, f.source.path);
                fixed++;
            }
            catch (error) {
                if (!(error instanceof WriteError))
                    throw error;
                io.stderr(`lofp-lint: ${printable(error.message)}; not fixed\n`);
                unwritten++;
            }
        }
        if (fixed)
            io.stderr(`lofp-lint: fixed ${fixed} file${fixed === 1 ? '' : 's'}\n`);
        result = await lint(lintOptions);
    }
    const linted = performance.now();
    if (options.command === 'audit' || options.format === 'markdown') {
        const audit = await runAudit(result, entriesForTechniques(catalog, techniques), {
            format: AUDIT_FORMATS.includes(options.format) ? options.format : 'markdown',
            ...(options.baseline ? { baselinePath: external_node_path_default().resolve(io.cwd, options.baseline) } : {}),
            ...(options.badge ? { badgePath: external_node_path_default().resolve(io.cwd, options.badge) } : {}),
        });
        emit(options, io, (out) => audit.write(out));
    }
    else if (options.format === 'json') {
        emit(options, io, (out) => writeJsonReport(out, result));
    }
    else if (options.format === 'sarif') {
        emit(options, io, (out) => writeSarif(out, result, {}));
    }
    else if (options.format === 'rdjson') {
        emit(options, io, (out) => out.write(renderRdjson(result)));
    }
    else if (options.format === 'gitlab') {
        emit(options, io, (out) => out.write(renderGitlab(result)));
    }
    else if (options.format === 'junit') {
        emit(options, io, (out) => out.write(renderJunit(result)));
    }
    else {
        const env = io.env ?? {};
        const color = colorEnabled(options.color, env, io.isTty && !options.output);
        const text = renderStylish(result, { color, hyperlinks: hyperlinksEnabled(color, env), verbose: options.verbose });
        emit(options, io, (out) => out.write(text));
    }
    if (options.verbose && result.threads) {
        const ms = (x) => `${Math.round(x)} ms`;
        const { discoveryMs, lintMs } = result.threads;
        io.stderr(`lofp-lint: times: start-up ${ms(lintCalled)}, discovery ${ms(discoveryMs)}, reading and linting ${ms(lintMs)}, report ${ms(performance.now() - linted)}\n`);
    }
    if (unwritten)
        return 2;
    return failed(result.findings, options) ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/cli/engine.ts
/**
 * The CLI proper, bundled on its own (dist/cli/engine.js, a classic script: see load-engine.ts):
 * index.ts answers `--version` and `--help` without it, and loads it for everything else. Lint
 * worker threads start from the entry, which loads this and nothing else in a worker.
 */





/**
 * Runs the CLI on the process's arguments and streams; sets the exit code. `workerEntry`: the
 * script lint worker threads start from (the entry bundle).
 */
function main(argv, workerEntry) {
    run(argv, {
        stdout: (text) => process.stdout.write(text),
        stderr: (text) => process.stderr.write(text),
        cwd: process.cwd(),
        isTty: Boolean(process.stdout.isTTY),
        env: process.env,
        workerEntry,
        // Typing a rule into a terminal is no use case: say how to pipe one instead of waiting.
        readStdin: () => process.stdin.isTTY
            ? Promise.reject(new ConfigError('standard input is a terminal: pipe a rule into it (`lofp-lint - < rule.yml`)'))
            : readLimited(process.stdin),
    }).then((code) => {
        process.exitCode = code;
    }, (error) => {
        process.stderr.write(`lofp-lint: internal error: ${error?.stack ?? String(error)}\n`);
        process.exitCode = 2;
    });
}
if (!external_node_worker_threads_namespaceObject.isMainThread)
    runLintWorkerIfAsked();

var __webpack_exports__main = __webpack_exports__.i;

return { main: __webpack_exports__main };
})
