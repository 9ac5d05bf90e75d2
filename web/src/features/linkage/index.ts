export { PersonSuggestions, type ChosenSuggestion, type DraftValues } from './person-suggestions';
export { useSamePerson } from './review-api';
export { minReason } from './reason-form';
export { loadLinkageMessages } from './messages';
export { LinkageReviewPage } from './review-page';
export { PersonGroupPage } from './group-page';
