/**
 * Reference data: the 193 States Members of the United Nations and the two non-member observer States
 * (the Holy See and the State of Palestine), as the Secretariat writes them today.
 *
 * Rules (BRIEF §5.11, §2.12):
 * - `name` is the United Nations short name (UNTERM / DGACM list of Member States), without a leading
 *   "the". Whether running text puts "the" before the name is held separately in `takesArticle`
 *   (render with `withArticle` from `lib/reference/country-order`).
 * - Entries are stored in UN sort order (`sortUnOrder` from `lib/reference/country-order`); the two
 *   observer States are interleaved in that order rather than appended, so any slice of this list is
 *   already in the order a report prints it.
 * - These are the names in force today. Reports dated before a change of name (Swaziland → Eswatini,
 *   "the former Yugoslav Republic of Macedonia" → North Macedonia, "the Czech Republic" → Czechia,
 *   Turkey → Türkiye, Netherlands → Netherlands (Kingdom of the), ...) must render the name in force at
 *   the report date; that history belongs to the time-versioned reference table, not to this list.
 *
 * Regional groups are the five United Nations regional groups as listed by DGACM ("Regional groups of
 * Member States"). Special cases are commented on the entry itself:
 * - Israel: member of the Western European and other States Group (WEOG) in New York since 2000.
 * - Türkiye: participates fully in both WEOG and the Asia-Pacific Group, but for electoral purposes is
 *   counted in WEOG only → WEOG.
 * - United States of America: not a member of any group; attends WEOG as an observer and is counted in
 *   WEOG for electoral purposes → WEOG.
 * - Kiribati: joined the Asia-Pacific Group in 2010 (before then in no group) → ASIA_PACIFIC.
 * - Cyprus: Asia-Pacific Group (although a European Union member) → ASIA_PACIFIC.
 * - State of Palestine (observer): full member of the Asia-Pacific Group since 1986 → ASIA_PACIFIC.
 * - Holy See (observer): belongs to no regional group → null.
 *
 * Resulting Member State counts: African 54, Asia-Pacific 54, Eastern European 23, Latin American and
 * Caribbean 33, WEOG 29 (28 + the United States of America) = 193.
 *
 * `m49Region` / `m49SubRegion` follow the UNSD "Standard country or area codes for statistical use"
 * (M49): the region and the sub-region (e.g. "Sub-Saharan Africa", "Latin America and the Caribbean");
 * intermediate regions (e.g. "Western Africa", "Caribbean") are deliberately not stored.
 */

/** The five United Nations regional groups (electoral groups). */
export type RegionalGroup =
  | "AFRICAN"
  | "ASIA_PACIFIC"
  | "EASTERN_EUROPEAN"
  | "LATIN_AMERICAN_CARIBBEAN"
  | "WESTERN_EUROPEAN_OTHERS";

/** One Member State or non-member observer State, as seeded into the reference table. */
export interface MemberStateSeed {
  /** ISO 3166-1 alpha-3 code, e.g. "BOL". */
  iso3: string;
  /** Three-digit M49 (= ISO 3166-1 numeric) code as a string, with leading zeros, e.g. "068". */
  m49: string;
  /** United Nations short name as written today, without a leading "the", e.g. "Bolivia (Plurinational State of)". */
  name: string;
  /** True when UN running text writes "the" before the name ("the Niger", "the Republic of Korea"). */
  takesArticle: boolean;
  /** "MEMBER" for the 193 Member States, "OBSERVER" for the Holy See and the State of Palestine. */
  status: "MEMBER" | "OBSERVER";
  /** UN regional group; null only for the Holy See, which belongs to none. */
  regionalGroup: RegionalGroup | null;
  /** M49 region: "Africa" | "Americas" | "Asia" | "Europe" | "Oceania". */
  m49Region: string;
  /** M49 sub-region, e.g. "Sub-Saharan Africa", "Western Europe", "Latin America and the Caribbean". */
  m49SubRegion: string;
}

