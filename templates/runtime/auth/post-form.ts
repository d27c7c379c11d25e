// A form POST outside the API (an OpenID Connect token endpoint), through the transport's
// fetch, timeout and body limit. Its own module: only a provider that posts forms imports
// it, so a program without one does not bundle it.
import { callScope } from "../abort.js";
import { neverSent, withMayHaveBeenApplied } from "../acted.js";
import { readBodyText } from "../body-limit.js";
import { AuthError, ClientError } from "../errors.js";
import { describeRedirect, discardBody, isRedirect, NO_REDIRECT } from "../redirect.js";
import { redactUrl } from "../redact.js";
import { networkError } from "../response-errors.js";
import type { AuthChannel, FormResponse } from "./provider.js";

/** POSTs `form` (application/x-www-form-urlencoded) to `url`; a redirect is an AuthError, never followed. */
export async function postForm(
  channel: AuthChannel,
  url: string,
  form: URLSearchParams,
  headers: Record<string, string>,
): Promise<FormResponse> {
  const shown = redactUrl(url);
  const scope = callScope(shown, undefined, channel.timeoutMs);
  try {
    const response = await channel.fetch(url, {
      method: "POST",
      headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
      body: form.toString(),
      signal: scope.signal,
      redirect: NO_REDIRECT,
    });
    if (isRedirect(response)) {
      discardBody(response);
      throw new AuthError(`POST ${shown}: ${describeRedirect(response, url)}`, response.status);
    }
    return { status: response.status, text: await readBodyText(response, channel.maxResponseBytes, shown) };
  } catch (error) {
    if (scope.signal.aborted) throw scope.signal.reason;
    if (error instanceof ClientError) throw error; // ResponseTooLargeError, AuthError
    const failure = networkError(shown, error, headers);
    throw neverSent(failure) ? failure : withMayHaveBeenApplied(failure);
  } finally {
    scope.dispose();
  }
}
