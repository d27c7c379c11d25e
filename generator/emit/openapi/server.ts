// The document's one server: `{baseUrl}/v{version}`, baseUrl a server variable whose
// default is the configured URL. Putting the version in the server URL keeps the paths
// the plain endpoint names (`/tasks.get_all`), as the server routes them. The URL ends up
// in a generated file, so one carrying credentials is refused (and never echoed).
import type { Version } from "../../schema/model.js";
import { OpenApiOptionError } from "./errors.js";
import type { JsonObject } from "./types.js";

export const DEFAULT_SERVER_URL = "http://localhost:8008";

export function serverObject(version: Version, serverUrl: string = DEFAULT_SERVER_URL): JsonObject {
  return {
    url: `{baseUrl}/v${version.text}`,
    description: `API version ${version.text}; baseUrl is the API server's base URL.`,
    // No `description` on the variable: the OpenAPI 3.1 JSON schema that validators
    // bundle (swagger-parser's) misspells that field and rejects it.
    variables: { baseUrl: { default: checkedBaseUrl(serverUrl) } },
  };
}

/** An absolute http(s) URL or an absolute path, without credentials, query or fragment; no trailing `/`. */
function checkedBaseUrl(raw: string): string {
  const url = raw.trim().replace(/\/+$/, "");
  if (url.startsWith("/") && !url.startsWith("//")) {
    if (/[\s{}?#]/.test(url)) throw new OpenApiOptionError("invalid server URL: a path must not contain spaces, braces, `?` or `#`");
    return url;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new OpenApiOptionError("invalid server URL: expected an absolute http(s) URL such as http://localhost:8008, or a path");
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new OpenApiOptionError(`invalid server URL: scheme ${parsed.protocol} is not http: or https:`);
  }
  if (parsed.username !== "" || parsed.password !== "") {
    throw new OpenApiOptionError("invalid server URL: it carries credentials, which must not be written into the document");
  }
  if (parsed.search !== "" || parsed.hash !== "" || /[{}\s]/.test(url)) {
    throw new OpenApiOptionError("invalid server URL: it must not contain a query, a fragment, braces or spaces");
  }
  return url;
}
