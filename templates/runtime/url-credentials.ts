// Credentials belong in an auth provider, never in a URL: a URL shows up in fetch's own
// error messages, in logs and in printed options, and it goes with every request.
import { ClientError } from "./errors.js";

// Query parameters that carry credentials (OAuth's client_secret, API keys, tokens, signatures).
const SECRET_PARAMETER = /secret|passw|pwd|token|api[-_]?key|^key$|signature|^sig$|assertion|credential/i;

/**
 * Throws a ClientError when `url` holds `user:password@`, else returns it parsed. `what`
 * names the option, e.g. "createTransport: baseUrl"; the message never repeats the URL,
 * which may hold the secret.
 */
export function refuseUrlCredentials(what: string, url: string): URL {
  // Without a base first, as fetch reads it ("http:u:p@host" is absolute there); a base
  // for URLs relative to a browser page.
  const parsed = parse(url) ?? parse(url, "http://relative.invalid/");
  if (!parsed) throw new ClientError(`${what} is not a valid URL`);
  if (parsed.username !== "" || parsed.password !== "") {
    throw new ClientError(
      `${what} must not contain a user name or password; pass them as the auth option`,
    );
  }
  return parsed;
}

/**
 * Throws a ClientError when `url` holds `user:password@` or a query parameter whose name
 * looks like a credential. Its own function: only the URLs an auth provider posts to are
 * checked this way, and a bundle without such a provider leaves it out.
 */
export function refuseUrlAndQueryCredentials(what: string, url: string): void {
  const parsed = refuseUrlCredentials(what, url);
  // forEach, not keys(): the DOM library without DOM.Iterable has no iterators here.
  let secret: string | undefined;
  parsed.searchParams.forEach((_value, name) => {
    if (secret === undefined && SECRET_PARAMETER.test(name)) secret = name;
  });
  if (secret !== undefined) {
    throw new ClientError(
      `${what} must not carry the query parameter ${JSON.stringify(secret)}, which looks like a credential; pass it as an option`,
    );
  }
}

function parse(url: string, base?: string): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}
