import type { FormatModule } from './types.js';

// Placeholder until the format is implemented: recognizes nothing.
export const chronicle: FormatModule = {
  id: 'chronicle',
  name: 'Chronicle YARA-L',
  extensions: ['.yaral'],
  sniff: () => false,
  parse: () => ({ detections: [], problems: [] }),
};
