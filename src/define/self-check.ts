import { NcSelfCheck } from '../components/self-check/self-check.js';
import { define } from '../shared/define.js';

define('nc-self-check', NcSelfCheck);
// The results show recommendation cards: the card comes with the results' code (not before the
// first question) and is registered then, from here (the tolerant define: once per page).
NcSelfCheck.defineResultsElements = (results) => results.defineElements();

export { NcSelfCheck };
