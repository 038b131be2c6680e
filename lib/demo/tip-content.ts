import type { Rng } from "./prng";
import type { StateProfile } from "./state-profiles";
import { AGENCIES, FOCAL_POINT_NAMES, FOCAL_POINT_TITLES, GOOD_PRACTICES, PARTNERS_BY_REGION, SECTION_TEXTS } from "./texts";

/**
 * Plausible answers to the questions of the trafficking-in-persons questionnaire (tip v1), by question
 * ID, after what the seed reports say States reported (BRIEF §3, §6): nearly all parties to the
 * Protocol, most with a specific offence (87 / 9 / 4 per cent, F-P1), action plans and coordination
 * bodies, victims and cases in integers with some "not available", and good-practice nominations with
 * the State's consent choice. A content function returns some field values (the generator fills the
 * rest); `null` leaves an optional question unanswered.
 *
 * Pure module. The generator checks every value against the definition, so a content function for a
 * question the definition does not have, or a code it does not offer, is simply not used.
 */
export interface ContentContext {
  rng: Rng;
  profile: StateProfile;
  /** The calendar years of the reporting period, e.g. [2025, 2026]. */
  years: readonly number[];
  /** Answers generated so far (earlier questions). */
  answers: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}
export type ContentFn = (ctx: ContentContext) => Record<string, unknown> | null;

export const text = (rng: Rng, section: string, sentences = 1): string => {
  const pool = SECTION_TEXTS[section] ?? SECTION_TEXTS.generic ?? [];
  return rng.sample(pool, sentences).join(" ");
};
const maybeText = (rng: Rng, section: string, p = 0.35) => (rng.chance(p) ? text(rng, section, rng.int(1, 2)) : null);

const consentFor = (profile: StateProfile) => (profile.naming === "ANONYMOUS_ONLY" ? "ANONYMOUS" : "NAMED");
export function goodPractices(rng: Rng, profile: StateProfile, n: number) {
  return rng.sample(GOOD_PRACTICES, n).map((g) => ({ title: g.title, description: g.description, results: g.results, consent: consentFor(profile) }));
}

const affected = (p: StateProfile) => p.conflict === "INTERNATIONAL_ARMED_CONFLICT" || p.conflict === "NON_INTERNATIONAL_ARMED_CONFLICT" || p.conflict === "POST_CONFLICT";
const concerned = (p: StateProfile) => affected(p) || p.conflict === "HOSTING";
const isoDate = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const randomDate = (rng: Rng, fromYear: number, toYear: number) => isoDate(rng.int(fromYear, toYear), rng.int(1, 12), rng.int(1, 28));
const na = { notAvailable: true } as const;

