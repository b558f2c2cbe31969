import { css } from 'lit';

/** Styles of <customer-segments> beyond the shared widget frame. */
export const customerSegmentsStyles = css`
  .table-wrap {
    margin: 0 0 12px;
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
