export { ImportsPage } from './imports-page';
export { ImportPage } from './import-page';
export { loadImportsMessages } from './messages';
