/*
 * Person linkage (entity resolution): finds the records of the same person within one list or
 * across two, without labelled examples. Pure computation, no database: the `benteng link`
 * command, the benchmark and (later) the review queue build on it. Method: docs/LINKAGE.md.
 */
export {
  linkRecords,
  type LinkageInput,
  type LinkageOptions,
  type LinkageResult,
  type FittedComparison,
  type PairEvidence,
} from './link';
export { linkageRoles, isLinkageRole, type LinkageRole } from './roles';
export { type LinkageColumn } from './encode';
export { dateOrderOf, parseDate, detectDateOrder, type DateOrder } from './dates';
export { nameTokens, phoneticKey } from './normalise';
export {
  linkFiles,
  describeLinkSummary,
  parseFieldMappings,
  type LinkFilesOptions,
  type LinkFilesSummary,
} from './link-files';
export { scoreCandidates, type ComparablePerson, type FieldEvidence, type ScoredCandidate } from './suggest';
