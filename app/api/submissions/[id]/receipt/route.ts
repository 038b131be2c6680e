import type { Actor } from "@/lib/auth/actor";
import { getActor } from "@/lib/auth/session";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "@/lib/i18n/config";
import { routeErrorResponse } from "@/lib/server/route-error";
import { renderSubmissionReceipt } from "@/lib/server/submissions/render-submission-receipt";

export const dynamic = "force-dynamic";

/**
 * The language of the request, as lib/i18n/request.ts decides it for pages: the language cookie, else
 * the user's saved language, else Accept-Language. Read from the Request itself, so the handler works
 * without next-intl's request scope.
 */
function localeOf(request: Request, actor: Actor | null): Locale {
  const cookie = (request.headers.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  if (isLocale(cookie)) return cookie;
  if (isLocale(actor?.locale)) return actor.locale;
  return negotiateLocale(request.headers.get("accept-language"));
}

/**
 * The submission receipt as a PDF download (the State's own submissions only), in the language of the
 * request (the language cookie, else the user's saved language, else the browser's: lib/i18n/request.ts).
 */
export async function GET(request: Request, ctx: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await ctx.params;
    const actor = await getActor();
    const { pdf, filename } = await renderSubmissionReceipt({ actor, submissionId: id, locale: localeOf(request, actor) });
    return new Response(new Uint8Array(pdf), {
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${filename}"`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      },
    });
  } catch (error) {
    return routeErrorResponse(error);
  }
}
