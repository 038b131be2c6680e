/**
 * Free-text fragments for demo replies, written in the register of the replies that the seed reports
 * summarise (BRIEF §3.7, §3.8): what a State says about its own measures. Grouped by questionnaire
 * section code; `generic` is used for anything else.
 *
 * Pure module.
 */
export const SECTION_TEXTS: Readonly<Record<string, readonly string[]>> = {
  A: [
    "The reply was coordinated by the national coordinator and reviewed by the ministries concerned.",
    "Civil society organizations working with victims were consulted on the sections on protection and assistance.",
  ],
  B: [
    "The instrument was ratified following approval by Parliament and entered into force for the State thirty days after deposit.",
    "A review of national legislation against the obligations of the Protocol is being carried out with the support of UNODC.",
    "The State participates in the review mechanism of the Conference of the Parties to the Organized Crime Convention.",
  ],
  C: [
    "Consent of the victim is irrelevant where any of the means set forth in article 3 of the Protocol has been used.",
    "Trafficking in persons is a predicate offence for money-laundering, and the proceeds may be confiscated.",
    "The Criminal Code criminalizes trafficking in persons in all its forms, in line with article 3 of the Protocol.",
    "The amendment extended the definition of exploitation to forced criminal activities and forced begging.",
    "Penalties are increased where the victim is a child, where the offence is committed by a public official or within an organized criminal group.",
    "Victims are not held liable for offences they were compelled to commit as a direct consequence of having been trafficked.",
    "The law provides for extraterritorial jurisdiction over nationals who commit trafficking offences abroad, including in areas affected by armed conflict.",
  ],
  D: [
    "A national coordinator was appointed in the Office of the Prime Minister to oversee the implementation of the plan.",
    "Regional anti-trafficking committees were set up in the provinces most affected by labour migration.",
    "The new plan places greater emphasis on prevention and on the identification of victims among migrants.",
    "The national action plan is implemented by an interministerial committee chaired by the Ministry of Justice, with the participation of civil society.",
    "A national rapporteur monitors implementation and reports annually to Parliament.",
    "The plan sets measurable targets and is evaluated at mid-term by an independent body.",
    "Funding for the shelters run by non-governmental organizations was increased during the reporting period.",
  ],
  E: [
    "A national hotline, available in several languages, received calls from potential victims and the public.",
    "Campaigns on social media targeted young people looking for work abroad.",
    "The tourism sector was trained to recognize and report signs of child sexual exploitation.",
    "Joint efforts between government agencies and civil society organizations were carried out to raise awareness among migrants and refugees.",
    "Information on the risks of trafficking in persons was incorporated into school curricula and training programmes for teachers.",
    "Labour inspections were extended to the agriculture, construction and domestic work sectors.",
    "Private recruitment agencies must be licensed and may not charge recruitment fees to workers.",
    "Public procurement rules allow the exclusion of suppliers that use forced labour in their supply chains.",
  ],
  F: [
    "Shelters run by non-governmental organizations receive public funding under multi-year agreements.",
    "Cultural mediators and interpreters assist victims during interviews with the police and the courts.",
    "Child victims are assigned a guardian and placed in specialized care.",
    "Victims may claim compensation from the State when it cannot be obtained from the offender.",
    "Guidelines for the identification and referral of trafficking victims to competent authorities were issued to police, border and labour inspection services.",
    "Victims are offered a reflection and recovery period of 90 days, during which they receive accommodation, medical care and legal counselling.",
    "Screening for indicators of trafficking takes place in reception centres for migrants and during asylum proceedings.",
    "The provision of a temporary residence permit is not conditional on the victim's cooperation with law enforcement.",
    "Training was provided to staff in the health sector and in refugee and asylum reception centres to assist victims of trafficking.",
    "Successful practices in providing job placements to trafficking victims were developed with the private sector.",
  ],
  G: [
    "Prosecutors received guidance on the use of financial evidence and on reducing reliance on victim testimony.",
    "Most cases concerned sexual exploitation, followed by forced labour in agriculture and construction.",
    "Special investigative techniques, including the interception of communications, may be used in trafficking cases.",
    "A specialized unit of the national police investigates trafficking in persons and other complex crimes.",
    "Financial investigations are conducted in parallel with trafficking investigations, and confiscated assets may be used to compensate victims.",
    "Figures are provisional and come from the case management system of the prosecution service.",
    "Training on trafficking in persons is part of the predeployment training of military and police personnel.",
  ],
  H: [
    "The State participates in regional police cooperation through INTERPOL and regional bodies.",
    "Mutual legal assistance may be provided on the basis of reciprocity in the absence of a treaty.",
    "A joint investigation team was set up with neighbouring States and supported by Europol and Eurojust.",
    "Liaison officers posted abroad exchange information on trafficking routes with their counterparts.",
    "Bilateral agreements provide for the safe and voluntary return of victims and their reintegration.",
    "The State received technical assistance from UNODC and IOM to develop its national referral mechanism.",
  ],
  I: [
    "Data on victims and offenders are compiled annually by the national coordinator from police, prosecution and victim service records.",
    "A study on trafficking for the purpose of forced labour in agriculture was commissioned during the reporting period.",
    "Data are shared with UNODC for the Global Report on Trafficking in Persons.",
  ],
  J: [
    "There was no armed conflict on the territory of the State during the reporting period.",
    "The authorities have not identified victims of trafficking coming from conflict-affected areas or trafficked by terrorist or armed groups.",
    "Persons released from armed groups are individually assessed for indicators of trafficking before any decision on prosecution.",
    "Awareness-raising sessions were held in camps for internally displaced persons, together with religious and traditional leaders.",
    "Children formerly associated with armed groups are handed over to child protection services for rehabilitation and reintegration.",
  ],
  K: [
    "Online recruitment and exploitation through social media platforms require new investigative capacities.",
    "The State would welcome technical assistance in data collection and in financial investigations.",
    "Identification of victims among mixed migration flows remains the main challenge.",
    "Limited resources for shelters and for specialized investigators remain a challenge.",
    "The State stands ready to share its experience with other Member States.",
  ],
  generic: [
    "Further information is available from the national coordinator on request.",
    "The measures described were implemented during the reporting period.",
  ],
};

