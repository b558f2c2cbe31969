import { css } from 'lit';

/** Styles of <churn-trend> beyond the shared widget frame. */
export const churnTrendStyles = css`
  .in-use,
  .hint {
    margin: 0 0 8px;
    color: var(--aw-color-muted);
    font-size: 0.9em;
  }
  .range {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    margin: 0 0 12px;
    border: 0;
    padding: 0;
  }
  /* The charts are drawn at the column widths, so the render sets .wide at the same width threshold. */
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 16px;
  }
  .columns.wide {
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
  }
  .brush .selection {
    fill: var(--aw-color-selected);
    fill-opacity: 0.2;
  }
`;
