// Events every analysis widget fires. Both bubble and are composed, so a listener on the document
// hears them from inside any shadow root.

/** Why a widget finished drawing: with data (`ready`) or with its empty-state message (`empty`). */
export type SettledStatus = 'ready' | 'empty';

/** Fired after a widget has drawn the result of its latest query (tests and the bench wait for it). */
export class AnalysisReadyEvent extends Event {
  static readonly eventName = 'ready';

  constructor(
    /** `ready` when charts were drawn, `empty` when the query returned no rows. */
    readonly status: SettledStatus,
  ) {
    super(AnalysisReadyEvent.eventName, { bubbles: true, composed: true });
  }
}

/**
 * Fired when a widget cannot show its analysis (a failed query, a bad attribute, a rendering error).
 * The widget shows the same message itself; the event lets the host log or report it.
 */
export class AnalysisErrorEvent extends Event {
  static readonly eventName = 'analysis-error';

  constructor(
    /** The original error, e.g. an `EngineError` with `code`, `detail` and `sql`. */
    readonly error: unknown,
    /** The message shown in the widget, in the widget's locale. */
    readonly message: string,
  ) {
    super(AnalysisErrorEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    [AnalysisReadyEvent.eventName]: AnalysisReadyEvent;
    [AnalysisErrorEvent.eventName]: AnalysisErrorEvent;
  }
}
