import { css } from 'lit';

/** Styles of <campaign-roi> beyond the shared widget frame. */
export const campaignRoiStyles = css`
  .settings {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
    font-size: 0.9em;
    color: var(--aw-color-muted);
  }
  select,
  input {
    font: inherit;
    color: var(--aw-color-text);
  }
  input[type='number'] {
    width: 5em;
  }
  input[aria-invalid='true'] {
    border-color: var(--aw-color-error);
  }
  .rules,
  .note {
    margin: 0 0 8px;
    color: var(--aw-color-muted);
    font-size: 0.9em;
  }
  .rules span {
    display: block;
  }
  .swatch.tick {
    width: 3px;
    height: 12px;
  }
  .table-wrap {
    margin-bottom: 12px;
  }
  table {
    width: 100%;
  }
  /* keep-all breaks Chinese headings at spaces and punctuation, never inside a word such as 进厂台次. */
  thead th {
    white-space: normal;
    word-break: keep-all;
    vertical-align: bottom;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: left;
  }
  td.period {
    white-space: normal;
    min-width: 9em;
  }
  td small {
    display: block;
    color: var(--aw-color-muted);
  }
  tr.selected {
    background: var(--aw-color-surface);
  }
  .row-select[aria-pressed='true'] {
    border-color: var(--aw-color-selected);
    color: var(--aw-color-selected);
  }
`;
