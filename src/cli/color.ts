/**
 * Whether the terminal output gets colors and hyperlinks, from the flags and the environment the
 * way most command-line tools read it (https://no-color.org, https://force-color.org).
 */
export type Env = Readonly<Record<string, string | undefined>>;

/** `--color`/`--no-color` first, then FORCE_COLOR (set and not `0`/`false`: on), NO_COLOR, the terminal. */
export function colorEnabled(flag: boolean | undefined, env: Env, isTty: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  return isTty;
}

/**
 * OSC 8 hyperlinks where the terminal is known to render them (others would print the escape
 * codes' text or nothing); FORCE_HYPERLINK=1 or 0 decides for terminals not listed.
 */
export function hyperlinksEnabled(color: boolean, env: Env): boolean {
  if (env.FORCE_HYPERLINK !== undefined) return env.FORCE_HYPERLINK !== '0';
  if (!color || env.CI) return false;
  if (env.WT_SESSION || env.KITTY_WINDOW_ID || env.DOMTERM) return true;
  if (['iTerm.app', 'WezTerm', 'vscode', 'ghostty', 'Hyper'].includes(env.TERM_PROGRAM ?? '')) return true;
  return Number(env.VTE_VERSION ?? 0) >= 5000;
}
