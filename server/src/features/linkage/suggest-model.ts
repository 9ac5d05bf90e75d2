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
    { m: 0.008813, u: 0.9947 },
    { m: 0.01225, u: 0.002767 },
    { m: 0.1588, u: 0.002047 },
    { m: 0.2948, u: 0.0001325 },
    { m: 0.008125, u: 0.0002375 },
    { m: 0.03253, u: 0.0000175 },
    { m: 0.4846, u: 0.0001375 },
  ],
  birthDate: [
    { m: 0, u: 0 },
    { m: 0.03874, u: 0.9792 },
    { m: 0.009166, u: 0.01895 },
    { m: 0.0009082, u: 0.001022 },
    { m: 0.05114, u: 0.0006305 },
    { m: 0.01796, u: 0.00002316 },
    { m: 0.8821, u: 0.0001518 },
  ],
  sex: [
    { m: 0, u: 0 },
    { m: 0.00002201, u: 0.5014 },
    { m: 1, u: 0.4986 },
  ],
  nik: [
    { m: 0, u: 0 },
    { m: 0.001958, u: 0.9999 },
    { m: 0.0421, u: 0.00001345 },
    { m: 0.1171, u: 0.000004484 },
    { m: 0.8388, u: 0.0000852 },
  ],
  passportNumber: [
    { m: 0, u: 0 },
    { m: 0.1, u: 0.9999 },
    { m: 0.0421, u: 0.00001345 },
    { m: 0.1171, u: 0.000004484 },
    { m: 0.7408, u: 0.0000852 },
  ],
};
