export { SatisfactionPanelElement, type SatisfactionResult } from './satisfaction-panel.js';
