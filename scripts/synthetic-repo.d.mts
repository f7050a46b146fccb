export declare const SYNTHETIC_FORMATS: readonly string[];
export declare function isTagged(i: number, taggedPercent: number): boolean;
export declare function generateRepository(dir: string, options: { files: number; taggedPercent: number; from?: number }): { tagged: number };
