export { PublicInfoPage } from './public-info-page';
export { loadPublicInfoMessages } from './messages';