/** Victims identified in one year, by order of magnitude. */
function victimsPerYear(rng: Rng, scale: number): number {
  const [lo, hi] = scale === 1 ? [3, 40] : scale === 2 ? [30, 260] : [150, 1400];
  return rng.int(lo, hi);
}
/** Splits a total into n non-negative integers with the given weights. */
function split(rng: Rng, total: number, weights: number[]): number[] {
  const jittered = weights.map((w) => w * (0.7 + 0.6 * rng.next()));
  const sum = jittered.reduce((a, b) => a + b, 0);
  const parts = jittered.map((w) => Math.floor((total * w) / sum));
  parts[0] = (parts[0] ?? 0) + total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

export const TIP_CONTENT: Readonly<Record<string, ContentFn>> = {
  "META-04": ({ rng, profile }) => ({
    name: rng.pick(FOCAL_POINT_NAMES),
    title: rng.pick(FOCAL_POINT_TITLES),
    ministryOrAgency: rng.pick(AGENCIES),
    email: `tip.focalpoint@${profile.stateId.toLowerCase()}.gov.example`,
    institutionsConsulted: {
      selected: rng.sample(
        ["MINISTRY_OF_JUSTICE", "MINISTRY_OF_INTERIOR", "MINISTRY_OF_FOREIGN_AFFAIRS", "MINISTRY_OF_LABOUR", "MINISTRY_OF_SOCIAL_AFFAIRS", "PROSECUTION_SERVICE", "NATIONAL_COORDINATOR", "STATISTICS_OFFICE", "CIVIL_SOCIETY"],
        rng.int(2, 6),
      ),
    },
  }),
  "META-06": ({ profile }) => ({ consent: { code: profile.naming } }),
  "RAT-01": ({ rng }) => ({ status: { code: "PARTY" }, depositDate: randomDate(rng, 2001, 2012) }),
  "RAT-02": ({ rng, profile }) => {
    if (profile.stateId === "NPL") return { status: { code: "PARTY" }, depositDate: "2020-06-16", entryIntoForceDate: "2020-07-16" };
    const y = rng.int(2001, 2013);
    const m = rng.int(1, 11);
    return { status: { code: "PARTY" }, depositDate: isoDate(y, m, 10), entryIntoForceDate: isoDate(y, m + 1, 9) };
  },
  "RAT-04": ({ rng }) => ({
    instruments: rng
      .sample(["ILO_C029", "ILO_P029", "ILO_C182", "CRC", "CRC_OPSC", "CRC_OPAC", "CEDAW", "REFUGEE_CONVENTION_1951", "SMUGGLING_PROTOCOL", "ROME_STATUTE"], rng.int(3, 7))
      .map((instrument) => ({ instrument, date: randomDate(rng, 1990, 2020) })),
    details: maybeText(rng, "B", 0.2),
  }),
  "RAT-05": ({ rng, years }) =>
    rng.chance(0.25)
      ? { treatyActions: [{ instrument: rng.pick(["ILO_P029", "CRC_OPAC", "COE_TRAFFICKING_CONVENTION", "ICRMW"]), date: randomDate(rng, years[0] ?? 2025, years[0] ?? 2025), action: rng.pick(["RATIFICATION", "ACCESSION"]) }], reviewMechanism: "YES" }
      : rng.chance(0.5)
        ? { treatyActions: null, reviewMechanism: rng.pick(["YES", "PARTIAL", "NOT_AVAILABLE"]) }
        : null,
  "LEG-01": ({ rng }) => ({ offence: { code: rng.weighted(["YES_ALL_ASPECTS", "PARTIAL", "NO_SPECIFIC_OFFENCE"], [87, 9, 4]) }, details: maybeText(rng, "C", 0.3) }),
  "LEG-02": ({ rng }) => ({
    basis: { code: rng.weighted(["DEDICATED_LAW", "PENAL_CODE", "BOTH"], [3, 4, 3]) },
    citation: rng.pick(["Criminal Code, article 188 (trafficking in persons)", "Law on Combating Trafficking in Persons, articles 2 to 9", "Penal Code, articles 303 bis and 303 ter", "Act on the Prevention of Trafficking in Persons and the Protection of Victims, sections 4 to 12"]),
  }),
  "LEG-03": ({ rng }) => ({
    forms: { selected: ["SEXUAL_EXPLOITATION", "FORCED_LABOUR", "SLAVERY", "SERVITUDE", "ORGAN_REMOVAL", ...rng.sample(["FORCED_MARRIAGE", "CRIMINAL_ACTIVITIES", "FORCED_BEGGING", "CHILD_RECRUITMENT_ARMED", "ILLEGAL_ADOPTION"], rng.int(0, 3))] },
  }),
  "LEG-04": ({ rng }) => ({ meansNotRequired: rng.weighted(["YES", "PARTIAL", "NO"], [8, 1, 1]) }),
  "LEG-06": ({ rng, years }) =>
    rng.chance(0.45)
      ? {
          adopted: "YES",
          laws: [
            {
              title: rng.pick(["Act amending the Criminal Code (trafficking in persons)", "Law on assistance to victims of trafficking", "Decree on the national referral mechanism", "Act on labour recruitment agencies"]),
              date: randomDate(rng, years[0] ?? 2025, years[years.length - 1] ?? 2026),
              subjects: { selected: rng.sample(["TRAFFICKING_OFFENCE", "VICTIM_PROTECTION", "LABOUR_MIGRATION_RECRUITMENT", "CORRUPTION_COMPLICITY", "MONEY_LAUNDERING"], rng.int(1, 2)) },
            },
          ],
        }
      : { adopted: rng.weighted(["NO", "NOT_AVAILABLE"], [9, 1]) },
  // BRIEF §3.10 Example A: 3 without dual criminality, 6 with it, 20 without jurisdiction (of 35).
  "LEG-07": ({ rng }) => {
    const code = rng.weighted(["YES_NO_DUAL_CRIMINALITY", "YES_DUAL_CRIMINALITY", "NO", "UNDER_CONSIDERATION"], [3, 6, 20, 2]);
    return { jurisdiction: { code }, legalProvision: code.startsWith("YES") ? text(rng, "C") : null };
  },
  "LEG-09": ({ rng }) => ({ maxPenaltyYears: { value: rng.pick([10, 12, 15, 15, 20, 20, 25]) } }),
  "LEG-10": ({ rng }) => ({ nonPunishment: { code: rng.weighted(["STATUTORY_ANY_OFFENCE", "STATUTORY_LIMITED", "GUIDELINES_ONLY", "NO"], [3, 4, 2, 1]) } }),
  "COORD-01": ({ rng, years }) => {
    const status = rng.weighted(["IN_FORCE", "IN_PREPARATION", "EXPIRED_NOT_RENEWED", "NONE"], [14, 4, 2, 1]);
    if (status !== "IN_FORCE") return { status: { code: status }, details: maybeText(rng, "D", 0.3) };
    const from = (years[0] ?? 2025) - rng.int(0, 3);
    return { status: { code: status }, fromYear: from, toYear: from + rng.pick([3, 4, 5]), details: maybeText(rng, "D", 0.5) };
  },
  "COORD-03": ({ rng }) =>
    rng.chance(0.05)
      ? { mechanisms: { selected: ["NONE"] } }
      : {
          mechanisms: { selected: rng.sample(["COORDINATION_COMMITTEE", "TASK_FORCE", "NATIONAL_RAPPORTEUR", "INTER_AGENCY_WORKING_GROUP", "AMBASSADOR"], rng.int(1, 3)) },
          composition: { selected: rng.sample(["MINISTRIES_AND_AGENCIES", "CIVIL_SOCIETY", "INTERNATIONAL_ORGANIZATIONS", "SURVIVORS"], rng.int(1, 3)) },
        },
  "COORD-04": ({ rng, profile }) => (rng.chance(0.4) ? { involvement: { selected: ["SURVIVOR_ADVISORY_COUNCIL"] }, goodPractice: rng.chance(0.4) ? [goodPractices(rng, profile, 1)[0]] : null } : null),
  "COORD-05": ({ rng, profile }) =>
    rng.chance(0.7)
      ? {
          trend: { code: rng.weighted(["INCREASED", "STABLE", "DECREASED", "NOT_KNOWN"], [4, 4, 1, 1]) },
          amount: rng.chance(0.6) ? { value: rng.int(2, 80) * (profile.scale === 3 ? 250_000 : 50_000), currency: profile.region === "EU" ? "EUR" : "USD" } : null,
        }
      : null,
  "PREV-01": ({ rng }) => ({ campaigns: rng.weighted(["YES", "PARTIAL", "NO"], [8, 2, 1]), details: maybeText(rng, "E", 0.4) }),
  "PREV-03": ({ rng, profile }) =>
    rng.chance(0.6)
      ? { curricula: { code: rng.pick(["ALL_LEVELS", "SOME_LEVELS", "PILOT_OR_LOCAL", "NO"]) }, goodPractice: rng.chance(0.25) ? [goodPractices(rng, profile, 1)[0]] : null }
      : null,
  "PROT-01": ({ rng }) => {
    const code = rng.weighted(["FORMAL_NRM", "SOPS_ONLY", "IN_DEVELOPMENT", "NONE"], [6, 3, 2, 1]);
    return {
      mechanism: { code },
      participants: code === "NONE" ? null : { selected: rng.sample(["GOVERNMENT_AGENCIES", "NGOS", "INTERNATIONAL_ORGANIZATIONS", "CIVIL_SOCIETY", "HEALTH_SERVICES"], rng.int(2, 4)) },
      childMechanism: { code: rng.pick(["YES", "IN_DEVELOPMENT", "NO"]) },
      details: maybeText(rng, "F", 0.3),
    };
  },
  "PROT-02": ({ rng }) => ({
    procedures: rng.weighted(["YES", "PARTIAL", "NO"], [7, 2, 1]),
    components: { selected: rng.sample(["INDICATOR_LISTS", "SCREENING_QUESTIONNAIRES", "VULNERABILITY_ASSESSMENTS", "UNACCOMPANIED_MINORS", "ANONYMOUS_REPORTING"], rng.int(1, 3)) },
    details: maybeText(rng, "F", 0.4),
  }),
  "PROT-03": ({ rng, profile }) => ({
    professionals: { selected: rng.sample(["POLICE", "PROSECUTORS", "JUDGES", "BORDER_GUARDS", "LABOUR_INSPECTORS", "HEALTH_PROFESSIONALS", "SOCIAL_WORKERS", "RECEPTION_DETENTION_STAFF", "CONSULAR_DIPLOMATIC"], rng.int(2, 6)) },
    mandatoryTraining: { code: rng.pick(["YES", "NO"]) },
    personsTrained: rng.chance(0.8) ? { value: rng.int(20, 400) * profile.scale } : na,
  }),
  "PROT-05": ({ rng }) => ({
    services: { selected: ["ACCOMMODATION_SHELTER", "MEDICAL_CARE", "PSYCHOSOCIAL_ASSISTANCE", "LEGAL_COUNSELLING", ...rng.sample(["INTERPRETATION", "REFLECTION_RECOVERY_PERIOD", "VOCATIONAL_TRAINING", "EMPLOYMENT_JOB_PLACEMENT", "REINTEGRATION", "VOLUNTARY_SAFE_RETURN"], rng.int(1, 4))] },
  }),
  "PROT-04": ({ rng, profile, years }) => {
    if (rng.chance(0.1)) return { byYear: years.map((year) => ({ year, bySexAndAge: na })), details: "Disaggregated figures are not available for the reporting period." };
    return {
      byYear: years.map((year) => {
        const total = victimsPerYear(rng, profile.scale);
        const [fa, fc, ma, mc] = split(rng, total, [50, 20, 20, 10]);
        const item: Record<string, unknown> = { year, bySexAndAge: { cells: { FEMALE: { ADULT: fa, CHILD: fc }, MALE: { ADULT: ma, CHILD: mc } } } };
        if (rng.chance(0.7)) {
          const [nat, foreign] = split(rng, total, [4, 6]);
          item.byCitizenship = { cells: { NATIONALS: { VALUE: nat }, FOREIGN_NATIONALS: { VALUE: foreign } } };
        } else item.byCitizenship = na;
        if (rng.chance(0.6)) {
          const [sex, labour, domestic, other] = split(rng, total, [53, 30, 8, 9]);
          item.byForm = { cells: { SEXUAL_EXPLOITATION: { VALUE: sex }, FORCED_LABOUR: { VALUE: labour }, DOMESTIC_SERVITUDE: { VALUE: domestic }, OTHER: { VALUE: other } } };
        }
        return item;
      }),
      details: rng.chance(0.3) ? "An increase in the number of identified victims was observed during the reporting period." : null,
    };
  },
  "PROT-10": ({ rng, profile }) => ({
    entitlements: { selected: rng.sample(["REFLECTION_RECOVERY_PERIOD", "TEMPORARY_RESIDENCE", "PERMANENT_RESIDENCE", "RIGHT_TO_WORK", "PROTECTION_FROM_REPATRIATION"], rng.int(2, 4)) },
    // BRIEF §3.10 Example B: a few States (e.g. Australia, Colombia) do not tie the permit to cooperation.
    conditionality: { code: ["AUS", "COL"].includes(profile.stateId) ? "NOT_CONDITIONAL" : rng.weighted(["NOT_CONDITIONAL", "EXTENDED_STAY_CONDITIONAL", "CONDITIONAL"], [2, 5, 5]) },
    permitsGranted: rng.chance(0.8) ? { value: rng.int(0, 20 * profile.scale * profile.scale) } : na,
  }),
  "PROT-12": ({ rng, profile }) =>
    rng.chance(0.6)
      ? {
          victimsAssisted: rng.chance(0.15) ? na : { cells: { FEMALE: { ADULT: victimsPerYear(rng, profile.scale), CHILD: rng.int(0, 30 * profile.scale) }, MALE: { ADULT: rng.int(1, 60 * profile.scale) } } },
          funding: rng.chance(0.5) ? { value: rng.int(1, 40) * 25_000, currency: profile.region === "EU" ? "EUR" : "USD" } : null,
        }
      : null,
  "ACC-01": ({ rng }) => ({ specialization: { selected: rng.sample(["SPECIALIZED_LAW_ENFORCEMENT_UNIT", "SPECIALIZED_PROSECUTOR", "SPECIALIZED_JUDGES", "SPECIALIZED_OFFICERS", "INVESTIGATION_GUIDELINES"], rng.int(1, 3)) } }),
  "ACC-02": ({ rng, profile, years }) => {
    if (rng.chance(0.08)) return { byYear: years.map((year) => ({ year, totals: na })), details: "Consolidated criminal justice figures for the period are not yet available." };
    return {
      byYear: years.map((year) => {
        const investigated = Math.max(1, Math.round(victimsPerYear(rng, profile.scale) * (0.3 + 0.5 * rng.next())));
        const prosecuted = Math.round(investigated * (0.4 + 0.4 * rng.next()));
        // "Globally, only one trafficker is convicted for every five victims identified" ([003] §4.4).
        const convicted = Math.round(prosecuted * (0.3 + 0.4 * rng.next()));
        const item: Record<string, unknown> = { year, totals: { cells: { CASES_INVESTIGATED: { VALUE: investigated }, PERSONS_PROSECUTED: { VALUE: prosecuted }, PERSONS_CONVICTED: { VALUE: convicted } } } };
        if (rng.chance(0.5)) {
          const [pm, pf] = split(rng, prosecuted, [7, 3]);
          const [cm, cf] = split(rng, convicted, [7, 3]);
          item.byOffenderSex = { cells: { PERSONS_PROSECUTED: { MALE: pm, FEMALE: pf }, PERSONS_CONVICTED: { MALE: cm, FEMALE: cf } } };
        }
        return item;
      }),
      details: rng.chance(0.4) ? text(rng, "G") : null,
    };
  },
  "ACC-03": ({ rng, profile }) => {
    const code = rng.weighted(["SYSTEMATICALLY", "SOME_CASES", "RARELY_OR_NEVER"], [3, 5, 2]);
    const currency = profile.region === "EU" ? "EUR" : "USD";
    return {
      financialInvestigations: { code },
      amountFrozen: code === "RARELY_OR_NEVER" ? null : rng.chance(0.3) ? na : { value: rng.int(1, 90) * 10_000 * profile.scale, currency },
      amountConfiscated: code === "RARELY_OR_NEVER" ? null : rng.chance(0.4) ? na : { value: rng.int(1, 40) * 10_000 * profile.scale, currency },
    };
  },
  "ACC-07": ({ rng, profile }) => ({ training: { code: profile.donor || profile.scale === 3 ? rng.pick(["MANDATORY_ASSESSED", "INCLUDED_NOT_MANDATORY"]) : rng.pick(["INCLUDED_NOT_MANDATORY", "NOT_INCLUDED", "NOT_APPLICABLE"]) } }),
  "ACC-08": ({ rng, profile }) => (rng.chance(0.4) ? { guidelines: "YES", goodPractice: rng.chance(0.5) ? [goodPractices(rng, profile, 1)[0]] : null } : null),
  "ACC-10": ({ rng, profile }) =>
    affected(profile)
      ? { investigated: "YES", cases: { cells: { INVESTIGATED: { VALUE: rng.int(2, 40) }, PROSECUTED: { VALUE: rng.int(0, 12) }, CONVICTED: { VALUE: rng.int(0, 5) } } }, description: text(rng, "G") }
      : rng.chance(0.3)
        ? { investigated: rng.pick(["NO", "NOT_APPLICABLE"]) }
        : null,
  "COOP-01": ({ rng, profile }) => {
    if (rng.chance(0.4)) return null;
    const partners = rng.sample((PARTNERS_BY_REGION[profile.region] ?? []).filter((s) => s !== profile.stateId), rng.int(1, 4));
    return { count: { value: partners.length + rng.int(0, 3) }, partners };
  },
  "COOP-03": ({ rng, profile }) => {
    if (rng.chance(0.6)) return rng.chance(0.5) ? { participated: "NO" } : null;
    return {
      participated: "YES",
      partners: rng.sample((PARTNERS_BY_REGION[profile.region] ?? []).filter((s) => s !== profile.stateId), rng.int(1, 3)),
      details: text(rng, "H"),
      goodPractice: rng.chance(0.4) ? [{ ...GOOD_PRACTICES[0], consent: consentFor(profile) }] : null,
    };
  },
  "COOP-06": ({ rng, profile, years }) =>
    profile.donor
      ? { recipients: { selected: rng.sample(["UN_TRUST_FUND_TRAFFICKING", "UN_TRUST_FUND_SLAVERY", "UNODC_TRAFFICKING_WORK", "ICAT"], rng.int(1, 2)) }, amount: { value: rng.int(2, 40) * 25_000 }, year: years[0] ?? 2025 }
      : rng.chance(0.3)
        ? { recipients: { selected: ["NONE"] } }
        : null,
  "DATA-01": ({ rng }) => {
    const code = rng.weighted(["CENTRALIZED_DATABASE", "COMPILED_PERIODICALLY", "NOT_COMPILED", "NO_SYSTEMATIC_COLLECTION"], [4, 4, 1, 1]);
    return { system: { code }, sources: code === "NO_SYSTEMATIC_COLLECTION" ? null : { selected: rng.sample(["CRIMINAL_JUSTICE", "VICTIM_SERVICES", "SOCIAL_SERVICES", "LABOUR_INSPECTION", "MIGRATION_ASYLUM", "NGOS"], rng.int(2, 4)) }, annualReport: rng.pick(["YES", "NO"]) };
  },
  "DATA-02": ({ rng }) => ({ characteristics: { selected: ["SEX", "AGE", ...rng.sample(["NATIONALITY", "FORM_OF_EXPLOITATION", "DISABILITY", "CONFLICT_AREA_ORIGIN"], rng.int(0, 3))] } }),
  "DATA-03": ({ rng, profile, years }) => {
    const code = affected(profile) ? "YES_INCLUDING_CONFLICT" : rng.weighted(["YES_GENERAL", "YES_INCLUDING_CONFLICT", "NO"], [7, 1, 2]);
    return { submission: { code }, lastSubmission: code === "NO" ? null : (years[0] ?? 2025) - rng.int(0, 1) };
  },
  // Section J: conflict-affected and host States answer it in substance, the others "not applicable".
  "CONF-01": ({ rng, profile }) => ({
    situation: { code: profile.conflict === "HOSTING" || profile.conflict === "NONE" ? "NO_ARMED_CONFLICT" : profile.conflict },
    hostingDisplaced: concerned(profile) ? "YES" : rng.pick(["NO", "NOT_APPLICABLE"]),
    // "a number of States noted that there was no armed conflict in their territories and that they had
    // not identified victims … trafficked by terrorist or armed groups" ([001] ¶23).
    details: concerned(profile) ? null : rng.chance(0.6) ? (SECTION_TEXTS.J ?? []).slice(0, 1 + rng.int(0, 1)).join(" ") : null,
  }),
  "CONF-02": ({ rng, profile }) =>
    concerned(profile)
      ? {
          victims: rng.chance(0.2) ? na : { cells: { FEMALE: { ADULT: rng.int(3, 80), CHILD: rng.int(0, 40) }, MALE: { ADULT: rng.int(0, 30), CHILD: rng.int(0, 25) } } },
          countriesOfOrigin: rng.sample(["SYR", "AFG", "UKR", "IRQ", "SDN", "SSD", "COD", "MLI", "YEM", "SOM"].filter((s) => s !== profile.stateId), rng.int(1, 4)),
        }
      : { victims: rng.chance(0.5) ? { cells: { FEMALE: { ADULT: 0, CHILD: 0 }, MALE: { ADULT: 0, CHILD: 0 } } } : na },
  "CONF-03": ({ rng, profile }) =>
    affected(profile)
      ? { victims: rng.chance(0.3) ? na : { value: rng.int(1, 60) }, groups: profile.stateId === "NGA" ? { selected: ["BOKO_HARAM"] } : profile.stateId === "IRQ" ? { selected: ["ISIL"] } : { selected: ["OTHER"], other: "Armed groups operating in the areas concerned" } }
      : null,
  "CONF-04": ({ rng, profile }) =>
    concerned(profile) ? { forms: { selected: rng.sample(["SEXUAL_EXPLOITATION_BY_ARMED_GROUPS", "FORCED_TEMPORARY_MARRIAGE", "CHILD_SOLDIERS", "FORCED_LABOUR", "DEBT_BONDAGE_SMUGGLING_FEES", "BEGGING_PETTY_CRIME"], rng.int(1, 3)) } } : null,
  "CONF-05": ({ rng, profile }) =>
    affected(profile) ? { assessment: { code: rng.pick(["ROUTINE_INDIVIDUAL_ASSESSMENT", "CASE_BY_CASE"]) }, nonProsecution: rng.pick(["YES", "PARTIAL"]) } : null,
  "CONF-06": ({ rng, profile }) => (affected(profile) ? { handling: { selected: ["HANDOVER_PROTOCOL", "REINTEGRATION", "FAMILY_REUNIFICATION"] }, childrenHandedOver: { value: rng.int(5, 300) }, childrenDetained: rng.chance(0.5) ? na : { value: rng.int(0, 20) } } : null),
  "CONF-07": ({ rng, profile }) => (affected(profile) ? { recognized: rng.pick(["YES", "PARTIAL", "NO"]) } : null),
  // BRIEF §3.10 Example C: no State gives concrete cases of trafficking that financed terrorism.
  "CONF-08": ({ rng, profile }) => (concerned(profile) || rng.chance(0.3) ? { casesIdentified: { value: 0 }, informationProvided: rng.pick(["NO", "NOT_APPLICABLE"]) } : null),
  "CONF-09": () => null,
  "CONF-10": ({ rng, profile }) =>
    concerned(profile)
      ? {
          measures: { selected: rng.sample(["JOINT_AWARENESS_IDPS", "REFUGEE_CAMPS_RECEPTION_CENTRES", "RELIGIOUS_TRADITIONAL_LEADERS", "IDP_CAMP_PROGRAMMES"], rng.int(1, 3)) },
          womenPeaceSecurityPlan: { code: rng.pick(["INCLUDES_TRAFFICKING", "WITHOUT_TRAFFICKING_MEASURES"]) },
          goodPractice: rng.chance(0.4) ? [{ ...GOOD_PRACTICES[7], consent: consentFor(profile) }] : null,
        }
      : null,
  "CONF-11": ({ profile }) => (affected(profile) ? { measures: { selected: ["DOMESTIC_EVIDENCE_PRESERVATION"] } } : null),
  "GP-01": ({ rng, profile }) => (rng.chance(0.55) ? { practices: goodPractices(rng, profile, rng.int(1, 3)) } : null),
  "GP-02": ({ rng }) => ({ challenges: { selected: rng.sample(["VICTIM_IDENTIFICATION", "INVESTIGATION_EVIDENCE", "PROSECUTION_CONVICTION_RATES", "CROSS_BORDER_COOPERATION", "RESOURCES", "DATA", "MIXED_MIGRATION_FLOWS"], rng.int(1, 3)) }, details: maybeText(rng, "K", 0.5) }),
  "GP-03": ({ rng }) => (rng.chance(0.25) ? { comments: text(rng, "K", 2) } : null),
};
