/** Roles, in the order they are offered in forms. */
export const ROLES = [
  "ADMIN",
  "SECRETARIAT_REVIEWER",
  "REPORT_EDITOR",
  "STATE_FOCAL_POINT",
  "STATE_CONTRIBUTOR",
] as const;

export type Role = (typeof ROLES)[number];

export const STATE_ROLES: readonly Role[] = ["STATE_FOCAL_POINT", "STATE_CONTRIBUTOR"];
export const SECRETARIAT_ROLES: readonly Role[] = ["ADMIN", "SECRETARIAT_REVIEWER", "REPORT_EDITOR"];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function isStateRole(role: Role): boolean {
  return STATE_ROLES.includes(role);
}

export function isSecretariatRole(role: Role): boolean {
  return SECRETARIAT_ROLES.includes(role);
}

/** Everything a user may be allowed to do. Scope (own State or all) is part of the permission. */
export const PERMISSIONS = [
  "area:admin",
  "area:secretariat",
  "area:state",
  "user:list:any",
  "user:list:own-state",
  "user:invite:any",
  "user:invite:own-state-contributor",
  "user:manage:any",
  "member-state:list",
  "outbox:read",
  "audit:read",
  "submission:edit:own-state",
  "submission:submit:own-state",
  "submission:read:any",
  "submission:review",
  "submission:import",
  "submission:export",
  "cycle:manage",
  "report:read",
  "report:edit",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/**
 * The permission map: the single source of truth for what each role may do. An unknown role, or a
 * permission not listed for a role, is denied.
 */
export const PERMISSION_MAP: Readonly<Record<Role, readonly Permission[]>> = {
  ADMIN: [
    "area:admin",
    "area:secretariat",
    "user:list:any",
    "user:invite:any",
    "user:manage:any",
    "member-state:list",
    "outbox:read",
    "audit:read",
    "submission:read:any",
    "submission:review",
    "submission:import",
    "submission:export",
    "cycle:manage",
    "report:read",
    "report:edit",
  ],
  SECRETARIAT_REVIEWER: [
    "area:secretariat",
    "member-state:list",
    "submission:read:any",
    "submission:review",
    "submission:import",
    "submission:export",
    "cycle:manage",
    "report:read",
  ],
  REPORT_EDITOR: ["area:secretariat", "member-state:list", "submission:read:any", "submission:export", "report:read", "report:edit"],
  STATE_FOCAL_POINT: [
    "area:state",
    "user:list:own-state",
    "user:invite:own-state-contributor",
    "submission:edit:own-state",
    "submission:submit:own-state",
  ],
  STATE_CONTRIBUTOR: ["area:state", "submission:edit:own-state"],
};

/** Whether a role holds a permission. Fails closed for unknown roles and permissions. */
export function can(role: unknown, permission: Permission): boolean {
  if (!isRole(role)) return false;
  return PERMISSION_MAP[role].includes(permission);
}
