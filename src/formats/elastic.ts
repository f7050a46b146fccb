import type { FormatModule } from './types.js';

// Placeholder until the format is implemented: recognizes nothing.
export const elastic: FormatModule = {
  id: 'elastic',
  name: 'Elastic',
  extensions: ['.toml'],
  sniff: () => false,
  parse: () => ({ detections: [], problems: [] }),
};
