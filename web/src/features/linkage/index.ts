export { PersonSuggestions, type DraftValues } from './person-suggestions';
export { loadLinkageMessages } from './messages';
