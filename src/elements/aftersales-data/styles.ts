import { css } from 'lit';

export const aftersalesDataStyles = css`
  :host {
    display: block;
    font: var(--aftersales-font, 14px/1.5 system-ui, 'PingFang SC', 'Microsoft YaHei', sans-serif);
    color: var(--aftersales-data-color, var(--aftersales-text, #1f2933));
  }
  :host([hidden]) {
    display: none;
  }
  [part='dropzone'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
    border: 1px dashed var(--aftersales-data-border, var(--aftersales-border, #9aa5b1));
    border-radius: 6px;
    padding: 8px 12px;
  }
  :host(:state(dragover)) [part='dropzone'] {
    background: var(--aftersales-data-dragover, #eef4ff);
  }
  progress {
    width: 100%;
  }
  [part='status'][data-kind='error'] {
    color: var(--aftersales-error, #b42318);
  }
`;
