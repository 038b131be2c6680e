import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { TCycleSlugInput } from "@/lib/schemas/cycles";
import { setCycleStatus } from "./set-cycle-status";

/** Opens a draft or closed cycle: States can then see it and edit their replies. */
export function openCycle(opts: { actor: Actor | null; input: TCycleSlugInput }): Promise<{ slug: string; status: "OPEN" }> {
  return setCycleStatus({ ...opts, status: "OPEN" });
}
