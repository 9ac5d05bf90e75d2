import './map.css';

export { MapPage } from './map-page';
export { VulnerabilityPage } from './vulnerability-page';
export { loadMapMessages } from './messages';
