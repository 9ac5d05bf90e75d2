/** What a column means to the linkage engine. A role may be given to several columns. */
export const linkageRoles = [
  'given_name',
  'family_name',
  'full_name',
  'birth_date',
  'sex',
  'nik',
  'passport',
  'id_number',
  'address',
  'city',
  'postcode',
  'region',
  'phone',
  'other',
] as const;
export type LinkageRole = (typeof linkageRoles)[number];

export function isLinkageRole(value: string): value is LinkageRole {
  return (linkageRoles as readonly string[]).includes(value);
}

/** Roles holding a person's name (normalised with the Indonesian/Malay name rules). */
export const nameRoles: readonly LinkageRole[] = ['given_name', 'family_name', 'full_name'];
/** Roles holding an identifier compared digit by digit (edit distance, not similarity of sound). */
export const identifierRoles: readonly LinkageRole[] = ['nik', 'passport', 'id_number', 'phone', 'postcode'];
