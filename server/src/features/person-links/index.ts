/** Person linkage in the registry: search-before-create suggestions, the review queue, person groups (engine: ../linkage). */
export { personLinkRoutes } from './person-links.routes';
export { linkageReviewRoutes } from './review.routes';
export { linkageJobs } from './scoring.jobs';
