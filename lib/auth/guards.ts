import "server-only";
import { notFound, redirect } from "next/navigation";
import type { Actor } from "./actor";
import { can, type Permission } from "./permissions";
import { getActor } from "./session";
import { needsTwoFactorEnrolment } from "@/lib/server/authorize";

/**
 * Gate for a whole area (used by group layouts and their pages): anonymous users go to sign-in,
 * users whose role lacks the area get "not found", secretariat users who must enrol a second
 * factor are sent to do so first.
 */
export async function requireArea(permission: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/sign-in");
  if (!can(actor.role, permission)) notFound();
  if (needsTwoFactorEnrolment(actor)) redirect("/account/two-factor");
  return actor;
}
