import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { TCycleSlugInput } from "@/lib/schemas/cycles";
import { setCycleStatus } from "./set-cycle-status";

/** Closes an open cycle: from then on no State can change its reply (saving gives CYCLE_CLOSED). */
export function closeCycle(opts: { actor: Actor | null; input: TCycleSlugInput }): Promise<{ slug: string; status: "CLOSED" }> {
  return setCycleStatus({ ...opts, status: "CLOSED" });
}
