/**
 * The fixed Fellegi–Sunter parameters that "possible existing person" suggestions score with, per
 * comparison level in the order of comparisons.ts (level 0, missing, carries no weight). Fitted
 * without labels by the engine's own EM on the synthetic Indonesian/Malay population of 10,000
 * records (`npx tsx bench/linkage-suggest-model.ts` prints them). A registry cannot fit a model
 * per keystroke on the handful of people one user may see, and a fitted, pinned model gives the
 * same score for the same pair every time.
 *
 * Passport numbers are not in the synthetic population: they take the NIK's u (random people
 * almost never share one) with m("different") raised to 0.10, because people renew passports.
 */
export const suggestModel: Record<'fullName' | 'birthDate' | 'sex' | 'nik' | 'passportNumber', { m: number; u: number }[]> = {
  fullName: [
    { m: 0, u: 0 },
    { m: 0.03719, u: 0.9961 },
    { m: 0.06221, u: 0.002962 },
    { m: 0.0989, u: 0.0004575 },
    { m: 0.2746, u: 0.0001275 },
    { m: 0.05041, u: 0.0002425 },
    { m: 0.03264, u: 0.0000175 },
    { m: 0.4441, u: 0.0001325 },
  ],
  birthDate: [
    { m: 0, u: 0 },
    { m: 0.08427, u: 0.9792 },
    { m: 0.008369, u: 0.01895 },
    { m: 0.04931, u: 0.00165 },
    { m: 0.01647, u: 0.00002316 },
    { m: 0.8416, u: 0.0001518 },
  ],
  sex: [
    { m: 0, u: 0 },
    { m: 0.00002485, u: 0.5014 },
    { m: 1, u: 0.4986 },
  ],
  nik: [
    { m: 0, u: 0 },
    { m: 0.001543, u: 0.9999 },
    { m: 0.04209, u: 0.00001345 },
    { m: 0.1167, u: 0.000004484 },
    { m: 0.8397, u: 0.0000852 },
  ],
  passportNumber: [
    { m: 0, u: 0 },
    { m: 0.1, u: 0.9999 },
    { m: 0.04209, u: 0.00001345 },
    { m: 0.1167, u: 0.000004484 },
    { m: 0.7412, u: 0.0000852 },
  ],
};
