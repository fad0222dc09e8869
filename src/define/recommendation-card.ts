import { NcRecommendationCard } from '../components/recommendation-card/recommendation-card.js';
import { define } from '../shared/define.js';

define('nc-recommendation-card', NcRecommendationCard);

export { NcRecommendationCard };
