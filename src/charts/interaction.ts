// Keyboard and pointer access to Plot marks. Plot binds each drawn element to the index of its datum
// (`element.__data__`), which maps a mark back to the row it shows.

/** Callbacks that give the marks found by `makeMarksInteractive` their name, state and action. */
export interface MarkInteraction {
  /** Accessible name of the mark for row `index`, e.g. "钣喷：营收 ¥12.3万". */
  label(index: number): string;
  /** Tells whether row `index` is the current selection (shown with aria-pressed). */
  selected(index: number): boolean;
  /** Called on click, Enter or Space on the mark for row `index`; `extend` is true when Shift was held. */
  activate(index: number, extend: boolean): void;
  /** Tells whether row `index` cannot be selected; its mark stays readable but is marked aria-disabled. */
  disabled?(index: number): boolean;
}

type BoundElement = Element & { __data__?: unknown };

/** Index of the datum Plot bound to `element`, or undefined when it has none. */
export function markIndex(element: Element): number | undefined {
  const datum = (element as BoundElement).__data__;
  return typeof datum === 'number' ? datum : undefined;
}

/**
 * Makes every element matching `selector` inside `root` a focusable toggle button: it gets
 * tabindex 0, role "button", an aria-label and aria-pressed, and handles click, Enter and Space.
 * Returns the number of marks made interactive.
 */
export function makeMarksInteractive(root: Element, selector: string, interaction: MarkInteraction): number {
  let count = 0;
  for (const element of root.querySelectorAll(selector)) {
    const index = markIndex(element);
    if (index === undefined) continue;
    count += 1;
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'button');
    element.setAttribute('aria-label', interaction.label(index));
    element.setAttribute('aria-pressed', interaction.selected(index) ? 'true' : 'false');
    element.setAttribute('data-index', String(index));
    if (interaction.disabled?.(index)) {
      element.setAttribute('aria-disabled', 'true');
      continue;
    }
    element.addEventListener('click', (event) => interaction.activate(index, (event as MouseEvent).shiftKey));
    element.addEventListener('keydown', (event) => {
      const key = (event as KeyboardEvent).key;
      if (key !== 'Enter' && key !== ' ') return;
      event.preventDefault();
      interaction.activate(index, (event as KeyboardEvent).shiftKey);
    });
  }
  return count;
}

/** Sets `part` on every element matching `selector`, so a host can style Plot's pieces with ::part(). */
export function setPart(root: Element, selector: string, part: string): void {
  for (const element of root.querySelectorAll(selector)) element.setAttribute('part', part);
}

/**
 * Fixes the ARIA of a Plot chart: Plot labels each mark's <g> with aria-label but gives it no role,
 * which assistive technology ignores and axe reports. Rules and tooltips repeat the names of the
 * labelled marks, so they are hidden. Other labelled groups become role="group".
 */
export function labelPlotGroups(root: Element): void {
  for (const group of root.querySelectorAll('g[aria-label]:not([aria-hidden]):not([role])')) {
    const label = group.getAttribute('aria-label');
    if (label === 'rule' || label === 'tip') group.setAttribute('aria-hidden', 'true');
    else group.setAttribute('role', 'group');
  }
}
