/** A `deprecated/` or `_deprecated/` folder anywhere in the path retires its rules. */
export function isDeprecatedPath(path: string): boolean {
  return /(?:^|\/)_?deprecated\//i.test(path);
}
