// Events of <aftersales-data>. They bubble and are composed, so a listener on the document hears them
// from inside any shadow root. The names carry a `data-` prefix because a bubbling `error` event would
// reach the window's error handlers, which take it for a script error.
import type { LoadProgress, LoadReport } from '../../ingest/types.js';

/** Fired when a file has been loaded; `report` is its quality report. */
export class DataLoadEvent extends Event {
  static readonly eventName = 'data-load';

  constructor(readonly report: LoadReport) {
    super(DataLoadEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired as bytes arrive and as the load moves from reading to cleaning. */
export class DataProgressEvent extends Event {
  static readonly eventName = 'data-progress';

  constructor(readonly progress: LoadProgress) {
    super(DataProgressEvent.eventName, { bubbles: true, composed: true });
  }
}

/** Fired when a load fails; the element shows the same message. */
export class DataErrorEvent extends Event {
  static readonly eventName = 'data-error';

  constructor(
    /** The original error, usually an `IngestError` with `code` and `params`. */
    readonly error: unknown,
    /** The message shown in the element, in its locale. */
    readonly message: string,
  ) {
    super(DataErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [DataLoadEvent.eventName]: DataLoadEvent;
    [DataProgressEvent.eventName]: DataProgressEvent;
    [DataErrorEvent.eventName]: DataErrorEvent;
  }
}
