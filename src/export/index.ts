export { csvCell, downloadText, toCsv } from './csv.js';
