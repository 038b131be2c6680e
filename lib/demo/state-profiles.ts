import { hashSeed } from "./prng";

/**
 * What the demo generator knows about a State, so that its answers hang together: whether it is
 * affected by armed conflict or hosts displaced persons, whether it funds anti-trafficking work
 * abroad, whether it agrees to be named, and the order of magnitude of its figures.
 *
 * These are demo assumptions for plausible variety, not statements about any real State.
 *
 * Pure module.
 */
export type ConflictSituation = "INTERNATIONAL_ARMED_CONFLICT" | "NON_INTERNATIONAL_ARMED_CONFLICT" | "POST_CONFLICT" | "HOSTING" | "NONE";
export type NamingConsent = "MAY_BE_NAMED" | "GOOD_PRACTICE_ONLY" | "ANONYMOUS_ONLY";
export type Region = "AFRICA" | "AMERICAS" | "ASIA" | "EUROPE" | "EU" | "OCEANIA" | "ARAB";

export interface StateProfile {
  stateId: string;
  conflict: ConflictSituation;
  /** Funds anti-trafficking work abroad (trust funds, technical assistance). */
  donor: boolean;
  naming: NamingConsent;
  /** 1 small, 2 medium, 3 large: the order of magnitude of victims and cases. */
  scale: 1 | 2 | 3;
  region: Region;
}

type P = Omit<StateProfile, "stateId">;
const p = (region: Region, scale: 1 | 2 | 3, extra: Partial<P> = {}): P => ({ region, scale, conflict: "NONE", donor: false, naming: "MAY_BE_NAMED", ...extra });

/** The States of the demo cycles (and a few more), with their assumptions. */
export const STATE_PROFILES: Readonly<Record<string, P>> = {
  ALB: p("EUROPE", 1),
  ARG: p("AMERICAS", 3),
  ARM: p("EUROPE", 1),
  AUS: p("OCEANIA", 2, { donor: true }),
  AUT: p("EU", 2, { donor: true }),
  AZE: p("EUROPE", 2, { naming: "ANONYMOUS_ONLY" }),
  BFA: p("AFRICA", 2, { conflict: "NON_INTERNATIONAL_ARMED_CONFLICT" }),
  KHM: p("ASIA", 2, { naming: "GOOD_PRACTICE_ONLY" }),
  CHN: p("ASIA", 3, { naming: "ANONYMOUS_ONLY" }),
  COL: p("AMERICAS", 3, { conflict: "POST_CONFLICT" }),
  CZE: p("EU", 2, { donor: true }),
  DJI: p("ARAB", 1, { naming: "ANONYMOUS_ONLY", conflict: "HOSTING" }),
  DOM: p("AMERICAS", 2),
  GEO: p("EUROPE", 1),
  GRC: p("EU", 2, { conflict: "HOSTING" }),
  GTM: p("AMERICAS", 2, { naming: "GOOD_PRACTICE_ONLY" }),
  HUN: p("EU", 2),
  ITA: p("EU", 3, { donor: true, conflict: "HOSTING" }),
  JPN: p("ASIA", 2, { donor: true }),
  LTU: p("EU", 1),
  MWI: p("AFRICA", 1),
  MEX: p("AMERICAS", 3),
  MCO: p("EU", 1, { donor: true }),
  MAR: p("ARAB", 2, { naming: "ANONYMOUS_ONLY" }),
  NPL: p("ASIA", 2),
  PER: p("AMERICAS", 2),
  PHL: p("ASIA", 3, { naming: "GOOD_PRACTICE_ONLY" }),
  KOR: p("ASIA", 2, { donor: true }),
  SRB: p("EUROPE", 1, { conflict: "HOSTING" }),
  SGP: p("ASIA", 1, { naming: "ANONYMOUS_ONLY" }),
  LKA: p("ASIA", 2, { naming: "GOOD_PRACTICE_ONLY", conflict: "POST_CONFLICT" }),
  SWE: p("EU", 2, { donor: true }),
  CHE: p("EUROPE", 2, { donor: true }),
  TLS: p("ASIA", 1, { conflict: "POST_CONFLICT" }),
  TUR: p("EUROPE", 3, { conflict: "HOSTING", naming: "GOOD_PRACTICE_ONLY" }),
  UGA: p("AFRICA", 2, { conflict: "HOSTING" }),
  NGA: p("AFRICA", 3, { conflict: "NON_INTERNATIONAL_ARMED_CONFLICT" }),
  UKR: p("EUROPE", 3, { conflict: "INTERNATIONAL_ARMED_CONFLICT" }),
  IRQ: p("ARAB", 2, { conflict: "POST_CONFLICT", naming: "ANONYMOUS_ONLY" }),
  LBN: p("ARAB", 1, { conflict: "HOSTING" }),
  DZA: p("ARAB", 2, { naming: "ANONYMOUS_ONLY" }),
  BRA: p("AMERICAS", 3),
  CAN: p("AMERICAS", 2, { donor: true }),
  FRA: p("EU", 3, { donor: true }),
  DEU: p("EU", 3, { donor: true, conflict: "HOSTING" }),
  ESP: p("EU", 3, { donor: true }),
  TUN: p("ARAB", 1),
  THA: p("ASIA", 3, { naming: "GOOD_PRACTICE_ONLY" }),
};

/** The profile of a State: the table above, or one derived from the code for any other State. */
export function profileFor(stateId: string): StateProfile {
  const known = STATE_PROFILES[stateId];
  if (known) return { stateId, ...known };
  const h = hashSeed(`profile/${stateId}`);
  const naming: NamingConsent[] = ["MAY_BE_NAMED", "MAY_BE_NAMED", "MAY_BE_NAMED", "GOOD_PRACTICE_ONLY", "ANONYMOUS_ONLY"];
  const regions: Region[] = ["AFRICA", "AMERICAS", "ASIA", "EUROPE", "EU", "ARAB"];
  return {
    stateId,
    region: regions[h % regions.length] as Region,
    scale: ((h >>> 3) % 3) + 1 === 1 ? 1 : ((h >>> 3) % 3) + 1 === 2 ? 2 : 3,
    conflict: (h >>> 6) % 10 === 0 ? "HOSTING" : (h >>> 6) % 17 === 1 ? "POST_CONFLICT" : "NONE",
    donor: (h >>> 9) % 6 === 0,
    naming: naming[(h >>> 12) % naming.length] as NamingConsent,
  };
}
