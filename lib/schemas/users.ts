import { z } from "zod";
import { LOCALES } from "@/lib/i18n/config";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@/lib/auth/password-policy";
import { ROLES, STATE_ROLES } from "@/lib/auth/permissions";
import { plainText } from "@/lib/text/plain-text";

// Messages are catalogue keys (validation.*), translated where they are shown.

export const ZEmail = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, { error: "validation.required" })
  .max(254, { error: "validation.tooLong" })
  .pipe(z.email({ error: "validation.email" }));

export const ZRole = z.enum(ROLES, { error: "validation.role" });

export const ZMemberStateId = z
  .string()
  .trim()
  .regex(/^[A-Z]{3}$/, { error: "validation.memberState" });

const ZOptionalMemberStateId = z
  .union([ZMemberStateId, z.literal("")])
  .optional()
  .transform((v) => (v ? v : undefined));

function requireStateForStateRoles(value: { role: string; memberStateId?: string }, ctx: z.RefinementCtx) {
  const isState = (STATE_ROLES as readonly string[]).includes(value.role);
  if (isState && !value.memberStateId) {
    ctx.addIssue({ code: "custom", path: ["memberStateId"], message: "validation.memberStateRequired" });
  }
  if (!isState && value.memberStateId) {
    ctx.addIssue({ code: "custom", path: ["memberStateId"], message: "validation.memberStateForbidden" });
  }
}

export const ZInviteUserInput = z
  .object({
    email: ZEmail,
    name: z.string({ error: "validation.required" }).overwrite(plainText).trim().min(1, { error: "validation.required" }).max(200, { error: "validation.tooLong" }),
    role: ZRole,
    memberStateId: ZOptionalMemberStateId,
    /** The language of the invitation e-mail and the new user's interface until they choose another. */
    locale: z.enum(LOCALES, { error: "validation.invalid" }).optional(),
  })
  .superRefine(requireStateForStateRoles);
export type TInviteUserInput = z.input<typeof ZInviteUserInput>;

export const ZUserIdInput = z.object({ userId: z.uuid({ error: "validation.id" }) });
export type TUserIdInput = z.infer<typeof ZUserIdInput>;

export const ZChangeUserRoleInput = z
  .object({ userId: z.uuid({ error: "validation.id" }), role: ZRole, memberStateId: ZOptionalMemberStateId })
  .superRefine(requireStateForStateRoles);
export type TChangeUserRoleInput = z.input<typeof ZChangeUserRoleInput>;

export const ZNewPassword = z
  .string({ error: "validation.required" })
  .min(MIN_PASSWORD_LENGTH, { error: "validation.passwordTooShort" })
  .max(MAX_PASSWORD_LENGTH, { error: "validation.tooLong" });

function passwordsMatch(value: { password: string; confirmPassword: string }, ctx: z.RefinementCtx) {
  if (value.password !== value.confirmPassword) {
    ctx.addIssue({ code: "custom", path: ["confirmPassword"], message: "validation.passwordsDiffer" });
  }
}

const ZToken = z.string().min(10, { error: "validation.token" }).max(200, { error: "validation.token" });

export const ZSetPasswordWithTokenInput = z
  .object({ token: ZToken, password: ZNewPassword, confirmPassword: z.string({ error: "validation.required" }) })
  .superRefine(passwordsMatch);
export type TSetPasswordWithTokenInput = z.infer<typeof ZSetPasswordWithTokenInput>;

export const ZRequestPasswordResetInput = z.object({ email: ZEmail });
export type TRequestPasswordResetInput = z.infer<typeof ZRequestPasswordResetInput>;

export const ZTotpCodeInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, { error: "validation.totpCode" }),
});
export type TTotpCodeInput = z.infer<typeof ZTotpCodeInput>;

export const ZSignInInput = z.object({
  email: ZEmail,
  password: z.string().min(1, { error: "validation.required" }).max(MAX_PASSWORD_LENGTH),
  code: z.string().trim().max(32).optional(),
});
export type TSignInInput = z.infer<typeof ZSignInInput>;

export const ZFindUsersInput = z.object({
  role: z.union([ZRole, z.literal("")]).optional(),
  memberStateId: ZOptionalMemberStateId,
  q: z.string().trim().max(200).optional(),
});
export type TFindUsersInput = z.input<typeof ZFindUsersInput>;

export const ZFindAuditEventsInput = z.object({
  actor: z.string().trim().max(254).optional(),
  memberStateId: ZOptionalMemberStateId,
  action: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type TFindAuditEventsInput = z.input<typeof ZFindAuditEventsInput>;
