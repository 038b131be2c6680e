"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions";
import { ZCycleInput, ZCycleSlugInput } from "@/lib/schemas/cycles";
import { closeCycle } from "@/lib/server/cycles/close-cycle";
import { createCycle } from "@/lib/server/cycles/create-cycle";
import { openCycle } from "@/lib/server/cycles/open-cycle";
import { updateCycle } from "@/lib/server/cycles/update-cycle";

function revalidateCycle(slug: string) {
  revalidatePath("/cycles");
  revalidatePath(`/cycles/${slug}`, "layout");
  revalidatePath("/workspace", "layout");
}

export const createCycleAction = createAction(ZCycleInput, async ({ actor, input }) => {
  const result = await createCycle({ actor, input });
  revalidateCycle(result.slug);
  return result;
});

export const updateCycleAction = createAction(ZCycleInput, async ({ actor, input }) => {
  const result = await updateCycle({ actor, input });
  revalidateCycle(result.slug);
  return result;
});

export const openCycleAction = createAction(ZCycleSlugInput, async ({ actor, input }) => {
  const result = await openCycle({ actor, input });
  revalidateCycle(result.slug);
  return result;
});

export const closeCycleAction = createAction(ZCycleSlugInput, async ({ actor, input }) => {
  const result = await closeCycle({ actor, input });
  revalidateCycle(result.slug);
  return result;
});
