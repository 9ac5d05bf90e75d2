import './cases.css';

export { CaseDetailPage } from './detail/case-detail-page';
export { NewCasePage } from './detail/new-case-page';
export { CaseListPage } from './list/case-list-page';
export { loadCaseMessages } from './messages';
