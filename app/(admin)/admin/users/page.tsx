import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { INPUT_CLASS } from "@/components/form/field";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable, Td, Th } from "@/components/ui/table";
import { InviteUserForm } from "@/components/users/invite-user-form";
import { UserRowActions } from "@/components/users/user-row-actions";
import { requireArea } from "@/lib/auth/guards";
import { ROLES } from "@/lib/auth/permissions";
import { ZFindUsersInput } from "@/lib/schemas/users";
import { findMemberStates } from "@/lib/server/member-states/find-member-states";
import { findUsers } from "@/lib/server/users/find-users";
import { changeUserRoleAction, disableUserAction, enableUserAction, inviteUserAction, resendInvitationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireArea("area:admin");
  const t = await getTranslations("users");
  const tRole = await getTranslations("roles");
  const format = await getFormatter();
  const raw = await searchParams;
  const parsed = ZFindUsersInput.safeParse({ role: raw.role, memberStateId: raw.state, q: raw.q });
  const filters = parsed.success ? parsed.data : {};
  const [users, states] = await Promise.all([findUsers({ actor, input: filters }), findMemberStates({ actor })]);
  const stateOptions = states.map((s) => ({ id: s.id, name: s.name }));

  return (
    <div>
      <PageHeader title={t("title")} description={t("intro")} />
      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="users-list" className="min-w-0">
          <h2 id="users-list" className="sr-only">
            {t("listTitle")}
          </h2>
          <form method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label={t("filter")}>
            <div>
              <label htmlFor="filter-q" className="block text-sm font-semibold">
                {t("search")}
              </label>
              <input id="filter-q" name="q" defaultValue={typeof raw.q === "string" ? raw.q : ""} className={INPUT_CLASS} />
            </div>
            <div>
              <label htmlFor="filter-role" className="block text-sm font-semibold">
                {t("filterRole")}
              </label>
              <select id="filter-role" name="role" defaultValue={typeof raw.role === "string" ? raw.role : ""} className={INPUT_CLASS}>
                <option value="">{t("allRoles")}</option>
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {tRole(r)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="filter-state" className="block text-sm font-semibold">
                {t("filterState")}
              </label>
              <select id="filter-state" name="state" defaultValue={typeof raw.state === "string" ? raw.state : ""} className={INPUT_CLASS}>
                <option value="">{t("allStates")}</option>
                {stateOptions.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
            <Button type="submit" variant="secondary">
              {t("applyFilter")}
            </Button>
          </form>
          <p className="mb-2 text-sm text-gray-700" role="status">
            {t("count", { count: users.length })}
          </p>
          <DataTable
            caption={t("listTitle")}
            head={
              <tr>
                <Th>{t("name")}</Th>
                <Th>{t("role")}</Th>
                <Th>{t("memberState")}</Th>
                <Th>{t("status")}</Th>
                <Th>{t("actions")}</Th>
              </tr>
            }
          >
            {users.map((u) => (
              <tr key={u.id}>
                <Td>
                  <div className="font-semibold">{u.name}</div>
                  <div className="text-gray-700">{u.email}</div>
                  {u.lastSignInAt ? (
                    <div className="text-xs text-gray-600">{t("lastSignIn", { when: format.dateTime(u.lastSignInAt, { dateStyle: "medium", timeStyle: "short" }) })}</div>
                  ) : null}
                </Td>
                <Td>{tRole(u.role)}</Td>
                <Td>{u.memberStateName ?? "—"}</Td>
                <Td>{t(`statusValue.${u.status}`)}</Td>
                <Td>
                  <UserRowActions
                    user={u}
                    memberStates={stateOptions}
                    canManage={u.id !== actor.userId}
                    actions={{ resend: resendInvitationAction, disable: disableUserAction, enable: enableUserAction, changeRole: changeUserRoleAction }}
                  />
                </Td>
              </tr>
            ))}
          </DataTable>
        </section>
        <aside>
          <InviteUserForm roles={ROLES} memberStates={stateOptions} action={inviteUserAction} />
        </aside>
      </div>
    </div>
  );
}
