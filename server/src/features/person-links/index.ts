/** Person linkage in the registry: search-before-create suggestions (engine: ../linkage). */
export { personLinkRoutes } from './person-links.routes';
