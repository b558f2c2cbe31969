// Turns a Plot SVG into stable text for snapshots: numbers in geometry attributes rounded to one
// decimal, generated class names renumbered in order of appearance, and Plot's inline <style> dropped.
// Text and labels are kept exactly, so a changed amount such as ¥25,000.00 still shows in a diff.

const NUMBER = /-?\d+\.\d+(?:e-?\d+)?/g;

/** Attributes that hold coordinates or sizes, where sub-pixel differences are noise. */
const GEOMETRY = new Set(['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'dx', 'dy', 'width', 'height', 'd', 'points', 'transform', 'viewBox']);

function roundNumbers(text: string): string {
  return text.replace(NUMBER, (value) => {
    const rounded = Math.round(Number(value) * 10) / 10;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

function renumber(text: string, pattern: RegExp, prefix: string): string {
  const seen = new Map<string, string>();
  return text.replace(pattern, (match) => {
    if (!seen.has(match)) seen.set(match, `${prefix}${seen.size + 1}`);
    return seen.get(match) as string;
  });
}

/** Serializes `svg` with rounded geometry and stable class names. */
export function normalizeSvg(svg: Element): string {
  const copy = svg.cloneNode(true) as Element;
  copy.querySelectorAll('style').forEach((style) => style.remove());
  for (const element of [copy, ...copy.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      if (GEOMETRY.has(attribute.name)) element.setAttribute(attribute.name, roundNumbers(attribute.value));
    }
  }
  let text = new XMLSerializer().serializeToString(copy);
  text = renumber(text, /plot-[0-9a-f]{6}(?:-\w+)?/g, 'plot-');
  text = text.replace(/></g, '>\n<');
  return text;
}
