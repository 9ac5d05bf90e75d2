export { ActionItemsPage } from './action-items-page';
export { BodiesPage } from './bodies-page';
export { BodyPage } from './body-page';
export { MatrixPage } from './matrix-page';
export { MeetingPage } from './meeting-page';
export { loadTaskforceMessages } from './messages';
export { CaseResponsibilityCard } from './case-responsibility-card';
