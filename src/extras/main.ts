/**
 * Entry of player/extras.js (see src/player/extras-loader.ts): the components the cover does not need, loaded
 * with the module's text when the learner starts (or resumes). Each registers its custom element on import;
 * markup already in the page upgrades as they are defined.
 */
import '../styles/screens.css';
import './extras.css';
// every screen after the cover
import '../components/imh-screens.ts';
import '../components/imh-info-dialog.ts';
// page blocks
import './imh-tabs.ts';
import './imh-reveal.ts';
import './imh-steps.ts';
// page activities
import './imh-sort.ts';
import './imh-hotspots.ts';
import './imh-scenario.ts';
