export { importRoutes } from './imports.routes';
export { uploadImport, previewImport, commitImport, getImport, rejectedCsv } from './imports.service';
