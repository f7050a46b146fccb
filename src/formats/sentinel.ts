import type { FormatModule } from './types.js';

// Placeholder until the format is implemented: recognizes nothing.
export const sentinel: FormatModule = {
  id: 'sentinel',
  name: 'Microsoft Sentinel',
  extensions: ['.yaml', '.yml'],
  sniff: () => false,
  parse: () => ({ detections: [], problems: [] }),
};
