import type { ReportTemplateInput } from "./template";

/**
 * General Assembly template "Trafficking in women and girls" (BRIEF Appendix A.3, after [004]): third
 * person, a Summary, findings named in parentheses by default (subject to consent), the count-and-list
 * contributors footnote on the chapeau of chapter IV ([004] fn 9), conclusions, then normative
 * recommendations as separate numbered paragraphs ("States should …", [004] ¶¶62–70).
 */
export const GA_WOMEN_GIRLS_TEMPLATE: ReportTemplateInput = {
  id: "ga-women-girls",
  family: "GA",
  name: "General Assembly — trafficking in women and girls",
  title: "Trafficking in women and girls",
  subtitle: "Report of the Secretary-General",
  defaultNaming: "named",
  noun: { plural: "Member States", singular: "Member State" },
  contributors: { form: "count-and-list-footnote", noun: "Member States", articles: true, statusStyle: "as at" },
  summary: {
    opening:
      "Pursuant to {mandate}, the present report compiles information on successful interventions and strategies, as well as the gaps, in addressing the gender dimensions of the problem of trafficking in persons.",
    topicsLead: "It includes information on",
    closing: "The report provides recommendations on the strengthening of human rights-based, gender- and age-sensitive approaches within comprehensive and balanced efforts to address trafficking in persons.",
  },
  chapters: [
    {
      label: "I.",
      heading: "Introduction",
      content: [
        { type: "paragraph", key: "intro-1", text: "[Secretariat to draft: recap of {mandate}: what the General Assembly urged and called upon Governments to do.]" },
        {
          type: "paragraph",
          key: "intro-2",
          text: "The General Assembly also requested the Secretary-General to submit a report that compiles information on interventions and strategies, as well as gaps, in addressing the gender dimensions of the problem of trafficking in persons. The present report is submitted in accordance with that request and is based on, inter alia, information received from Member States, entities of the United Nations system and other organizations. It covers the reporting period {period}.",
        },
      ],
    },
    {
      label: "II.",
      heading: "Global and regional normative developments",
      content: [{ type: "paragraph", key: "normative-1", text: "[Secretariat to draft: global and regional normative developments.]" }],
    },
    {
      label: "III.",
      heading: "Current context",
      sections: [
        {
          label: "A.",
          heading: "Trafficking in women and girls as a human rights challenge",
          content: [{ type: "paragraph", key: "context-human-rights", text: "[Secretariat to draft: trafficking in women and girls as a human rights challenge.]" }],
        },
        {
          label: "B.",
          heading: "Special vulnerabilities in the context of conflict, humanitarian emergencies and migration",
          content: [{ type: "paragraph", key: "context-vulnerabilities", text: "[Secretariat to draft: special vulnerabilities in the context of conflict, humanitarian emergencies and migration.]" }],
        },
        {
          label: "C.",
          heading: "Global and national responses to trafficking",
          summaryTopic: "the status of adherence to the relevant international instruments",
          content: [
            { type: "treaty-status", key: "treaty-status" },
            { type: "member-states", sources: [{ code: "T-RAT", except: ["RAT-04", "GP-03"] }] },
          ],
        },
      ],
    },
    {
      label: "IV.",
      heading: "Actions taken by Member States and the United Nations system to address the issue of trafficking in women and girls",
      content: [
        {
          type: "paragraph",
          key: "actions-chapeau",
          text: "The following section outlines the measures taken by Member States and United Nations entities to address trafficking in women and girls. To the extent reported, the measures that address the links between trafficking and migration are highlighted, as are the measures to protect refugees and persons internally displaced as a result of conflict and disaster.",
          footnote: "contributors",
        },
      ],
      sections: [
        {
          label: "A.",
          heading: "Laws, policies and accountability for trafficking",
          summaryTopic: "laws, policies and accountability",
          content: [
            {
              type: "member-states",
              sources: [
                { code: "T-LEG" },
                { code: "T-FIN", only: ["LEG-08"] },
                { code: "T-PROT", only: ["PROT-10", "PROT-11"] },
                { code: "T-RAT", only: ["RAT-04"] },
                { code: "T-COORD" },
                { code: "T-ACC", except: ["ACC-06"] },
              ],
            },
          ],
        },
        {
          label: "B.",
          heading: "Prevention of trafficking",
          summaryTopic: "prevention",
          content: [{ type: "member-states", sources: [{ code: "T-PREV" }, { code: "T-SUPPLY" }, { code: "T-PROT", only: ["PROT-13"] }] }],
        },
        {
          label: "C.",
          heading: "Multisectoral services and programmes for trafficking victims",
          summaryTopic: "multisectoral services and programmes for victims",
          content: [{ type: "member-states", sources: [{ code: "T-PROT" }, { code: "T-ACC", only: ["ACC-06"] }, { code: "T-RES" }] }],
        },
        {
          label: "D.",
          heading: "Data and research",
          summaryTopic: "data and research",
          content: [{ type: "member-states", sources: [{ code: "T-DATA" }, { code: "T-PROT", only: ["PROT-04"] }] }],
        },
        {
          label: "E.",
          heading: "United Nations coordination on trafficking",
          content: [{ type: "paragraph", key: "un-coordination-1", text: "[Secretariat to draft: United Nations coordination on trafficking, from the entities' inputs.]" }],
        },
      ],
    },
    {
      label: "V.",
      heading: "Conclusions and recommendations",
      sections: [
        {
          label: "A.",
          heading: "Conclusions",
          content: [
            { type: "paragraph", key: "conclusions-1", text: "[Secretariat to draft: conclusions (“States have demonstrated …”, “States have made some strides …”).]" },
            { type: "member-states", sources: [{ code: "T-REC" }, { code: "T-PROT", only: ["GP-01"] }] },
          ],
        },
        {
          label: "B.",
          heading: "Recommendations",
          content: [
            {
              type: "paragraph",
              key: "recommendation-gender",
              text: "States should ensure that the prevention of and responses to trafficking fully take into account the gender- and age-specific aspects of this violation of human rights. They should, in particular, address the specific needs of women and girls, who are the primary victims of sexual exploitation, forced marriage and domestic servitude.",
            },
            {
              type: "paragraph",
              key: "recommendation-laws",
              text: "States should ensure that specific laws that criminalize all forms of trafficking in persons, especially women and girls, are in place in accordance with the standards set by the United Nations Convention against Transnational Organized Crime and its Protocols. Those laws should also be enforced to ensure that all perpetrators are held accountable for all their crimes.",
            },
            {
              type: "paragraph",
              key: "recommendation-prevention",
              text: "States should expand prevention measures and address the factors that make people, especially women and girls, vulnerable to trafficking, including poverty and unemployment, access to education, the risks posed by unsafe migration processes and gender-based discrimination.",
            },
            {
              type: "paragraph",
              key: "recommendation-protection",
              text: "States should ensure that full support and assistance, including temporary or permanent residence, are provided to all victims of trafficking, irrespective of their ability or willingness to participate in criminal proceedings.",
            },
            {
              type: "paragraph",
              key: "recommendation-data",
              text: "The United Nations system and other concerned intergovernmental and non-governmental organizations should cooperate with Governments with a view to improving the collection, analysis and dissemination of sex- and age-disaggregated data on trafficking in persons.",
            },
          ],
        },
      ],
    },
  ],
};
