export { importRoutes } from './imports.routes';
export { uploadImport, previewImport, commitImport, getImport, rejectedCsv, cancelImport } from './imports.service';
export { importJobs, startCommit } from './imports.jobs';
export { importFromCli, describeCliImport } from './imports.cli';
