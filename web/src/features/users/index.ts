import './users.css';

export { UserDetailPage } from './user-detail-page';
export { UsersPage } from './users-page';
