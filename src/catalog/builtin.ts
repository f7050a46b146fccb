/**
 * The catalogs shipped with lofp-lint. They reach the ncc bundle as code, not as files:
 * scripts/gen-catalog.mjs turns catalog/*.yml into object literals in builtin.generated.ts (and
 * the schemas into ajv standalone code in validators.generated.ts), so dist/cli/index.js works
 * alone after `npm pack` or `npx`, with no catalog/ folder beside it and no YAML parse or schema
 * compilation at start-up. The build and CI regenerate the modules and fail when they differ.
 */
import { BUILTIN_CATALOG_FILES, type BuiltinCatalogFile } from './builtin.generated.js';

export type { BuiltinCatalogFile };

export function builtinCatalogFiles(): readonly BuiltinCatalogFile[] {
  return BUILTIN_CATALOG_FILES;
}

/** The `origin` of shipped entries: `builtin:T1530.yml`. */
export function builtinOrigin(name: string): string {
  return `builtin:${name}`;
}
