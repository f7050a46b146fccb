import type { FormatModule } from './types.js';

// Placeholder until the format is implemented: recognizes nothing.
export const panther: FormatModule = {
  id: 'panther',
  name: 'Panther',
  extensions: ['.yml', '.yaml'],
  sniff: () => false,
  parse: () => ({ detections: [], problems: [] }),
};
