export { t, type MessageParams } from './translate.js';
export { type MessageKey } from './catalog.js';
export { DEFAULT_LOCALE, LOCALES, getLocale, parseLocale, setLocale, type Locale } from './locale.js';
export { defineMessages, type MessageSection } from './define-messages.js';
