import './home.css';
export { HomePage } from './home-page';
