/** The largest attachment accepted: 20 MB (mirrored by a CHECK on attachment.size_bytes). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** A type the questionnaire accepts, decided from the file's bytes (lib/attachments/detect-type.ts). */
export interface AcceptedType {
  mediaType: string;
  /** The usual extension of the type, without the dot. */
  extension: string;
  /** A short name for people: "PDF", "Word document"… */
  label: string;
}

const type = (mediaType: string, extension: string, label: string): AcceptedType => ({ mediaType, extension, label });

/** Types accepted, keyed by the media type file-type reports (OLE compound files are told apart separately). */
export const ACCEPTED: Record<string, AcceptedType> = Object.fromEntries(
  [
    type("application/pdf", "pdf", "PDF"),
    type("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", "Word document"),
    type("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx", "Excel spreadsheet"),
    type("application/vnd.oasis.opendocument.text", "odt", "OpenDocument text"),
    type("application/vnd.oasis.opendocument.spreadsheet", "ods", "OpenDocument spreadsheet"),
    type("application/vnd.oasis.opendocument.presentation", "odp", "OpenDocument presentation"),
    type("image/png", "png", "PNG image"),
    type("image/jpeg", "jpg", "JPEG image"),
    type("image/gif", "gif", "GIF image"),
    type("image/webp", "webp", "WebP image"),
    type("image/tiff", "tif", "TIFF image"),
  ].map((t) => [t.mediaType, t]),
);

export const LEGACY_WORD = type("application/msword", "doc", "Word 97–2003 document");
export const LEGACY_EXCEL = type("application/vnd.ms-excel", "xls", "Excel 97–2003 spreadsheet");

/** Every media type that may be stored. */
export const ACCEPTED_MEDIA_TYPES: readonly string[] = [...Object.keys(ACCEPTED), LEGACY_WORD.mediaType, LEGACY_EXCEL.mediaType];

/** The short name of a stored type, for lists ("PDF", "Word document"…). */
export function mediaTypeLabel(mediaType: string): string {
  if (mediaType === LEGACY_WORD.mediaType) return LEGACY_WORD.label;
  if (mediaType === LEGACY_EXCEL.mediaType) return LEGACY_EXCEL.label;
  return ACCEPTED[mediaType]?.label ?? mediaType;
}

/** What the file input offers (a convenience only: the server decides from the bytes). */
export const ACCEPT_ATTRIBUTE = ".pdf,.doc,.docx,.odt,.ods,.odp,.xls,.xlsx,.png,.jpg,.jpeg,.gif,.webp,.tif,.tiff";

/** The list of accepted kinds, for server messages. */
export const ACCEPTED_KINDS_TEXT = "PDF, Word (DOC, DOCX), OpenDocument (ODT, ODS, ODP), Excel (XLS, XLSX) and images (PNG, JPEG, GIF, WebP, TIFF)";