export interface GoodPracticeText {
  title: string;
  description: string;
  results: string;
}

/** Good-practice nominations, after the practices the seed reports highlight (BRIEF §3.7). */
export const GOOD_PRACTICES: readonly GoodPracticeText[] = [
  {
    title: "Joint investigation team with neighbouring States",
    description:
      "A joint investigation team with two neighbouring States investigated a network that recruited women through false job offers and exploited them in three countries.",
    results: "Eleven suspects were arrested and fourteen victims were identified and referred to assistance.",
  },
  {
    title: "Guidelines for military police on identifying and referring victims",
    description:
      "Guidelines for the identification and referral of trafficking victims were issued to military police deployed abroad and included in predeployment training.",
    results: "All contingents deployed during the reporting period received the training.",
  },
  {
    title: "Trafficking risks in school curricula",
    description:
      "Information on the risks of trafficking in persons was incorporated into secondary school curricula and into the training of teachers.",
    results: "Teachers in all regions were trained and pupils received the material in their own language.",
  },
  {
    title: "Job placements for victims",
    description: "Employers' associations and the public employment service offered job placements and vocational training to victims of trafficking.",
    results: "Most of the victims placed were still employed six months later.",
  },
  {
    title: "Screening in reception centres",
    description:
      "Staff of reception centres for migrants and asylum seekers were trained to detect indicators of trafficking and to refer presumed victims to the national referral mechanism.",
    results: "The number of presumed victims referred from reception centres doubled.",
  },
  {
    title: "Survivor advisory council",
    description: "A council of survivors advises the national coordinator on the design of services and on awareness-raising materials.",
    results: "Survivors contributed to the revision of the national action plan.",
  },
  {
    title: "Specialized investigators for complex crimes",
    description: "Officers specialized in investigating trafficking in persons and other complex crimes were assigned to every regional police directorate.",
    results: "The number of cases brought to prosecution increased during the reporting period.",
  },
  {
    title: "Awareness-raising with civil society in camps",
    description:
      "Government agencies and civil society organizations held joint awareness-raising sessions in camps for internally displaced persons and in reception centres.",
    results: "Several presumed victims came forward after the sessions and were assisted.",
  },
];

/** Fictitious focal-point names for META-04 (no real person). */
export const FOCAL_POINT_NAMES = ["A. Moreau", "L. Haddad", "M. Okafor", "S. Lindqvist", "J. Alvarez", "K. Tanaka", "R. Petrova", "N. Mensah", "D. Costa", "H. Novak"];
export const FOCAL_POINT_TITLES = ["National Coordinator against Trafficking in Persons", "Head of the Anti-Trafficking Unit", "Senior Legal Adviser", "Director of International Cooperation", "Counsellor, Permanent Mission"];
export const AGENCIES = ["Ministry of Justice", "Ministry of the Interior", "Ministry of Foreign Affairs", "Office of the National Coordinator", "Ministry of Labour and Social Affairs"];

/** Partners used for lists of Member States (bilateral agreements, joint investigations). */
export const PARTNERS_BY_REGION: Readonly<Record<string, readonly string[]>> = {
  AFRICA: ["NGA", "NER", "BEN", "TGO", "CIV", "KEN", "TZA", "ZAF", "ETH", "SDN"],
  AMERICAS: ["ARG", "BRA", "COL", "MEX", "PER", "ECU", "GTM", "HND", "PRY", "USA"],
  ASIA: ["THA", "KHM", "VNM", "PHL", "IDN", "MYS", "NPL", "IND", "BGD", "LAO"],
  EUROPE: ["TUR", "UKR", "MDA", "ROU", "BGR", "SRB", "ALB", "GEO", "DEU", "ITA"],
  EU: ["FRA", "ESP", "ITA", "DEU", "NLD", "BEL", "ROU", "BGR", "POL", "AUT"],
  OCEANIA: ["AUS", "IDN", "PHL", "PNG", "THA", "VNM", "MYS", "SGP"],
  ARAB: ["JOR", "LBN", "EGY", "TUN", "MAR", "SDN", "IRQ", "SYR", "LBY", "ETH"],
};
