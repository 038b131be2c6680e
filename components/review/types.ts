import type { ActionResult } from "@/lib/actions/types";

/** A server action as the review components call it. */
export type ReviewAction<I, R> = (input: I) => Promise<ActionResult<R>>;

/** A comment as the comment thread shows it, for the secretariat or for the State. */
export interface ThreadComment {
  id: string;
  parentId: string | null;
  body: string;
  /** Who wrote it, as shown: a reviewer's name, a State colleague's name, or "Secretariat". */
  author: string;
  fromState: boolean;
  internal: boolean;
  /** Secretariat only: written but not yet visible to the State (shared on the next return). */
  pending: boolean;
  createdAt: string;
}
