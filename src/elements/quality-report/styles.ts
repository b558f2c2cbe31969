import { css } from 'lit';

export const qualityReportStyles = css`
  :host {
    display: block;
    font: var(--aftersales-font, 14px/1.5 system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif);
    color: var(--aftersales-text, #1f2933);
  }
  :host([hidden]) {
    display: none;
  }
  section {
    border-top: 1px solid var(--aftersales-quality-border, var(--aftersales-border, #d9e2ec));
    padding: 8px 0;
  }
  h2 {
    font-size: 1.1em;
    margin: 0 0 4px;
  }
  h3 {
    font-size: 1em;
    margin: 8px 0 2px;
  }
  dl {
    display: grid;
    grid-template-columns: max-content auto;
    gap: 0 12px;
    margin: 0;
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  /* A block table scrolls sideways inside a narrow report instead of overflowing the page. */
  table {
    display: block;
    max-width: 100%;
    overflow-x: auto;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: left;
    padding: 1px 8px 1px 0;
    vertical-align: top;
  }
  td.number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
`;
