import { css } from 'lit';

/** Styles of <satisfaction-panel> beyond the shared widget frame. */
export const satisfactionPanelStyles = css`
  .breakdown,
  .low-controls label {
    font-size: 0.9em;
    color: var(--aw-color-muted);
  }
  select,
  input {
    font: inherit;
    color: var(--aw-color-text);
  }
  .shown,
  .note {
    margin: 0 0 8px;
    color: var(--aw-color-muted);
    font-size: 0.9em;
  }
  .kpis {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(180px, 1fr));
    gap: 8px;
    margin: 0 0 12px;
  }
  .kpis > div {
    padding: 8px 12px;
    background: var(--aw-color-surface);
    border-radius: var(--aw-radius);
  }
  .kpis dt {
    font-weight: 600;
  }
  .kpis dd {
    margin: 0;
  }
  .kpis .value {
    font-size: 1.6em;
    font-weight: 600;
  }
  .chart,
  .distribution {
    margin: 0 0 12px;
  }
  figcaption,
  h3,
  .scale-title {
    margin: 0 0 4px;
    font-size: 1em;
    font-weight: 600;
    color: var(--aw-color-muted);
  }
  .panels {
    display: flex;
    flex-wrap: wrap;
    gap: 12px;
  }
  .low-controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    margin-bottom: 8px;
  }
  .low-controls input {
    width: 5em;
  }
  input[aria-invalid='true'] {
    border-color: var(--aw-color-error);
  }
  .table-wrap {
    overflow-x: auto;
  }
  /* Hundreds of follow-up rows would make the widget pages tall, so the list scrolls inside it. */
  .low-scroll {
    max-height: var(--aw-list-max-height, 28em);
    overflow-y: auto;
  }
  .low-scroll thead th {
    position: sticky;
    top: 0;
    background: var(--aw-color-surface, #fff);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
  }
  caption {
    text-align: left;
    color: var(--aw-color-muted);
  }
  th,
  td {
    padding: 4px 8px;
    border-bottom: 1px solid var(--aw-color-border);
    text-align: left;
    vertical-align: top;
  }
  /* On a phone the follow-up list scrolls sideways instead of wrapping headings and names one character a line. */
  .low-table th,
  td.nowrap {
    white-space: nowrap;
  }
  .low-table td.wide {
    min-width: 12em;
  }
  .table-toggle {
    margin-bottom: 12px;
  }
`;
