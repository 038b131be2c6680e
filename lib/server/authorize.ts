import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can, isSecretariatRole, type Permission } from "@/lib/auth/permissions";
import { isTwoFactorRequiredForSecretariat } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** Whether the actor must enrol a second factor before using their role. */
export function needsTwoFactorEnrolment(actor: Actor): boolean {
  return isSecretariatRole(actor.role) && isTwoFactorRequiredForSecretariat() && !actor.twoFactorEnabled;
}

/**
 * Throws FORBIDDEN unless the actor's role holds the permission (and, for secretariat roles when
 * required, two-factor authentication is enrolled). Fails closed.
 */
export function assertCan(actor: Actor | null, permission: Permission): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHORIZED");
  if (!can(actor.role, permission)) throw new AppError("FORBIDDEN");
  if (needsTwoFactorEnrolment(actor)) throw new AppError("FORBIDDEN", "Set up two-factor authentication first.");
}
