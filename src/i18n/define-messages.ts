import type { Locale } from './locale.js';

/** A section of the message catalog: the zh-CN text defines the keys, and en-US must have every one. */
export type MessageSection<K extends string> = Record<Locale, Record<K, string>>;

/** Declares one catalog section so that a key missing from either locale fails type checking. */
export function defineMessages<K extends string>(zh: Record<K, string>, en: Record<K, string>): MessageSection<K> {
  return { 'zh-CN': zh, 'en-US': en };
}
