import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div>
      <h1 className="text-2xl font-semibold text-[#1a3a5c]">{t("notFoundTitle")}</h1>
      <p className="mt-2">{t("notFoundBody")}</p>
      <p className="mt-4">
        <Link href="/">{t("home")}</Link>
      </p>
    </div>
  );
}
