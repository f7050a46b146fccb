/**
 * A coverage badge as a shields.io endpoint file (https://shields.io/badges/endpoint-badge):
 * commit or publish the JSON and point `https://img.shields.io/endpoint?url=...` at it.
 */
import type { Coverage } from './coverage.js';

export interface Badge {
  schemaVersion: 1;
  label: string;
  message: string;
  color: string;
}

export const BADGE_LABEL = 'LoFP coverage';

/** Colors by percent complete, highest threshold first; shields.io named colors. */
export const BADGE_COLORS: readonly { min: number; color: string }[] = [
  { min: 100, color: 'brightgreen' },
  { min: 90, color: 'green' },
  { min: 75, color: 'yellowgreen' },
  { min: 50, color: 'yellow' },
  { min: 25, color: 'orange' },
  { min: 0, color: 'red' },
];

export function renderBadge(coverage: Coverage, label: string = BADGE_LABEL): Badge {
  if (coverage.total.rules === 0) return { schemaVersion: 1, label, message: 'no rules', color: 'lightgrey' };
  const pct = coverage.total.percentComplete;
  const color = BADGE_COLORS.find((c) => pct >= c.min)?.color ?? 'red';
  return { schemaVersion: 1, label, message: `${pct}%`, color };
}
