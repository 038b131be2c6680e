import type { ReportTemplateInput } from "./template";

/**
 * Security Council template (BRIEF Appendix A.1): after S/2018/1042 ([001]), with the supply-chain
 * section and the lettered recommendations of S/2016/949 ([000]). First person singular for the
 * Secretary-General (§2.7); the contributors footnote in the count form of [000] fn 10, on the
 * evidence-base sentence of the Introduction (§2.13).
 */
export const SC_CONFLICT_TEMPLATE: ReportTemplateInput = {
  id: "sc-conflict",
  family: "SC",
  name: "Security Council — trafficking in persons in armed conflict",
  title: "Report of the Secretary-General on trafficking in persons in armed conflict pursuant to {mandate}",
  defaultNaming: "anonymous",
  noun: { plural: "States", singular: "State" },
  contributors: { form: "count-footnote", noun: "Member States", articles: true, statusStyle: "as at" },
  chapters: [
    {
      label: "I.",
      heading: "Introduction",
      content: [
        {
          type: "paragraph",
          key: "intro-1",
          text: "[Secretariat to draft: recap of {mandate}: the concerns the Security Council expressed and what it called upon Member States and the United Nations system to do.]",
        },
        {
          type: "paragraph",
          key: "intro-2",
          text: "The present report follows up on the implementation of {mandate} and on the progress made in the reporting period, {period}. It is based on information provided by Member States, United Nations entities and relevant international and regional bodies.",
          footnote: "contributors",
        },
      ],
    },
    {
      label: "II.",
      heading: "Recent developments concerning trafficking in persons in areas affected by armed conflict",
      content: [
        { type: "paragraph", key: "developments-1", text: "[Secretariat to draft: recent developments concerning trafficking in persons in areas affected by armed conflict.]" },
        { type: "runin", key: "developments-armed-groups", text: "Overview and state of play of trafficking acts carried out by armed groups" },
        { type: "paragraph", key: "developments-2", text: "[Secretariat to draft: trafficking acts carried out by armed groups during the reporting period.]" },
        { type: "runin", key: "developments-children", text: "Linkages between trafficking and grave violations against children affected by armed conflict" },
        { type: "paragraph", key: "developments-3", text: "[Secretariat to draft: linkages with grave violations against children.]" },
        { type: "runin", key: "developments-other", text: "Other developments" },
        { type: "paragraph", key: "developments-4", text: "[Secretariat to draft: other developments.]" },
      ],
    },
    {
      label: "III.",
      heading: "Measures reported by Member States",
      sections: [
        {
          label: "A.",
          heading: "Ratification and implementation of the United Nations Convention against Transnational Organized Crime and the Trafficking in Persons Protocol",
          content: [
            { type: "treaty-status", key: "treaty-status" },
            { type: "member-states", sources: [{ code: "T-RAT" }, { code: "T-LEG", only: ["LEG-01"] }, { code: "T-CONF", only: ["CONF-01"] }] },
          ],
        },
        {
          label: "B.",
          heading: "Implementation of applicable legal obligations to prevent, criminalize, investigate and prosecute trafficking in conflict situations",
          content: [
            {
              type: "member-states",
              sources: [
                { code: "T-LEG" },
                { code: "T-COORD" },
                { code: "T-PREV" },
                { code: "T-ACC" },
                { code: "T-COOP" },
                { code: "T-DATA" },
                { code: "T-CONF", only: ["CONF-03", "CONF-04"] },
              ],
            },
          ],
        },
        {
          label: "C.",
          heading:
            "Improving the identification of victims or persons vulnerable to trafficking, including by enhancing the capacity of professionals interacting with persons forcibly displaced by armed conflict",
          content: [
            {
              type: "member-states",
              sources: [{ code: "T-PROT" }, { code: "T-CONF", only: ["CONF-02", "CONF-05", "CONF-06"] }, { code: "T-PK" }, { code: "T-RES" }],
            },
          ],
        },
        {
          label: "D.",
          heading: "Strengthening compliance with international standards on combating money-laundering and the financing of terrorism",
          content: [{ type: "member-states", sources: [{ code: "T-FIN" }] }],
        },
        {
          label: "E.",
          heading: "Mitigating the risk of public procurement and supply chains contributing to trafficking in persons in situations of armed conflict",
          content: [{ type: "member-states", sources: [{ code: "T-SUPPLY" }] }],
        },
      ],
    },
    {
      label: "IV.",
      heading: "Response of the United Nations system and other international and regional bodies",
      content: [{ type: "paragraph", key: "un-response-1", text: "[Secretariat to draft: the response of the United Nations system and other international and regional bodies, from the entities' inputs.]" }],
    },
    {
      label: "V.",
      heading: "Observations and recommendations",
      content: [
        { type: "paragraph", key: "observations-1", text: "[Secretariat to draft: observations.]" },
        {
          type: "member-states",
          sources: [
            { code: "T-REC" },
            { code: "T-CONF", only: ["CONF-07", "CONF-10", "CONF-11", "GP-01"] },
          ],
        },
        {
          type: "recommendations",
          key: "recommendations",
          chapeau: "I urge the Security Council to:",
          items: [
            {
              key: "ratify",
              text: "Call upon Member States that have not yet done so to ratify or accede to the United Nations Convention against Transnational Organized Crime and the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, supplementing the Convention",
            },
            {
              key: "implement",
              text: "Call upon Member States to implement the Convention and the Protocol by effectively criminalizing trafficking in persons, providing protection and assistance to victims and strengthening international cooperation",
            },
            {
              key: "investigate",
              text: "Call upon Member States to increase their efforts to investigate and prosecute cases involving trafficking in persons, including by making timely use of financial investigation techniques, special investigative techniques and other tools designed to combat all forms of organized crime, and to establish trafficking in persons as a predicate offence for the laundering of the proceeds of crime",
            },
            {
              key: "jurisdiction",
              text: "Encourage Member States to consider establishing jurisdiction, in line with article 15 of the Convention, to prosecute instances of human trafficking committed by their nationals abroad",
            },
            {
              key: "training",
              text: "Encourage Member States to train all peacekeeping and other personnel deployed in conflict and post-conflict zones on responding to trafficking in persons, gender sensitivity, sexual exploitation and abuse prevention and assessing conflict-related sexual violence as a mandatory component of predeployment training",
            },
            {
              key: "data",
              text: "Encourage Member States to submit information to the United Nations Office on Drugs and Crime concerning the identification of victims of trafficking originating from conflict and post-conflict areas for inclusion in the Global Report on Trafficking in Persons",
            },
            {
              key: "civil-society",
              text: "Recognize the role and contribution of civil society in enhancing the identification and referral of victims of trafficking originating from conflict and post-conflict areas",
            },
            {
              key: "procurement",
              text: "Note current procedures and safeguards in the management of the United Nations public procurement and supply chains to ensure that they do not contribute to trafficking in persons in situations of armed conflict",
            },
          ],
        },
        {
          type: "paragraph",
          key: "closing-request",
          text: "The Security Council may wish to request me to continue to report annually to the Council on trafficking in persons in armed conflict and the efforts of the international community and the United Nations system to prevent and respond to it.",
        },
      ],
    },
  ],
};
