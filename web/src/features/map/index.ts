import './map.css';

export { MapPage } from './map-page';
export { VulnerabilityPage } from './vulnerability-page';
export { loadMapMessages } from './messages';
// The offline base map, for other features that draw on it (the patrol areas).
export { BaseMap } from './base-map';
export { useKabkotaNames } from './geo-data';
export { firstLabelLayer } from './map-style';
