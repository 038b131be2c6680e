"use client";

import { useTranslations } from "next-intl";
import { readStringList } from "@/lib/questionnaire/value-updates";
import { describedBy, errorId, helpId } from "./field-errors";
import { ErrorText, HelpText } from "./field-parts";
import { FIELD_CLASS, LABEL_CLASS } from "./styles";
import type { FieldOfType, LeafControlProps } from "./types";

/**
 * Attachments. Uploads are not available yet: the field says so and counts the attachments already
 * recorded, whose ids stay in the answer untouched.
 */
export function FileField({ field, value, id, path, errors }: LeafControlProps<FieldOfType<"FILE">>) {
  const t = useTranslations("fields");
  const count = readStringList(value).length;
  const error = errors.summary(path);
  return (
    <div
      role="group"
      aria-labelledby={`${id}-label`}
      aria-describedby={describedBy(field.help && helpId(id), `${id}-note`, error && errorId(id))}
      className={FIELD_CLASS}
    >
      <p id={`${id}-label`} className={LABEL_CLASS}>
        {field.label}
      </p>
      <HelpText id={helpId(id)} help={field.help} />
      <p id={`${id}-note`} className="text-sm text-gray-700">
        {t("file.pending")} {count > 0 ? t("file.count", { count }) : null}
      </p>
      <ErrorText id={errorId(id)} message={error} />
    </div>
  );
}
