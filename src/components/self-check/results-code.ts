/**
 * The results view's code (results.ts, with its styles and the card it shows, which the entry
 * registers), loaded once, when first needed. When the chunk cannot be fetched, the
 * failure is kept so the element shows the shared error state with « Recharger les informations ».
 */
import { adoptStyles, type CSSResultOrNative } from 'lit';
import { logError } from '../../util/log.js';
import { chunkFailed } from '../../util/retry.js';
import type * as ResultsModule from './results.js';

export type Results = typeof ResultsModule;
/** What the entry does once the results' code is there: registers the elements it shows. */
export type DefineElements = (results: Results) => void;

export class ResultsCode {
  /** The module, once loaded. */
  module: Results | undefined;
  /** The last load failed (cleared by the next one). */
  failed = false;

  /**
   * Loads the code (once), has `define` register the elements it shows, and adopts its styles
   * beside `styles` in `root`; undefined when it failed.
   */
  async load(root: ShadowRoot, styles: readonly CSSResultOrNative[], define?: DefineElements): Promise<Results | undefined> {
    if (this.module) return this.module;
    try {
      const module = await import('./results.js');
      define?.(module);
      // The results view's styles come with its code.
      adoptStyles(root, [...styles, module.resultsStyles]);
      this.failed = false;
      return (this.module = module);
    } catch (error) {
      chunkFailed();
      logError('<nc-self-check>', 'could not load the results view:', error);
      this.failed = true;
      return undefined;
    }
  }
}
