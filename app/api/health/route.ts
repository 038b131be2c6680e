import { NextResponse } from "next/server";
import { getHealth } from "@/lib/server/health/get-health";

export const dynamic = "force-dynamic";

/** 200 with the database kind and migration when the database answers; 503 otherwise. */
export async function GET() {
  const health = await getHealth();
  return NextResponse.json(health, { status: health.ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
