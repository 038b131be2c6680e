import type { Role } from "./permissions";

/** The signed-in user as every server function sees it: re-read from the user row on each request. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
  role: Role;
  memberStateId: string | null;
  twoFactorEnabled: boolean;
  /** The interface language the user chose (null: none chosen, the browser's language applies). */
  locale: string | null;
}
