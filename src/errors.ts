/**
 * A mistake of the user's (bad flag, broken config or catalog): printed as one line without a
 * stack trace, exit code 2. Anything else that escapes is a bug in lofp-lint.
 */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}
