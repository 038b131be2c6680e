import { INPUT_CLASS } from "@/components/form/field";

/** Class names shared by the answer controls, in the look of components/form and components/ui. */

const DISABLED = "disabled:cursor-not-allowed disabled:bg-gray-100 disabled:text-gray-600";
const CONTROL = `block h-11 rounded border border-gray-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700 ${DISABLED}`;

/** min-w-0: fieldsets default to `min-width: min-content`, which would stop a wide grid from scrolling inside them. */
export const FIELD_CLASS = "mb-6 min-w-0";
export const INVALID_FIELD_CLASS = "border-s-4 border-red-700 ps-3";
export const LABEL_CLASS = "mb-1 block font-semibold";
export const SUB_LABEL_CLASS = "mb-1 block text-sm font-semibold";
export const HELP_CLASS = "mb-2 text-sm text-gray-600";
export const ERROR_CLASS = "mt-1 text-sm font-semibold text-red-800";
export const TEXT_INPUT_CLASS = `${INPUT_CLASS} ${DISABLED}`;
export const NUMBER_CLASS = `${CONTROL} w-40`;
export const YEAR_CLASS = `${CONTROL} w-28`;
export const DATE_CLASS = `${CONTROL} w-48`;
export const SELECT_CLASS = `${CONTROL} w-full max-w-md`;
export const CURRENCY_CLASS = `${CONTROL} w-24 uppercase`;
export const CELL_CLASS = `block h-10 w-24 rounded border border-gray-500 bg-white px-2 py-1 text-base aria-[invalid=true]:border-red-700 ${DISABLED}`;
export const TEXTAREA_CLASS = `block min-h-24 w-full max-w-2xl rounded border border-gray-500 bg-white px-3 py-2 text-base aria-[invalid=true]:border-red-700 ${DISABLED}`;
export const CHECK_CLASS = "mt-0.5 h-5 w-5 shrink-0 accent-[#0b5cab] disabled:cursor-not-allowed";
/** A nomination or a group item: a bordered box inside its field. */
export const ITEM_CLASS = "mb-4 min-w-0 rounded border border-gray-300 bg-white p-4";
export const ITEM_LEGEND_CLASS = "px-1 font-semibold";
