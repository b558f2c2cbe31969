import { css } from 'lit';

/** Styles of <customer-segments> beyond the shared widget frame. */
export const customerSegmentsStyles = css`
  .chart {
    margin: 0 0 12px;
  }
  figcaption,
  caption {
    margin-bottom: 4px;
    font-weight: 600;
    color: var(--aw-color-muted);
    text-align: left;
  }
  .table-wrap {
    overflow-x: auto;
    margin: 0 0 12px;
  }
  table {
    border-collapse: collapse;
    font-size: 0.9em;
  }
  th,
  td {
    padding: 4px 8px;
    border-bottom: 1px solid var(--aw-color-border);
    text-align: right;
    white-space: nowrap;
  }
  th:first-child,
  td:first-child {
    text-align: left;
  }
  tr.selected {
    background: var(--aw-color-surface);
  }
  .members {
    border: 1px solid var(--aw-color-border);
    border-radius: var(--aw-radius);
    padding: var(--aw-space);
  }
  .members h3 {
    margin: 0 0 8px;
    font-size: 1em;
  }
  .note {
    color: var(--aw-color-muted);
    font-size: 0.9em;
  }
`;
