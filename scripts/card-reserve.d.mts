// Types of scripts/card-reserve.mjs, for the TypeScript test that imports it (test/node/card-heights.test.ts).
export interface Band {
  maxWidth: string | null;
  measureAt: number;
  full: number;
  compact: number;
}
export interface Generated {
  bands: Band[];
  css: string;
}
export const root: string;
export const GENERATED: string;
export const PLACES: string[];
export const BANDS: { maxWidth: string | null; measureAt: number }[];
export function renderCss(bands: Band[]): string;
export function blocksOf(text: string): string[];
export function withBlocks(text: string, css: string): string;
export function readGenerated(dir?: string): Generated;
export function problems(generated: Generated, files: Record<string, string>): string[];
export function readPlaces(dir?: string): Record<string, string>;
export function writeBlocks(dir?: string): string[];
