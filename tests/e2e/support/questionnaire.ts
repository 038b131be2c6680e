import { expect, type Locator, type Page } from "@playwright/test";

// Answering the open Security Council cycle's questionnaire with the keyboard alone (focus, Space,
// typing, Enter): shared by the journeys that need a complete reply.

export const question = (page: Page, id: string) => page.locator(`section[id="${id}"]`);

export async function pressOn(page: Page, control: Locator, key: string) {
  await control.focus();
  await page.keyboard.press(key);
}

export async function choose(page: Page, scope: Locator, group: string, option: string) {
  await pressOn(page, scope.getByRole("group", { name: group, exact: true }).getByRole("radio", { name: option, exact: true }), "Space");
}

export async function tick(page: Page, scope: Locator, group: string, option: string) {
  await pressOn(page, scope.getByRole("group", { name: group, exact: true }).getByRole("checkbox", { name: option, exact: true }), "Space");
}

export async function type(page: Page, scope: Locator, label: string, text: string) {
  await scope.getByLabel(label, { exact: true }).focus();
  await page.keyboard.type(text);
  await page.keyboard.press("Tab");
}

export async function nextSection(page: Page, expectedHeading: string) {
  await expect(page.getByTestId("save-status")).toHaveText(/^(Saved at |All changes saved)/);
  await pressOn(page, page.getByRole("link", { name: "Next section", exact: true }), "Enter");
  await expect(page.getByRole("heading", { level: 1, name: expectedHeading })).toBeVisible();
}

/**
 * From section A of sc-2026, answers every required question of every section by keyboard and
 * stops on section K, everything saved.
 */
export async function answerEveryRequiredQuestion(page: Page, focalPoint: { name: string; email: string }): Promise<void> {
  await expect(page.getByRole("heading", { level: 1, name: "A. About this reply" })).toBeVisible();
  const meta4 = question(page, "META-04");
  await type(page, meta4, "Name of the focal point", focalPoint.name);
  await type(page, meta4, "Title", "Senior Adviser");
  await type(page, meta4, "Ministry or agency", "Ministry of Justice and Public Security");
  await type(page, meta4, "E-mail", focalPoint.email);
  await tick(page, meta4, "National institutions consulted", "Ministry of justice");
  await choose(page, question(page, "META-06"), "Consent to naming in the report", "May be named");
  await nextSection(page, "B. Ratification and related instruments");

  const party = "Party (ratification / accession / acceptance / approval / succession)";
  await choose(page, question(page, "RAT-01"), "Status", party);
  await choose(page, question(page, "RAT-02"), "Status", party);
  await nextSection(page, "C. Legislation and criminalization");

  await choose(page, question(page, "LEG-01"), "Criminal offence of trafficking in persons", "Yes, all aspects explicitly listed in the Protocol");
  await choose(page, question(page, "LEG-02"), "Legal basis of the offence", "Penal/criminal code");
  await type(page, question(page, "LEG-02"), "Law(s) and article(s)", "Penal Code, section 257");
  await tick(page, question(page, "LEG-03"), "Forms of exploitation covered", "Forced labour or services");
  await choose(page, question(page, "LEG-04"), "Offence established without proof of the means for child victims", "Yes");
  await choose(page, question(page, "LEG-06"), "Legislation adopted or amended during the reporting period", "No");
  await choose(page, question(page, "LEG-07"), "Extraterritorial jurisdiction", "No");
  await choose(page, question(page, "LEG-08"), "Predicate offence for money-laundering", "Yes");
  await choose(page, question(page, "LEG-10"), "Non-punishment of victims", "Yes, statutory provision covering any offence");
  await nextSection(page, "D. National coordination and action plans");

  await choose(page, question(page, "COORD-01"), "National strategy or action plan", "In preparation");
  // A plan in preparation makes COORD-02 (what the plan covers) appear and required.
  await tick(page, question(page, "COORD-02"), "The plan covers", "Prevention");
  await tick(page, question(page, "COORD-03"), "Coordination mechanism", "National anti-trafficking coordination committee");
  await nextSection(page, "E. Prevention and awareness, including supply chains and procurement");

  await choose(page, question(page, "PREV-01"), "Awareness-raising campaigns carried out or funded", "No");
  await tick(page, question(page, "PREV-04"), "Measures", "Development programmes or national development plans");
  await nextSection(page, "F. Victim identification, protection and assistance");

  await choose(page, question(page, "PROT-01"), "National referral mechanism", "In development");
  await choose(page, question(page, "PROT-02"), "Identification procedures, guidelines or indicator lists", "No");
  await tick(page, question(page, "PROT-03"), "Professionals trained", "Police/law enforcement");
  await choose(page, question(page, "PROT-03"), "Training is mandatory for at least one group", "Yes");
  const prot4 = question(page, "PROT-04");
  await pressOn(page, prot4.getByRole("button", { name: "Add Year", exact: true }), "Enter");
  const year = prot4.getByRole("group", { name: "Year 1", exact: true });
  await type(page, year, "Year", "2025");
  await tick(page, year, "Victims identified, by sex and age", "Information not available");
  await tick(page, question(page, "PROT-05"), "Services available", "Medical care");
  await tick(page, question(page, "PROT-08"), "Child protection measures", "Appointment of guardians");
  await choose(page, question(page, "PROT-09"), "Screening", "Ad hoc / case by case");
  await tick(page, question(page, "PROT-10"), "Entitlements of foreign victims", "Temporary residence permit");
  await choose(page, question(page, "PROT-10"), "Conditionality", "Not conditional on cooperation");
  await nextSection(page, "G. Accountability: investigation, prosecution, convictions");

  await tick(page, question(page, "ACC-01"), "Specialized units and guidelines", "Specialized prosecutor's office");
  const acc2 = question(page, "ACC-02");
  await pressOn(page, acc2.getByRole("button", { name: "Add Year", exact: true }), "Enter");
  const accYear = acc2.getByRole("group", { name: "Year 1", exact: true });
  await type(page, accYear, "Year", "2025");
  await tick(page, accYear, "Totals", "Information not available");
  await choose(page, question(page, "ACC-03"), "Parallel financial investigations", "In some cases");
  await choose(page, question(page, "ACC-07"), "Predeployment training on trafficking in persons", "Not applicable (no personnel deployed)");
  await nextSection(page, "H. International cooperation");
  await nextSection(page, "I. Data collection and research");

  await choose(page, question(page, "DATA-01"), "National data system", "Centralized national database");
  await tick(page, question(page, "DATA-02"), "Disaggregation", "Sex");
  await choose(page, question(page, "DATA-03"), "Data submitted to UNODC", "No");
  await nextSection(page, "J. Conflict-specific questions");

  await choose(page, question(page, "CONF-01"), "Situation of armed conflict", "No armed conflict");
  await choose(page, question(page, "CONF-01"), "Hosting persons fleeing conflict (refugees, asylum seekers, internally displaced persons)", "No");
  await tick(page, question(page, "CONF-02"), "Identified victims from conflict-affected or post-conflict countries or areas, by sex and age", "Information not available");
  await nextSection(page, "K. Good practices, challenges and comments");

  await expect(page.getByTestId("save-status")).toHaveText(/^(Saved at |All changes saved)/);
}
