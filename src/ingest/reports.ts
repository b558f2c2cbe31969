// The latest load reports of the page, kept on globalThis so separately bundled copies agree, and
// announced on `document` so `<data-quality-report>` elements update.
import type { LoadReport } from './types.js';

/** Name of the event fired on `document` when a load finishes with a report. */
export const QUALITY_REPORT_EVENT = 'aftersales-quality-report';

/** Fired on `document` after each load; `report` is the new one. */
export class QualityReportEvent extends Event {
  constructor(readonly report: LoadReport) {
    super(QUALITY_REPORT_EVENT, { bubbles: false, composed: false });
  }
}

declare global {
  interface DocumentEventMap {
    [QUALITY_REPORT_EVENT]: QualityReportEvent;
  }
}

/** Reports kept per page; older ones are dropped. */
export const MAX_REPORTS = 20;

const SLOT = Symbol.for('aftersales-widgets.ingest-reports.v1');
type Holder = { [SLOT]?: LoadReport[] };

function reports(): LoadReport[] {
  const holder = globalThis as Holder;
  holder[SLOT] ??= [];
  return holder[SLOT];
}

/** Adds `report` to the page's list and dispatches a `QualityReportEvent` on `document`. */
export function publishReport(report: LoadReport): void {
  const list = reports();
  list.push(report);
  if (list.length > MAX_REPORTS) list.splice(0, list.length - MAX_REPORTS);
  document.dispatchEvent(new QualityReportEvent(report));
}

/** Returns the page's reports, oldest first (at most `MAX_REPORTS`). */
export function latestReports(): readonly LoadReport[] {
  return [...reports()];
}

/** Forgets every report (for tests and for hosts that reset the page's data). */
export function clearReports(): void {
  reports().length = 0;
}
