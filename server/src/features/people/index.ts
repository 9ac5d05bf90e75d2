export { nameSearchKey, normalizeName } from './names';
export { checkNik, readNik, type NikFacts, type NikHolder } from './nik';
export {
  createPerson,
  updatePerson,
  findPersons,
  presentIdentity,
  identityFields,
  isIdentityField,
  type IdentityField,
  type PersonFields,
  type PersonRecord,
} from './people.service';
export { importOriginOf, type ImportOrigin } from './provenance';
