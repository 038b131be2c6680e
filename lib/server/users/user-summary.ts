import "server-only";
import { eq, getTableColumns } from "drizzle-orm";
import { memberStates, users } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";
import type { Role } from "@/lib/auth/permissions";

/** A user as pages see it: no password hash, no TOTP secret. */
export interface UserSummary {
  id: string;
  email: string;
  name: string;
  role: Role;
  memberStateId: string | null;
  memberStateName: string | null;
  disabled: boolean;
  status: "INVITED" | "ACTIVE" | "DISABLED";
  twoFactorEnabled: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
}

const { passwordHash: _p, totpSecret: _t, ...publicColumns } = getTableColumns(users);

/** A select of users joined with their Member State's name, shaped by toUserSummary. */
export function selectUserRows(db: DbOrTx) {
  return db
    .select({ ...publicColumns, memberStateName: memberStates.name, hasPassword: users.passwordHash })
    .from(users)
    .leftJoin(memberStates, eq(users.memberStateId, memberStates.id));
}

type UserRow = Awaited<ReturnType<typeof selectUserRows>>[number];

export function toUserSummary(row: UserRow): UserSummary {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    memberStateId: row.memberStateId,
    memberStateName: row.memberStateName,
    disabled: row.disabled,
    status: row.disabled ? "DISABLED" : row.hasPassword ? "ACTIVE" : "INVITED",
    twoFactorEnabled: row.totpEnabledAt !== null,
    lastSignInAt: row.lastSignInAt,
    createdAt: row.createdAt,
  };
}
