import { logger } from '../../logger.js';

/**
 * Registers `constructor` as custom element `tag`. When the tag is already defined (a second bundle
 * or a second import of `define`), it keeps the first definition and logs a warning instead of
 * throwing. Returns true when this call defined the tag.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): boolean {
  const existing = customElements.get(tag);
  if (existing === constructor) return false;
  if (existing) {
    logger.warn(`<${tag}> is already defined by another copy of the library; keeping the first definition.`);
    return false;
  }
  customElements.define(tag, constructor);
  return true;
}
