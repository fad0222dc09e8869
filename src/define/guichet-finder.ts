import { NcGuichetFinder } from '../components/guichet-finder/guichet-finder.js';
import { define } from '../shared/define.js';

define('nc-guichet-finder', NcGuichetFinder);

export { NcGuichetFinder };
