/** Placeholder until export.ts lands (replaced below). */
import type { SelfCheckView } from './self-check.js';
import type { CompareRow } from './results.js';

export function exportFile(_v: SelfCheckView, kind: 'json' | 'csv'): { text: string; type: string; name: string } {
  return { text: '', type: kind === 'json' ? 'application/json' : 'text/csv', name: `x.${kind}` };
}

export function readExport(_v: SelfCheckView, _text: string): { error?: string; compare?: { rows: CompareRow[]; date?: string } } {
  return { error: 'bad' };
}
