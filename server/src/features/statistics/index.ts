export { kAnonymous, publicCell, suppressAdditive, suppressCell, type Cell } from './suppression';
