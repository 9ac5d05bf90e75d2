/** The settings of a synthetic run; together they make its random key (see random.ts). */
export interface RunPlan {
  seed: string;
  cases: number;
  years: number;
  /** Last day of the data set (YYYY-MM-DD, WIB). */
  until: string;
  /** No timestamp is later than this (the clock at the start of the run, or the end of `until`). */
  endsAt: Date;
}

/** Changing `v1` changes every generated value: do it only when the generator's output changes on purpose. */
export const runKey = (plan: RunPlan) =>
  `benteng-synthetic:v1:${plan.seed}:${plan.cases}:${plan.years}:${plan.until}`;

export const daysCovered = (plan: RunPlan) => plan.years * 365;

const dayMs = 86_400_000;
export const addDays = (isoDay: string, days: number) =>
  new Date(Date.parse(`${isoDay}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
