import { NcPartnerList } from '../components/partner-list/partner-list.js';
import { define } from '../shared/define.js';

define('nc-partner-list', NcPartnerList);

export { NcPartnerList };
