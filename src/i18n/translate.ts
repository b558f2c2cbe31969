import { catalog, type MessageKey } from './catalog.js';
import { getLocale, type Locale } from './locale.js';

/** Values interpolated into `{name}` placeholders. They are inserted as text, never as markup. */
export type MessageParams = Record<string, string | number>;

/**
 * Returns the message for `key` in `locale` (the page-wide locale by default), with `{name}`
 * placeholders replaced. A placeholder without a value stays visible so the gap is noticed.
 */
export function t(key: MessageKey, params: MessageParams = {}, locale: Locale = getLocale()): string {
  const template = catalog[locale][key] ?? catalog['zh-CN'][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
