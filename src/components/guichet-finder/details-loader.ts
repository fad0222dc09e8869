/**
 * The details view, loaded on the first « Horaires et contact » (the list does not need it),
 * once per page. When its code cannot be loaded, the counter shows the shared error state
 * with its retry, where the details were asked for.
 */
import type { ReactiveController, ReactiveControllerHost, TemplateResult } from 'lit';
import { DataLoadError } from '../../data/load.js';
import { errorState } from '../../shared/states.js';
import { logError } from '../../util/log.js';
import { chunkFailed } from '../../util/retry.js';
import type { DetailsView } from './details.js';

let view: typeof import('./details.js') | undefined;

export class DetailsLoader implements ReactiveController {
  /** The load under way (`updateComplete` waits for it). */
  loading?: Promise<void>;

  constructor(
    private host: ReactiveControllerHost & { renderRoot: ParentNode },
    private tag: string,
  ) {
    host.addController(this);
  }

  get ready(): boolean {
    return !!view;
  }

  /** Loads the view; says whether it could. */
  async load(): Promise<boolean> {
    this.loading = import('./details.js').then(
      (m) => void (view = m),
      (e: unknown) => {
        chunkFailed();
        logError(this.tag, 'could not load the details view:', e);
      },
    );
    await this.loading;
    this.host.requestUpdate();
    return !!view;
  }

  /** A counter's details, or the error with `retry`. */
  render(v: DetailsView, retry: () => void): TemplateResult {
    return view ? view.renderDetails(v) : errorState(new DataLoadError('network', 'details view'), v.locale, retry);
  }

  hostUpdated(): void {
    view?.watchWeeks(this.host.renderRoot);
  }
}
