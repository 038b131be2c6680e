"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions";
import { ZImportInput } from "@/lib/schemas/exchange";
import { importReplies } from "@/lib/server/exchange/import-replies";

export const importRepliesAction = createAction(ZImportInput, async ({ actor, input }) => {
  const result = await importReplies({ actor, input });
  if (result.ok) revalidatePath(`/cycles/${encodeURIComponent(input.slug)}`, "layout");
  return result;
});
