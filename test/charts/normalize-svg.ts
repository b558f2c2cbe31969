// Turns a Plot SVG into stable text for snapshots: numbers rounded to one decimal, generated class
// names and ids renumbered in order of appearance, and Plot's inline <style> block dropped.

const NUMBER = /-?\d+\.\d+(?:e-?\d+)?/g;

function renumber(text: string, pattern: RegExp, prefix: string): string {
  const seen = new Map<string, string>();
  return text.replace(pattern, (match) => {
    if (!seen.has(match)) seen.set(match, `${prefix}${seen.size + 1}`);
    return seen.get(match) as string;
  });
}

/** Serializes `svg` with rounded numbers and stable names. */
export function normalizeSvg(svg: Element): string {
  const copy = svg.cloneNode(true) as Element;
  copy.querySelectorAll('style').forEach((style) => style.remove());
  let text = new XMLSerializer().serializeToString(copy);
  text = text.replace(NUMBER, (value) => {
    const rounded = Math.round(Number(value) * 10) / 10;
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
  text = renumber(text, /plot-[0-9a-f]{6}(?:-\w+)?/g, 'plot-');
  text = text.replace(/></g, '>\n<');
  return text;
}