// M49 region / sub-region pairs, spelt once.
const N_AFRICA = { m49Region: "Africa", m49SubRegion: "Northern Africa" } as const;
const SS_AFRICA = { m49Region: "Africa", m49SubRegion: "Sub-Saharan Africa" } as const;
const LAC = { m49Region: "Americas", m49SubRegion: "Latin America and the Caribbean" } as const;
const N_AMERICA = { m49Region: "Americas", m49SubRegion: "Northern America" } as const;
const C_ASIA = { m49Region: "Asia", m49SubRegion: "Central Asia" } as const;
const E_ASIA = { m49Region: "Asia", m49SubRegion: "Eastern Asia" } as const;
const SE_ASIA = { m49Region: "Asia", m49SubRegion: "South-eastern Asia" } as const;
const S_ASIA = { m49Region: "Asia", m49SubRegion: "Southern Asia" } as const;
const W_ASIA = { m49Region: "Asia", m49SubRegion: "Western Asia" } as const;
const E_EUROPE = { m49Region: "Europe", m49SubRegion: "Eastern Europe" } as const;
const N_EUROPE = { m49Region: "Europe", m49SubRegion: "Northern Europe" } as const;
const S_EUROPE = { m49Region: "Europe", m49SubRegion: "Southern Europe" } as const;
const W_EUROPE = { m49Region: "Europe", m49SubRegion: "Western Europe" } as const;
const ANZ = { m49Region: "Oceania", m49SubRegion: "Australia and New Zealand" } as const;
const MELANESIA = { m49Region: "Oceania", m49SubRegion: "Melanesia" } as const;
const MICRONESIA = { m49Region: "Oceania", m49SubRegion: "Micronesia" } as const;
const POLYNESIA = { m49Region: "Oceania", m49SubRegion: "Polynesia" } as const;

// Regional groups, spelt once.
const AFR = "AFRICAN" as const;
const APG = "ASIA_PACIFIC" as const;
const EEG = "EASTERN_EUROPEAN" as const;
const GRULAC = "LATIN_AMERICAN_CARIBBEAN" as const;
const WEOG = "WESTERN_EUROPEAN_OTHERS" as const;

const M = "MEMBER" as const;
const O = "OBSERVER" as const;

