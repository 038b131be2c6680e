import { fileTypeFromBuffer } from "file-type";
import { ACCEPTED, ACCEPTED_KINDS_TEXT, LEGACY_EXCEL, LEGACY_WORD, MAX_ATTACHMENT_BYTES, type AcceptedType } from "./media-types";

export { ACCEPT_ATTRIBUTE, ACCEPTED_KINDS_TEXT, ACCEPTED_MEDIA_TYPES, MAX_ATTACHMENT_BYTES, type AcceptedType } from "./media-types";

export type DetectResult = { ok: true; type: AcceptedType } | { ok: false; reason: "EMPTY" | "TOO_LARGE" | "NOT_ALLOWED"; detected: string | null };

/**
 * The type of a file, decided from its bytes only (never from its name or the type the browser
 * claims). file-type recognises binary formats; OOXML and ODF are zip files it tells apart by their
 * content. Legacy Office files are OLE compound files: the directory names a "WordDocument" stream
 * (Word) or a "Workbook"/"Book" stream (Excel); any other compound file (MSI installers, Outlook
 * messages…) is refused. Text formats (HTML, SVG, CSV, scripts) have no signature and are refused,
 * as are archives, executables and anything unrecognised.
 */
export async function detectAttachmentType(bytes: Uint8Array): Promise<DetectResult> {
  if (bytes.byteLength === 0) return { ok: false, reason: "EMPTY", detected: null };
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES) return { ok: false, reason: "TOO_LARGE", detected: null };
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return { ok: false, reason: "NOT_ALLOWED", detected: null };
  if (found.mime === "application/x-cfb") {
    const kind = compoundFileKind(bytes);
    if (kind === "WORD") return { ok: true, type: LEGACY_WORD };
    if (kind === "EXCEL") return { ok: true, type: LEGACY_EXCEL };
    return { ok: false, reason: "NOT_ALLOWED", detected: found.ext };
  }
  const type = ACCEPTED[found.mime];
  if (!type) return { ok: false, reason: "NOT_ALLOWED", detected: found.ext };
  return { ok: true, type };
}

/** UTF-16LE bytes of a name followed by its terminating NUL, as a compound file directory stores it. */
function utf16Name(name: string): Uint8Array {
  const out = new Uint8Array((name.length + 1) * 2);
  for (let i = 0; i < name.length; i++) out[i * 2] = name.charCodeAt(i);
  return out;
}

const WORD_STREAM = utf16Name("WordDocument");
const EXCEL_STREAMS = [utf16Name("Workbook"), utf16Name("Book")];

/**
 * Whether an OLE compound file holds a Word or an Excel document: looks for a directory entry (128
 * bytes, aligned on 128 bytes after the 512-byte header, name in UTF-16LE with its byte length at
 * offset 64) naming the main stream of either application.
 */
export function compoundFileKind(bytes: Uint8Array): "WORD" | "EXCEL" | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let excel = false;
  for (let offset = 512; offset + 128 <= bytes.byteLength; offset += 128) {
    const nameLength = view.getUint16(offset + 64, true);
    if (nameLength < 2 || nameLength > 64) continue;
    const type = bytes[offset + 66];
    if (type !== 2) continue; // a stream
    if (matchesAt(bytes, offset, WORD_STREAM, nameLength)) return "WORD";
    if (EXCEL_STREAMS.some((name) => matchesAt(bytes, offset, name, nameLength))) excel = true;
  }
  return excel ? "EXCEL" : null;
}

function matchesAt(bytes: Uint8Array, offset: number, name: Uint8Array, nameLength: number): boolean {
  if (nameLength !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (bytes[offset + i] !== name[i]) return false;
  return true;
}

/** A clear sentence saying why a file was refused, naming it. */
export function refusalMessage(fileName: string, result: Exclude<DetectResult, { ok: true }>): string {
  switch (result.reason) {
    case "EMPTY":
      return `"${fileName}" is empty.`;
    case "TOO_LARGE":
      return `"${fileName}" is larger than 20 MB.`;
    case "NOT_ALLOWED":
      return `"${fileName}" is not an accepted file type${result.detected ? ` (its contents are ${result.detected.toUpperCase()})` : ""}. Accepted: ${ACCEPTED_KINDS_TEXT}.`;
  }
}
