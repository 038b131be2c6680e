/**
 * Characters that no stored or rendered form of a text can hold: NUL (PostgreSQL refuses it in text
 * and JSON values, so it would fail the whole save with a server error), the other C0 control
 * characters except tab, line feed and carriage return, and U+FFFE/U+FFFF (XML 1.0 — Word files and
 * spreadsheets — cannot hold any of them). Nobody types them; they arrive by pasting from other
 * programs or by deliberate tampering, and carry no meaning in a reply, a comment or a name.
 */
const UNSTORABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** A surrogate without its partner: not a character; UTF-8, PostgreSQL's JSON and XML refuse it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Free text as the application stores it: unstorable characters dropped and a lone surrogate replaced
 * by U+FFFD (what a UTF-8 encoder writes for it anyway). Everything else — markup, quotes, formula
 * prefixes, right-to-left overrides, zero-width and combining characters, emoji — is kept exactly;
 * each output escapes it for its own format. Applied by every text schema before trimming and length
 * limits, so the limits count what is stored.
 */
export function plainText(text: string): string {
  return text.replace(UNSTORABLE, "").replace(LONE_SURROGATE, "\uFFFD");
}
