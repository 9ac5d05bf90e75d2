export { nameSearchKey, normalizeName } from './names';
export { checkNik, readNik, type NikFacts, type NikHolder } from './nik';
