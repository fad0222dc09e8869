import { NcSelfCheck } from '../components/self-check/self-check.js';
import { define } from '../shared/define.js';

define('nc-self-check', NcSelfCheck);

export { NcSelfCheck };
