// Registers every tag of the suite when imported. A host that wants other tag names imports the
// classes from the package root and defines them itself.
import { defineElement } from './elements/base/define-element.js';
import { ServiceMixElement } from './elements/service-mix/index.js';

defineElement('service-mix', ServiceMixElement);

declare global {
  interface HTMLElementTagNameMap {
    'service-mix': ServiceMixElement;
  }
}
