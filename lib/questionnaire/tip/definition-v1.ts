import type { Condition, QuestionOption, QuestionnaireDefinitionInput } from "@/lib/questionnaire/definition";

/**
 * The Member State questionnaire on trafficking in persons, version 1, transcribed from BRIEF §4.4–§4.5
 * (question IDs, texts, answer types, requirements and the report sections and sentence kinds each
 * question feeds). Option lists for instruments come from §5.1, armed groups from §5.10; help texts quote
 * the [003] glossary (§5.12). Published versions are immutable: change a question by writing version 2.
 */

type SectionInput = QuestionnaireDefinitionInput["sections"][number];
type QuestionInput = SectionInput["questions"][number];
type FieldInput = QuestionInput["fields"][number];
type GridAxis = { code: string; label: string }[];

// ---------------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------------

const opt = (code: string, label: string, extra: Omit<QuestionOption, "code" | "label"> = {}): QuestionOption => ({
  code,
  label,
  ...extra,
});

/** "Other (specify)": asks for a text. BRIEF §4.2 gives every multiple choice this option. */
const other = (label = "Other (specify)"): QuestionOption => opt("OTHER", label, { specify: true });

/** "None": cannot be combined with other options. */
const none = (label = "None"): QuestionOption => opt("NONE", label, { exclusive: true });

const yesNo = (): QuestionOption[] => [opt("YES", "Yes"), opt("NO", "No")];

/** The question's optional free-text details (BRIEF §4.1 principle 3: closed answers, each with optional details). */
const details = (label = "Details", wordLimit = 200): FieldInput => ({ key: "details", type: "TXT", label, wordLimit, required: false });

const isIn = (question: string, field: string, values: string[]): Condition => ({ question, field, op: "in", values });
const includesAny = (question: string, field: string, values: string[]): Condition => ({ question, field, op: "includesAny", values });
/** Answered, and "None" not selected. */
const notNone = (question: string, field: string): Condition => ({
  all: [{ question, field, op: "answered" }, { not: includesAny(question, field, ["NONE"]) }],
});
/** A YNP answered "Yes" or "Partial". */
const yesOrPartial = (question: string, field: string): Condition => isIn(question, field, ["YES", "PARTIAL"]);

/** A seed sentence with its anchor, for `feeds.examples`. */
const ex = (quote: string, anchor: string): string => `"${quote}" ${anchor}`;

const SEX: GridAxis = [
  { code: "FEMALE", label: "Female" },
  { code: "MALE", label: "Male" },
  { code: "OTHER_NOT_RECORDED", label: "Other or not recorded" },
];
const AGE: GridAxis = [
  { code: "ADULT", label: "Adult (18 years or older)" },
  { code: "CHILD", label: "Child (under 18 years)" },
];

/** Forms of exploitation used in the data grids (PROT-04, ACC-02). */
const EXPLOITATION_FORMS: GridAxis = [
  { code: "SEXUAL_EXPLOITATION", label: "Sexual exploitation" },
  { code: "FORCED_LABOUR", label: "Forced labour" },
  { code: "DOMESTIC_SERVITUDE", label: "Domestic servitude" },
  { code: "FORCED_MARRIAGE", label: "Forced marriage" },
  { code: "ORGAN_REMOVAL", label: "Removal of organs" },
  { code: "CRIMINAL_ACTIVITIES", label: "Criminal activities" },
  { code: "BEGGING", label: "Begging" },
  { code: "ARMED_CONFLICT_RELATED", label: "Armed conflict-related" },
  { code: "OTHER", label: "Other" },
];

/** Party status, as recorded by the depositary (RAT-01, RAT-02). */
const PARTY_STATUS: QuestionOption[] = [
  opt("PARTY", "Party (ratification / accession / acceptance / approval / succession)"),
  opt("SIGNATORY", "Signatory, not yet party"),
  opt("NOT_SIGNATORY", "Not a signatory"),
];
const NOT_PARTY = ["SIGNATORY", "NOT_SIGNATORY"];

/** Glossary entries quoted verbatim in help texts (BRIEF §5.12, from [003] Annex I). */
export const TIP_GLOSSARY = {
  traffickingInPersons: {
    term: "Trafficking in persons",
    text: "The recruitment, transportation, transfer, harbouring or receipt of persons, by means of the threat or use of force or other forms of coercion, of abduction, of fraud, of deception, of the abuse of power or of a position of vulnerability or of the giving or receiving of payments or benefits to achieve the consent of a person having control over another person, for the purpose of exploitation. Exploitation shall include, at a minimum, the exploitation of the prostitution of others or other forms of sexual exploitation, forced labour or services, slavery or practices similar to slavery, servitude or the removal of organs",
    source: "Art. 3 of the Trafficking in Persons Protocol",
  },
  child: { term: "Child", text: "In the context of trafficking in persons, any person under 18 years of age", source: "Art. 3 (d) of the Protocol" },
  smugglingOfMigrants: {
    term: "Smuggling of migrants",
    text: "The procurement, in order to obtain, directly or indirectly, a financial or other material benefit, of the illegal entry of a person into a State Party of which the person is not a national or a permanent resident",
    source: "Art. 3 of the Smuggling of Migrants Protocol",
  },
  forcedLabour: {
    term: "Forced labour",
    text: "All work or service which is exacted from any person under the menace of penalty and for which the person has not offered herself/himself voluntarily",
    source: "ILO Convention No. 29",
  },
  debtBondage: {
    term: "Debt bondage",
    text: "The status or condition arising from a pledge by a debtor of his personal services or of those of a person under his control as security for a debt, if the value of those services as reasonably assessed is not applied towards the liquidation of the debt or the length and nature of those services are not respectively limited and defined",
    source: "Supplementary Convention, art. 1 (a)",
  },
  slavery: {
    term: "Slavery",
    text: "The status or condition of a person over whom any or all of the powers attaching to the right of ownership are exercised",
    source: "Slavery Convention of 1926, art. I, para. 1",
  },
  organizedCriminalGroup: {
    term: "Organized criminal group",
    text: "A structured group of three or more persons, existing for a period of time and acting in concert with the aim of committing one or more serious crimes or offences established in accordance with the Organized Crime Convention",
    source: "Art. 3 (a) [sic] of the Organized Crime Convention",
  },
  seriousCrime: {
    term: "Serious crime",
    text: "Conduct constituting an offence punishable by a maximum deprivation of liberty of at least four years or a more serious penalty",
    source: "Art. 2 (b) of the Organized Crime Convention",
  },
  internallyDisplacedPersons: {
    term: "Internally displaced persons",
    text: "Persons or groups of persons who have been forced or obliged to flee or to leave their homes or places of habitual residence, in particular as a result of or in order to avoid the effects of armed conflict, situations of generalized violence, violations of human rights or natural or human-made disasters, and who have not crossed an internationally recognized State border",
    source: "Guiding Principles on Internal Displacement",
  },
  unaccompaniedChildren: {
    term: "Unaccompanied children",
    text: "Children who have been separated from both parents and other relatives and are not being cared for by an adult who, by law or custom, is responsible for doing so",
    source: "UNICEF",
  },
  separatedChildren: {
    term: "Separated children",
    text: "Children who have been separated from both parents, or from their previous legal or customary primary caregiver, but not necessarily from other relatives. These may therefore include children accompanied by other adult family members",
    source: "UNICEF",
  },
  childSoldier: {
    term: "Child soldier",
    text: "A child associated with an armed force or armed group; refers to any person under 18 years of age who is, or who has been, recruited or used by an armed force or armed group in any capacity, including but not limited to children, boys and girls used as fighters, cooks, partners or spies, or for sexual purposes",
    source: "Principles and Guidelines on Children Associated with Armed Forces or Armed Groups",
  },
  abductionOfChildren: {
    term: "Abduction of children",
    text: "The unlawful removal, seizure, capture, apprehension, taking or enforced disappearance of a child either temporarily or permanently for the purpose of any form of exploitation of the child.",
    source: "mrmtools.org",
  },
  postConflict: { term: "Post-conflict", text: "Not defined in international law", source: "" },
  conflict: { term: "Conflict", text: "There is no internationally agreed definition of conflict.", source: "" },
  conflictRelatedSexualViolence: {
    term: "Conflict-related sexual violence",
    text: "…rape, sexual slavery, forced prostitution, forced pregnancy, forced abortion, enforced sterilization, forced marriage and any other form of sexual violence of comparable gravity perpetrated against women, men, girls or boys that is directly or indirectly linked to a conflict. … The term also encompasses trafficking in persons when committed in situations of conflict for the purpose of sexual violence and/or exploitation",
    source: "S/2017/249",
  },
  // Not reproduced in §5.12 but named by CONF-01; verbatim from [003] Annex I.
  internationalArmedConflict: {
    term: "International armed conflict",
    text: "As defined in the Geneva Conventions, refers to “all cases of declared war or of any other armed conflict which may arise between two or more of the High Contracting Parties, even if the state of war is not recognized by one of them. The Convention shall also apply to all cases of partial or total occupation of the territory of a High Contracting Party, even if the said occupation meets with no armed resistance.”",
    source: "common article 2 of the Geneva Conventions of 1949, as read by the International Committee of the Red Cross (2008)",
  },
  nonInternationalArmedConflict: {
    term: "Non-international armed conflict",
    text: "Armed conflicts not of an international character occurring in the territory of one of the High Contracting Parties to the Geneva Conventions",
    source: "common article 3 of the Geneva Conventions of 1949, as read by the International Committee of the Red Cross (2008)",
  },
} as const;

type GlossaryKey = keyof typeof TIP_GLOSSARY;

/** Help text quoting glossary entries: `Term: "definition" (source).` */
const glossary = (...keys: GlossaryKey[]): string =>
  keys
    .map((k) => {
      const e = TIP_GLOSSARY[k];
      return `${e.term}: "${e.text}"${e.source ? ` (${e.source}).` : "."}`;
    })
    .join(" ");

const helpText = (...parts: string[]): string => parts.filter(Boolean).join(" ");

const SC_CYCLES_REQUIRED = "Required in Security Council reporting cycles; optional in General Assembly cycles.";
const NO_PERSONAL_DATA = "Do not include personal data.";

// ---------------------------------------------------------------------------------------------------
// Instruments (BRIEF §5.1)
// ---------------------------------------------------------------------------------------------------

/** The Organized Crime Convention and the Trafficking in Persons Protocol (RAT-01, RAT-02). */
const CORE_INSTRUMENTS: QuestionOption[] = [
  opt("UNTOC", "United Nations Convention against Transnational Organized Crime"),
  opt(
    "TIP_PROTOCOL",
    "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime",
  ),
];

/** The "other international and regional instruments" listed in RAT-04, titled as in §5.1. */
const OTHER_INSTRUMENTS: QuestionOption[] = [
  opt("ILO_C029", "Forced Labour Convention, 1930 (No. 29)"),
  opt("ILO_P029", "Protocol of 2014 to the Forced Labour Convention, 1930"),
  opt("ILO_C105", "Abolition of Forced Labour Convention, 1957 (No. 105)"),
  opt("ILO_C182", "Worst Forms of Child Labour Convention, 1999 (No. 182)"),
  opt("SLAVERY_CONVENTION_1926", "Slavery Convention of 1926"),
  opt(
    "SUPPLEMENTARY_SLAVERY_CONVENTION",
    "Supplementary Convention on the Abolition of Slavery, the Slave Trade, and Institutions and Practices Similar to Slavery",
  ),
  opt("CRC", "Convention on the Rights of the Child"),
  opt("CRC_OPSC", "Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography"),
  opt("CRC_OPAC", "Optional Protocol to the Convention on the Rights of the Child on the involvement of children in armed conflict"),
  opt("CEDAW", "Convention on the Elimination of All Forms of Discrimination against Women"),
  opt("ICCPR", "International Covenant on Civil and Political Rights"),
  opt("ICESCR", "International Covenant on Economic, Social and Cultural Rights"),
  opt("CONVENTION_1949_TRAFFIC_IN_PERSONS", "Convention for the Suppression of the Traffic in Persons and of the Exploitation of the Prostitution of Others"),
  opt("ICRMW", "International Convention on the Protection of the Rights of All Migrant Workers and Members of their Families"),
  opt("REFUGEE_CONVENTION_1951", "Convention relating to the Status of Refugees"),
  opt("REFUGEE_PROTOCOL_1967", "Protocol relating to the Status of Refugees"),
  opt(
    "SMUGGLING_PROTOCOL",
    "Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime",
  ),
  opt("TERRORISM_FINANCING_CONVENTION", "International Convention for the Suppression of the Financing of Terrorism"),
  opt("ROME_STATUTE", "Rome Statute of the International Criminal Court"),
  opt("COE_TRAFFICKING_CONVENTION", "Council of Europe Convention on Action against Trafficking in Human Beings"),
  opt("ASEAN_TRAFFICKING_CONVENTION", "Association of Southeast Asian Nations (ASEAN) Convention against Trafficking in Persons, Especially Women and Children"),
  opt(
    "SAARC_TRAFFICKING_CONVENTION",
    "South Asian Association for Regional Cooperation Convention on Preventing and Combating Trafficking in Women and Children for Prostitution",
  ),
  opt(
    "EU_DIRECTIVE_2011_36",
    "European Union Directive 2011/36/EU on preventing and combating trafficking in human beings and protecting its victims",
    { help: "For States members of the European Union: applicability of the Directive, not ratification." },
  ),
];

const TREATY_ACTIONS: QuestionOption[] = [
  opt("SIGNATURE", "Signature"),
  opt("RATIFICATION", "Ratification"),
  opt("ACCESSION", "Accession"),
  opt("ACCEPTANCE", "Acceptance"),
  opt("APPROVAL", "Approval"),
  opt("SUCCESSION", "Succession"),
];

// ---------------------------------------------------------------------------------------------------
// Section A — About this reply (BRIEF §4.4: META-04 and META-06; the other META fields are system fields)
// ---------------------------------------------------------------------------------------------------

