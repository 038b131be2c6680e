import "server-only";
import { eq } from "drizzle-orm";
import { memberStates } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";

/** The UN short name of a Member State (its ISO alpha-3 code if unknown). */
export async function findMemberStateName(tx: DbOrTx, memberStateId: string): Promise<string> {
  const [row] = await tx.select({ name: memberStates.name }).from(memberStates).where(eq(memberStates.id, memberStateId));
  return row?.name ?? memberStateId;
}
