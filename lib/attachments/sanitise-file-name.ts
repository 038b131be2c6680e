/** The longest name kept, in characters (the extension is kept within it). */
export const MAX_FILE_NAME_LENGTH = 120;

const FALLBACK = "attachment";

/**
 * A safe display and download name for an uploaded file: NFC, without any directory part, control or
 * format characters, characters reserved on common file systems (<>:"/\|?*), leading dots or
 * spaces, and trailing dots or spaces; at most MAX_FILE_NAME_LENGTH characters, shortened before the
 * extension; never empty ("attachment", with the extension of the detected type when given).
 */
export function sanitiseFileName(raw: string, fallbackExtension?: string): string {
  let name = raw.normalize("NFC");
  // Keep the last path segment (Windows or POSIX separators).
  name = name.split(/[\\/]/).pop() ?? "";
  name = name
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, "")
    .replace(/[<>:"|?*]/g, "_")
    .replace(/\s+/g, " ")
    .replace(/^[\s.]+/, "")
    .replace(/[\s.]+$/, "");
  if (!name || /^_+$/.test(name)) name = fallbackExtension ? `${FALLBACK}.${fallbackExtension}` : FALLBACK;
  return truncateKeepingExtension(name, MAX_FILE_NAME_LENGTH);
}

function truncateKeepingExtension(name: string, max: number): string {
  const chars = Array.from(name);
  if (chars.length <= max) return name;
  const dot = name.lastIndexOf(".");
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (extension.length === 0 || extension.length > 16) return chars.slice(0, max).join("").trimEnd();
  const stem = Array.from(name.slice(0, dot));
  return stem.slice(0, max - extension.length).join("").trimEnd() + extension.join("");
}

/**
 * The Content-Disposition value of a download: an ASCII fallback name for old clients and the exact
 * name encoded as RFC 5987 `filename*`.
 */
export function contentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[^\x20-\x7e]/g, "_")
      .replace(/["\\%;]/g, "_")
      .trim() || FALLBACK;
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
