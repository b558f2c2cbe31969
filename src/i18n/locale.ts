/** Locales with a complete message catalog. Simplified Chinese is the default. */
export const LOCALES = ['zh-CN', 'en-US'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

const LOCALE_KEY = Symbol.for('aftersales-widgets.locale');
type LocaleHolder = { [LOCALE_KEY]?: Locale };

/**
 * Sets the page-wide locale for every widget that has no `locale` attribute of its own.
 * The value lives on `globalThis`, so two bundles of this library on one page agree.
 */
export function setLocale(locale: string): void {
  const parsed = parseLocale(locale);
  if (!parsed) {
    throw new Error(`aftersales-widgets: unsupported locale "${locale}"; use one of ${LOCALES.join(', ')}.`);
  }
  (globalThis as LocaleHolder)[LOCALE_KEY] = parsed;
}

/** Returns the page-wide locale: the one set by `setLocale`, else zh-CN. */
export function getLocale(): Locale {
  return (globalThis as LocaleHolder)[LOCALE_KEY] ?? DEFAULT_LOCALE;
}

/** Maps a BCP 47 tag to a supported locale: `en`, `en-GB` → en-US; `zh`, `zh-Hans-CN` → zh-CN. */
export function parseLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const lower = tag.trim().toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en-US';
  if (lower === 'zh' || lower.startsWith('zh-cn') || lower.startsWith('zh-hans')) return 'zh-CN';
  return undefined;
}
