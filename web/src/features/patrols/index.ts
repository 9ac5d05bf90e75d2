export { NewPatrolPage } from './new-patrol-page';
export { PatrolPage } from './patrol-page';
export { PatrolsPage } from './patrols-page';
export { loadPatrolsMessages } from './messages';
