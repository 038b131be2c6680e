import "server-only";
import type { Actor } from "@/lib/auth/actor";

/**
 * The actor of the command line (`npm run cli`): whoever can run it already has the database, so it
 * acts with the administrator's permissions. It is not a user row: audit events name it by its
 * address "system:cli" with the nil UUID, and the rows it writes have no user (`submitted_by_id`,
 * `updated_by_id` are null).
 */
export const CLI_ACTOR: Actor = {
  userId: "00000000-0000-0000-0000-000000000000",
  email: "system:cli",
  name: "Command line (system)",
  role: "ADMIN",
  memberStateId: null,
  twoFactorEnabled: true,
  locale: null,
};

export function isSystemActor(actor: Actor): boolean {
  return actor.userId === CLI_ACTOR.userId;
}
