import type { FormatModule } from './types.js';

// Placeholder until the format is implemented: recognizes nothing.
export const sigma: FormatModule = {
  id: 'sigma',
  name: 'Sigma',
  extensions: ['.yml', '.yaml'],
  sniff: () => false,
  parse: () => ({ detections: [], problems: [] }),
};
