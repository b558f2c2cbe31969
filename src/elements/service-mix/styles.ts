import { css } from 'lit';

/** Styles of <service-mix> beyond the shared widget frame. */
export const serviceMixStyles = css`
  button[part='scope'][aria-pressed='true'] {
    background: var(--aw-color-accent);
    border-color: var(--aw-color-accent);
    color: #fff;
  }
  .chart {
    margin: 0 0 12px;
  }
  figcaption {
    margin-bottom: 4px;
    font-weight: 600;
    color: var(--aw-color-muted);
  }
  figcaption .hint {
    margin-left: 8px;
    font-weight: normal;
    font-size: 0.85em;
  }
  .figures {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  .figures caption {
    text-align: left;
    color: var(--aw-color-muted);
    padding-bottom: 4px;
  }
  .figures th,
  .figures td {
    padding: 4px 6px;
    border-bottom: 1px solid var(--aw-color-border);
    text-align: right;
    white-space: nowrap;
  }
  .figures th[scope='row'],
  .figures thead th:first-child {
    text-align: left;
  }
  .figures small {
    display: block;
    color: var(--aw-color-muted);
  }
  .figures tr.selected {
    background: var(--aw-color-surface);
  }
  .row-select {
    border: none;
    background: none;
    padding: 0;
    text-align: left;
    color: var(--aw-color-accent);
    text-decoration: underline dotted;
  }
  .row-select[disabled] {
    color: var(--aw-color-text);
    text-decoration: none;
    cursor: default;
  }
  .row-select[aria-pressed='true'] {
    font-weight: 600;
  }
  .table-wrap {
    overflow-x: auto;
  }
`;
