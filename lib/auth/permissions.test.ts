import { describe, expect, it } from "vitest";
import { can, isSecretariatRole, isStateRole, PERMISSION_MAP, PERMISSIONS, ROLES } from "./permissions";

describe("can()", () => {
  it("grants exactly the permissions the map lists for each role", () => {
    for (const role of ROLES) {
      for (const permission of PERMISSIONS) {
        expect(can(role, permission), `${role} ${permission}`).toBe(PERMISSION_MAP[role].includes(permission));
      }
    }
  });

  it("fails closed for unknown roles and non-string values", () => {
    for (const role of ["", "admin", "SUPERUSER", null, undefined, 42, { role: "ADMIN" }]) {
      for (const permission of PERMISSIONS) expect(can(role, permission)).toBe(false);
    }
  });

  it("keeps State users out of the secretariat and admin areas, and the secretariat out of State workspaces", () => {
    for (const role of ROLES) {
      if (isStateRole(role)) {
        expect(can(role, "area:secretariat")).toBe(false);
        expect(can(role, "area:admin")).toBe(false);
        expect(can(role, "user:list:any")).toBe(false);
      }
      if (isSecretariatRole(role)) expect(can(role, "area:state")).toBe(false);
    }
  });

  it("lets only a focal point invite colleagues of their own State, and only an admin invite anyone", () => {
    expect(ROLES.filter((r) => can(r, "user:invite:own-state-contributor"))).toEqual(["STATE_FOCAL_POINT"]);
    expect(ROLES.filter((r) => can(r, "user:invite:any"))).toEqual(["ADMIN"]);
  });

  it("names only known permissions in the map", () => {
    for (const role of ROLES) for (const p of PERMISSION_MAP[role]) expect(PERMISSIONS).toContain(p);
  });
});
