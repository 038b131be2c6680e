import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable, Td, Th } from "@/components/ui/table";
import { InviteUserForm } from "@/components/users/invite-user-form";
import { UserRowActions } from "@/components/users/user-row-actions";
import { requireArea } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { getOwnMemberState } from "@/lib/server/member-states/get-own-member-state";
import { findUsers } from "@/lib/server/users/find-users";
import { findCyclesForState } from "@/lib/server/cycles/find-cycles-for-state";
import { inviteContributorAction, resendContributorInvitationAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("workspace"))("title") };
}

/** The Member State workspace: the State's own data only. The questionnaire arrives with the reporting cycles. */
export default async function WorkspacePage() {
  const actor = await requireArea("area:state");
  const t = await getTranslations("workspace");
  const tRole = await getTranslations("roles");
  const tUsers = await getTranslations("users");
  const state = await getOwnMemberState({ actor });
  const canManageTeam = can(actor.role, "user:list:own-state");
  const team = canManageTeam ? await findUsers({ actor }) : [];
  const cycles = await findCyclesForState({ actor });
  const format = await getFormatter();

  return (
    <div>
      <PageHeader title={t("heading", { state: state.name })} description={t("intro", { role: tRole(actor.role) })} />
      <section aria-labelledby="cycle-heading" className="mb-8 rounded border border-gray-300 bg-white p-4">
        <h2 id="cycle-heading" className="text-lg font-semibold">
          {t("questionnaireTitle")}
        </h2>
        {cycles.length === 0 ? <p className="mt-1 text-gray-700">{t("noCycle")}</p> : null}
        <ul className="mt-2 space-y-3">
          {cycles.map((c) => (
            <li key={c.slug} className="border-t border-gray-200 pt-3">
              <div className="font-semibold">
                {c.status === "OPEN" || c.submissionStatus ? <Link href={`/workspace/${c.slug}`}>{c.title}</Link> : c.title}
              </div>
              <div className="text-sm text-gray-700">
                {t("cycleLine", {
                  status: t(`cycleStatus.${c.status}`),
                  reply: t(`replyStatus.${c.submissionStatus ?? "NOT_STARTED"}`),
                  deadline: format.dateTime(new Date(`${c.deadline}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }),
                })}
              </div>
            </li>
          ))}
        </ul>
      </section>
      {canManageTeam ? (
        <div className="grid grid-cols-1 gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
          <section aria-labelledby="team-heading" className="min-w-0">
            <h2 id="team-heading" className="mb-3 text-lg font-semibold">
              {t("teamTitle", { state: state.name })}
            </h2>
            <DataTable
              caption={t("teamTitle", { state: state.name })}
              head={
                <tr>
                  <Th>{tUsers("name")}</Th>
                  <Th>{tUsers("role")}</Th>
                  <Th>{tUsers("status")}</Th>
                  <Th>{tUsers("actions")}</Th>
                </tr>
              }
            >
              {team.map((u) => (
                <tr key={u.id}>
                  <Td>
                    <div className="font-semibold">{u.name}</div>
                    <div className="text-gray-700">{u.email}</div>
                  </Td>
                  <Td>{tRole(u.role)}</Td>
                  <Td>{tUsers(`statusValue.${u.status}`)}</Td>
                  <Td>
                    <UserRowActions user={u} memberStates={[]} canManage={false} actions={{ resend: resendContributorInvitationAction }} />
                  </Td>
                </tr>
              ))}
            </DataTable>
          </section>
          <aside>
            <InviteUserForm roles={["STATE_CONTRIBUTOR"]} memberStates={[]} fixedMemberStateId={state.id} action={inviteContributorAction} title={tUsers("inviteContributorTitle")} />
          </aside>
        </div>
      ) : null}
    </div>
  );
}
