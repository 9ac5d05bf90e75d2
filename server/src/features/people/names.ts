/**
 * Search keys for Indonesian and Malay names. The same function runs over stored names and over
 * what a user types, so two spellings of one name meet in the same key: "H. Moch. Soekarno, S.H."
 * and "Muhammad Sukarno" both become `muhammad sukarno`. A key is for finding candidates (with
 * pg_trgm on top), never for display: the name is always kept as written, bin/binti included.
 *
 * Pure and dependency-free on purpose: person linkage builds on it.
 */

/** A set from space-separated lists (keeps long word lists readable). */
const wordSet = (...lists: string[]) => new Set(lists.join(' ').split(/\s+/).filter(Boolean));

/**
 * Honorifics and religious, noble or academic titles that precede a name. Dropped only at the start
 * (repeatedly: "Prof. Dr. H."), never in the middle, so a name part that happens to look like one
 * ("Ahmad Haji") stays. Multi-word titles first, so "Tan Sri" goes but "Tan Ah Kow" keeps "Tan".
 */
const leadingTitlePhrases = [
  'tan sri',
  'puan sri',
  'toh puan',
  'dato sri',
  'dato seri',
  'datuk sri',
  'datuk seri',
  'yang berhormat',
].map((phrase) => phrase.split(' '));
const leadingTitles = wordSet(
  // Islamic: Haji/Hajah (H., Hj.), Kiai Haji, ustaz.
  'h hj haji hajah hajjah kh kyai kiai ustaz ustadz ustazah ustadzah',
  // Academic and professional prefixes (Drs. and Dra. are the old Indonesian doctorandus/-a).
  'prof dr drs dra drg ir',
  // Malaysian federal and state honours.
  'tun dato datuk datin datok yb',
  // Forms of address that clerks sometimes write into the name field.
  'bapak bpk ibu sdr sdri saudara saudari tuan tn puan pn nyonya ny nona nn encik en cik',
  // Javanese nobility (Raden, Raden Roro, Raden Ajeng, Raden Mas).
  'raden rr ra rm',
);

/**
 * Degrees written after a name (Indonesian gelar: S.H., S.Kom., M.Si., A.Md.; Malaysian and
 * international ones), compared without their dots. They are dropped wherever they appear after
 * the first word. Short forms that are also names or name parts in the region ("Ma", "Se", "St")
 * only count when written with dots (`dottedOnlyDegrees`).
 */
const degrees = wordSet(
  'sh mh skom mkom spd mpd spdi mpdi ssi msi ssos msos sip sag mag sked mked skep mkep skm mkes sfarm apt spsi mpsi',
  'shum mhum shi sei sth sthi amd amdkeb amdkep amdkom sikom mikom sak mak stp spt sipem skes ssn msn',
  'mba mpa msc bsc phd llm llb mphil meng beng dipl mkn spog spa sppd',
);
const dottedOnlyDegrees = wordSet('se st ss sp ma mm me mt ba lc sk sm ak dr mp');

/** Every spelling of Muhammad (Muhamad, Mohammad, Mochammad, Mohamed…) after the old-spelling rules. */
const muhammadSpelling = /^m[ou](k?h)?am+[ae]d$/;
/** Abbreviations of Muhammad: Moh., Moch. (→ mokh), Mhd., Muh., Muhd., Mohd., Md. */
const muhammadAbbreviations = wordSet('moh mokh mhd muh muhd mohd md mokhd');

/**
 * Pre-1972 spellings (Van Ophuijsen and Soewandi) to today's EYD: oe→u (Soekarno), dj→j (Djoko),
 * tj→c (Tjahjo), sj→sy (Sjarif), and ch→kh (Chairul, Achmad): the Dutch-era digraph for /x/.
 * Names that use ch for /tʃ/ (Chandra, Chen) become `kh…` too; harmless, because the query goes
 * through the same rule and meets them there. Applied until nothing changes, so the result is
 * stable however letters were doubled.
 */
function modernSpelling(word: string): string {
  let current = word;
  for (;;) {
    const next = current
      .replace(/oe/g, 'u')
      .replace(/dj/g, 'j')
      .replace(/tj/g, 'c')
      .replace(/sj/g, 'sy')
      .replace(/ch/g, 'kh');
    if (next === current) return current;
    current = next;
  }
}

const bintiSpellings = wordSet('bt bte binte');

function isDegree(raw: string): boolean {
  const bare = modernSpelling(raw.replace(/\./g, ''));
  return degrees.has(bare) || (raw.includes('.') && dottedOnlyDegrees.has(bare));
}

/** Splits into words: accents, apostrophes (Dato', Ma'ruf) and punctuation go; degrees after the first word go. */
function words(name: string): string[] {
  const folded = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʼ´]/g, '');
  const out: string[] = [];
  for (const raw of folded.split(/[\s,;]+/)) {
    if (!raw) continue;
    if (out.length > 0 && isDegree(raw)) continue;
    for (const part of raw.split(/[^\p{L}\p{N}]+/u)) {
      if (!part) continue;
      const word = modernSpelling(part);
      if (out.length > 0 && degrees.has(word)) continue;
      out.push(bintiSpellings.has(word) ? 'binti' : word);
    }
  }
  return out;
}

/** Drops leading titles; a name made only of titles ("Haji") is kept whole rather than lost. */
function withoutLeadingTitles(all: string[]): string[] {
  let start = 0;
  for (;;) {
    const phrase = leadingTitlePhrases.find((p) => p.every((w, i) => all[start + i] === w));
    if (phrase) start += phrase.length;
    else if (start < all.length && leadingTitles.has(all[start]!)) start += 1;
    else break;
  }
  return start < all.length ? all.slice(start) : all;
}

function isMuhammad(word: string, position: number): boolean {
  // A lone "M" stands for Muhammad only as the first name ("M. Rizki"); elsewhere it is an initial.
  return muhammadSpelling.test(word) || muhammadAbbreviations.has(word) || (position === 0 && word === 'm');
}

/** One name as a search key: lower case, no accents, titles or degrees, Muhammad and old spellings unified. */
export function normalizeName(name: string): string {
  return withoutLeadingTitles(words(name))
    .map((word, i) => (isMuhammad(word, i) ? 'muhammad' : word))
    .join(' ');
}

/**
 * The `persons.name_key` of a person: each distinct normalised name (full name, then aliases),
 * joined by ` | `. With one argument, the key of a single name (what a search query is compared as).
 */
export function nameSearchKey(fullName: string | null, aliases: readonly string[] = []): string {
  const keys = [fullName ?? '', ...aliases].map(normalizeName).filter(Boolean);
  return [...new Set(keys)].join(' | ');
}
