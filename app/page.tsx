import { redirect } from "next/navigation";
import { homePathFor } from "@/lib/auth/home-path";
import { getActor } from "@/lib/auth/session";

export default async function HomePage() {
  const actor = await getActor();
  redirect(actor ? homePathFor(actor.role) : "/sign-in");
}
