// Header names and values that fetch cannot send are refused before anything is sent:
// fetch's own TypeError would look like a network failure (and be retried), and its
// message repeats the value, which may be a credential.
import { ClientError } from "./errors.js";

// RFC 9110 field names: a token. The longest valid start is what an error may show.
const NAME_START = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]*/;
// What fetch refuses in a value: CR, LF and NUL (they would end or split the header), and
// anything that is not a single byte.
const UNSENDABLE = /[\0\r\n\u0100-\uffff]/;

/** Throws a ClientError naming the first header (never its value) that fetch could not send. */
export function checkHeaders(where: string, headers: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(headers)) {
    const valid = NAME_START.exec(name)?.[0] ?? "";
    if (valid === "" || valid.length < name.length) {
      // Only the part before the bad character: in "Authorization: Bearer …" the rest is a credential.
      const start = valid.slice(0, 40);
      throw new ClientError(
        `${where}: the header name ${start ? `starting ${JSON.stringify(start)} ` : ""}holds an invalid character`,
      );
    }
    if (UNSENDABLE.test(String(value))) {
      throw new ClientError(
        `${where}: the value of header ${name} holds a line break, NUL or a character above U+00FF`,
      );
    }
  }
}
