import { logger } from '../../logger.js';

/**
 * Registers `constructor` as custom element `tag`. When the tag is already defined (a second bundle
 * or a second import of `define`) or the class is already registered under another tag, it keeps the
 * existing definition and logs a warning instead of throwing. Returns true when this call defined the tag.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): boolean {
  const existing = customElements.get(tag);
  if (existing === constructor) return false;
  if (existing) {
    logger.warn(`<${tag}> is already defined by another copy of the library; keeping the first definition.`);
    return false;
  }
  try {
    customElements.define(tag, constructor);
    return true;
  } catch (error) {
    logger.warn(`<${tag}> could not be defined: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
}
