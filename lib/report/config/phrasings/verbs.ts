/**
 * Reporting verbs for a "that" clause stating a fact ("… indicated that they had adopted …"). The
 * engine's default set (BRIEF §3.9 rule 6) also rotates "stressed", "underlined" and "emphasized",
 * which the seeds keep for what States consider important ("underlined the importance of …"), not for
 * plain facts ("The majority of States underlined that they submitted data" overstates).
 */
export const FACT_VERBS: string[] = ["reported", "indicated", "noted", "highlighted"];
