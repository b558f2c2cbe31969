export { ServiceMixElement, type ServiceMixResult } from './service-mix.js';
