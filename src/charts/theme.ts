// Design tokens shared by every widget and chart. Elements expose them as CSS custom properties on
// :host; charts read the resolved values from the element, so a host page can restyle both at once.
import { css, unsafeCSS } from 'lit';

/**
 * Font stack with Chinese glyphs first: PingFang and Microsoft YaHei on dealers' Mac and Windows PCs,
 * Noto Sans CJK and WenQuanYi Zen Hei on Linux (the CI machines install fonts-wqy-zenhei).
 */
export const FONT_STACK =
  '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", system-ui, sans-serif';

/** Default series colours (Observable's "Tableau 10"-like palette, chosen for contrast on white). */
export const DEFAULT_PALETTE: readonly string[] = [
  '#4269d0', '#efb118', '#ff725c', '#6cc5b0', '#3ca951', '#ff8ab7', '#a463f2', '#97bbf5', '#9c6b4e', '#9498a0',
];

/** CSS custom properties every widget accepts on :host, with their fallbacks. */
export const themeStyles = css`
  :host {
    --aw-font-family: ${unsafeCSS(FONT_STACK)};
    --aw-font-size: 14px;
    --aw-color-text: #1f2329;
    --aw-color-muted: #646a73;
    --aw-color-background: #ffffff;
    --aw-color-surface: #f5f6f7;
    --aw-color-border: #dee0e3;
    --aw-color-accent: #245bdb;
    --aw-color-selected: #245bdb;
    --aw-color-error: #d83931;
    --aw-radius: 6px;
    --aw-space: 12px;
  }
`;

/** Colours resolved from an element's computed style, for chart options that need literal values. */
export interface ChartTheme {
  readonly fontFamily: string;
  readonly text: string;
  readonly muted: string;
  readonly accent: string;
  readonly selected: string;
  readonly palette: readonly string[];
}

function readVariable(style: CSSStyleDeclaration, name: string, fallback: string): string {
  return style.getPropertyValue(name).trim() || fallback;
}

/**
 * Reads the theme of `element`. A host sets series colours with `--aw-series-1` … `--aw-series-10`;
 * unset ones keep the default palette.
 */
export function readTheme(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  return {
    fontFamily: readVariable(style, '--aw-font-family', FONT_STACK),
    text: readVariable(style, '--aw-color-text', '#1f2329'),
    muted: readVariable(style, '--aw-color-muted', '#646a73'),
    accent: readVariable(style, '--aw-color-accent', '#245bdb'),
    selected: readVariable(style, '--aw-color-selected', '#245bdb'),
    palette: DEFAULT_PALETTE.map((colour, i) => readVariable(style, `--aw-series-${i + 1}`, colour)),
  };
}