/** All 195 States (193 Members, 2 non-member observer States), in UN sort order. */
export const MEMBER_STATES: readonly MemberStateSeed[] = [
  { iso3: "AFG", m49: "004", name: "Afghanistan", takesArticle: false, status: M, regionalGroup: APG, ...S_ASIA },
  { iso3: "ALB", m49: "008", name: "Albania", takesArticle: false, status: M, regionalGroup: EEG, ...S_EUROPE },
  { iso3: "DZA", m49: "012", name: "Algeria", takesArticle: false, status: M, regionalGroup: AFR, ...N_AFRICA },
  { iso3: "AND", m49: "020", name: "Andorra", takesArticle: false, status: M, regionalGroup: WEOG, ...S_EUROPE },
  { iso3: "AGO", m49: "024", name: "Angola", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "ATG", m49: "028", name: "Antigua and Barbuda", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "ARG", m49: "032", name: "Argentina", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "ARM", m49: "051", name: "Armenia", takesArticle: false, status: M, regionalGroup: EEG, ...W_ASIA },
  { iso3: "AUS", m49: "036", name: "Australia", takesArticle: false, status: M, regionalGroup: WEOG, ...ANZ },
  { iso3: "AUT", m49: "040", name: "Austria", takesArticle: false, status: M, regionalGroup: WEOG, ...W_EUROPE },
  { iso3: "AZE", m49: "031", name: "Azerbaijan", takesArticle: false, status: M, regionalGroup: EEG, ...W_ASIA },
  { iso3: "BHS", m49: "044", name: "Bahamas", takesArticle: true, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "BHR", m49: "048", name: "Bahrain", takesArticle: false, status: M, regionalGroup: APG, ...W_ASIA },
  { iso3: "BGD", m49: "050", name: "Bangladesh", takesArticle: false, status: M, regionalGroup: APG, ...S_ASIA },
  { iso3: "BRB", m49: "052", name: "Barbados", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "BLR", m49: "112", name: "Belarus", takesArticle: false, status: M, regionalGroup: EEG, ...E_EUROPE },
  { iso3: "BEL", m49: "056", name: "Belgium", takesArticle: false, status: M, regionalGroup: WEOG, ...W_EUROPE },
  { iso3: "BLZ", m49: "084", name: "Belize", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "BEN", m49: "204", name: "Benin", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "BTN", m49: "064", name: "Bhutan", takesArticle: false, status: M, regionalGroup: APG, ...S_ASIA },
  { iso3: "BOL", m49: "068", name: "Bolivia (Plurinational State of)", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "BIH", m49: "070", name: "Bosnia and Herzegovina", takesArticle: false, status: M, regionalGroup: EEG, ...S_EUROPE },
  { iso3: "BWA", m49: "072", name: "Botswana", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "BRA", m49: "076", name: "Brazil", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "BRN", m49: "096", name: "Brunei Darussalam", takesArticle: false, status: M, regionalGroup: APG, ...SE_ASIA },
  { iso3: "BGR", m49: "100", name: "Bulgaria", takesArticle: false, status: M, regionalGroup: EEG, ...E_EUROPE },
  { iso3: "BFA", m49: "854", name: "Burkina Faso", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "BDI", m49: "108", name: "Burundi", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "CPV", m49: "132", name: "Cabo Verde", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "KHM", m49: "116", name: "Cambodia", takesArticle: false, status: M, regionalGroup: APG, ...SE_ASIA },
  { iso3: "CMR", m49: "120", name: "Cameroon", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "CAN", m49: "124", name: "Canada", takesArticle: false, status: M, regionalGroup: WEOG, ...N_AMERICA },
  { iso3: "CAF", m49: "140", name: "Central African Republic", takesArticle: true, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "TCD", m49: "148", name: "Chad", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "CHL", m49: "152", name: "Chile", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "CHN", m49: "156", name: "China", takesArticle: false, status: M, regionalGroup: APG, ...E_ASIA },
  { iso3: "COL", m49: "170", name: "Colombia", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "COM", m49: "174", name: "Comoros", takesArticle: true, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "COG", m49: "178", name: "Congo", takesArticle: true, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "CRI", m49: "188", name: "Costa Rica", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "CIV", m49: "384", name: "Côte d'Ivoire", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "HRV", m49: "191", name: "Croatia", takesArticle: false, status: M, regionalGroup: EEG, ...S_EUROPE },
  { iso3: "CUB", m49: "192", name: "Cuba", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  // Cyprus: M49 Western Asia; sits in the Asia-Pacific Group.
  { iso3: "CYP", m49: "196", name: "Cyprus", takesArticle: false, status: M, regionalGroup: APG, ...W_ASIA },
  // Czechia: short name since 2016; "the Czech Republic" (with article) before that.
  { iso3: "CZE", m49: "203", name: "Czechia", takesArticle: false, status: M, regionalGroup: EEG, ...E_EUROPE },
  { iso3: "PRK", m49: "408", name: "Democratic People's Republic of Korea", takesArticle: true, status: M, regionalGroup: APG, ...E_ASIA },
  { iso3: "COD", m49: "180", name: "Democratic Republic of the Congo", takesArticle: true, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "DNK", m49: "208", name: "Denmark", takesArticle: false, status: M, regionalGroup: WEOG, ...N_EUROPE },
  { iso3: "DJI", m49: "262", name: "Djibouti", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "DMA", m49: "212", name: "Dominica", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "DOM", m49: "214", name: "Dominican Republic", takesArticle: true, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "ECU", m49: "218", name: "Ecuador", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "EGY", m49: "818", name: "Egypt", takesArticle: false, status: M, regionalGroup: AFR, ...N_AFRICA },
  { iso3: "SLV", m49: "222", name: "El Salvador", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "GNQ", m49: "226", name: "Equatorial Guinea", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "ERI", m49: "232", name: "Eritrea", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "EST", m49: "233", name: "Estonia", takesArticle: false, status: M, regionalGroup: EEG, ...N_EUROPE },
  // Eswatini: "Swaziland" before 2018.
  { iso3: "SWZ", m49: "748", name: "Eswatini", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "ETH", m49: "231", name: "Ethiopia", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "FJI", m49: "242", name: "Fiji", takesArticle: false, status: M, regionalGroup: APG, ...MELANESIA },
  { iso3: "FIN", m49: "246", name: "Finland", takesArticle: false, status: M, regionalGroup: WEOG, ...N_EUROPE },
  { iso3: "FRA", m49: "250", name: "France", takesArticle: false, status: M, regionalGroup: WEOG, ...W_EUROPE },
  { iso3: "GAB", m49: "266", name: "Gabon", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "GMB", m49: "270", name: "Gambia", takesArticle: true, status: M, regionalGroup: AFR, ...SS_AFRICA },
  // Georgia: M49 Western Asia; sits in the Eastern European Group.
  { iso3: "GEO", m49: "268", name: "Georgia", takesArticle: false, status: M, regionalGroup: EEG, ...W_ASIA },
  { iso3: "DEU", m49: "276", name: "Germany", takesArticle: false, status: M, regionalGroup: WEOG, ...W_EUROPE },
  { iso3: "GHA", m49: "288", name: "Ghana", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "GRC", m49: "300", name: "Greece", takesArticle: false, status: M, regionalGroup: WEOG, ...S_EUROPE },
  { iso3: "GRD", m49: "308", name: "Grenada", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "GTM", m49: "320", name: "Guatemala", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "GIN", m49: "324", name: "Guinea", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "GNB", m49: "624", name: "Guinea-Bissau", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "GUY", m49: "328", name: "Guyana", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "HTI", m49: "332", name: "Haiti", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  // Holy See: non-member observer State; belongs to no regional group.
  { iso3: "VAT", m49: "336", name: "Holy See", takesArticle: true, status: O, regionalGroup: null, ...S_EUROPE },
  { iso3: "HND", m49: "340", name: "Honduras", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "HUN", m49: "348", name: "Hungary", takesArticle: false, status: M, regionalGroup: EEG, ...E_EUROPE },
  { iso3: "ISL", m49: "352", name: "Iceland", takesArticle: false, status: M, regionalGroup: WEOG, ...N_EUROPE },
  { iso3: "IND", m49: "356", name: "India", takesArticle: false, status: M, regionalGroup: APG, ...S_ASIA },
  { iso3: "IDN", m49: "360", name: "Indonesia", takesArticle: false, status: M, regionalGroup: APG, ...SE_ASIA },
  { iso3: "IRN", m49: "364", name: "Iran (Islamic Republic of)", takesArticle: false, status: M, regionalGroup: APG, ...S_ASIA },
  { iso3: "IRQ", m49: "368", name: "Iraq", takesArticle: false, status: M, regionalGroup: APG, ...W_ASIA },
  { iso3: "IRL", m49: "372", name: "Ireland", takesArticle: false, status: M, regionalGroup: WEOG, ...N_EUROPE },
  // Israel: M49 Western Asia; member of WEOG (New York) since 2000.
  { iso3: "ISR", m49: "376", name: "Israel", takesArticle: false, status: M, regionalGroup: WEOG, ...W_ASIA },
  { iso3: "ITA", m49: "380", name: "Italy", takesArticle: false, status: M, regionalGroup: WEOG, ...S_EUROPE },
  { iso3: "JAM", m49: "388", name: "Jamaica", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "JPN", m49: "392", name: "Japan", takesArticle: false, status: M, regionalGroup: APG, ...E_ASIA },
  { iso3: "JOR", m49: "400", name: "Jordan", takesArticle: false, status: M, regionalGroup: APG, ...W_ASIA },
  { iso3: "KAZ", m49: "398", name: "Kazakhstan", takesArticle: false, status: M, regionalGroup: APG, ...C_ASIA },
  { iso3: "KEN", m49: "404", name: "Kenya", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  // Kiribati: in no group until 2010, when it joined the Asia-Pacific Group.
  { iso3: "KIR", m49: "296", name: "Kiribati", takesArticle: false, status: M, regionalGroup: APG, ...MICRONESIA },
  { iso3: "KWT", m49: "414", name: "Kuwait", takesArticle: false, status: M, regionalGroup: APG, ...W_ASIA },
  { iso3: "KGZ", m49: "417", name: "Kyrgyzstan", takesArticle: false, status: M, regionalGroup: APG, ...C_ASIA },
  { iso3: "LAO", m49: "418", name: "Lao People's Democratic Republic", takesArticle: true, status: M, regionalGroup: APG, ...SE_ASIA },
  { iso3: "LVA", m49: "428", name: "Latvia", takesArticle: false, status: M, regionalGroup: EEG, ...N_EUROPE },
  { iso3: "LBN", m49: "422", name: "Lebanon", takesArticle: false, status: M, regionalGroup: APG, ...W_ASIA },
  { iso3: "LSO", m49: "426", name: "Lesotho", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "LBR", m49: "430", name: "Liberia", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "LBY", m49: "434", name: "Libya", takesArticle: false, status: M, regionalGroup: AFR, ...N_AFRICA },
  { iso3: "LIE", m49: "438", name: "Liechtenstein", takesArticle: false, status: M, regionalGroup: WEOG, ...W_EUROPE },
  { iso3: "LTU", m49: "440", name: "Lithuania", takesArticle: false, status: M, regionalGroup: EEG, ...N_EUROPE },
  { iso3: "LUX", m49: "442", name: "Luxembourg", takesArticle: false, status: M, regionalGroup: WEOG, ...W_EUROPE },
  { iso3: "MDG", m49: "450", name: "Madagascar", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "MWI", m49: "454", name: "Malawi", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "MYS", m49: "458", name: "Malaysia", takesArticle: false, status: M, regionalGroup: APG, ...SE_ASIA },
  // Maldives: UN usage has no article ("Maldives (14 September 2016)", S/2016/949 ¶19).
  { iso3: "MDV", m49: "462", name: "Maldives", takesArticle: false, status: M, regionalGroup: APG, ...S_ASIA },
  { iso3: "MLI", m49: "466", name: "Mali", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "MLT", m49: "470", name: "Malta", takesArticle: false, status: M, regionalGroup: WEOG, ...S_EUROPE },
  { iso3: "MHL", m49: "584", name: "Marshall Islands", takesArticle: true, status: M, regionalGroup: APG, ...MICRONESIA },
  { iso3: "MRT", m49: "478", name: "Mauritania", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "MUS", m49: "480", name: "Mauritius", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "MEX", m49: "484", name: "Mexico", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "FSM", m49: "583", name: "Micronesia (Federated States of)", takesArticle: false, status: M, regionalGroup: APG, ...MICRONESIA },
  { iso3: "MCO", m49: "492", name: "Monaco", takesArticle: false, status: M, regionalGroup: WEOG, ...W_EUROPE },
  { iso3: "MNG", m49: "496", name: "Mongolia", takesArticle: false, status: M, regionalGroup: APG, ...E_ASIA },
  { iso3: "MNE", m49: "499", name: "Montenegro", takesArticle: false, status: M, regionalGroup: EEG, ...S_EUROPE },
  { iso3: "MAR", m49: "504", name: "Morocco", takesArticle: false, status: M, regionalGroup: AFR, ...N_AFRICA },
  { iso3: "MOZ", m49: "508", name: "Mozambique", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "MMR", m49: "104", name: "Myanmar", takesArticle: false, status: M, regionalGroup: APG, ...SE_ASIA },
  { iso3: "NAM", m49: "516", name: "Namibia", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "NRU", m49: "520", name: "Nauru", takesArticle: false, status: M, regionalGroup: APG, ...MICRONESIA },
  { iso3: "NPL", m49: "524", name: "Nepal", takesArticle: false, status: M, regionalGroup: APG, ...S_ASIA },
  // Netherlands (Kingdom of the): UN short name since 2023 ("Netherlands" before); running text keeps
  // the article: "the Netherlands (Kingdom of the)".
  { iso3: "NLD", m49: "528", name: "Netherlands (Kingdom of the)", takesArticle: true, status: M, regionalGroup: WEOG, ...W_EUROPE },
  { iso3: "NZL", m49: "554", name: "New Zealand", takesArticle: false, status: M, regionalGroup: WEOG, ...ANZ },
  { iso3: "NIC", m49: "558", name: "Nicaragua", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "NER", m49: "562", name: "Niger", takesArticle: true, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "NGA", m49: "566", name: "Nigeria", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  // North Macedonia: since February 2019; before that "the former Yugoslav Republic of Macedonia",
  // which takes the article and sorts under T (BRIEF §5.11).
  { iso3: "MKD", m49: "807", name: "North Macedonia", takesArticle: false, status: M, regionalGroup: EEG, ...S_EUROPE },
  { iso3: "NOR", m49: "578", name: "Norway", takesArticle: false, status: M, regionalGroup: WEOG, ...N_EUROPE },
  { iso3: "OMN", m49: "512", name: "Oman", takesArticle: false, status: M, regionalGroup: APG, ...W_ASIA },
  { iso3: "PAK", m49: "586", name: "Pakistan", takesArticle: false, status: M, regionalGroup: APG, ...S_ASIA },
  { iso3: "PLW", m49: "585", name: "Palau", takesArticle: false, status: M, regionalGroup: APG, ...MICRONESIA },
  { iso3: "PAN", m49: "591", name: "Panama", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "PNG", m49: "598", name: "Papua New Guinea", takesArticle: false, status: M, regionalGroup: APG, ...MELANESIA },
  { iso3: "PRY", m49: "600", name: "Paraguay", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "PER", m49: "604", name: "Peru", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "PHL", m49: "608", name: "Philippines", takesArticle: true, status: M, regionalGroup: APG, ...SE_ASIA },
  { iso3: "POL", m49: "616", name: "Poland", takesArticle: false, status: M, regionalGroup: EEG, ...E_EUROPE },
  { iso3: "PRT", m49: "620", name: "Portugal", takesArticle: false, status: M, regionalGroup: WEOG, ...S_EUROPE },
  { iso3: "QAT", m49: "634", name: "Qatar", takesArticle: false, status: M, regionalGroup: APG, ...W_ASIA },
  { iso3: "KOR", m49: "410", name: "Republic of Korea", takesArticle: true, status: M, regionalGroup: APG, ...E_ASIA },
  { iso3: "MDA", m49: "498", name: "Republic of Moldova", takesArticle: true, status: M, regionalGroup: EEG, ...E_EUROPE },
  { iso3: "ROU", m49: "642", name: "Romania", takesArticle: false, status: M, regionalGroup: EEG, ...E_EUROPE },
  { iso3: "RUS", m49: "643", name: "Russian Federation", takesArticle: true, status: M, regionalGroup: EEG, ...E_EUROPE },
  { iso3: "RWA", m49: "646", name: "Rwanda", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "KNA", m49: "659", name: "Saint Kitts and Nevis", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "LCA", m49: "662", name: "Saint Lucia", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "VCT", m49: "670", name: "Saint Vincent and the Grenadines", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "WSM", m49: "882", name: "Samoa", takesArticle: false, status: M, regionalGroup: APG, ...POLYNESIA },
  { iso3: "SMR", m49: "674", name: "San Marino", takesArticle: false, status: M, regionalGroup: WEOG, ...S_EUROPE },
  { iso3: "STP", m49: "678", name: "Sao Tome and Principe", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "SAU", m49: "682", name: "Saudi Arabia", takesArticle: false, status: M, regionalGroup: APG, ...W_ASIA },
  { iso3: "SEN", m49: "686", name: "Senegal", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "SRB", m49: "688", name: "Serbia", takesArticle: false, status: M, regionalGroup: EEG, ...S_EUROPE },
  { iso3: "SYC", m49: "690", name: "Seychelles", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "SLE", m49: "694", name: "Sierra Leone", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "SGP", m49: "702", name: "Singapore", takesArticle: false, status: M, regionalGroup: APG, ...SE_ASIA },
  { iso3: "SVK", m49: "703", name: "Slovakia", takesArticle: false, status: M, regionalGroup: EEG, ...E_EUROPE },
  { iso3: "SVN", m49: "705", name: "Slovenia", takesArticle: false, status: M, regionalGroup: EEG, ...S_EUROPE },
  // Solomon Islands: UNTERM gives no article (unlike "the Marshall Islands").
  { iso3: "SLB", m49: "090", name: "Solomon Islands", takesArticle: false, status: M, regionalGroup: APG, ...MELANESIA },
  { iso3: "SOM", m49: "706", name: "Somalia", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "ZAF", m49: "710", name: "South Africa", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "SSD", m49: "728", name: "South Sudan", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "ESP", m49: "724", name: "Spain", takesArticle: false, status: M, regionalGroup: WEOG, ...S_EUROPE },
  { iso3: "LKA", m49: "144", name: "Sri Lanka", takesArticle: false, status: M, regionalGroup: APG, ...S_ASIA },
  // State of Palestine: non-member observer State; full member of the Asia-Pacific Group since 1986.
  { iso3: "PSE", m49: "275", name: "State of Palestine", takesArticle: true, status: O, regionalGroup: APG, ...W_ASIA },
  // Sudan: M49 puts it in Northern Africa.
  { iso3: "SDN", m49: "729", name: "Sudan", takesArticle: true, status: M, regionalGroup: AFR, ...N_AFRICA },
  { iso3: "SUR", m49: "740", name: "Suriname", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "SWE", m49: "752", name: "Sweden", takesArticle: false, status: M, regionalGroup: WEOG, ...N_EUROPE },
  { iso3: "CHE", m49: "756", name: "Switzerland", takesArticle: false, status: M, regionalGroup: WEOG, ...W_EUROPE },
  { iso3: "SYR", m49: "760", name: "Syrian Arab Republic", takesArticle: true, status: M, regionalGroup: APG, ...W_ASIA },
  { iso3: "TJK", m49: "762", name: "Tajikistan", takesArticle: false, status: M, regionalGroup: APG, ...C_ASIA },
  { iso3: "THA", m49: "764", name: "Thailand", takesArticle: false, status: M, regionalGroup: APG, ...SE_ASIA },
  { iso3: "TLS", m49: "626", name: "Timor-Leste", takesArticle: false, status: M, regionalGroup: APG, ...SE_ASIA },
  { iso3: "TGO", m49: "768", name: "Togo", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "TON", m49: "776", name: "Tonga", takesArticle: false, status: M, regionalGroup: APG, ...POLYNESIA },
  { iso3: "TTO", m49: "780", name: "Trinidad and Tobago", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "TUN", m49: "788", name: "Tunisia", takesArticle: false, status: M, regionalGroup: AFR, ...N_AFRICA },
  // Türkiye: "Turkey" before June 2022. Participates in both WEOG and the Asia-Pacific Group but is
  // counted in WEOG for electoral purposes.
  { iso3: "TUR", m49: "792", name: "Türkiye", takesArticle: false, status: M, regionalGroup: WEOG, ...W_ASIA },
  { iso3: "TKM", m49: "795", name: "Turkmenistan", takesArticle: false, status: M, regionalGroup: APG, ...C_ASIA },
  { iso3: "TUV", m49: "798", name: "Tuvalu", takesArticle: false, status: M, regionalGroup: APG, ...POLYNESIA },
  { iso3: "UGA", m49: "800", name: "Uganda", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "UKR", m49: "804", name: "Ukraine", takesArticle: false, status: M, regionalGroup: EEG, ...E_EUROPE },
  { iso3: "ARE", m49: "784", name: "United Arab Emirates", takesArticle: true, status: M, regionalGroup: APG, ...W_ASIA },
  { iso3: "GBR", m49: "826", name: "United Kingdom of Great Britain and Northern Ireland", takesArticle: true, status: M, regionalGroup: WEOG, ...N_EUROPE },
  { iso3: "TZA", m49: "834", name: "United Republic of Tanzania", takesArticle: true, status: M, regionalGroup: AFR, ...SS_AFRICA },
  // United States of America: in no regional group; attends WEOG as an observer and is counted in WEOG
  // for electoral purposes.
  { iso3: "USA", m49: "840", name: "United States of America", takesArticle: true, status: M, regionalGroup: WEOG, ...N_AMERICA },
  { iso3: "URY", m49: "858", name: "Uruguay", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "UZB", m49: "860", name: "Uzbekistan", takesArticle: false, status: M, regionalGroup: APG, ...C_ASIA },
  { iso3: "VUT", m49: "548", name: "Vanuatu", takesArticle: false, status: M, regionalGroup: APG, ...MELANESIA },
  { iso3: "VEN", m49: "862", name: "Venezuela (Bolivarian Republic of)", takesArticle: false, status: M, regionalGroup: GRULAC, ...LAC },
  { iso3: "VNM", m49: "704", name: "Viet Nam", takesArticle: false, status: M, regionalGroup: APG, ...SE_ASIA },
  { iso3: "YEM", m49: "887", name: "Yemen", takesArticle: false, status: M, regionalGroup: APG, ...W_ASIA },
  { iso3: "ZMB", m49: "894", name: "Zambia", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
  { iso3: "ZWE", m49: "716", name: "Zimbabwe", takesArticle: false, status: M, regionalGroup: AFR, ...SS_AFRICA },
];
