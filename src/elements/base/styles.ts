import { css } from 'lit';
import { themeStyles } from '../../charts/theme.js';

/** Layout of the frame every analysis widget shares: toolbar, filter bar, definitions, status, body. */
export const analysisElementStyles = [
  themeStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      min-width: 0;
      padding: var(--aw-space);
      font-family: var(--aw-font-family);
      font-size: var(--aw-font-size);
      color: var(--aw-color-text);
      background: var(--aw-color-background);
      border: 1px solid var(--aw-color-border);
      border-radius: var(--aw-radius);
    }
    :host([hidden]) {
      display: none;
    }
    [hidden] {
      display: none !important;
    }
    .toolbar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
    }
    .heading {
      margin: 0;
      font-size: 1.1em;
      font-weight: 600;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    button {
      font: inherit;
      font-size: 0.9em;
      color: var(--aw-color-text);
      background: var(--aw-color-surface);
      border: 1px solid var(--aw-color-border);
      border-radius: var(--aw-radius);
      padding: 2px 10px;
      cursor: pointer;
    }
    button:focus-visible,
    [tabindex]:focus-visible {
      outline: 2px solid var(--aw-color-accent);
      outline-offset: 2px;
    }
    /* A row of toggle buttons with aria-pressed, e.g. a measure switch in the toolbar. */
    .switch {
      display: inline-flex;
    }
    .switch button {
      border-radius: 0;
    }
    .switch button:first-child {
      border-radius: var(--aw-radius) 0 0 var(--aw-radius);
    }
    .switch button:last-child {
      border-radius: 0 var(--aw-radius) var(--aw-radius) 0;
    }
    .switch button + button {
      border-left: none;
    }
    .switch button[aria-pressed='true'] {
      background: var(--aw-color-accent);
      border-color: var(--aw-color-accent);
      color: #fff;
    }
    /* Chart marks made focusable by makeMarksInteractive: the focus ring is a thicker stroke. */
    svg [role='button'] {
      cursor: pointer;
    }
    svg [role='button']:focus {
      outline: none;
    }
    svg [role='button']:focus-visible {
      stroke: var(--aw-color-accent);
      stroke-width: 3px;
    }
    /* A chart legend: a list of colour swatches with their series names. */
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 12px;
      margin: 0 0 4px;
      padding: 0;
      list-style: none;
      font-size: 0.9em;
    }
    .swatch {
      display: inline-block;
      width: 10px;
      height: 10px;
      margin-right: 4px;
      border-radius: 2px;
      vertical-align: baseline;
    }
    .filters {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
      margin-top: 8px;
      color: var(--aw-color-muted);
      font-size: 0.9em;
    }
    .filters ul {
      display: contents;
      list-style: none;
    }
    .filters li {
      padding: 1px 8px;
      border-radius: 999px;
      background: var(--aw-color-surface);
      color: var(--aw-color-text);
    }
    .filters .not-applicable {
      font-style: italic;
    }
    .definitions {
      margin-top: 8px;
      padding: 8px 12px;
      background: var(--aw-color-surface);
      border-radius: var(--aw-radius);
      font-size: 0.9em;
    }
    .definitions h3 {
      margin: 0 0 4px;
      font-size: 1em;
    }
    .definitions dt {
      font-weight: 600;
      margin-top: 4px;
    }
    .definitions dd {
      margin: 0 0 0 1em;
    }
    .status {
      margin: 8px 0 0;
      color: var(--aw-color-muted);
    }
    .status:empty {
      display: none;
    }
    :host([status='error']) .status {
      color: var(--aw-color-error);
    }
    .body {
      margin-top: 8px;
    }
    :host([status='loading']) .body {
      opacity: 0.6;
    }
  `,
];

/** Chart captions and right-aligned figure tables, shared by the widgets that show both. */
export const figureStyles = css`
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
`;
