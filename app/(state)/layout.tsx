import type { ReactNode } from "react";
import { requireArea } from "@/lib/auth/guards";

export default async function Layout({ children }: { children: ReactNode }) {
  await requireArea("area:state");
  return children;
}
