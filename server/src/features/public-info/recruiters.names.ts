// Searchable forms of recruiter names and licence numbers. People type company names as they
// heard them: without "PT", with another spelling of a word, with typos; trigram similarity on
// this key (pg_trgm) absorbs the rest.

/** Legal-form words that every company name carries and that say nothing about which company it is. */
const legalForms = new Set(['pt', 'cv', 'tbk', 'persero', 'perseroan', 'terbatas', 'ltd', 'sdn', 'bhd', 'inc']);

/** Lower case, no accents or punctuation, no legal-form words, single spaces. */
export function recruiterNameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(' ')
    .filter((word) => word && !legalForms.has(word))
    .join(' ');
}

/** A licence number without spaces, dots, slashes or dashes, upper case (typed forms differ in those). */
export function licenceKey(licenceNumber: string): string {
  return licenceNumber.toUpperCase().replace(/[^A-Z0-9]/g, '');
}
