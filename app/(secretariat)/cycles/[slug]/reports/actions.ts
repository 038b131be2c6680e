"use server";

import { revalidatePath } from "next/cache";
import { createAction } from "@/lib/actions";
import { createReport } from "@/lib/server/reports/create-report";
import { editReport } from "@/lib/server/reports/edit-report";
import { regenerateReport } from "@/lib/server/reports/regenerate-report";
import { ZCreateReportInput, ZEditReportInput, ZRegenerateReportInput } from "@/lib/server/reports/types";

// Each action changes one draft; the cycle's pages (list, editor, versions) show it at once.

export const createReportAction = createAction(ZCreateReportInput, async ({ actor, input }) => {
  const result = await createReport({ actor, input });
  revalidatePath("/cycles");
  return result;
});

export const editReportAction = createAction(ZEditReportInput, async ({ actor, input }) => {
  const result = await editReport({ actor, input });
  revalidatePath("/cycles");
  return result;
});

export const regenerateReportAction = createAction(ZRegenerateReportInput, async ({ actor, input }) => {
  const result = await regenerateReport({ actor, input });
  revalidatePath("/cycles");
  return result;
});
