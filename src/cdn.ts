/** The script-tag entry: defines every tag. `<script type="module" src=".../numerique-choisi.js">` */
// <widgets> Generated from src/widgets.json by scripts/widgets.mjs (npm run widgets): do not edit.
import './define/recommendation-card.js';
import './define/self-check.js';
import './define/partner-list.js';
import './define/guichet-finder.js';
// </widgets>
