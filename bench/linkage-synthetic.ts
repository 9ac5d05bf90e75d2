/**
 * A synthetic Indonesian/Malay population with known ground truth for the linkage benchmark:
 * people (names from the Faker lists in server/seeds/demo, cities from bench/data/linkage), each
 * written down one to five times by different agencies, with the errors real lists show: spelling
 * variants (Muhammad forms, pre-1972 spellings, y/i, doubled letters, dropped or swapped parts),
 * titles and degrees, typos, capitals, missing fields, wrong NIK digits, day/month swaps, phone
 * formats. Seeded: the same size always gives the same records.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { Random } from '../server/seeds/demo/random';
import { indonesianName, malayName, variantOf, type Sex } from '../server/seeds/demo/person-names';

export interface SyntheticRecords {
  entity: Int32Array;
  columns: Record<'id' | 'name' | 'birth_date' | 'sex' | 'nik' | 'phone' | 'city', string[]>;
}

interface Person {
  name: string;
  sex: Sex;
  birth: [number, number, number];
  nik: string;
  phone: string;
  city: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const cities = () =>
  parse<{ name: string; kind: string }>(fs.readFileSync(path.join(import.meta.dirname, 'data/linkage/indonesian_city_province_names.csv')), { columns: true })
    .filter((r) => r.kind === 'city')
    .map((r) => r.name);

function makePerson(rng: Random, cityList: readonly string[]): Person {
  const sex: Sex = rng.chance(0.5) ? 'male' : 'female';
  const name = rng.chance(0.75) ? indonesianName(rng, sex) : malayName(rng, sex);
  const birth: [number, number, number] = [rng.int(1955, 2008), rng.int(1, 12), rng.int(1, 28)];
  const region = `${rng.int(11, 94)}${pad(rng.int(1, 79))}${pad(rng.int(1, 40))}`;
  const nik = `${region}${pad(birth[2] + (sex === 'female' ? 40 : 0))}${pad(birth[1])}${pad(birth[0] % 100)}${pad(rng.int(1, 9999), 4)}`;
  const phone = rng.chance(0.6) ? `08${rng.int(11, 99)}${pad(rng.int(0, 99_999_999), 8)}` : '';
  return { name, sex, birth, nik, phone, city: rng.pick(cityList) };
}

/** One letter replaced, dropped, doubled or swapped with its neighbour. */
function typo(rng: Random, text: string): string {
  if (text.length < 4) return text;
  const at = rng.int(1, text.length - 2);
  const letter = 'abcdefghijklmnoprstuwy'[rng.int(0, 21)]!;
  switch (rng.int(0, 3)) {
    case 0:
      return text.slice(0, at) + letter + text.slice(at + 1);
    case 1:
      return text.slice(0, at) + text.slice(at + 1);
    case 2:
      return text.slice(0, at) + text[at] + text.slice(at);
    default:
      return text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2);
  }
}

function wrongDigits(rng: Random, digits: string, count: number): string {
  let out = digits;
  for (let k = 0; k < count; k++) {
    const at = rng.int(0, out.length - 1);
    out = out.slice(0, at) + String((Number(out[at]) + rng.int(1, 9)) % 10) + out.slice(at + 1);
  }
  return out;
}

/** The person as one more agency wrote them down. */
function writeDown(rng: Random, person: Person, isCopy: boolean) {
  let name = person.name;
  const year = person.birth[0];
  let [, month, day] = person.birth;
  if (isCopy) {
    if (rng.chance(0.6)) name = variantOf(rng, name).name;
    if (rng.chance(0.15)) name = typo(rng, name);
    if (rng.chance(0.08)) name = `${rng.pick(person.sex === 'male' ? ['H.', 'Drs.', 'Ir.', 'Bpk.'] : ['Hj.', 'Dra.', 'Ibu'])} ${name}`;
    if (rng.chance(0.04)) name = `${name}, ${rng.pick(['S.H.', 'S.Pd.', 'S.Kom', 'S.E.'])}`;
    if (rng.chance(0.05) && day <= 12) [month, day] = [day, month];
    else if (rng.chance(0.05)) day = Math.min(28, Math.max(1, day + rng.pick([-1, 1, 10, -10])));
  }
  if (rng.chance(0.3)) name = name.toUpperCase();
  const missingDate = rng.chance(isCopy ? 0.08 : 0.03);
  const nik = rng.chance(isCopy ? 0.35 : 0.2) ? '' : isCopy && rng.chance(0.12) ? wrongDigits(rng, person.nik, rng.chance(0.75) ? 1 : 2) : person.nik;
  const phone = person.phone === '' || rng.chance(0.4) ? '' : rng.chance(0.5) ? `+62 ${person.phone.slice(1, 4)}-${person.phone.slice(4)}` : person.phone;
  return {
    name,
    birth_date: missingDate ? '' : `${pad(day)}/${pad(month)}/${year}`,
    sex: rng.chance(0.05) ? '' : person.sex === 'male' ? rng.pick(['L', 'Laki-laki']) : rng.pick(['P', 'Perempuan']),
    nik,
    phone,
    city: rng.chance(0.2) ? '' : isCopy && rng.chance(0.1) ? typo(rng, person.city) : person.city,
  };
}

/** `size` records; about a third of the people appear more than once. */
export function syntheticPopulation(size: number, seed = 'benteng-linkage'): SyntheticRecords {
  const rng = new Random(`${seed}:${size}`);
  const cityList = cities();
  const rows: { entity: number; record: ReturnType<typeof writeDown> }[] = [];
  for (let entity = 0; rows.length < size; entity++) {
    const person = makePerson(rng, cityList);
    const copies = rng.weightedNumber({ 1: 65, 2: 20, 3: 9, 4: 4, 5: 2 });
    for (let c = 0; c < copies && rows.length < size; c++) rows.push({ entity, record: writeDown(rng, person, c > 0) });
  }
  // Shuffle (Fisher–Yates) so duplicates are not neighbours.
  for (let i = rows.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  const column = (key: keyof ReturnType<typeof writeDown>) => rows.map((r) => r.record[key]);
  return {
    entity: Int32Array.from(rows, (r) => r.entity),
    columns: { id: rows.map((_, i) => `r${i}`), name: column('name'), birth_date: column('birth_date'), sex: column('sex'), nik: column('nik'), phone: column('phone'), city: column('city') },
  };
}
