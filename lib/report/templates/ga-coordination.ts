import type { ReportTemplateInput } from "./template";

/**
 * General Assembly template "Improving the coordination of efforts against trafficking in persons"
 * (BRIEF Appendix A.2, after A/71/119 [002]): third person (§2.7), a Summary (§2.3), the Member State
 * measures by pillar (III.A.1–5), the respondents listed in body text with the cut-off date ([002] ¶5),
 * and the impersonal lettered recommendations of [002] ¶97.
 */
export const GA_COORDINATION_TEMPLATE: ReportTemplateInput = {
  id: "ga-coordination",
  family: "GA",
  name: "General Assembly — improving the coordination of efforts against trafficking in persons",
  title: "Improving the coordination of efforts against trafficking in persons",
  subtitle: "Report of the Secretary-General",
  defaultNaming: "respondents-listed",
  noun: { plural: "Member States", singular: "Member State" },
  contributors: { form: "respondents-paragraph", noun: "States", articles: true, statusStyle: "as at" },
  summary: {
    opening:
      "The present report has been prepared pursuant to {mandate}. It summarizes the efforts of Member States and the entities of the United Nations system to combat trafficking in persons in the reporting period, {period}.",
    topicsLead: "It includes information on",
    closing: "The report concludes with recommendations for the consideration of the General Assembly.",
  },
  chapters: [
    {
      label: "I.",
      heading: "Introduction",
      content: [
        { type: "paragraph", key: "intro-1", text: "[Secretariat to draft: recap of {mandate}: what the General Assembly called upon Governments and the United Nations system to do.]" },
        {
          type: "paragraph",
          key: "intro-2",
          text: "The General Assembly requested the Secretary-General to submit a report on the implementation of {mandate}. The present report is based, inter alia, on information received from Member States and entities of the United Nations system. It covers the reporting period {period}.",
        },
      ],
    },
    {
      label: "II.",
      heading: "Status of ratification of the Trafficking in Persons Protocol and progress by Member States towards criminalizing all forms of trafficking in persons",
      summaryTopic: "the status of ratifications or accessions to the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the United Nations Convention against Transnational Organized Crime",
      content: [
        {
          type: "treaty-status",
          key: "treaty-status",
          lead: "In {mandate}, Member States that have not yet done so were urged to consider ratifying or acceding to the United Nations Convention against Transnational Organized Crime and its supplementing Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children.",
        },
        { type: "member-states", sources: [{ code: "T-RAT", except: ["GP-03"] }, { code: "T-LEG", only: ["LEG-01"] }] },
      ],
    },
    {
      label: "III.",
      heading: "Ensuring the full and effective implementation of the Global Plan of Action",
      sections: [
        {
          label: "A.",
          heading: "Measures reported by Member States, including for prevention and reducing vulnerabilities of people to becoming victims of trafficking in persons",
          summaryTopic: "the measures reported by Member States",
          content: [{ type: "respondents", key: "respondents" }],
          subsections: [
            {
              label: "1.",
              heading: "Legislation",
              content: [{ type: "member-states", sources: [{ code: "T-LEG" }, { code: "T-FIN", only: ["LEG-08"] }, { code: "T-COORD", only: ["COORD-01", "COORD-02", "COORD-03"] }] }],
            },
            {
              label: "2.",
              heading: "Prevention",
              content: [{ type: "member-states", sources: [{ code: "T-PREV" }, { code: "T-SUPPLY" }, { code: "T-DATA" }] }],
            },
            {
              label: "3.",
              heading: "Prosecution and punishment",
              content: [
                { type: "member-states", sources: [{ code: "T-ACC" }, { code: "T-FIN" }, { code: "T-PK" }, { code: "T-PROT", only: ["LEG-10"] }, { code: "T-LEG", only: ["LEG-12"] }] },
              ],
            },
            {
              label: "4.",
              heading: "Protection of and assistance for trafficking victims",
              content: [{ type: "member-states", sources: [{ code: "T-PROT", except: ["PROT-06"] }, { code: "T-COORD", only: ["COORD-04"] }] }],
            },
            {
              label: "5.",
              heading: "Partnerships",
              content: [{ type: "member-states", sources: [{ code: "T-COOP" }, { code: "T-PROT", only: ["PROT-06"] }] }],
            },
          ],
        },
        {
          label: "B.",
          heading: "Activities undertaken within the United Nations system and by member agencies of the Inter-Agency Coordination Group against Trafficking in Persons",
          content: [{ type: "paragraph", key: "un-activities-1", text: "[Secretariat to draft: activities of the United Nations system, from the entities' inputs.]" }],
        },
        {
          label: "C.",
          heading: "Towards full implementation: appraisal and the way forward",
          content: [
            { type: "paragraph", key: "appraisal-1", text: "[Secretariat to draft: appraisal of the implementation of the Global Plan of Action and the way forward.]" },
            { type: "member-states", sources: [{ code: "T-COOP", only: ["GP-01"] }, { code: "T-REC" }] },
          ],
        },
      ],
    },
    {
      label: "IV.",
      heading: "Activities of the Inter-Agency Coordination Group against Trafficking in Persons",
      content: [{ type: "paragraph", key: "icat-1", text: "[Secretariat to draft: activities of the Inter-Agency Coordination Group against Trafficking in Persons.]" }],
    },
    {
      label: "V.",
      heading: "The UNODC Global Report on Trafficking in Persons: update on research and trend analysis",
      content: [{ type: "paragraph", key: "global-report-1", text: "[Secretariat to draft: update on the Global Report on Trafficking in Persons.]" }],
    },
    {
      label: "VI.",
      heading: "Developments related to the United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and Children",
      content: [{ type: "paragraph", key: "trust-fund-1", text: "[Secretariat to draft: developments related to the Trust Fund.]" }],
    },
    {
      label: "VII.",
      heading: "Raising awareness: activities to mark the World Day against Trafficking in Persons on 30 July",
      content: [{ type: "paragraph", key: "world-day-1", text: "[Secretariat to draft: activities to mark the World Day against Trafficking in Persons.]" }],
    },
    {
      label: "VIII.",
      heading: "Situation of the resources of the United Nations system related to combating trafficking in persons, in particular of the United Nations Office on Drugs and Crime",
      summaryTopic: "the resources reported by Member States for combating trafficking in persons",
      content: [
        { type: "paragraph", key: "resources-1", text: "[Secretariat to draft: the resources of the United Nations system, in particular of the United Nations Office on Drugs and Crime.]" },
        { type: "member-states", sources: [{ code: "T-RES" }] },
      ],
    },
    {
      label: "IX.",
      heading: "Recommendations",
      content: [
        {
          type: "recommendations",
          key: "recommendations",
          chapeau: "It is recommended that the General Assembly consider taking the following actions:",
          items: [
            {
              key: "ratify",
              text: "Call upon Member States that have not yet done so to ratify or accede to the United Nations Convention against Transnational Organized Crime and its Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children",
            },
            {
              key: "implement",
              text: "Call upon Member States to implement the United Nations Convention against Transnational Organized Crime and its Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children by effectively criminalizing trafficking in persons, providing victim protection and assistance and strengthening international cooperation",
            },
            {
              key: "prevention",
              text: "Call upon Member States to strengthen prevention efforts, including by addressing factors that create vulnerabilities to trafficking in persons, raising awareness and marking the annual World Day against Trafficking in Persons on 30 July",
            },
            {
              key: "resources",
              text: "Invite Member States to provide adequate voluntary resources for the work of the United Nations system agencies on trafficking in persons, including in particular the United Nations Office on Drugs and Crime and the Inter-Agency Coordination Group against Trafficking in Persons",
            },
            {
              key: "trust-fund",
              text: "Encourage Member States and private donors to give financial contributions to the United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women and Children",
            },
            {
              key: "global-report",
              text: "Encourage Member States to support the biennial publication of the Global Report on Trafficking in Persons by the United Nations Office on Drugs and Crime",
            },
          ],
        },
      ],
    },
  ],
};
