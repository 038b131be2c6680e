import { can, type Role } from "./permissions";

/** Where a user lands after signing in. */
export function homePathFor(role: Role): string {
  if (can(role, "area:admin")) return "/admin/users";
  if (can(role, "area:secretariat")) return "/dashboard";
  if (can(role, "area:state")) return "/workspace";
  return "/account";
}
