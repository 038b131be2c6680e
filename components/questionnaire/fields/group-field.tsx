"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { GroupField, LeafField } from "@/lib/questionnaire/definition";
import { addGroupItem, readGroupItems, removeGroupItem, setGroupSubValue } from "@/lib/questionnaire/value-updates";
import { describedBy, errorId } from "./field-errors";
import { ErrorText, FieldsetShell } from "./field-parts";
import { LeafFieldControl } from "./leaf-field";
import { ITEM_CLASS, ITEM_LEGEND_CLASS } from "./styles";
import type { LeafControlProps } from "./types";
import { useFocusAfterChange } from "./use-focus-after-change";

export interface GroupControlProps extends Omit<LeafControlProps, "field"> {
  field: GroupField;
  isFieldVisible: (field: LeafField) => boolean;
}

/**
 * A repeating group (e.g. the laws of LEG-06): each item is a fieldset "Law 1" holding the leaf
 * controls of the visible sub-fields, with "Remove Law 1"; "Add Law" appends an item up to maxItems.
 * Focus moves to the new item's first control, and to "Add" after a removal.
 */
export function GroupFieldControl({ field, value, onChange, id, path, errors, disabled, memberStates, isFieldVisible }: GroupControlProps) {
  const t = useTranslations("fields");
  const { containerRef, focusWhenShown } = useFocusAfterChange<HTMLDivElement>();
  const items = readGroupItems(value);
  const max = field.maxItems ?? 20;
  const subFields = field.fields.filter((sub) => isFieldVisible(sub));
  const subKeys = new Set(subFields.map((sub) => sub.key));
  // Item messages show on their item, sub-field messages on their control; anything else on the group.
  const error = errors.summary(path, (rest) => {
    const [index, subKey] = rest.split(".");
    return /^\d+$/.test(index ?? "") && Number(index) < items.length && (subKey === undefined || subKeys.has(subKey));
  });

  function add() {
    focusWhenShown(`[data-item="${items.length}"] :is(input, select, textarea, button)`);
    onChange(addGroupItem(field, value));
  }

  function remove(index: number) {
    focusWhenShown("[data-add]");
    onChange(removeGroupItem(value, index));
  }

  return (
    <FieldsetShell id={id} label={field.label} help={field.help} error={error}>
      <div ref={containerRef}>
        {items.length === 0 ? <p className="mb-3 text-sm text-gray-600">{t("group.empty")}</p> : null}
        {items.map((item, index) => {
          const number = index + 1;
          const itemId = `${id}-${index}`;
          const itemError = errors.at(`${path}.${index}`);
          return (
            <fieldset key={index} data-item={index} className={ITEM_CLASS} aria-describedby={describedBy(itemError && errorId(itemId))}>
              <legend className={ITEM_LEGEND_CLASS}>{t("group.item", { itemLabel: field.itemLabel, number })}</legend>
              {subFields.map((sub) => (
                <LeafFieldControl
                  key={sub.key}
                  field={sub}
                  value={item[sub.key] ?? null}
                  onChange={(next) => onChange(setGroupSubValue(value, index, sub.key, next))}
                  id={`${itemId}-${sub.key}`}
                  path={`${path}.${index}.${sub.key}`}
                  errors={errors}
                  disabled={disabled}
                  memberStates={memberStates}
                />
              ))}
              <ErrorText id={errorId(itemId)} message={itemError} />
              <Button type="button" variant="secondary" disabled={disabled} onClick={() => remove(index)}>
                {t("group.remove", { itemLabel: field.itemLabel, number })}
              </Button>
            </fieldset>
          );
        })}
        {items.length < max ? (
          <Button type="button" variant="secondary" data-add="" disabled={disabled} onClick={add}>
            {t("group.add", { itemLabel: field.itemLabel })}
          </Button>
        ) : (
          <p className="text-sm text-gray-600">{t("group.max", { max, itemLabel: field.itemLabel })}</p>
        )}
      </div>
    </FieldsetShell>
  );
}
