export { maskDigitRuns, maskName, maskPerson, maskPhone, maskPlate, maskVin, type PersonalFields } from './mask.js';
