/**
 * Fits the model that "possible existing person" suggestions score with
 * (server/src/features/linkage/suggest-model.ts): the engine's own EM fit on the synthetic
 * Indonesian/Malay population of 10,000 records, for the fields a person form has (name, birth
 * date, sex, NIK). A registry cannot fit its own model per keystroke on the few people a user may
 * see, so the suggestions use this fixed one. Run `npx tsx bench/linkage-suggest-model.ts` and
 * paste the printed object into suggest-model.ts.
 */
import { linkRecords } from '../server/src/features/linkage';
import { syntheticPopulation } from './linkage-synthetic';

const population = syntheticPopulation(10_000);
const { columns } = population;
const result = linkRecords({
  count: columns.id.length,
  source: null,
  columns: [
    { role: 'full_name', name: 'fullName', values: columns.name },
    { role: 'birth_date', name: 'birthDate', values: columns.birth_date },
    { role: 'sex', name: 'sex', values: columns.sex },
    { role: 'nik', name: 'nik', values: columns.nik },
  ],
});
const round = (x: number) => Number(x.toPrecision(4));
console.log(
  JSON.stringify(
    Object.fromEntries(
      result.model.comparisons.map((c) => [c.name, c.levels.map((l) => ({ m: round(l.m), u: round(l.u) }))]),
    ),
    null,
    1,
  ),
);