const sectionA: SectionInput = {
  code: "A",
  title: "About this reply",
  intro: "The Member State, the reporting cycle, the period covered and the channel of transmission are recorded by the system.",
  questions: [
    {
      id: "META-04",
      text: "Please identify the focal point for this reply and the national institutions consulted in preparing it.",
      requirement: "R",
      fields: [
        { key: "name", type: "TXT", label: "Name of the focal point", wordLimit: 20, multiline: false },
        { key: "title", type: "TXT", label: "Title", wordLimit: 20, multiline: false, required: true },
        { key: "ministryOrAgency", type: "TXT", label: "Ministry or agency", wordLimit: 30, multiline: false, required: true },
        { key: "email", type: "TXT", label: "E-mail", wordLimit: 5, multiline: false, required: true },
        {
          key: "institutionsConsulted",
          type: "MC",
          label: "National institutions consulted",
          required: true,
          options: [
            opt("MINISTRY_OF_JUSTICE", "Ministry of justice"),
            opt("MINISTRY_OF_INTERIOR", "Ministry of the interior or police"),
            opt("MINISTRY_OF_FOREIGN_AFFAIRS", "Ministry of foreign affairs"),
            opt("MINISTRY_OF_LABOUR", "Ministry of labour"),
            opt("MINISTRY_OF_SOCIAL_AFFAIRS", "Ministry of social affairs, family or children"),
            opt("MINISTRY_OF_HEALTH", "Ministry of health"),
            opt("MINISTRY_OF_EDUCATION", "Ministry of education"),
            opt("MINISTRY_OF_DEFENCE", "Ministry of defence"),
            opt("MIGRATION_ASYLUM_AUTHORITIES", "Migration and asylum authorities"),
            opt("PROSECUTION_SERVICE", "Prosecution service"),
            opt("JUDICIARY", "Judiciary"),
            opt("FINANCIAL_INTELLIGENCE_UNIT", "Financial intelligence unit"),
            opt("NATIONAL_COORDINATOR", "National anti-trafficking coordinator or rapporteur"),
            opt("STATISTICS_OFFICE", "National statistical office"),
            opt("NATIONAL_HUMAN_RIGHTS_INSTITUTION", "National human rights institution"),
            opt("CIVIL_SOCIETY", "Civil society organizations"),
            other(),
            none("None (reply prepared by the focal point's institution alone)"),
          ],
        },
      ],
      feeds: { sections: ["T-FN"], kinds: ["FN"], examples: [] },
    },
    {
      id: "META-06",
      text: "Does your State consent to being named in the report?",
      help: "Applies to the whole reply. Named examples are used only after review by the secretariat.",
      requirement: "R",
      fields: [
        {
          key: "consent",
          type: "SC",
          label: "Consent to naming in the report",
          options: [
            opt("MAY_BE_NAMED", "May be named"),
            opt("GOOD_PRACTICE_ONLY", "May be named in good-practice examples only"),
            opt("ANONYMOUS_ONLY", "Anonymous only"),
          ],
        },
      ],
      feeds: { sections: ["T-FN"], kinds: ["NAMED"], examples: [] },
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Section B — Ratification and related instruments (T-RAT)
// ---------------------------------------------------------------------------------------------------

const sectionB: SectionInput = {
  code: "B",
  title: "Ratification and related instruments",
  questions: [
    {
      id: "RAT-01",
      text: "Please confirm your State's status with respect to the United Nations Convention against Transnational Organized Crime (pre-filled from depositary records).",
      help: "Pre-filled from depositary records: please confirm or correct.",
      requirement: "R",
      fields: [
        { key: "status", type: "SC", label: "Status", options: PARTY_STATUS },
        {
          key: "depositDate",
          type: "DATE",
          label: "Date of deposit of the instrument",
          required: false,
          visibleWhen: { question: "RAT-01", field: "status", op: "equals", value: "PARTY" },
        },
      ],
      feeds: {
        sections: ["T-RAT"],
        kinds: ["STAT", "REC"],
        examples: [
          ex(
            "During the reporting period, two States have become parties to the Convention, the Republic of Korea (5 November 2015) and the Democratic People's Republic of Korea (17 June 2016)",
            "[000] ¶19",
          ),
          ex("Call upon Member States that have not yet done so to ratify or accede to…", "[000] ¶63 (a)"),
        ],
      },
    },
    {
      id: "RAT-02",
      text: "Please confirm your State's status with respect to the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime.",
      help: "Pre-filled from depositary records: please confirm or correct.",
      requirement: "R",
      fields: [
        { key: "status", type: "SC", label: "Status", options: PARTY_STATUS },
        {
          key: "depositDate",
          type: "DATE",
          label: "Date of deposit of the instrument",
          required: false,
          visibleWhen: { question: "RAT-02", field: "status", op: "equals", value: "PARTY" },
        },
        {
          key: "entryIntoForceDate",
          type: "DATE",
          label: "Date of entry into force for your State",
          required: false,
          visibleWhen: { question: "RAT-02", field: "status", op: "equals", value: "PARTY" },
        },
      ],
      feeds: {
        sections: ["T-RAT"],
        kinds: ["STAT", "REC"],
        examples: [
          ex(
            "the State of Palestine deposited its instrument of accession to the Protocol on 29 December 2017; the Protocol entered into force in the State of Palestine on 28 January 2018",
            "[001] ¶22",
          ),
          ex("I strongly encourage Member States that have not yet done so to ratify or accede to the Protocol and its parent Convention", "[001] ¶77"),
        ],
      },
    },
    {
      id: "RAT-03",
      text: "If your State is not yet a party to the Convention and/or the Protocol, is ratification or accession under consideration? Please describe the stage reached and the expected timeline.",
      requirement: "COND",
      requiredWhen: { any: [isIn("RAT-01", "status", NOT_PARTY), isIn("RAT-02", "status", NOT_PARTY)] },
      visibleWhen: { any: [isIn("RAT-01", "status", NOT_PARTY), isIn("RAT-02", "status", NOT_PARTY)] },
      fields: [
        {
          key: "stage",
          type: "SC",
          label: "Stage reached",
          options: [
            opt("PROCESS_UNDER_WAY", "Process under way"),
            opt("UNDER_CONSIDERATION", "Under consideration"),
            opt("NOT_UNDER_CONSIDERATION", "Not under consideration"),
          ],
        },
        {
          key: "expectedYear",
          type: "YEAR",
          label: "Year in which the instrument is expected",
          required: false,
          visibleWhen: { question: "RAT-03", field: "stage", op: "equals", value: "PROCESS_UNDER_WAY" },
        },
        { key: "details", type: "TXT", label: "Stage reached and expected timeline", wordLimit: 100, required: false },
      ],
      feeds: { sections: ["T-RAT"], kinds: ["AGG", "EX1", "REC"], examples: [] },
    },
    {
      id: "RAT-04",
      text: "Please indicate the other international and regional instruments relevant to trafficking in persons to which your State is a party (pre-filled where depositary data exist).",
      help: "Pre-filled where depositary data exist: please confirm or complete.",
      requirement: "O",
      fields: [
        {
          key: "instruments",
          type: "INSTR",
          label: "Instruments to which your State is a party, with the date of ratification or accession",
          instruments: OTHER_INSTRUMENTS,
          withDate: true,
        },
        details(),
      ],
      feeds: {
        sections: ["T-RAT"],
        kinds: ["FN", "NAMED", "REC"],
        examples: [
          ex(
            "Member States also reported being parties to other international and regional human rights instruments, such as the International Covenant on Civil and Political Rights; …",
            "[000] fn 11",
          ),
          ex(
            "States members of the Association of Southeast Asian Nations (ASEAN) signed the ASEAN Convention against Trafficking in Persons, Especially Women and Children, a regional, legally binding agreement, at the end of 2015",
            "[000] ¶27",
          ),
        ],
      },
    },
    {
      id: "RAT-05",
      text: "Did your State sign, ratify or accede to any of the instruments above during the reporting period? Is your State engaged in the Mechanism for the Review of Implementation of the United Nations Convention against Transnational Organized Crime and the Protocols thereto?",
      requirement: "O",
      fields: [
        {
          key: "treatyActions",
          type: "INSTR",
          label: "Treaty actions during the reporting period, with their dates",
          instruments: [...CORE_INSTRUMENTS, ...OTHER_INSTRUMENTS],
          withDate: true,
          actions: TREATY_ACTIONS,
        },
        { key: "reviewMechanism", type: "YNP", label: "Engaged in the Mechanism for the Review of Implementation" },
        details(),
      ],
      feeds: {
        sections: ["T-RAT"],
        kinds: ["STAT"],
        examples: [ex("I am confident that the recently established Mechanism for the Review of Implementation … will be instrumental", "[001] ¶77")],
      },
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Section C — Legislation and criminalization (T-LEG)
// ---------------------------------------------------------------------------------------------------

const sectionC: SectionInput = {
  code: "C",
  title: "Legislation and criminalization",
  questions: [
    {
      id: "LEG-01",
      text: "Does your domestic legislation establish a specific criminal offence of trafficking in persons covering all the elements of the definition in article 3 of the Trafficking in Persons Protocol (act, means and exploitative purpose)?",
      help: glossary("traffickingInPersons"),
      requirement: "R",
      fields: [
        {
          key: "offence",
          type: "SC",
          label: "Criminal offence of trafficking in persons",
          options: [
            opt("YES_ALL_ASPECTS", "Yes, all aspects explicitly listed in the Protocol"),
            opt("PARTIAL", "Partial legislation"),
            opt("NO_SPECIFIC_OFFENCE", "No specific offence"),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-LEG"],
        kinds: ["AGG", "STAT", "REC"],
        examples: [
          ex("The majority of Member States had adopted legislation criminalizing trafficking in persons, in line with the Trafficking in Persons Protocol.", "[001] ¶24"),
          ex("All criminalize human trafficking through explicit criminal offences in their penal codes or other law.", "[000] ¶21"),
        ],
      },
    },
    {
      id: "LEG-02",
      text: "Where is the offence established? Please cite the law(s) and article(s), and indicate if a dedicated anti-trafficking law also regulates victim protection, compensation or national coordination.",
      help: "If there is no specific offence, choose \"Other\" and indicate where related conduct is criminalized.",
      requirement: "R",
      fields: [
        {
          key: "basis",
          type: "SC",
          label: "Legal basis of the offence",
          options: [
            opt("DEDICATED_LAW", "Dedicated anti-trafficking law"),
            opt("PENAL_CODE", "Penal/criminal code"),
            opt("BOTH", "Both"),
            other("Other"),
          ],
        },
        {
          key: "provides",
          type: "MC",
          label: "The dedicated law also provides for",
          required: false,
          visibleWhen: isIn("LEG-02", "basis", ["DEDICATED_LAW", "BOTH"]),
          options: [
            opt("VICTIM_IDENTIFICATION", "Victim identification"),
            opt("PROTECTION_AND_SUPPORT", "Protection and support"),
            opt("COMPENSATION", "Compensation"),
            opt("NATIONAL_COORDINATION_MECHANISM", "National coordination mechanism"),
            opt("PREVENTION", "Prevention"),
            other(),
          ],
        },
        { key: "citation", type: "TXT", label: "Law(s) and article(s)", wordLimit: 200, required: true },
      ],
      feeds: {
        sections: ["T-LEG"],
        kinds: ["AGG"],
        examples: [
          ex(
            "Dedicated anti-trafficking laws, some enacted during the reporting period, may provide for a range of measures beyond criminalization, including for victim identification, protection and support and compensation services, and the establishment of national coordination mechanisms.",
            "[000] ¶21",
          ),
        ],
      },
    },
    {
      id: "LEG-03",
      text: "Which forms of exploitation are covered by the offence?",
      help: glossary("forcedLabour", "slavery"),
      requirement: "R",
      fields: [
        {
          key: "forms",
          type: "MC",
          label: "Forms of exploitation covered",
          options: [
            opt("SEXUAL_EXPLOITATION", "Exploitation of the prostitution of others or other forms of sexual exploitation"),
            opt("FORCED_LABOUR", "Forced labour or services"),
            opt("SLAVERY", "Slavery or practices similar to slavery"),
            opt("SERVITUDE", "Servitude"),
            opt("ORGAN_REMOVAL", "Removal of organs"),
            opt("FORCED_MARRIAGE", "Forced or servile marriage"),
            opt("CRIMINAL_ACTIVITIES", "Exploitation in criminal activities"),
            opt("FORCED_BEGGING", "Forced begging"),
            opt("CHILD_RECRUITMENT_ARMED", "Recruitment or use of children by armed forces or armed groups"),
            opt("TERRORIST_ACTIVITIES", "Use of persons in terrorist activities"),
            opt("ILLEGAL_ADOPTION", "Illegal adoption"),
            other(),
            none("None (no specific offence)"),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-LEG"],
        kinds: ["AGG", "SUB"],
        examples: [
          ex(
            "Several States noted that their anti-trafficking laws, which covered various forms of exploitation, applied to trafficking in times of peace, as well as in times of conflict.",
            "[001] ¶24",
          ),
          ex("several Member States reported new legislation enacted to address trafficking in organs", "[002] ¶6"),
        ],
      },
    },
    {
      id: "LEG-04",
      text: "For victims under 18 years of age, is the offence established without proof of any of the 'means' (threat, force, coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, payments)?",
      help: helpText(
        "\"The 'means' element is not a requisite for the definition of trafficking in persons when the victim is a child\" ([003] Executive summary).",
        glossary("child"),
      ),
      requirement: "R",
      fields: [{ key: "meansNotRequired", type: "YNP", label: "Offence established without proof of the means for child victims" }, details()],
      feeds: { sections: ["T-LEG"], kinds: ["AGG", "GAP"], examples: [] },
    },
    {
      id: "LEG-05",
      text: "Does the trafficking offence apply equally in times of armed conflict? Which related conduct is criminalized as a distinct offence?",
      help: helpText(SC_CYCLES_REQUIRED, glossary("conflictRelatedSexualViolence", "smugglingOfMigrants")),
      requirement: "O",
      fields: [
        {
          key: "application",
          type: "SC",
          label: "Application in times of armed conflict",
          options: [
            opt("PEACE_AND_CONFLICT_ALIKE", "Applies in peace and conflict alike"),
            opt("SPECIFIC_CONFLICT_PROVISIONS", "Specific conflict-related provisions exist"),
            opt("NOT_ADDRESSED", "Not addressed"),
          ],
        },
        {
          key: "relatedOffences",
          type: "MC",
          label: "Related conduct criminalized as a distinct offence",
          options: [
            opt("CHILD_RECRUITMENT_ARMED", "Recruitment or use of children by armed forces or armed groups"),
            opt("ENSLAVEMENT_SEXUAL_SLAVERY", "Enslavement / sexual slavery"),
            opt("FORCED_MARRIAGE", "Forced marriage"),
            opt("INTERNATIONAL_CRIMES", "War crimes, crimes against humanity and genocide (domestic incorporation)"),
            opt("SMUGGLING_OF_MIGRANTS", "Smuggling of migrants"),
            opt("FORCED_LABOUR", "Forced labour"),
            opt("ORGAN_TRAFFICKING", "Organ trafficking"),
            other(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-LEG"],
        kinds: ["SUB"],
        examples: [
          ex(
            "Some States stressed that certain related conduct might be covered by provisions other than those specifically criminalizing trafficking in persons. That was the case, for instance, with regard to the recruitment of children by armed groups, which in some States had been established as a distinct criminal offence.",
            "[001] ¶24",
          ),
        ],
      },
    },
    {
      id: "LEG-06",
      text: "Was legislation relevant to trafficking in persons adopted or amended during the reporting period? For each law give the title, date and subject.",
      requirement: "R",
      fields: [
        { key: "adopted", type: "YNP", label: "Legislation adopted or amended during the reporting period" },
        {
          key: "laws",
          type: "GROUP",
          label: "Laws adopted or amended",
          itemLabel: "Law",
          required: true,
          visibleWhen: yesOrPartial("LEG-06", "adopted"),
          fields: [
            { key: "title", type: "TXT", label: "Title", wordLimit: 50, multiline: false },
            { key: "date", type: "DATE", label: "Date of adoption or amendment", required: true },
            {
              key: "subjects",
              type: "MC",
              label: "Subject",
              required: true,
              options: [
                opt("TRAFFICKING_OFFENCE", "Trafficking offence"),
                opt("VICTIM_PROTECTION", "Victim protection"),
                opt("ASYLUM_FIRST_RECEPTION", "Asylum and first-reception procedures"),
                opt("COMMERCIAL_PROSTITUTION", "Commercial prostitution"),
                opt("ORGAN_TRAFFICKING", "Organ trafficking"),
                opt("CORRUPTION_COMPLICITY", "Corruption / complicity of public officials"),
                opt("LABOUR_MIGRATION_RECRUITMENT", "Labour migration and recruitment"),
                opt("IMMIGRATION_LAW", "Immigration law (protection from repatriation)"),
                opt("MONEY_LAUNDERING", "Money-laundering / proceeds of crime"),
                other("Other"),
              ],
            },
          ],
        },
      ],
      feeds: {
        sections: ["T-LEG"],
        kinds: ["AGG", "SUB", "NAMED"],
        examples: [
          ex(
            "To protect vulnerable persons, … some States have enhanced their legislative provisions for asylum and first-reception procedures. Specific new legislation was also reported to regulate commercial prostitution and to combat organ trafficking.",
            "[000] ¶22",
          ),
          ex("in new legislation (Greece, Italy and Sweden)", "[004] ¶29"),
        ],
      },
    },
    {
      id: "LEG-07",
      text: "Has your State established jurisdiction over trafficking in persons offences committed outside its territory, in accordance with article 15 of the Organized Crime Convention?",
      requirement: "R",
      fields: [
        {
          key: "jurisdiction",
          type: "SC",
          label: "Extraterritorial jurisdiction",
          options: [
            opt("YES_NO_DUAL_CRIMINALITY", "Yes, over nationals abroad, without a requirement of dual criminality"),
            opt("YES_DUAL_CRIMINALITY", "Yes, with dual criminality"),
            opt("YES_OTHER_BASIS", "Yes, on another basis (specify)", { specify: true }),
            opt("NO", "No"),
            opt("UNDER_CONSIDERATION", "Under consideration"),
          ],
        },
        {
          key: "legalProvision",
          type: "TXT",
          label: "Legal provision",
          wordLimit: 200,
          required: false,
          visibleWhen: isIn("LEG-07", "jurisdiction", ["YES_NO_DUAL_CRIMINALITY", "YES_DUAL_CRIMINALITY", "YES_OTHER_BASIS"]),
        },
      ],
      feeds: {
        sections: ["T-LEG", "T-ACC"],
        kinds: ["AGG", "SUB", "EX1", "GP", "REC"],
        examples: [
          ex(
            "Extended territorial jurisdiction in some existing laws regarding the actions of citizens could enable States to apply these provisions abroad, including in conflict zones.",
            "[000] ¶21",
          ),
          ex(
            "Encourage Member States to consider establishing jurisdiction, in line with article 15 of the Convention, to prosecute instances of human trafficking committed by their nationals abroad",
            "[000] ¶63 (e)",
          ),
        ],
      },
    },
    {
      id: "LEG-08",
      text: "Is trafficking in persons a predicate offence for the laundering of the proceeds of crime under your legislation?",
      requirement: "R",
      fields: [{ key: "predicateOffence", type: "YNP", label: "Predicate offence for money-laundering" }, details()],
      feeds: {
        sections: ["T-FIN"],
        kinds: ["AGG", "GAP", "REC"],
        examples: [ex("…and to establish trafficking in persons as a predicate offence for the laundering of the proceeds of crime", "[000] ¶63 (d)")],
      },
    },
    {
      id: "LEG-09",
      text: "Which aggravating circumstances are provided for, and what is the maximum penalty for the basic offence?",
      help: helpText(
        "\"consideration should be given to imposing higher penalties for trafficking with aggravating circumstances, such as when committed against children or with the involvement or complicity of State officials or other persons mandated to protect civilians\" ([003] §4.4.1).",
        glossary("seriousCrime", "organizedCriminalGroup"),
        "If the maximum penalty is life imprisonment, say so in the details.",
      ),
      requirement: "O",
      fields: [
        {
          key: "aggravatingCircumstances",
          type: "MC",
          label: "Aggravating circumstances",
          options: [
            opt("CHILD_VICTIM", "Child victim"),
            opt("PUBLIC_OFFICIAL", "Involvement or complicity of a public official"),
            opt("PERSON_MANDATED_TO_PROTECT_CIVILIANS", "Offender is a person mandated to protect civilians (e.g. peacekeeping, military or humanitarian personnel)"),
            opt("ORGANIZED_CRIMINAL_GROUP", "Organized criminal group"),
            opt("SERIOUS_HARM_OR_DEATH", "Serious harm or death"),
            opt("DRUGS_OR_WEAPONS", "Use of drugs or weapons"),
            other("Other"),
          ],
        },
        { key: "maxPenaltyYears", type: "INT", label: "Maximum penalty for the basic offence", unit: "years" },
        details(),
      ],
      feeds: {
        sections: ["T-LEG"],
        kinds: ["AGG"],
        examples: [ex("Member States underlined the importance of legally prescribed, adequate sanctions for human traffickers.", "[002] ¶18")],
      },
    },
    {
      id: "LEG-10",
      text: "Does your legal framework ensure that victims of trafficking are not prosecuted or punished for unlawful acts they were compelled to commit as a direct consequence of being trafficked?",
      requirement: "R",
      fields: [
        {
          key: "nonPunishment",
          type: "SC",
          label: "Non-punishment of victims",
          options: [
            opt("STATUTORY_ANY_OFFENCE", "Yes, statutory provision covering any offence"),
            opt("STATUTORY_LIMITED", "Yes, statutory provision limited to certain offences"),
            opt("GUIDELINES_ONLY", "Prosecutorial guidelines or policy only"),
            opt("NO", "No"),
          ],
        },
        { key: "legalReference", type: "TXT", label: "Legal reference", wordLimit: 200, required: false },
      ],
      feeds: {
        sections: ["T-PROT", "T-LEG"],
        kinds: ["AGG", "REC"],
        examples: [
          ex("Many Member States exempt victims of trafficking from criminal prosecution for crimes committed as a result of being subjected to trafficking.", "[000] ¶30"),
          ex(
            "with a number of States noting that their domestic legislation provided for the exoneration of such persons from criminal liability in specific circumstances, including when persons were prosecuted for infringement of migration law",
            "[001] ¶38",
          ),
        ],
      },
    },
    {
      id: "LEG-11",
      text: "If the non-punishment provision is limited, to which offences does it apply and which criteria are used?",
      help: "The causation and duress criteria are those described in [003] §4.3.3.",
      requirement: "COND",
      requiredWhen: { question: "LEG-10", field: "nonPunishment", op: "equals", value: "STATUTORY_LIMITED" },
      visibleWhen: { question: "LEG-10", field: "nonPunishment", op: "equals", value: "STATUTORY_LIMITED" },
      fields: [
        {
          key: "offences",
          type: "MC",
          label: "Offences covered",
          options: [
            opt("IMMIGRATION_LAW", "Immigration / migration law"),
            opt("PROSTITUTION_OFFENCES", "Prostitution-related offences"),
            opt("FALSE_DOCUMENTS", "Use of false documents"),
            opt("PETTY_CRIME_OR_DRUGS", "Petty crime or drug offences"),
            opt("ARMED_OR_TERRORIST_GROUPS", "Association with or participation in armed or terrorist groups"),
            opt("ADMINISTRATIVE_OFFENCES", "Administrative offences"),
            other(),
          ],
        },
        {
          key: "criteria",
          type: "MC",
          label: "Criteria",
          required: false,
          options: [
            opt("CAUSATION", "Causation (offence directly connected with the trafficking)"),
            opt("DURESS", "Duress (the person was compelled)"),
            other(),
          ],
        },
        { key: "knownGaps", type: "TXT", label: "Known gaps", wordLimit: 200, required: false },
      ],
      feeds: {
        sections: ["T-PROT"],
        kinds: ["SUB", "EX1", "GAP"],
        examples: [
          ex(
            "Despite this progress, one State noted that, for example, not all victims received immunity for prostitution offences and more action was needed to ensure that trafficking victims were not criminalized for crimes committed in the course of their experience.",
            "[000] ¶30",
          ),
        ],
      },
    },
    {
      id: "LEG-12",
      text: "Has legislation or policy been adopted to address corruption and the complicity of public officials in trafficking? How many officials were subject to disciplinary and to criminal sanctions in the reporting period?",
      requirement: "O",
      fields: [
        { key: "adopted", type: "YNP", label: "Legislation or policy on corruption and complicity adopted" },
        { key: "disciplinarySanctions", type: "INT", label: "Officials subject to disciplinary sanctions", unit: "officials" },
        { key: "criminalSanctions", type: "INT", label: "Officials subject to criminal sanctions", unit: "officials" },
        details(),
      ],
      feeds: {
        sections: ["T-LEG"],
        kinds: ["EX1", "AGG"],
        examples: [
          ex(
            "New laws were cited that have been enacted to tackle corruption and/or the complicity of public officials with trafficking syndicates, with one State additionally reporting that a number of officials have been subjected to both disciplinary and criminal sanctions for related acts.",
            "[000] ¶22",
          ),
          ex(
            "Member States further pointed out the need for zero tolerance of corruption and the importance of taking a strong stand against complicity on the part of public officials in trafficking cases.",
            "[002] ¶17",
          ),
        ],
      },
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Section D — National coordination and action plans (T-COORD)
// ---------------------------------------------------------------------------------------------------

const sectionD: SectionInput = {
  code: "D",
  title: "National coordination and action plans",
  questions: [
    {
      id: "COORD-01",
      text: "Does your State have a national strategy or action plan against trafficking in persons?",
      requirement: "R",
      fields: [
        {
          key: "status",
          type: "SC",
          label: "National strategy or action plan",
          options: [
            opt("IN_FORCE", "In force"),
            opt("IN_PREPARATION", "In preparation"),
            opt("EXPIRED_NOT_RENEWED", "Expired and not renewed"),
            opt("NONE", "None"),
          ],
        },
        {
          key: "fromYear",
          type: "YEAR",
          label: "In force from",
          required: false,
          visibleWhen: { question: "COORD-01", field: "status", op: "equals", value: "IN_FORCE" },
        },
        {
          key: "toYear",
          type: "YEAR",
          label: "In force to",
          required: false,
          visibleWhen: { question: "COORD-01", field: "status", op: "equals", value: "IN_FORCE" },
        },
        details(),
      ],
      feeds: {
        sections: ["T-COORD"],
        kinds: ["AGG"],
        examples: [
          ex("A number of States reported the establishment of national strategies and action plans.", "[001] ¶32"),
          ex("A large number of Member States have developed strategic frameworks or national action plans…", "[002] ¶7"),
        ],
      },
    },
    {
      id: "COORD-02",
      text: "What does the plan cover?",
      requirement: "COND",
      requiredWhen: isIn("COORD-01", "status", ["IN_FORCE", "IN_PREPARATION"]),
      visibleWhen: isIn("COORD-01", "status", ["IN_FORCE", "IN_PREPARATION"]),
      fields: [
        {
          key: "scope",
          type: "MC",
          label: "The plan covers",
          options: [
            opt("PREVENTION", "Prevention"),
            opt("PROTECTION", "Protection of victims"),
            opt("PROSECUTION", "Prosecution of perpetrators"),
            opt("PARTNERSHIPS", "Partnerships"),
            opt("SPECIFIC_FORMS", "Specific forms (e.g. forced labour)"),
            opt("ARMED_CONFLICT", "Trafficking related to armed conflict"),
            opt("WOMEN_AND_GIRLS", "Women and girls (gender-specific measures)"),
            opt("MIGRANTS_AND_REFUGEES", "Migrants and refugees"),
            opt("MEASURABLE_TARGETS", "Measurable targets"),
            opt("MONITORING_EVALUATION", "Monitoring and evaluation mechanism"),
            opt("DEDICATED_BUDGET", "Dedicated budget"),
            other(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-COORD"],
        kinds: ["AGG", "SUB", "EX1"],
        examples: [
          ex(
            "Many national action plans foresaw a comprehensive approach, encompassing the prevention of trafficking, the protection of victims and the prosecution of perpetrators. Some expressly referred to trafficking related to armed conflict.",
            "[001] ¶32",
          ),
          ex("Some deal with specific types of human trafficking, such as trafficking for forced labour.", "[000] ¶23"),
        ],
      },
    },
    {
      id: "COORD-03",
      text: "Which national mechanism coordinates action against trafficking in persons, and who takes part in it?",
      requirement: "R",
      fields: [
        {
          key: "mechanisms",
          type: "MC",
          label: "Coordination mechanism",
          options: [
            opt("COORDINATION_COMMITTEE", "National anti-trafficking coordination committee"),
            opt("TASK_FORCE", "Operational team or task force"),
            opt("NATIONAL_RAPPORTEUR", "National rapporteur or coordinator"),
            opt("INTER_AGENCY_WORKING_GROUP", "Inter-agency working group"),
            opt("SPECIAL_ADVISORY_COUNCIL", "Special advisory council"),
            opt("AMBASSADOR", "Ambassador against trafficking"),
            other(),
            none(),
          ],
        },
        {
          key: "composition",
          type: "MC",
          label: "Composition",
          required: false,
          visibleWhen: notNone("COORD-03", "mechanisms"),
          options: [
            opt("MINISTRIES_AND_AGENCIES", "Relevant ministries and government agencies"),
            opt("CIVIL_SOCIETY", "Civil society"),
            opt("INTERNATIONAL_ORGANIZATIONS", "International organizations"),
            opt("SURVIVORS", "Survivors"),
            other(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-COORD"],
        kinds: ["AGG"],
        examples: [
          ex(
            "These efforts are usually led by national anti-trafficking coordination committees or operational teams (task forces) headed by rapporteurs or coordinators and composed of representatives of all relevant ministries and government agencies, as well as civil society, and that have monitoring and evaluation mechanisms.",
            "[000] ¶23",
          ),
          ex("…or having appointed ambassadors to act against trafficking in persons", "[002] ¶16"),
        ],
      },
    },
    {
      id: "COORD-04",
      text: "Are survivors of trafficking involved in national decision-making, coordination, service delivery or training?",
      requirement: "O",
      fields: [
        {
          key: "involvement",
          type: "MC",
          label: "Involvement of survivors",
          options: [
            opt("SURVIVOR_ADVISORY_COUNCIL", "Survivor advisory council"),
            opt("CULTURAL_MEDIATORS", "Survivors as \"cultural mediators\" in services"),
            opt("VICTIM_FEEDBACK_IN_TRAINING", "Victim feedback included in training"),
            other(),
            none(),
          ],
        },
        details(),
        { key: "goodPractice", type: "GP", label: "Good-practice nomination", count: 1 },
      ],
      feeds: {
        sections: ["T-COORD"],
        kinds: ["EX1", "GP", "NAMED"],
        examples: [
          ex(
            "One State has recently created a survivor advisory council which integrates former victims of human trafficking into national decision-making and coordination processes.",
            "[000] ¶23",
          ),
          ex("some have incorporated victim feedback in such training", "[000] ¶31"),
        ],
      },
    },
    {
      id: "COORD-05",
      text: "How did government funding for anti-trafficking action and victim assistance change compared with the previous reporting period? Please give amounts if available.",
      requirement: "O",
      fields: [
        {
          key: "trend",
          type: "SC",
          label: "Change in government funding",
          options: [opt("INCREASED", "Increased"), opt("STABLE", "Stable"), opt("DECREASED", "Decreased"), opt("NOT_KNOWN", "Not known")],
        },
        { key: "amount", type: "INT", label: "Government funding in the reporting period", withCurrency: true, required: false },
        {
          key: "fundingInstruments",
          type: "MC",
          label: "Funding instruments",
          options: [
            opt("NATIONAL_BUDGET_LINE", "National budget line"),
            opt("TRUST_FUND_VICTIMS", "Trust fund for victims of crime"),
            opt("NGO_GRANT_SCHEMES", "Grant schemes for non-governmental organizations"),
            opt("CONFISCATED_PROCEEDS", "Confiscated proceeds used for victims"),
            other(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-RES"],
        kinds: ["TREND", "AGG", "GAP"],
        examples: [
          ex(
            "The need to ensure the availability of appropriate resources was emphasized. In this respect, some States noted an increase in government funding allocated for such assistance, and others reported they were able to assist more victims than they had previously.",
            "[000] ¶33",
          ),
          ex("several States have launched grant schemes for non-governmental organizations", "[002] ¶22"),
        ],
      },
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Section E — Prevention and awareness, including supply chains and procurement (T-PREV, T-SUPPLY)
// ---------------------------------------------------------------------------------------------------

const sectionE: SectionInput = {
  code: "E",
  title: "Prevention and awareness, including supply chains and procurement",
  questions: [
    {
      id: "PREV-01",
      text: "Did your State carry out or fund awareness-raising campaigns on trafficking in persons during the reporting period? Whom did they target, and in what form?",
      requirement: "R",
      fields: [
        { key: "campaigns", type: "YNP", label: "Awareness-raising campaigns carried out or funded" },
        {
          key: "targetGroups",
          type: "MC",
          label: "Target groups",
          required: false,
          visibleWhen: yesOrPartial("PREV-01", "campaigns"),
          options: [
            opt("GENERAL_PUBLIC", "General public"),
            opt("MIGRANTS_AND_MIGRANT_WORKERS", "Migrants and migrant workers (including women migrant workers)"),
            opt("REFUGEES_ASYLUM_SEEKERS_IDPS", "Refugees, asylum seekers and internally displaced persons"),
            opt("CHILDREN_AND_YOUNG_PEOPLE", "Children and young people"),
            opt("PARENTS", "Parents"),
            opt("WOMEN_AT_RISK_MARRIAGE", "Women at risk of trafficking under the guise of marriage"),
            opt("INDIGENOUS_PEOPLES", "Indigenous peoples"),
            opt("DOMESTIC_WORKERS", "Domestic workers"),
            opt("RURAL_POPULATIONS", "Rural populations"),
            opt("TOURISM_SECTOR", "Tourism sector"),
            opt("PRIVATE_SECTOR", "Private sector"),
            opt("JOURNALISTS_AND_MEDIA", "Journalists and media"),
            opt("CONSUMERS", "Consumers"),
            other(),
          ],
        },
        {
          key: "forms",
          type: "MC",
          label: "Forms",
          required: false,
          visibleWhen: yesOrPartial("PREV-01", "campaigns"),
          options: [
            opt("TELEVISION_OR_RADIO", "Television or radio"),
            opt("PRINT", "Print"),
            opt("SOCIAL_MEDIA", "Social media / digital messaging platforms"),
            opt("FILMS_THEATRE_STAGE_SHOWS", "Films, theatre, stage shows"),
            opt("SEMINARS", "Seminars"),
            opt("CONTESTS", "Contests"),
            opt("MULTILINGUAL_MATERIALS", "Multilingual materials"),
            other(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-PREV"],
        kinds: ["AGG", "NAMED"],
        examples: [
          ex(
            "A large number of Member States reported they had undertaken national awareness-raising campaigns on trafficking in persons. Those campaigns took many different forms such as anti-trafficking-related media contests, seminars, digital messaging platforms, stage shows, theatre productions and television broadcasts…",
            "[002] ¶10",
          ),
          ex(
            "Information campaigns have also been developed to target specific groups, such as children and young people (Hungary, Peru and Serbia); women who may be vulnerable to trafficking under the guise of marriage (Armenia and Ukraine); …",
            "[004] ¶33",
          ),
        ],
      },
    },
    {
      id: "PREV-02",
      text: "Did your State mark the World Day against Trafficking in Persons (30 July), and has it joined the Blue Heart Campaign against Human Trafficking?",
      requirement: "O",
      fields: [
        {
          key: "observances",
          type: "MC",
          label: "World Day and Blue Heart Campaign",
          options: [
            opt("WORLD_DAY", "World Day marked"),
            opt("BLUE_HEART", "Blue Heart Campaign adopted"),
            opt("NEITHER", "Neither", { exclusive: true }),
          ],
        },
        {
          key: "worldDayYears",
          type: "GROUP",
          label: "Years in which the World Day was marked",
          itemLabel: "Year",
          maxItems: 10,
          required: false,
          visibleWhen: includesAny("PREV-02", "observances", ["WORLD_DAY"]),
          fields: [{ key: "year", type: "YEAR", label: "Year" }],
        },
        {
          key: "blueHeartYear",
          type: "YEAR",
          label: "Year the Blue Heart Campaign was adopted",
          required: false,
          visibleWhen: includesAny("PREV-02", "observances", ["BLUE_HEART"]),
        },
        details(),
      ],
      feeds: {
        sections: ["T-PREV"],
        kinds: ["AGG", "STAT", "REC"],
        examples: [
          ex("Many countries also reported having created different events to mark the World Day against Trafficking in Persons (30 July)…", "[002] ¶10"),
          ex("Member States raised awareness … through the UNODC Blue Heart campaign or the World Day against Trafficking in Persons (30 July)", "[000] ¶28"),
        ],
      },
    },
    {
      id: "PREV-03",
      text: "Is information on the risks of trafficking in persons included in school curricula, teaching modules or university programmes?",
      requirement: "O",
      fields: [
        {
          key: "curricula",
          type: "SC",
          label: "Inclusion in education",
          options: [
            opt("ALL_LEVELS", "Yes, at all levels of education"),
            opt("SOME_LEVELS", "Yes, at some levels"),
            opt("PILOT_OR_LOCAL", "Pilot or local initiatives only"),
            opt("NO", "No"),
          ],
        },
        {
          key: "conflictContent",
          type: "SC",
          label: "Includes content on children made vulnerable by armed conflict",
          required: false,
          visibleWhen: isIn("PREV-03", "curricula", ["ALL_LEVELS", "SOME_LEVELS", "PILOT_OR_LOCAL"]),
          options: yesNo(),
        },
        details(),
        { key: "goodPractice", type: "GP", label: "Good-practice nomination", count: 1 },
      ],
      feeds: {
        sections: ["T-PREV"],
        kinds: ["AGG", "GP"],
        examples: [
          ex(
            "I welcome the development by several States of a multidimensional approach that includes the incorporation of information on the risks of trafficking in persons into school curricula and training programmes…",
            "[001] ¶33",
          ),
          ex("discussions on the prevention of human trafficking as part of school and university curricula", "[004] ¶33"),
        ],
      },
    },
    {
      id: "PREV-04",
      text: "Which measures address the factors that make people vulnerable to trafficking?",
      help: glossary("internallyDisplacedPersons"),
      requirement: "R",
      fields: [
        {
          key: "measures",
          type: "MC",
          label: "Measures",
          options: [
            opt("DEVELOPMENT_PLANS", "Development programmes or national development plans"),
            opt("POVERTY_REDUCTION", "Poverty reduction and livelihood programmes"),
            opt("COUNTRIES_OF_ORIGIN", "Initiatives in countries of origin of victims"),
            opt("MIGRANT_SKILLS_TRAINING", "Skills training for migrants"),
            opt("GENDER_EQUALITY", "Gender equality and anti-discrimination measures"),
            opt("ACCESS_TO_EDUCATION", "Access to education"),
            opt("SAFE_MIGRATION_PATHWAYS", "Safe and regular migration pathways"),
            opt("CIVIL_REGISTRATION", "Civil registration (birth and marriage registration for non-nationals and internally displaced persons)"),
            opt("FOOD_SECURITY", "Food security"),
            other(),
            none(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-PREV"],
        kinds: ["AGG", "GAP", "REC"],
        examples: [
          ex(
            "With regard to prevention, several Member States reported having elaborated and implemented national development plans or strategies, as well as initiatives to fight poverty or to increase human security in countries of origin of victims of human trafficking.",
            "[000] ¶28",
          ),
          ex("A few Member States reported having taken action to counter factors that make people vulnerable…", "[002] ¶12"),
        ],
      },
    },
    {
      id: "PREV-05",
      text: "Which measures protect citizens working overseas and migrant or other vulnerable workers from exploitative recruitment?",
      help: glossary("debtBondage"),
      requirement: "O",
      fields: [
        {
          key: "safeguards",
          type: "MC",
          label: "Safeguards",
          options: [
            opt("RECRUITMENT_FEES", "Restriction or prohibition of recruitment fees"),
            opt("AGENCY_LICENSING", "Licensing of recruitment agencies"),
            opt("CONTRACT_REGISTRATION", "Contract registration"),
            opt("IN_PERSON_REGISTRATION", "In-person registration programmes"),
            opt("PRIOR_CONTRACT_APPROVAL", "Prior approval of contracts before workers are sent abroad"),
            opt("LABOUR_INSPECTIONS", "Frequent labour inspections"),
            opt("WAGE_PAYMENT", "Ensuring due payment of wages"),
            opt("NO_ACCOMMODATION_DEDUCTIONS", "Prohibition of deductions from wages for accommodation"),
            opt("EMPLOYER_SANCTIONS", "Ban periods and fines for employers who violate labour requirements"),
            opt("BILATERAL_LABOUR_AGREEMENTS", "Bilateral labour mobility agreements"),
            other(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-SUPPLY", "T-PREV"],
        kinds: ["AGG"],
        examples: [
          ex(
            "Some Member States reported having put special procedures in place for citizens working overseas, including restricting recruitment fees, introducing licensing requirements, contract registration, and the review or approval of mechanisms …",
            "[002] ¶13",
          ),
          ex("A number of Member States also reported having put in place measures to better secure the rights of workers…", "[002] ¶13"),
        ],
      },
    },
    {
      id: "PREV-06",
      text: "What measures ensure that government procurement practices and regulations do not contribute to trafficking in persons?",
      help: helpText(SC_CYCLES_REQUIRED, glossary("forcedLabour")),
      requirement: "O",
      fields: [
        {
          key: "measures",
          type: "MC",
          label: "Procurement measures",
          options: [
            opt("FORCED_LABOUR_EXCLUSION", "Procurement rules excluding suppliers that use forced or compulsory labour"),
            opt("BEST_BIDDER_PRINCIPLE", "Obligatory application of a best bidder principle"),
            opt("SUBCONTRACTING_RULES", "Rules on parent and subcontracting companies"),
            opt("CONTRACTOR_RECRUITMENT", "Clarified recruitment procedures for contractors"),
            opt("SUPPLIER_CODE_OF_CONDUCT", "Supplier code of conduct"),
            opt("CONTRACTOR_AUDITS", "Audits or inspections of contractors"),
            other(),
            none(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-SUPPLY"],
        kinds: ["AGG"],
        examples: [
          ex(
            "Member States noted measures to ensure that government procurement practices and regulations do not contribute to human trafficking, including regulatory enhancements requiring the obligatory application of a best bidder principle, regulating parent and subcontracting companies and clarifying recruitment procedures for contractors.",
            "[000] ¶37",
          ),
        ],
      },
    },
    {
      id: "PREV-07",
      text: "What measures address trafficking and forced labour in private-sector supply chains?",
      requirement: "O",
      fields: [
        {
          key: "measures",
          type: "MC",
          label: "Supply-chain measures",
          options: [
            opt("IMPORT_BAN", "Legislation to eliminate imports of goods produced with forced labour"),
            opt("SHUTDOWN_POWERS", "Powers to shut down workplaces or suspend operating licences"),
            opt("WHISTLEBLOWER_PROTECTION", "Protection of whistle-blowers against civil and criminal litigation"),
            opt("TRANSPARENCY_DUE_DILIGENCE", "Mandatory transparency or due diligence reporting"),
            opt("PRIVATE_SELF_REGULATION", "Private sector self-regulation initiatives supported by the State"),
            opt("CONSUMER_INITIATIVES", "Consumer-based initiatives"),
            opt("LABOUR_UNION_ENGAGEMENT", "Engagement with labour unions"),
            other(),
            none(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-SUPPLY"],
        kinds: ["AGG", "NAMED"],
        examples: [
          ex(
            "Legislative efforts also aimed at the elimination of imports of goods produced with the use of forced labour, empowering authorities to shut down workplaces or suspend operating licences of private actors and protecting whistle-blowers against civil and criminal litigation.",
            "[000] ¶37",
          ),
          ex("formulated consumer-based initiatives against products made with the use of trafficked labour (Finland and New Zealand)", "[004] ¶35"),
        ],
      },
    },
    {
      id: "PREV-08",
      text: "Which measures address the demand that fosters trafficking, including multi-stakeholder initiatives in the hospitality and tourism sectors?",
      requirement: "O",
      fields: [
        {
          key: "measures",
          type: "MC",
          label: "Measures addressing demand",
          options: [
            opt("CRIMINALIZE_USE_OF_SERVICES", "Criminalization of the use of services of victims of trafficking"),
            opt("RAISE_COSTS", "Raising the costs of using exploited labour"),
            opt("LABOUR_STANDARDS", "Strengthening and enforcing labour standards in high-risk sectors"),
            opt("HOSPITALITY_TOURISM_INITIATIVES", "Public–private initiatives in hospitality and tourism"),
            opt("TOURISM_CHILD_PROTECTION_TRAINING", "Training on protection against sexual exploitation of children in tourism"),
            opt("CONSUMER_AWARENESS", "Consumer awareness"),
            opt("EMPLOYER_SENSITIZATION", "Sensitization of employers"),
            other(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-PREV"],
        kinds: ["AGG", "NAMED"],
        examples: [
          ex(
            "Several Member States have organized multi-stakeholder, public-private activities with a focus on prevention, identification and advocacy in the context of addressing prostitution and human trafficking in the hospitality and tourism sectors.",
            "[000] ¶38",
          ),
          ex(
            "Measures have focused on raising the costs of using such labour (Greece, Italy and Japan) and improving labour conditions …(Czech Republic, Mexico and Qatar)",
            "[004] ¶35",
          ),
        ],
      },
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Section F — Victim identification, protection and assistance (T-PROT)
// ---------------------------------------------------------------------------------------------------

const NRM_DEFINITION =
  "\"A national referral mechanism is a cooperative framework through which State actors fulfil their obligations to protect and promote the human rights of trafficked persons and to that end coordinate their efforts with civil society in a strategic partnership. Typically, national referral mechanisms set out the actions to be taken when victims of trafficking are detected so as to ensure a comprehensive response to their needs and situation.\" ([003] fn 145).";

const INDICATOR_CAVEAT =
  "\"The presence or absence of any of the indicators neither proves nor disproves that trafficking in persons is taking place, but their presence should lead to further enquiry and/or referral.\" ([003] Annex II).";

const sectionF: SectionInput = {
  code: "F",
  title: "Victim identification, protection and assistance",
  questions: [
    {
      id: "PROT-01",
      text: "Does your State have a national referral mechanism for victims of trafficking?",
      help: NRM_DEFINITION,
      requirement: "R",
      fields: [
        {
          key: "mechanism",
          type: "SC",
          label: "National referral mechanism",
          options: [
            opt("FORMAL_NRM", "Formal national referral mechanism in operation"),
            opt("SOPS_ONLY", "Standard operating procedures without a formal mechanism"),
            opt("IN_DEVELOPMENT", "In development"),
            opt("NONE", "None"),
          ],
        },
        {
          key: "participants",
          type: "MC",
          label: "Participants",
          required: false,
          visibleWhen: isIn("PROT-01", "mechanism", ["FORMAL_NRM", "SOPS_ONLY", "IN_DEVELOPMENT"]),
          options: [
            opt("GOVERNMENT_AGENCIES", "Government agencies"),
            opt("NGOS", "Non-governmental organizations"),
            opt("INTERNATIONAL_ORGANIZATIONS", "International organizations"),
            opt("CIVIL_SOCIETY", "Civil society"),
            opt("HEALTH_SERVICES", "Health services"),
            other(),
          ],
        },
        {
          key: "childMechanism",
          type: "SC",
          label: "Specific mechanism for child victims",
          required: false,
          options: [opt("YES", "Yes"), opt("IN_DEVELOPMENT", "In development"), opt("NO", "No")],
        },
        details(),
      ],
      feeds: {
        sections: ["T-PROT"],
        kinds: ["AGG", "EX1", "NAMED"],
        examples: [
          ex("Many Member States reported on the importance of having national referral mechanisms in place.", "[002] ¶21"),
          ex("…while one State is currently elaborating a national referral mechanism for child victims of human trafficking", "[000] ¶32"),
        ],
      },
    },
    {
      id: "PROT-02",
      text: "Are there standard operating procedures, guidelines or indicator lists for identifying victims, including specific provisions for unaccompanied minors?",
      help: helpText(INDICATOR_CAVEAT, glossary("unaccompaniedChildren")),
      requirement: "R",
      fields: [
        { key: "procedures", type: "YNP", label: "Identification procedures, guidelines or indicator lists" },
        {
          key: "components",
          type: "MC",
          label: "Components",
          required: false,
          visibleWhen: yesOrPartial("PROT-02", "procedures"),
          options: [
            opt("INDICATOR_LISTS", "Indicator lists"),
            opt("SCREENING_QUESTIONNAIRES", "Screening questionnaires"),
            opt("VULNERABILITY_ASSESSMENTS", "Unified vulnerability assessments by medical doctors and psychosocial professionals"),
            opt("MIGRATION_ASYLUM_BOOKLETS", "Booklets for migration and asylum authorities"),
            opt("UNACCOMPANIED_MINORS", "Provisions for unaccompanied minors"),
            opt("ANONYMOUS_REPORTING", "Anonymous reporting channels"),
            other(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-PROT"],
        kinds: ["AGG", "SUB"],
        examples: [
          ex(
            "Many Member States have also developed national protocols or standard operating procedures for victim identification, assistance and protection, including some with a specific focus on children…",
            "[002] ¶22",
          ),
          ex("Other States had developed unified vulnerability assessments …", "[001] ¶36"),
        ],
      },
    },
    {
      id: "PROT-03",
      text: "Which professionals received training on identifying and referring victims during the reporting period, and is training mandatory for any group?",
      requirement: "R",
      fields: [
        {
          key: "professionals",
          type: "MC",
          label: "Professionals trained",
          options: [
            opt("POLICE", "Police/law enforcement"),
            opt("PROSECUTORS", "Prosecutors"),
            opt("JUDGES", "Judges"),
            opt("BORDER_GUARDS", "Border guards"),
            opt("IMMIGRATION_OFFICIALS", "Immigration officials"),
            opt("ASYLUM_OFFICERS", "Asylum officers"),
            opt("LABOUR_INSPECTORS", "Labour inspectors"),
            opt("HEALTH_PROFESSIONALS", "Health professionals (including mental health practitioners and paramedics)"),
            opt("SOCIAL_WORKERS", "Social workers"),
            opt("TEACHERS", "Teachers"),
            opt("RECEPTION_DETENTION_STAFF", "Staff of reception and detention centres"),
            opt("CONSULAR_DIPLOMATIC", "Consular and diplomatic personnel"),
            opt("MILITARY_PEACEKEEPING", "Military and peacekeeping personnel"),
            opt("LOCAL_ADMINISTRATION", "Local administration authorities"),
            opt("JOURNALISTS", "Journalists"),
            opt("NGO_STAFF", "NGO staff"),
            other(),
            none("None (no training in the reporting period)"),
          ],
        },
        {
          key: "topics",
          type: "MC",
          label: "Topics",
          required: false,
          visibleWhen: notNone("PROT-03", "professionals"),
          options: [
            opt("INDICATORS", "Indicators"),
            opt("TRAUMA_INFORMED_INTERVIEWING", "Trauma-informed interviewing"),
            opt("GENDER_SENSITIVITY", "Gender sensitivity"),
            opt("CHILD_SENSITIVE", "Child-sensitive approaches"),
            other(),
          ],
        },
        { key: "mandatoryTraining", type: "SC", label: "Training is mandatory for at least one group", required: true, options: yesNo() },
        {
          key: "personsTrained",
          type: "INT",
          label: "Persons trained",
          unit: "persons",
          required: false,
          visibleWhen: notNone("PROT-03", "professionals"),
        },
        details(),
      ],
      feeds: {
        sections: ["T-PROT"],
        kinds: ["AGG", "EX1"],
        examples: [
          ex(
            "Training activities for various actors, including criminal justice practitioners, immigration officials, border guards, labour inspectors, social workers, non-governmental organizations, journalists, school teachers, health professionals, soldiers before deployment on peacekeeping missions and diplomatic and consular personnel took place in many Member States.",
            "[002] ¶27",
          ),
          ex(
            "One State reported the adoption of an inter-institutional training plan with a mandatory training requirement for all professionals at local, central and regional authorities.",
            "[001] ¶36",
          ),
        ],
      },
    },
    {
      id: "PROT-04",
      text: "How many victims of trafficking were identified in each year of the reporting period?",
      help: "Add one entry per year of the reporting period. Where figures are not recorded, mark them as not available.",
      requirement: "R",
      fields: [
        {
          key: "byYear",
          type: "GROUP",
          label: "Victims identified, per year",
          itemLabel: "Year",
          maxItems: 10,
          fields: [
            { key: "year", type: "YEAR", label: "Year" },
            { key: "bySexAndAge", type: "INT", label: "Victims identified, by sex and age", required: true, grid: { rows: SEX, columns: AGE } },
            {
              key: "byCitizenship",
              type: "INT",
              label: "Victims identified, by citizenship",
              required: false,
              grid: {
                rows: [
                  { code: "NATIONALS", label: "Nationals" },
                  { code: "FOREIGN_NATIONALS", label: "Foreign nationals" },
                ],
              },
            },
            { key: "byForm", type: "INT", label: "Victims identified, by form of exploitation", required: false, grid: { rows: EXPLOITATION_FORMS } },
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-PROT", "T-DATA"],
        kinds: ["TREND", "GAP"],
        examples: [
          ex("An increase in the number of identified victims was observed by some States during the reporting period.", "[000] ¶29"),
          ex("only some of them … provided information on either the number of victims accessing such services", "[004] ¶39"),
        ],
      },
    },
    {
      id: "PROT-05",
      text: "Which services are available to identified victims?",
      requirement: "R",
      fields: [
        {
          key: "services",
          type: "MC",
          label: "Services available",
          options: [
            opt("ACCOMMODATION_SHELTER", "Accommodation / shelter"),
            opt("DEDICATED_SHELTERS_WOMEN_CHILDREN", "Dedicated shelters for women and children"),
            opt("MEDICAL_CARE", "Medical care"),
            opt("PSYCHOSOCIAL_ASSISTANCE", "Psychological / psychosocial assistance"),
            opt("SEXUAL_REPRODUCTIVE_HEALTH", "Sexual and reproductive health services"),
            opt("LEGAL_COUNSELLING", "Legal counselling and representation"),
            opt("INTERPRETATION", "Interpretation"),
            opt("REFLECTION_RECOVERY_PERIOD", "Reflection and recovery period"),
            opt("EDUCATION", "Education"),
            opt("VOCATIONAL_TRAINING", "Vocational training"),
            opt("EMPLOYMENT_JOB_PLACEMENT", "Employment or job placement"),
            opt("FINANCIAL_ASSISTANCE", "Financial assistance or stipends"),
            opt("REINTEGRATION", "Reintegration programmes"),
            opt("VOLUNTARY_SAFE_RETURN", "Voluntary and safe return"),
            opt("RESETTLEMENT", "Resettlement"),
            opt("FAMILY_REUNIFICATION", "Family reunification"),
            opt("TRAVEL_EXPENSES", "Payment of travel expenses"),
            opt("WITNESS_PROTECTION", "Witness protection"),
            other(),
            none(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-PROT"],
        kinds: ["AGG", "EX1"],
        examples: [
          ex(
            "Almost all Member States reported on some aspect of services provided to assist and protect trafficking victims, including medical care, psychological assistance, reflection and recovery periods, employment, education, reintegration and/or resettlement programmes, paying for travel expenses, legal assistance, access to compensation and remedies and accommodation…",
            "[002] ¶25",
          ),
          ex("Many States have specialized services, such as dedicated shelters for women and children", "[000] ¶32"),
        ],
      },
    },
    {
      id: "PROT-06",
      text: "Who delivers these services?",
      requirement: "O",
      fields: [
        {
          key: "providers",
          type: "MC",
          label: "Service providers",
          options: [
            opt("GOVERNMENT_AGENCIES", "Government agencies"),
            opt("NGOS_GOVERNMENT_FUNDED", "Non-governmental organizations (government-funded)"),
            opt("IOM", "IOM"),
            opt("UNHCR", "UNHCR"),
            opt("UNICEF", "UNICEF"),
            opt("OTHER_UN_ENTITIES", "Other United Nations entities"),
            opt("FAITH_BASED_ORGANIZATIONS", "Faith-based organizations"),
            opt("NATIONAL_HUMAN_RIGHTS_INSTITUTIONS", "National human rights institutions"),
            other(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-PROT"],
        kinds: ["AGG"],
        examples: [
          ex(
            "Much such assistance is delivered in cooperation with United Nations system and international organizations, including IOM, and/or non-governmental organizations (NGOs).",
            "[000] ¶33",
          ),
          ex(
            "which are often run in cooperation with non-governmental organizations and with the financial support of Governments (Argentina, Greece, Monaco and Turkey)",
            "[004] ¶39",
          ),
        ],
      },
    },
    {
      id: "PROT-07",
      text: "Which channels allow victims, or people in contact with them, to seek help or report cases?",
      requirement: "O",
      fields: [
        {
          key: "channels",
          type: "MC",
          label: "Channels",
          options: [
            opt("HOTLINE", "Helpline / hotline"),
            opt("MULTILINGUAL_HOTLINE", "Multilingual hotline"),
            opt("ANONYMOUS_TIP_LINE", "Anonymous telephone tip-line"),
            opt("ONLINE_REPORTING_TOOL", "Online reporting tool"),
            opt("EMAIL_ADDRESS", "E-mail address"),
            opt("INFORMATION_GUIDE", "Information guide on services"),
            other(),
            none(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-PROT"],
        kinds: ["AGG"],
        examples: [
          ex(
            "Numerous Member States reported having established helplines or hotlines … and some Member States have also launched various kinds of anonymous reporting tools, such as a telephone tip-line or online reporting tool…",
            "[002] ¶23",
          ),
          ex(
            "Such services took the form of multilingual telephone hotlines, e-mail addresses and the provision of information on shelters, legal aid, health services, compensation and redress.",
            "[004] ¶40",
          ),
        ],
      },
    },
    {
      id: "PROT-08",
      text: "Which measures protect child victims and children at risk, including unaccompanied and separated children?",
      help: glossary("unaccompaniedChildren", "separatedChildren", "childSoldier"),
      requirement: "R",
      fields: [
        {
          key: "measures",
          type: "MC",
          label: "Child protection measures",
          options: [
            opt("GUARDIANS", "Appointment of guardians"),
            opt("FOSTER_CARE", "Placement in foster care rather than detention"),
            opt("REFUGEE_COMMUNITY_FOSTER_FAMILIES", "Hosting by foster families within the refugee community"),
            opt("TIMELY_REGISTRATION", "Timely registration of children"),
            opt("CHILD_SOLDIER_REHABILITATION", "Specific identification and rehabilitation of children recruited into hostilities"),
            opt("CHILD_FRIENDLY_INVESTIGATIONS", "Child-friendly, gender-sensitive investigations"),
            opt("CHILD_REFERRAL_MECHANISM", "Child-specific national referral mechanism"),
            opt("UNACCOMPANIED_MINORS_TRAINING", "Training focused on unaccompanied minors"),
            other(),
            none(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-PROT"],
        kinds: ["AGG", "SUB"],
        examples: [
          ex(
            "With regard to the general protection of children, many States reported specific measures to identify vulnerable children, ensure their timely registration and consider their particular protection needs.",
            "[001] ¶37",
          ),
        ],
      },
    },
    {
      id: "PROT-09",
      text: "Do your authorities screen for trafficking victims among refugees, asylum seekers, migrants and internally displaced persons? Where?",
      help: glossary("internallyDisplacedPersons"),
      requirement: "R",
      fields: [
        {
          key: "screening",
          type: "SC",
          label: "Screening",
          options: [
            opt("SYSTEMATIC", "Systematic screening procedure"),
            opt("AD_HOC", "Ad hoc / case by case"),
            opt("IN_PREPARATION", "Procedure in preparation"),
            opt("NONE", "None"),
            opt("NOT_APPLICABLE", "Not applicable"),
          ],
        },
        {
          key: "locations",
          type: "MC",
          label: "Locations",
          required: false,
          visibleWhen: isIn("PROT-09", "screening", ["SYSTEMATIC", "AD_HOC", "IN_PREPARATION"]),
          options: [
            opt("HOTSPOTS", "Hotspots"),
            opt("FIRST_RECEPTION_CENTRES", "First reception centres"),
            opt("ACCOMMODATION_CENTRES", "Accommodation centres"),
            opt("ASYLUM_MIGRANT_SHELTERS", "Shelters for asylum seekers and migrants"),
            opt("DETENTION_CENTRES", "Detention centres"),
            opt("IDP_CAMPS", "Camps for internally displaced persons"),
            opt("BORDER_CROSSING_POINTS", "Border crossing points"),
            other(),
          ],
        },
        {
          key: "actors",
          type: "MC",
          label: "Actors involved",
          required: false,
          visibleWhen: isIn("PROT-09", "screening", ["SYSTEMATIC", "AD_HOC", "IN_PREPARATION"]),
          options: [
            opt("ASYLUM_PROFESSIONALS", "Asylum professionals"),
            opt("BORDER_GUARDS", "Border guards"),
            opt("LABOUR_INSPECTORS", "Labour inspectors"),
            opt("HEALTH_PROFESSIONALS", "Health professionals"),
            opt("LOCAL_ADMINISTRATIONS", "Local administrations"),
            opt("CIVIL_SOCIETY_MOBILE_TEAMS", "Civil society mobile teams"),
            other(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-PROT", "T-CONF"],
        kinds: ["AGG", "GP", "REC"],
        examples: [
          ex(
            "Some States reported preparing special procedures for screening for trafficking victims among refugees and asylum seekers, particularly those arriving from areas affected by ISIL activity.",
            "[000] ¶32",
          ),
          ex(
            "The involvement of a broad range of professionals in the process for screening, identification and registration of refugees and migrants was particularly prevalent in hotspots, first reception centres, accommodation centres and shelters for asylum seekers and migrants.",
            "[001] ¶35",
          ),
        ],
      },
    },
    {
      id: "PROT-10",
      text: "Are foreign victims entitled to a residence permit and to work, and does this depend on their cooperation with law enforcement?",
      requirement: "R",
      fields: [
        {
          key: "entitlements",
          type: "MC",
          label: "Entitlements of foreign victims",
          options: [
            opt("REFLECTION_RECOVERY_PERIOD", "Reflection and recovery period"),
            opt("TEMPORARY_RESIDENCE", "Temporary residence permit"),
            opt("PERMANENT_RESIDENCE", "Permanent residence"),
            opt("RIGHT_TO_WORK", "Right to work"),
            opt("FAMILY_REUNIFICATION", "Family reunification"),
            opt("PROTECTION_FROM_REPATRIATION", "Protection from repatriation"),
            other(),
            none(),
          ],
        },
        {
          key: "conditionality",
          type: "SC",
          label: "Conditionality",
          required: true,
          visibleWhen: notNone("PROT-10", "entitlements"),
          options: [
            opt("NOT_CONDITIONAL", "Not conditional on cooperation"),
            opt("EXTENDED_STAY_CONDITIONAL", "Temporary stay unconditional, extended stay conditional"),
            opt("CONDITIONAL", "Conditional on cooperation"),
          ],
        },
        { key: "permitsGranted", type: "INT", label: "Residence permits granted in the reporting period", unit: "permits", required: false },
        details(),
      ],
      feeds: {
        sections: ["T-PROT"],
        kinds: ["AGG", "SUB", "NAMED", "REC"],
        examples: [
          ex(
            "In ensuring a victim-centred approach, many States provide residence and/or the right to work regardless of whether the victim cooperates with a counter-trafficking investigation.",
            "[000] ¶30",
          ),
          ex(
            "Many Member States reported that third-country nationals who had been identified as trafficking victims would be entitled to a residence permit, with some Member States also providing the possibility of family reunification…",
            "[002] ¶26",
          ),
        ],
      },
    },
    {
      id: "PROT-11",
      text: "Which avenues give victims access to compensation or other remedies? How many victims received compensation in the reporting period?",
      requirement: "O",
      fields: [
        {
          key: "avenues",
          type: "MC",
          label: "Avenues to compensation and remedies",
          options: [
            opt("STATE_COMPENSATION_SCHEME", "State compensation scheme"),
            opt("CRIMINAL_COMPENSATION_ORDERS", "Court-ordered compensation or reparation orders in criminal proceedings"),
            opt("CIVIL_CLAIMS", "Civil claims"),
            opt("CONFISCATED_ASSETS", "Use of confiscated assets"),
            opt("SIMPLIFIED_ACCESS_TO_JUSTICE", "Simplified access to justice"),
            opt("FREE_LEGAL_COUNSELLING", "Free legal counselling"),
            other(),
          ],
        },
        { key: "victimsCompensated", type: "INT", label: "Victims compensated", unit: "victims" },
        details(),
      ],
      feeds: {
        sections: ["T-PROT"],
        kinds: ["AGG", "NAMED", "GAP"],
        examples: [
          ex(
            "Some States also highlighted the availability of civil and criminal remedies, victim compensation and/or reparation orders for victims of human trafficking (Argentina, Armenia, Australia and France).",
            "[004] ¶28",
          ),
        ],
      },
    },
    {
      id: "PROT-12",
      text: "How many victims received assistance from State-funded services during the reporting period, and what funding was allocated?",
      requirement: "O",
      fields: [
        { key: "victimsAssisted", type: "INT", label: "Victims assisted, by sex and age", grid: { rows: SEX, columns: AGE } },
        { key: "funding", type: "INT", label: "Funding allocated", withCurrency: true },
        details(),
      ],
      feeds: {
        sections: ["T-PROT", "T-RES"],
        kinds: ["GAP", "NAMED", "TREND"],
        examples: [
          ex(
            "only some of them (Australia, China, Japan and Peru) provided information on either the number of victims accessing such services or the funding allocated for the provision of such services",
            "[004] ¶39",
          ),
          ex("others reported they were able to assist more victims than they had previously", "[000] ¶33"),
        ],
      },
    },
    {
      id: "PROT-13",
      text: "Which measures address the specific needs of women and girls who are victims or at risk, including access to sexual and reproductive health services?",
      help: "Required in \"Trafficking in women and girls\" reporting cycles; optional in other cycles.",
      requirement: "O",
      fields: [
        {
          key: "measures",
          type: "MC",
          label: "Gender-sensitive measures",
          options: [
            opt("WOMEN_CHILDREN_PROCEDURES", "Special procedures for cases involving women and children"),
            opt("SEXUAL_REPRODUCTIVE_HEALTH", "Access to sexual and reproductive health services"),
            opt("GENDER_SENSITIVE_TRAINING", "Gender-sensitive training"),
            opt("WOMEN_MIGRANT_WORKER_INFORMATION", "Information for women migrant workers in multiple languages"),
            opt("FORCED_CHILD_MARRIAGE", "Measures against forced and child marriage"),
            opt("SEX_DISAGGREGATED_DATA", "Data disaggregated by sex"),
            other(),
            none(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-PROT"],
        kinds: ["AGG"],
        examples: [
          ex(
            "A large number of Member States underlined the importance of having a particular focus on the special vulnerabilities and needs of women and children…",
            "[002] ¶24",
          ),
        ],
      },
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Section G — Accountability: investigation, prosecution, convictions (T-ACC, T-FIN, T-PK)
// ---------------------------------------------------------------------------------------------------

const JUSTICE_STAGES: GridAxis = [
  { code: "CASES_INVESTIGATED", label: "Cases investigated" },
  { code: "PERSONS_PROSECUTED", label: "Persons prosecuted" },
  { code: "PERSONS_CONVICTED", label: "Persons convicted" },
];
const PERSONS_PROSECUTED_CONVICTED: GridAxis = JUSTICE_STAGES.slice(1);

/** Answers of ACC-07 that mean the State deploys military or police personnel. */
const DEPLOYS_PERSONNEL = ["MANDATORY_ASSESSED", "INCLUDED_NOT_MANDATORY", "NOT_INCLUDED"];

const sectionG: SectionInput = {
  code: "G",
  title: "Accountability: investigation, prosecution, convictions",
  questions: [
    {
      id: "ACC-01",
      text: "Does your State have specialized law enforcement units, prosecutors or judges for trafficking cases, and guidelines on investigation and prosecution?",
      requirement: "R",
      fields: [
        {
          key: "specialization",
          type: "MC",
          label: "Specialized units and guidelines",
          options: [
            opt("SPECIALIZED_LAW_ENFORCEMENT_UNIT", "Specialized multidisciplinary law enforcement unit"),
            opt("SPECIALIZED_PROSECUTOR", "Specialized prosecutor's office"),
            opt("SPECIALIZED_JUDGES", "Specialized judges or courts"),
            opt("SPECIALIZED_OFFICERS", "Officers specialized in trafficking and other complex crimes"),
            opt("INVESTIGATION_GUIDELINES", "Investigation and prosecution guidelines"),
            opt("OVERSEAS_AGENT_TRAINING", "Training of law enforcement agents posted overseas"),
            other(),
            none(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-ACC"],
        kinds: ["AGG", "GP"],
        examples: [
          ex(
            "Many States acknowledged the importance of specialized multidisciplinary counter-trafficking law enforcement units or specialized prosecutors' offices for effective investigations of human trafficking cases.",
            "[000] ¶24",
          ),
          ex(
            "The utilization of officers with a specialization in investigating human trafficking and other complex crimes was highlighted as a key objective and good practice.",
            "[001] ¶27",
          ),
        ],
      },
    },
    {
      id: "ACC-02",
      text: "Please give the number of cases investigated, persons prosecuted and persons convicted of trafficking in persons in each year of the reporting period.",
      help: "Add one entry per year of the reporting period. Where figures are not recorded, mark them as not available.",
      requirement: "R",
      fields: [
        {
          key: "byYear",
          type: "GROUP",
          label: "Investigations, prosecutions and convictions, per year",
          itemLabel: "Year",
          maxItems: 10,
          fields: [
            { key: "year", type: "YEAR", label: "Year" },
            { key: "totals", type: "INT", label: "Totals", required: true, grid: { rows: JUSTICE_STAGES } },
            { key: "byOffenderSex", type: "INT", label: "By sex of offender", required: false, grid: { rows: PERSONS_PROSECUTED_CONVICTED, columns: SEX } },
            {
              key: "byNationality",
              type: "INT",
              label: "By nationality of offender",
              required: false,
              grid: {
                rows: PERSONS_PROSECUTED_CONVICTED,
                columns: [
                  { code: "NATIONAL", label: "National" },
                  { code: "FOREIGN", label: "Foreign" },
                ],
              },
            },
            { key: "byForm", type: "INT", label: "By form of exploitation", required: false, grid: { rows: EXPLOITATION_FORMS, columns: JUSTICE_STAGES } },
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-ACC"],
        kinds: ["AGG", "STAT"],
        examples: [ex("Member States reported on court cases concerning trafficking in persons, including on the number of convictions.", "[002] ¶18")],
      },
    },
    {
      id: "ACC-03",
      text: "Are financial investigations conducted alongside trafficking investigations? What proceeds were frozen, seized or confiscated?",
      requirement: "R",
      fields: [
        {
          key: "financialInvestigations",
          type: "SC",
          label: "Parallel financial investigations",
          options: [opt("SYSTEMATICALLY", "Systematically"), opt("SOME_CASES", "In some cases"), opt("RARELY_OR_NEVER", "Rarely or never")],
        },
        { key: "amountFrozen", type: "INT", label: "Proceeds frozen or seized", withCurrency: true, required: false },
        { key: "amountConfiscated", type: "INT", label: "Proceeds confiscated", withCurrency: true, required: false },
        { key: "assetsForCompensation", type: "YNP", label: "Confiscated assets used for victim compensation", required: false },
        details(),
      ],
      feeds: {
        sections: ["T-FIN"],
        kinds: ["AGG", "STAT"],
        examples: [
          ex(
            "Some States have successfully used financial mechanisms to suppress operations of human trafficking syndicates by undertaking concurrent financial investigations and targeting money-laundering and proceeds of crime.",
            "[000] ¶25",
          ),
          ex("In some cases, these activities led to the recovery of several million dollars.", "[001] ¶40"),
        ],
      },
    },
    {
      id: "ACC-04",
      text: "How are the financial intelligence unit and the financial sector engaged in detecting trafficking-related flows?",
      requirement: "O",
      fields: [
        {
          key: "engagement",
          type: "MC",
          label: "Engagement",
          options: [
            opt("FIU_STR_ANALYSIS", "The financial intelligence unit analyses trafficking-related suspicious transaction reports"),
            opt("RISK_INDICATORS", "Risk indicators or typologies issued to reporting entities"),
            opt("FATF_APG_REPORT", "Use of the Financial Action Task Force / Asia-Pacific Group report \"Financial Flows from Human Trafficking\" (2018)"),
            opt("MONEY_SERVICE_PROVIDER_TRAINING", "Training provided by money-service or financial transfer providers"),
            opt("PUBLIC_PRIVATE_PARTNERSHIP", "Public–private partnership or task force"),
            opt("REGIONAL_JOINT_FINANCIAL_INVESTIGATIONS", "Regional joint financial investigations"),
            other(),
          ],
        },
        { key: "suspiciousTransactionReports", type: "INT", label: "Trafficking-related suspicious transaction reports", unit: "reports" },
        details(),
      ],
      feeds: {
        sections: ["T-FIN"],
        kinds: ["AGG", "SUB", "GP"],
        examples: [
          ex(
            "Collaboration between State authorities and money-service providers also proved useful by increasing awareness and detection of trafficking-related suspicious transaction reports.",
            "[001] ¶40",
          ),
          ex(
            "Some regional initiatives go beyond training and the sharing of information to include the carrying out of joint investigations to dismantle the financial business models of criminals.",
            "[001] ¶41",
          ),
        ],
      },
    },
    {
      id: "ACC-05",
      text: "Which special investigative techniques and evidence-gathering measures are used in trafficking cases?",
      requirement: "O",
      fields: [
        {
          key: "techniques",
          type: "MC",
          label: "Techniques and measures",
          options: [
            opt("SPECIAL_INVESTIGATIVE_TECHNIQUES", "Special investigative techniques (e.g. surveillance, undercover operations)"),
            opt("ELECTRONIC_EVIDENCE", "Electronic evidence collection and preservation"),
            opt("JOINT_INVESTIGATION_TEAMS", "Joint investigation teams"),
            opt("PROACTIVE_INVESTIGATIONS", "Victim-independent (proactive) investigations"),
            opt("WITNESS_PROTECTION", "Witness protection measures"),
            opt("TRAUMA_INFORMED_INTERVIEWS", "Trauma-informed victim interview techniques"),
            other(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-ACC"],
        kinds: ["AGG", "REC"],
        examples: [
          ex("I encourage Member States, whenever possible, to collect, preserve and store evidence, including electronic evidence…", "[001] ¶79"),
          ex("making timely use of financial investigation techniques, special investigative techniques and other tools", "[000] ¶63 (d)"),
        ],
      },
    },
    {
      id: "ACC-06",
      text: "How many criminal justice officials received specialized training on trafficking in persons, and on which topics?",
      requirement: "O",
      fields: [
        {
          key: "officialsTrained",
          type: "INT",
          label: "Officials trained, per group",
          grid: {
            rows: [
              { code: "LAW_ENFORCEMENT_OFFICERS", label: "Law enforcement officers" },
              { code: "PROSECUTORS", label: "Prosecutors" },
              { code: "JUDGES", label: "Judges" },
              { code: "CONSULAR_STAFF", label: "Consular staff" },
            ],
          },
        },
        {
          key: "topics",
          type: "MC",
          label: "Topics",
          options: [
            opt("VICTIM_IDENTIFICATION", "Victim identification"),
            opt("VICTIM_CENTRED", "Victim-centred investigation and prosecution"),
            opt("TRAUMA_INFORMED_INTERVIEWING", "Trauma-informed interviewing"),
            opt("FINANCIAL_INVESTIGATIONS", "Financial investigations"),
            opt("TERRORISM_NEXUS", "Nexus with terrorism"),
            opt("GENDER_CHILD_SENSITIVITY", "Gender and child sensitivity"),
            other(),
          ],
        },
        { key: "inCurricula", type: "SC", label: "Training included throughout the training curricula", options: yesNo() },
        details(),
      ],
      feeds: {
        sections: ["T-ACC"],
        kinds: ["AGG"],
        examples: [
          ex(
            "several States reported efforts to provide adequate training in combating trafficking in persons, in all its manifestations, to criminal justice actors and consular staff, including through specialized courses throughout their training curricula",
            "[001] ¶27",
          ),
        ],
      },
    },
    {
      id: "ACC-07",
      text: "Is training on trafficking in persons a mandatory component of predeployment training for military and police personnel deployed to United Nations peacekeeping or other missions?",
      help: helpText(
        "For troop- and police-contributing countries. If your State deploys no personnel, answer \"Not applicable\".",
        glossary("conflictRelatedSexualViolence"),
      ),
      requirement: "COND",
      // Required unless the State reports that it deploys no personnel (the brief's "R if the State deploys personnel").
      requiredWhen: { not: { question: "ACC-07", field: "training", op: "equals", value: "NOT_APPLICABLE" } },
      fields: [
        {
          key: "training",
          type: "SC",
          label: "Predeployment training on trafficking in persons",
          options: [
            opt("MANDATORY_ASSESSED", "Mandatory component, assessed in operational readiness"),
            opt("INCLUDED_NOT_MANDATORY", "Included but not mandatory"),
            opt("NOT_INCLUDED", "Not included"),
            opt("NOT_APPLICABLE", "Not applicable (no personnel deployed)"),
          ],
        },
        {
          key: "topics",
          type: "MC",
          label: "Topics",
          required: false,
          visibleWhen: isIn("ACC-07", "training", ["MANDATORY_ASSESSED", "INCLUDED_NOT_MANDATORY"]),
          options: [
            opt("CONFLICT_TRAFFICKING_INDICATORS", "Indicators of conflict-related trafficking"),
            opt("IDENTIFICATION_REFERRAL", "Identification and referral"),
            opt("CRIMINAL_STRUCTURES", "Criminal structures and modi operandi"),
            opt("GENDER_SENSITIVITY", "Gender sensitivity"),
            opt("SEXUAL_EXPLOITATION_ABUSE_PREVENTION", "Prevention of sexual exploitation and abuse"),
            opt("CONFLICT_RELATED_SEXUAL_VIOLENCE", "Conflict-related sexual violence"),
            other(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-PK"],
        kinds: ["AGG", "REC"],
        examples: [
          ex("Several States also reported on comprehensive training and sensitizing programmes for military personnel before deployment to peacekeeping missions…", "[000] ¶31"),
          ex(
            "States reported the integration of specialized training on trafficking in persons, the criminal structures involved and their modi operandi as part of regular predeployment training.",
            "[001] ¶29",
          ),
        ],
      },
    },
    {
      id: "ACC-08",
      text: "Have guidelines been issued for military police deployed abroad on identifying trafficking victims and referring them to competent authorities?",
      requirement: "O",
      fields: [
        { key: "guidelines", type: "YNP", label: "Guidelines issued for military police" },
        details(),
        { key: "goodPractice", type: "GP", label: "Good-practice nomination", count: 1, visibleWhen: yesOrPartial("ACC-08", "guidelines") },
      ],
      feeds: {
        sections: ["T-PK"],
        kinds: ["GP"],
        examples: [
          ex(
            "Another good practice that was noted concerned the issuance of guidelines for the identification and referral of trafficking victims to competent authorities, and for the utilization of these guidelines by military police officers deployed on the ground and tasked with investigating offences committed by troops.",
            "[001] ¶29",
          ),
        ],
      },
    },
    {
      id: "ACC-09",
      text: "For allegations of sexual exploitation and abuse or trafficking involving your national military or police personnel deployed in peace operations: how many allegations were received, how many investigations were concluded within six months, and what were the outcomes?",
      help: "For troop- and police-contributing countries.",
      requirement: "COND",
      requiredWhen: isIn("ACC-07", "training", DEPLOYS_PERSONNEL),
      visibleWhen: isIn("ACC-07", "training", DEPLOYS_PERSONNEL),
      fields: [
        {
          key: "allegations",
          type: "INT",
          label: "Allegations, investigations and outcomes",
          grid: {
            rows: [
              { code: "ALLEGATIONS_RECEIVED", label: "Allegations received" },
              { code: "INVESTIGATIONS_OPENED", label: "Investigations opened" },
              { code: "CONCLUDED_WITHIN_SIX_MONTHS", label: "Investigations concluded within six months" },
              { code: "DISCIPLINARY_MEASURES", label: "Disciplinary measures" },
              { code: "CRIMINAL_CONVICTIONS", label: "Criminal convictions" },
              { code: "DISMISSALS", label: "Dismissals" },
            ],
          },
        },
        { key: "nationalInvestigationOfficers", type: "YNP", label: "National investigation officers included in deployed units", required: false },
        { key: "oiosCooperation", type: "YNP", label: "Cooperation with the Office of Internal Oversight Services (OIOS)", required: false },
        details(),
      ],
      feeds: {
        sections: ["T-PK"],
        kinds: ["AGG", "STAT"],
        examples: [
          ex(
            "…in which I noted successful investigations and prosecutions by several Member States of members of their contingents resulting in imprisonment and dismissal from service",
            "[000] ¶36",
          ),
          ex(
            "Many Member States also indicated that they would work jointly with the Office of Internal Oversight Services (OIOS) to increase the transparency of their national investigations.",
            "[000] ¶36",
          ),
        ],
      },
    },
    {
      id: "ACC-10",
      text: "Did your authorities investigate or prosecute trafficking cases committed in situations of armed conflict, or by your nationals abroad (including military personnel)?",
      help: SC_CYCLES_REQUIRED,
      requirement: "O",
      fields: [
        { key: "investigated", type: "YNP", label: "Cases investigated or prosecuted" },
        {
          key: "cases",
          type: "INT",
          label: "Cases",
          visibleWhen: yesOrPartial("ACC-10", "investigated"),
          grid: {
            rows: [
              { code: "INVESTIGATED", label: "Investigated" },
              { code: "PROSECUTED", label: "Prosecuted" },
              { code: "CONVICTED", label: "Convicted" },
            ],
          },
        },
        {
          key: "description",
          type: "TXT",
          label: "Description",
          help: NO_PERSONAL_DATA,
          wordLimit: 200,
          required: false,
          visibleWhen: yesOrPartial("ACC-10", "investigated"),
        },
      ],
      feeds: {
        sections: ["T-ACC", "T-CONF"],
        kinds: ["GAP", "AGG"],
        examples: [
          ex(
            "Limited information was reported on the investigation and prosecution of those who engage in human trafficking in situations of armed conflict, with several Member States reporting on their efforts in this regard through extended jurisdiction and by investigating human trafficking-related cases involving their military personnel.",
            "[000] ¶36",
          ),
          ex("Many States highlighted the challenges associated with the investigation and prosecution of human trafficking in the context of armed conflict…", "[001] ¶26"),
        ],
      },
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Section H — International cooperation (T-COOP)
// ---------------------------------------------------------------------------------------------------

const sectionH: SectionInput = {
  code: "H",
  title: "International cooperation",
  questions: [
    {
      id: "COOP-01",
      text: "List the bilateral cooperation agreements or memorandums of understanding on trafficking in persons concluded or in force during the reporting period.",
      requirement: "O",
      fields: [
        { key: "count", type: "INT", label: "Number of agreements or memorandums of understanding", unit: "agreements" },
        { key: "partners", type: "STATE_LIST", label: "Partner States" },
        {
          key: "purposes",
          type: "MC",
          label: "Purpose",
          options: [
            opt("LAW_ENFORCEMENT", "Law enforcement"),
            opt("PROSECUTION", "Prosecution"),
            opt("VICTIM_PROTECTION_RETURN", "Victim protection and return"),
            opt("LABOUR_MIGRATION", "Labour migration"),
            opt("INFORMATION_EXCHANGE", "Information exchange"),
            other(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-COOP"],
        kinds: ["AGG"],
        examples: [
          ex("Many States have concluded bilateral cooperation agreements/partnerships, often to improve law enforcement and prosecution efforts.", "[000] ¶26"),
          ex(
            "the conclusion of memorandums of understanding and agreements between countries of origin, transit and destination of specific trafficking flows",
            "[001] ¶28",
          ),
        ],
      },
    },
    {
      id: "COOP-02",
      text: "Which international and regional cooperation networks and processes does your State use against trafficking?",
      requirement: "O",
      fields: [
        {
          key: "networks",
          type: "MC",
          label: "Networks and processes",
          options: [
            opt("INTERPOL", "INTERPOL"),
            opt("EUROPOL", "Europol"),
            opt("EUROJUST", "Eurojust"),
            opt("FRONTEX", "Frontex"),
            opt("POLICE_COOPERATION_CONVENTION_SEE", "Police Cooperation Convention for Southeast Europe"),
            opt("NORDIC_NETWORK_CHILD_TRAFFICKING", "Nordic Network against Child Trafficking"),
            opt("BALI_PROCESS", "Bali Process on People Smuggling, Trafficking in Persons and Related Transnational Crime"),
            opt("KHARTOUM_PROCESS", "Khartoum Process"),
            opt("BUDAPEST_PROCESS", "Budapest Process"),
            opt("PUEBLA_PROCESS", "Puebla Process"),
            opt("RABAT_PROCESS", "Rabat Process"),
            opt("ASEAN", "Association of Southeast Asian Nations (ASEAN)"),
            opt("SADC", "Southern African Development Community"),
            opt("ECOWAS", "Economic Community of West African States"),
            opt("AFRICAN_UNION", "African Union"),
            opt("OSCE", "Organization for Security and Cooperation in Europe (OSCE)"),
            opt("COUNCIL_OF_EUROPE", "Council of Europe"),
            opt("LEAGUE_OF_ARAB_STATES", "League of Arab States"),
            opt("GULF_COOPERATION_COUNCIL", "Gulf Cooperation Council"),
            opt("SAARC", "South Asian Association for Regional Cooperation"),
            opt("FATF_STYLE_REGIONAL_BODY", "Financial Action Task Force-style regional body"),
            opt("LIAISON_MAGISTRATES", "Liaison magistrates"),
            other("Other"),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-COOP"],
        kinds: ["AGG", "NAMED"],
        examples: [
          ex(
            "States reported use of international law enforcement cooperation networks such as INTERPOL and regional networks such as Europol, Eurojust, Frontex and the Police Cooperation Convention for Southeast Europe.",
            "[000] ¶26",
          ),
          ex("Some specialized networks, such as the Nordic Network against Child Trafficking, have been created by Member States.", "[000] ¶26"),
        ],
      },
    },
    {
      id: "COOP-03",
      text: "Did your State take part in joint investigation teams or regionally coordinated investigations on trafficking in persons? With which States?",
      requirement: "O",
      fields: [
        { key: "participated", type: "YNP", label: "Took part in joint investigation teams or regionally coordinated investigations" },
        { key: "partners", type: "STATE_LIST", label: "Partner States", visibleWhen: yesOrPartial("COOP-03", "participated") },
        { key: "details", type: "TXT", label: "Details", wordLimit: 200, required: false, visibleWhen: yesOrPartial("COOP-03", "participated") },
        { key: "goodPractice", type: "GP", label: "Good-practice nomination", count: 1, visibleWhen: yesOrPartial("COOP-03", "participated") },
      ],
      feeds: {
        sections: ["T-COOP"],
        kinds: ["GP", "NAMED"],
        examples: [
          ex(
            "I welcome the setting up of a joint investigation team involving France, the Niger and Spain to fight against criminal networks linked to trafficking in persons, and invite other States to join or support similar initiatives.",
            "[001] ¶28",
          ),
        ],
      },
    },
    {
      id: "COOP-04",
      text: "How many requests for mutual legal assistance and extradition in trafficking cases did your State send and receive, and how many were executed?",
      requirement: "O",
      fields: [
        {
          key: "requests",
          type: "INT",
          label: "Requests",
          grid: {
            rows: [
              { code: "MUTUAL_LEGAL_ASSISTANCE", label: "Mutual legal assistance" },
              { code: "EXTRADITION", label: "Extradition" },
            ],
            columns: [
              { code: "SENT", label: "Sent" },
              { code: "RECEIVED", label: "Received" },
              { code: "EXECUTED_OR_GRANTED", label: "Executed (mutual legal assistance) / granted (extradition)" },
            ],
          },
        },
        details(),
      ],
      feeds: { sections: ["T-COOP"], kinds: ["STAT", "AGG"], examples: [] },
    },
    {
      id: "COOP-05",
      text: "Did your State receive technical assistance from United Nations entities or other organizations during the reporting period? What assistance would it need?",
      requirement: "O",
      fields: [
        {
          key: "providers",
          type: "MC",
          label: "Assistance received from",
          options: [
            opt("UNODC", "UNODC"),
            opt("IOM", "IOM"),
            opt("UNICEF", "UNICEF"),
            opt("OHCHR", "OHCHR"),
            opt("UNHCR", "UNHCR"),
            opt("UN_WOMEN", "UN-Women"),
            opt("ILO", "ILO"),
            opt("UNDP", "UNDP"),
            opt("OSCE", "OSCE"),
            opt("INTERPOL", "INTERPOL"),
            other("Other"),
            none("None (no technical assistance received)"),
          ],
        },
        {
          key: "types",
          type: "MC",
          label: "Type of assistance",
          visibleWhen: notNone("COOP-05", "providers"),
          options: [
            opt("LEGISLATIVE_ASSISTANCE", "Legislative assistance"),
            opt("CAPACITY_BUILDING", "Capacity-building / training"),
            opt("NATIONAL_ACTION_PLAN_DEVELOPMENT", "National action plan development"),
            opt("DATA_COLLECTION_SYSTEMS", "Data collection systems"),
            opt("VICTIM_ASSISTANCE", "Victim assistance"),
            other(),
          ],
        },
        { key: "needs", type: "TXT", label: "Assistance needed", wordLimit: 200, required: false },
      ],
      feeds: {
        sections: ["T-COOP"],
        kinds: ["STAT", "REC"],
        examples: [
          ex("Capacity-building assistance at the national level has been provided to eight countries since December 2015, while seven Member States received legislative support.", "[000] ¶39"),
          ex("I hereby invite States to consider making use of technical assistance and support made available by the United Nations system.", "[001] ¶77"),
        ],
      },
    },
    {
      id: "COOP-06",
      text: "Did your State contribute to the United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and Children, the United Nations Voluntary Trust Fund on Contemporary Forms of Slavery, UNODC's work on trafficking in persons or the Inter-Agency Coordination Group against Trafficking in Persons?",
      requirement: "O",
      fields: [
        {
          key: "recipients",
          type: "MC",
          label: "Recipient",
          options: [
            opt("UN_TRUST_FUND_TRAFFICKING", "United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and Children"),
            opt("UN_TRUST_FUND_SLAVERY", "United Nations Voluntary Trust Fund on Contemporary Forms of Slavery"),
            opt("UNODC_TRAFFICKING_WORK", "UNODC's work on trafficking in persons"),
            opt("ICAT", "Inter-Agency Coordination Group against Trafficking in Persons"),
            other(),
            none("None (no contribution)"),
          ],
        },
        { key: "amount", type: "INT", label: "Amount", unit: "United States dollars", visibleWhen: notNone("COOP-06", "recipients") },
        { key: "year", type: "YEAR", label: "Year of the contribution", visibleWhen: notNone("COOP-06", "recipients") },
        details(),
      ],
      feeds: {
        sections: ["T-RES"],
        kinds: ["STAT", "REC"],
        examples: [
          ex("Nineteen Member States and over 30 private sector donors have provided funding…", "[002] ¶81"),
          ex("funds from two Member States; two additional commitments of funds have also been received", "[000] ¶46"),
        ],
      },
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Section I — Data collection and research (T-DATA)
// ---------------------------------------------------------------------------------------------------

const sectionI: SectionInput = {
  code: "I",
  title: "Data collection and research",
  questions: [
    {
      id: "DATA-01",
      text: "How are data on trafficking in persons collected nationally?",
      requirement: "R",
      fields: [
        {
          key: "system",
          type: "SC",
          label: "National data system",
          options: [
            opt("CENTRALIZED_DATABASE", "Centralized national database"),
            opt("COMPILED_PERIODICALLY", "Several administrative sources, compiled periodically"),
            opt("NOT_COMPILED", "Several sources, not compiled"),
            opt("NO_SYSTEMATIC_COLLECTION", "No systematic collection"),
          ],
        },
        {
          key: "sources",
          type: "MC",
          label: "Sources",
          required: false,
          visibleWhen: isIn("DATA-01", "system", ["CENTRALIZED_DATABASE", "COMPILED_PERIODICALLY", "NOT_COMPILED"]),
          options: [
            opt("CRIMINAL_JUSTICE", "Criminal justice (police, prosecution, courts)"),
            opt("VICTIM_SERVICES", "Victim services"),
            opt("SOCIAL_SERVICES", "Social services"),
            opt("LABOUR_INSPECTION", "Labour inspection"),
            opt("MIGRATION_ASYLUM", "Migration and asylum authorities"),
            opt("NGOS", "NGOs"),
            other(),
          ],
        },
        { key: "annualReport", type: "YNP", label: "National annual report published", required: false },
        details(),
      ],
      feeds: {
        sections: ["T-DATA"],
        kinds: ["AGG", "NAMED"],
        examples: [
          ex("Many Member States collected some forms of administrative data from various services…", "[004] ¶48"),
          ex(
            "While those are primarily administrative data from the criminal justice system, some Member States also have data from victim services (Australia and Switzerland) or from government departments, such as those responsible for social services (Argentina).",
            "[004] ¶48",
          ),
        ],
      },
    },
    {
      id: "DATA-02",
      text: "By which characteristics are victim and offender data disaggregated?",
      requirement: "R",
      fields: [
        {
          key: "characteristics",
          type: "MC",
          label: "Disaggregation",
          options: [
            opt("SEX", "Sex"),
            opt("AGE", "Age"),
            opt("NATIONALITY", "Nationality"),
            opt("FORM_OF_EXPLOITATION", "Form of exploitation"),
            opt("ETHNICITY", "Ethnicity"),
            opt("DISABILITY", "Disability"),
            opt("CONFLICT_AREA_ORIGIN", "Country or area of origin affected by conflict"),
            opt("CAUSES", "Identified causes of trafficking"),
            other(),
            none(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-DATA"],
        kinds: ["AGG", "GAP", "REC"],
        examples: [
          ex(
            "Member States drew attention to their efforts to collect sex-disaggregated data on migrants and refugees in general (Argentina, Armenia, Poland, Sri Lanka and Ukraine)…",
            "[004] ¶47",
          ),
          ex(
            "A small number of Member States collected a broader range of data, including on the identified causes of trafficking in women and children, the nationalities of victims and the identified forms of exploitation.",
            "[004] ¶48",
          ),
        ],
      },
    },
    {
      id: "DATA-03",
      text: "Does your State submit data to UNODC for the Global Report on Trafficking in Persons, including on victims originating from conflict and post-conflict areas?",
      requirement: "R",
      fields: [
        {
          key: "submission",
          type: "SC",
          label: "Data submitted to UNODC",
          options: [
            opt("YES_INCLUDING_CONFLICT", "Yes, including victims from conflict-affected areas"),
            opt("YES_GENERAL", "Yes, general data only"),
            opt("NO", "No"),
          ],
        },
        {
          key: "lastSubmission",
          type: "YEAR",
          label: "Year of the last submission",
          required: false,
          visibleWhen: isIn("DATA-03", "submission", ["YES_INCLUDING_CONFLICT", "YES_GENERAL"]),
        },
        details(),
      ],
      feeds: {
        sections: ["T-DATA"],
        kinds: ["AGG", "REC"],
        examples: [
          ex(
            "Encourage Member States to submit information to UNODC concerning the identification of victims of trafficking originating from conflict and post-conflict areas for inclusion in the Global Report on Trafficking in Persons",
            "[000] ¶63 (h)",
          ),
        ],
      },
    },
    {
      id: "DATA-04",
      text: "Describe research, studies or data projects on trafficking in persons undertaken or funded during the reporting period (incl. with research institutes), and any indicator sets developed.",
      requirement: "O",
      fields: [
        { key: "description", type: "TXT", label: "Research, studies and data projects", wordLimit: 150 },
        {
          key: "topics",
          type: "MC",
          label: "Topics",
          options: [
            opt("PREVALENCE", "Prevalence"),
            opt("MIGRATION_LINKS", "Links with migration"),
            opt("GENDER_DIMENSIONS", "Gender dimensions"),
            opt("CONFLICT_RELATED", "Conflict-related trafficking"),
            opt("TERRORISM_NEXUS", "Terrorism nexus"),
            opt("FORMS_OF_EXPLOITATION", "Forms of exploitation"),
            other(),
          ],
        },
      ],
      feeds: {
        sections: ["T-DATA"],
        kinds: ["AGG", "NAMED"],
        examples: [
          ex("Many States reported on their research and data collection efforts aimed at enhancing analysis of the nature and extent of trafficking in persons.", "[002] ¶14"),
          ex("Some States noted involvement in data collection projects…", "[000] ¶28"),
        ],
      },
    },
    {
      id: "DATA-05",
      text: "Are ethical and data-protection standards applied to the collection and sharing of victim data, and are data shared with international partners?",
      help: "\"It is imperative that any sharing of data or other information be based on robust ethical principles and data protection standards in order to reduce the risk of violating privacy rights.\" ([003] Executive summary).",
      requirement: "O",
      fields: [
        { key: "standards", type: "YNP", label: "Ethical and data-protection standards in place" },
        {
          key: "sharedWith",
          type: "MC",
          label: "Data shared with",
          options: [opt("UNODC", "UNODC"), opt("IOM", "IOM"), opt("INTERPOL", "INTERPOL"), opt("REGIONAL_BODIES", "Regional bodies"), other(), none()],
        },
        details(),
      ],
      feeds: { sections: ["T-DATA"], kinds: ["AGG"], examples: [] },
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Section J — Conflict-specific questions (T-CONF; module CONFLICT, enabled in Security Council cycles)
// ---------------------------------------------------------------------------------------------------

const IN_CONFLICT = ["INTERNATIONAL_ARMED_CONFLICT", "NON_INTERNATIONAL_ARMED_CONFLICT", "POST_CONFLICT"];

/** BRIEF §5.10, in the seeds' spelling. */
const ARMED_GROUPS: QuestionOption[] = [
  opt("ISIL", "Islamic State in Iraq and the Levant (ISIL, also known as Da'esh)"),
  opt("BOKO_HARAM", "Boko Haram"),
  opt("AL_SHABAAB", "Al-Shabaab"),
  opt("AL_QAIDA", "Al-Qaida"),
  opt("LORDS_RESISTANCE_ARMY", "Lord's Resistance Army"),
  opt("HAYAT_TAHRIR_AL_SHAM", "Hay'at Tahrir al-Sham"),
  opt("TAMIL_TIGERS", "Tamil Tigers"),
  other("Other armed group (specify)"),
];

const sectionJ: SectionInput = {
  code: "J",
  title: "Conflict-specific questions",
  intro: "Enabled in Security Council reporting cycles.",
  module: "CONFLICT",
  questions: [
    {
      id: "CONF-01",
      text: "During the reporting period, was there an armed conflict on your State's territory, or is your State hosting significant numbers of persons fleeing conflict?",
      help: glossary("internationalArmedConflict", "nonInternationalArmedConflict", "postConflict", "internallyDisplacedPersons"),
      requirement: "R",
      fields: [
        {
          key: "situation",
          type: "SC",
          label: "Situation of armed conflict",
          options: [
            opt("INTERNATIONAL_ARMED_CONFLICT", "International armed conflict"),
            opt("NON_INTERNATIONAL_ARMED_CONFLICT", "Non-international armed conflict"),
            opt("POST_CONFLICT", "Post-conflict situation"),
            opt("NO_ARMED_CONFLICT", "No armed conflict"),
          ],
        },
        {
          key: "hostingDisplaced",
          type: "YNP",
          label: "Hosting persons fleeing conflict (refugees, asylum seekers, internally displaced persons)",
          required: true,
        },
        details(),
      ],
      feeds: {
        sections: ["T-CONF"],
        kinds: ["AGG", "EX1"],
        examples: [
          ex("In their contributions to the present report, a number of States noted that there was no armed conflict in their territories…", "[001] ¶23"),
          ex("A State directly affected by internal armed conflict reported…", "[001] ¶31"),
        ],
      },
    },
    {
      id: "CONF-02",
      text: "How many identified victims originated from conflict-affected or post-conflict countries or areas? From which countries or areas?",
      help: glossary("conflict", "postConflict"),
      requirement: "R",
      fields: [
        {
          key: "victims",
          type: "INT",
          label: "Identified victims from conflict-affected or post-conflict countries or areas, by sex and age",
          grid: { rows: SEX, columns: AGE },
        },
        { key: "countriesOfOrigin", type: "STATE_LIST", label: "Countries of origin", required: false },
        { key: "areasOfOrigin", type: "TXT", label: "Other areas of origin", wordLimit: 200, required: false },
      ],
      feeds: {
        sections: ["T-CONF"],
        kinds: ["AGG", "GAP", "REC"],
        examples: [ex("…and that they had not identified victims of trafficking coming from conflict-affected areas…", "[001] ¶23")],
      },
    },
    {
      id: "CONF-03",
      text: "Have you identified victims trafficked by armed groups or terrorist groups? Which groups were involved?",
      requirement: "O",
      fields: [
        { key: "victims", type: "INT", label: "Victims trafficked by armed or terrorist groups", unit: "victims" },
        { key: "groups", type: "MC", label: "Groups involved", options: ARMED_GROUPS },
        details(),
      ],
      feeds: { sections: ["T-CONF"], kinds: ["AGG", "GAP"], examples: [] },
    },
    {
      id: "CONF-04",
      text: "Which forms of conflict-related exploitation have your authorities encountered?",
      help: glossary("conflictRelatedSexualViolence"),
      requirement: "O",
      fields: [
        {
          key: "forms",
          type: "MC",
          label: "Forms of conflict-related exploitation",
          options: [
            opt("SEXUAL_EXPLOITATION_BY_ARMED_GROUPS", "Sexual exploitation of women and girls by members of armed and terrorist groups"),
            opt("SEXUAL_SLAVERY", "Sexual slavery"),
            opt("FORCED_TEMPORARY_MARRIAGE", "Forced or temporary marriage (including to fighters)"),
            opt("CHILD_SOLDIERS", "Recruitment and use of children as soldiers or in support roles"),
            opt("ADULTS_COMBAT_SUPPORT", "Use of adults in combat or support roles"),
            opt("FORCED_LABOUR", "Forced labour (including migrant workers trafficked into conflict zones)"),
            opt("ORGAN_REMOVAL", "Removal of organs"),
            opt("TERRORIST_ACTS", "Exploitation for terrorist acts"),
            opt("KIDNAPPING_RANSOM_EXTORTION", "Kidnapping for ransom / extortion"),
            opt("DEBT_BONDAGE_SMUGGLING_FEES", "Debt bondage linked to smuggling fees"),
            opt("BEGGING_PETTY_CRIME", "Begging and petty crime"),
            other(),
          ],
        },
        details(),
      ],
      feeds: { sections: ["T-CONF", "T-DATA"], kinds: ["AGG"], examples: [] },
    },
    {
      id: "CONF-05",
      text: "Are persons (including children) released from the captivity of armed or terrorist groups routinely assessed to determine whether they have been trafficked? Are victims protected from prosecution for acts they were compelled to commit?",
      help: glossary("abductionOfChildren"),
      requirement: "COND",
      // "O (R if CONF-01 ≠ no conflict)": offered to every State, required where there is or was a conflict.
      requiredWhen: isIn("CONF-01", "situation", IN_CONFLICT),
      fields: [
        {
          key: "assessment",
          type: "SC",
          label: "Assessment of released persons",
          options: [
            opt("ROUTINE_INDIVIDUAL_ASSESSMENT", "Routine individual assessment"),
            opt("CASE_BY_CASE", "Case-by-case"),
            opt("NO_PROCEDURE", "No procedure"),
          ],
        },
        {
          key: "nonProsecution",
          type: "YNP",
          label: "Non-prosecution applied to persons associated with armed or terrorist groups",
          required: true,
        },
        {
          key: "persons",
          type: "INT",
          label: "Persons released from captivity",
          required: false,
          grid: {
            rows: [
              { code: "ASSESSED", label: "Assessed" },
              { code: "IDENTIFIED_AS_VICTIMS", label: "Identified as victims of trafficking" },
            ],
          },
        },
        details(),
      ],
      feeds: {
        sections: ["T-CONF"],
        kinds: ["AGG", "GAP"],
        examples: [
          ex(
            "Routinely assessing the individual situation of persons, including children, released from the captivity of armed and terrorist groups facilitates an active determination of whether they have been trafficked.",
            "[001] ¶16",
          ),
          ex("The principle of non-punishment is also particularly relevant when persons are released from the captivity of armed and terrorist groups.", "[001] ¶38"),
        ],
      },
    },
    {
      id: "CONF-06",
      text: "How are children formerly associated with armed forces or armed groups handled?",
      help: glossary("childSoldier"),
      requirement: "O",
      fields: [
        {
          key: "handling",
          type: "MC",
          label: "Handling of children formerly associated with armed forces or armed groups",
          options: [
            opt("HANDOVER_PROTOCOL", "Handover protocol or standard operating procedures for release and handover to child protection actors"),
            opt("REINTEGRATION", "Reintegration programmes"),
            opt("FAMILY_REUNIFICATION", "Family reunification"),
            opt("CRIMINAL_PROSECUTION", "Criminal prosecution"),
            opt("ADMINISTRATIVE_DETENTION", "Administrative detention"),
            other(),
          ],
        },
        { key: "childrenDetained", type: "INT", label: "Children detained for alleged association", unit: "children" },
        { key: "childrenHandedOver", type: "INT", label: "Children handed over to child protection actors", unit: "children" },
        details(),
      ],
      feeds: {
        sections: ["T-CONF"],
        kinds: ["AGG", "GAP"],
        examples: [ex("Two Governments have signed handover protocols for children since February 2017.", "[001] ¶54")],
      },
    },
    {
      id: "CONF-07",
      text: "Are victims of trafficking by terrorist groups recognized as victims of terrorism and eligible for official support, recognition and redress, including reparations?",
      requirement: "O",
      fields: [
        { key: "recognized", type: "YNP", label: "Recognized as victims of terrorism" },
        { key: "legalBasis", type: "TXT", label: "Legal basis", wordLimit: 200, required: false, visibleWhen: yesOrPartial("CONF-07", "recognized") },
      ],
      feeds: {
        sections: ["T-CONF"],
        kinds: ["AGG", "REC"],
        examples: [
          ex(
            "I invite States to ensure that victims of trafficking for the purpose of sexual violence or sexual exploitation perpetrated by terrorist groups are recognized as legitimate victims of terrorism and receive reparations.",
            "[001] ¶75",
          ),
        ],
      },
    },
    {
      id: "CONF-08",
      text: "Have your authorities identified cases in which trafficking in persons financed terrorism? Has your State provided relevant information to the Analytical Support and Sanctions Monitoring Team, other panels of experts, or the Counter-Terrorism Committee Executive Directorate?",
      requirement: "O",
      fields: [
        { key: "casesIdentified", type: "INT", label: "Cases in which trafficking in persons financed terrorism", unit: "cases" },
        { key: "informationProvided", type: "YNP", label: "Information provided" },
        {
          key: "bodies",
          type: "MC",
          label: "Bodies",
          visibleWhen: yesOrPartial("CONF-08", "informationProvided"),
          options: [
            opt("MONITORING_TEAM", "Analytical Support and Sanctions Monitoring Team"),
            opt("PANELS_OF_EXPERTS", "Other panels of experts"),
            opt("CTED", "Counter-Terrorism Committee Executive Directorate"),
            other(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-FIN", "T-CONF"],
        kinds: ["GAP", "REC"],
        examples: [
          ex("information on trafficking in persons to finance terrorism remains limited", "[001] ¶39"),
          ex(
            "I also invite member States to provide to the relevant sanctions committees through the Monitoring Team … all information they possess on individuals that may fulfil the listing criteria and on terrorist financing through trafficking in persons.",
            "[001] ¶80",
          ),
        ],
      },
    },
    {
      id: "CONF-09",
      text: "Has your State developed or adopted anti-money-laundering and counter-terrorist financing typologies or risk indicators for trafficking in persons in areas affected by conflict?",
      requirement: "O",
      fields: [{ key: "typologies", type: "YNP", label: "Typologies or risk indicators developed or adopted" }, details()],
      feeds: {
        sections: ["T-FIN"],
        kinds: ["AGG"],
        examples: [ex("States cited the need to develop anti-money-laundering and counter-terrorist financing typologies against human trafficking in areas affected by conflict.", "[000] ¶25")],
      },
    },
    {
      id: "CONF-10",
      text: "Which prevention and awareness measures target internally displaced persons, refugees and communities in or near conflict areas? Does your national action plan on women, peace and security include measures against trafficking?",
      help: glossary("internallyDisplacedPersons"),
      requirement: "O",
      fields: [
        {
          key: "measures",
          type: "MC",
          label: "Prevention and awareness measures",
          options: [
            opt("JOINT_AWARENESS_IDPS", "Joint government–civil society awareness among internally displaced persons"),
            opt("REFUGEE_CAMPS_RECEPTION_CENTRES", "Measures in refugee camps and reception centres"),
            opt("CHILDREN_ARMED_CONFLICT_ENTITY", "Specialized State entity for children in armed conflict"),
            opt("COUNTER_MESSAGING", "Counter-messaging via social media"),
            opt("RELIGIOUS_TRADITIONAL_LEADERS", "Engagement of religious and traditional leaders"),
            opt("IDP_CAMP_PROGRAMMES", "Rehabilitation or vocational programmes in camps for internally displaced persons"),
            other(),
          ],
        },
        {
          key: "womenPeaceSecurityPlan",
          type: "SC",
          label: "Women, peace and security national action plan",
          options: [
            opt("INCLUDES_TRAFFICKING", "Includes trafficking"),
            opt("WITHOUT_TRAFFICKING_MEASURES", "Exists without trafficking measures"),
            opt("NONE", "None"),
          ],
        },
        details(),
        { key: "goodPractice", type: "GP", label: "Good-practice nomination", count: 1 },
      ],
      feeds: {
        sections: ["T-PREV", "T-CONF"],
        kinds: ["EX1", "GP", "REC"],
        examples: [
          ex(
            "I would therefore encourage States to design and implement results-oriented national action plans on women, peace and security which include comprehensive measures aimed at preventing and responding to trafficking in persons…",
            "[001] ¶81",
          ),
        ],
      },
    },
    {
      id: "CONF-11",
      text: "Does your State collect, preserve and share evidence of conflict-related trafficking, including with international investigative mechanisms?",
      requirement: "O",
      fields: [
        {
          key: "measures",
          type: "MC",
          label: "Evidence and cooperation",
          options: [
            opt("DOMESTIC_EVIDENCE_PRESERVATION", "Domestic evidence preservation procedures"),
            opt("INVESTIGATIVE_TEAM_2379", "Cooperation with the investigative team established pursuant to Security Council resolution 2379 (2017)"),
            opt("IIIM_SYRIA", "Cooperation with the International, Impartial and Independent Mechanism (Syrian Arab Republic)"),
            opt("ICC", "Cooperation with the International Criminal Court"),
            other(),
            none(),
          ],
        },
        details(),
      ],
      feeds: {
        sections: ["T-CONF"],
        kinds: ["AGG", "REC"],
        examples: [ex("I call upon all States to fully support and cooperate with the investigative team.", "[001] ¶10")],
      },
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Section K — Good practices, challenges and comments
// ---------------------------------------------------------------------------------------------------

/** GP-01 can feed any thematic section, depending on the practice nominated. */
const ALL_THEMATIC_SECTIONS = [
  "T-RAT",
  "T-LEG",
  "T-COORD",
  "T-PREV",
  "T-SUPPLY",
  "T-PROT",
  "T-ACC",
  "T-FIN",
  "T-PK",
  "T-COOP",
  "T-DATA",
  "T-CONF",
  "T-RES",
];

const sectionK: SectionInput = {
  code: "K",
  title: "Good practices, challenges and comments",
  questions: [
    {
      id: "GP-01",
      text: "Describe up to three practices from the reporting period that your State considers good practices worth sharing (what was done, by whom, results).",
      help: "Up to 150 words for each description. Say in the title which area of the questionnaire the practice concerns.",
      requirement: "O",
      fields: [{ key: "practices", type: "GP", label: "Good practices", count: 3 }],
      feeds: { sections: ALL_THEMATIC_SECTIONS, kinds: ["GP", "EX1"], examples: [] },
    },
    {
      id: "GP-02",
      text: "What are the main challenges your State faces in preventing and combating trafficking in persons, including in relation to armed conflict?",
      requirement: "O",
      fields: [
        {
          key: "challenges",
          type: "MC",
          label: "Main challenges",
          options: [
            opt("VICTIM_IDENTIFICATION", "Identification of victims"),
            opt("INVESTIGATION_EVIDENCE", "Investigation and evidence collection"),
            opt("PROSECUTION_CONVICTION_RATES", "Prosecution and conviction rates"),
            opt("CROSS_BORDER_COOPERATION", "Cross-border cooperation"),
            opt("RESOURCES", "Resources"),
            opt("DATA", "Data"),
            opt("PROTECTION_CAPACITY", "Protection capacity"),
            opt("MIXED_MIGRATION_FLOWS", "Mixed migration flows"),
            opt("CORRUPTION", "Corruption"),
            other(),
          ],
        },
        details("Description"),
      ],
      feeds: {
        sections: ["T-REC"],
        kinds: ["AGG"],
        examples: [
          ex("Many States highlighted the challenges associated with the investigation and prosecution of human trafficking in the context of armed conflict…", "[001] ¶26"),
          ex("A large number of submissions by Member States highlight the challenges to such prosecutions.", "[004] ¶21"),
        ],
      },
    },
    {
      id: "GP-03",
      text: "Any other information or comments you wish to bring to the attention of the Secretary-General.",
      requirement: "O",
      fields: [{ key: "comments", type: "TXT", label: "Other information or comments", wordLimit: 300 }],
      feeds: {
        sections: ["T-RAT"],
        kinds: ["EX1"],
        examples: [
          ex(
            "One State questioned the competence of the Security Council to address trafficking in persons, arguing that trafficking fell within the purview of other United Nations bodies.",
            "[001] ¶25",
          ),
        ],
      },
    },
  ],
};

export const TIP_QUESTIONNAIRE_V1: QuestionnaireDefinitionInput = {
  key: "tip",
  version: 1,
  title: "Questionnaire on trafficking in persons",
  sourceLocale: "en",
  modules: ["CONFLICT"],
  sections: [sectionA, sectionB, sectionC, sectionD, sectionE, sectionF, sectionG, sectionH, sectionI, sectionJ, sectionK],
};
