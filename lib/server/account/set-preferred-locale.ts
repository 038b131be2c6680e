import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/config";

/** Remembers a signed-in user's interface language (it follows them to other browsers and to their e-mails). */
export async function setPreferredLocale(opts: { actor: Actor | null; locale: string }): Promise<Locale> {
  if (!opts.actor) throw new AppError("UNAUTHORIZED");
  if (!isLocale(opts.locale)) throw new AppError("VALIDATION", undefined, { locale: ["validation.invalid"] });
  const db = await getDb();
  await db.update(users).set({ locale: opts.locale, localeChosen: true }).where(eq(users.id, opts.actor.userId));
  return opts.locale;
}
