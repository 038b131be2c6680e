import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server for the journeys: started by the Playwright global setup on a fixed port (the
 * web server is given SMTP_URL=smtp://127.0.0.1:<port>), it writes every message it receives to a
 * directory under the run's data directory, where journeys read them.
 */

export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);
export const SMTP_URL = `smtp://127.0.0.1:${SMTP_PORT}`;

/** Where received messages are written: `<n>.json` (envelope and parsed text) next to `<n>.eml` (raw). */
export function smtpCaptureDir(): string {
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is not set (playwright.config.ts sets it)");
  return path.join(dataDir, "smtp");
}

export interface CapturedMail {
  /** Envelope recipients (RCPT TO), lower-case. */
  to: string[];
  from: string;
  subject: string;
  text: string;
  receivedAt: string;
}

/** Starts the capture server; resolves with a function that stops it. */
export async function startSmtpCapture(dir = smtpCaptureDir(), port = SMTP_PORT): Promise<() => Promise<void>> {
  mkdirSync(dir, { recursive: true });
  let counter = 0;
  const server = new SMTPServer({
    // Plain SMTP on the loopback interface: no TLS, no authentication.
    secure: false,
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        try {
          const raw = Buffer.concat(chunks).toString("utf8");
          const parsed = parseMessage(raw);
          const mail: CapturedMail = {
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            subject: parsed.subject,
            text: parsed.text,
            receivedAt: new Date().toISOString(),
          };
          const name = `${Date.now()}-${String(++counter).padStart(5, "0")}`;
          writeFileSync(path.join(dir, `${name}.eml`), raw);
          // Written under a temporary name, then renamed: a reader never sees half a message.
          writeFileSync(path.join(dir, `${name}.json.tmp`), JSON.stringify(mail, null, 2));
          renameSync(path.join(dir, `${name}.json.tmp`), path.join(dir, `${name}.json`));
          callback();
        } catch (error) {
          callback(error instanceof Error ? error : new Error(String(error)));
        }
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

/** Every message received so far, oldest first. */
export function capturedMails(dir = smtpCaptureDir()): CapturedMail[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json"));
  } catch {
    return [];
  }
  return files.sort().map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as CapturedMail);
}

/** Messages received for an address (envelope recipient). */
export function capturedMailsTo(address: string, dir = smtpCaptureDir()): CapturedMail[] {
  const wanted = address.toLowerCase();
  return capturedMails(dir).filter((m) => m.to.includes(wanted));
}

/** Subject and text body of a single-part text message as nodemailer writes it (7bit, quoted-printable or base64). */
export function parseMessage(raw: string): { subject: string; text: string } {
  const normalised = raw.replace(/\r\n/g, "\n");
  const split = normalised.indexOf("\n\n");
  const headerBlock = split === -1 ? normalised : normalised.slice(0, split);
  const body = split === -1 ? "" : normalised.slice(split + 2);
  const headers = new Map<string, string>();
  for (const line of headerBlock.replace(/\n[ \t]+/g, " ").split("\n")) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  let text: string;
  if (encoding === "quoted-printable") text = decodeQuotedPrintable(body);
  else if (encoding === "base64") text = Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  else text = body;
  return { subject: decodeEncodedWords(headers.get("subject") ?? ""), text: text.replace(/\n$/, "") };
}

function decodeQuotedPrintable(body: string): string {
  const joined = body.replace(/=\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i++) {
    const ch = joined[i]!;
    const hex = joined.slice(i + 1, i + 3);
    if (ch === "=" && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(ch, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=), as nodemailer writes non-ASCII subjects. */
function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_m, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === "B" ? Buffer.from(data, "base64").toString("utf8") : decodeQuotedPrintable(data.replace(/_/g, " ")),
    );
}

/** Playwright global setup: starts the capture server and returns its teardown. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  return startSmtpCapture();
}
