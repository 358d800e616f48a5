/**
 * Entry of player/extras.js (see src/player/extras-loader.ts): the components loaded when a page first needs
 * them. Each registers its custom element on import; the page's markup upgrades as they are defined.
 */
import './extras.css';
