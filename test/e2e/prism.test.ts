// The client generated from the ClearML corpus against a Prism mock of the OpenAPI document
// generated with it (internal endpoints included in both): every operation of the document
// is called with its smallest valid request, request and response validation on, and must
// succeed. Prism answers from the document's schemas alone (dynamic mode, fixed seed) and,
// with --errors, refuses a request the document does not allow, so a call fails wherever
// the client and the document disagree: a success envelope the client reads as an error,
// an Accept header the document cannot satisfy, an answer the validators reject.
//
// Prism ignores the document's server URL (`{baseUrl}/v{version}`: it cannot match the
// version behind a template), so the client runs unpinned and calls the version-less
// paths, which mean the server's maximum version: the version the document describes.
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { corpus, generate, linkZod, writeTemp } from "../emit/helpers.js";
import { removeDir } from "../package/helpers.js";
import { minimalValue } from "./minimal-request.js";
import { startPrism, type PrismServer } from "./prism-server.js";

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Batch endpoints take `application/json-lines`, which Prism cannot read: it takes such a
 * body as one string and refuses it against the line's object schema (400), however valid
 * each line is. They are not called here; their json-lines framing is tested against the
 * test server (batch.test.ts).
 */
const JSON_LINES = "application/json-lines";
const SEED = "15";

let dir: string | undefined;
let prism: PrismServer | undefined;
let document: Json;
let pkg: Json;
let zod: Json;

beforeAll(async () => {
  const { files } = generate(corpus(), true);
  dir = writeTemp(files);
  linkZod(dir);
  document = JSON.parse(files.get("openapi.json")!);
  prism = await startPrism(path.join(dir, "openapi.json"), { seed: SEED });
  pkg = await import(pathToFileURL(path.join(dir, "src", "index.js")).href);
  zod = await import(pathToFileURL(path.join(dir, "src", "zod", "index.js")).href);
});

afterAll(async () => {
  await prism?.stop();
  removeDir(dir);
});

describe("the generated client against a Prism mock of its OpenAPI document", () => {
  it("calls every operation with a minimal valid request and gets a valid answer", async () => {
    // The media type of each answer, to compare with what the document offers.
    const answeredAs = new Map<string, string>();
    const recordingFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const response = await fetch(input, init);
      answeredAs.set(new URL(String(input)).pathname.slice(1), response.headers.get("content-type") ?? "");
      return response;
    };
    const client = pkg.createClient({
      baseUrl: prism!.url,
      auth: pkg.keySecret({ accessKey: "ACCESS_KEY", secretKey: "SECRET_KEY" }),
      validate: { validators: zod.validators, request: true, response: true },
      retry: false,
      fetch: recordingFetch,
    });
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    ajv.addSchema(document, "doc");

    const names = Object.keys(document.paths).map((p) => p.slice(1));
    const batches: string[] = [];
    const problems: string[] = [];
    for (const name of names) {
      const operation = document.paths[`/${name}`].post;
      const content = operation.requestBody.content;
      if (content[JSON_LINES]) {
        batches.push(name);
        continue;
      }
      const body = minimalValue(content["application/json"].schema, document.components.schemas);
      // The request is valid for the document before Prism judges it.
      const valid = ajv.compile({ $ref: `doc#/paths/${pointer(`/${name}`)}/post/requestBody/content/application~1json/schema` });
      if (!valid(body)) problems.push(`${name}: the test's request is invalid: ${ajv.errorsText(valid.errors)}`);

      const offered = Object.keys(operation.responses["200"].content);
      const [service, action] = name.split(".");
      try {
        const data = await client[service][action](body);
        const mediaType = answeredAs.get(name)?.split(";")[0] ?? "";
        if (!offered.includes(mediaType)) problems.push(`${name}: answered as ${mediaType}, not one of ${offered.join(", ")}`);
        if (mediaType !== "application/json" && typeof data !== "string") problems.push(`${name}: a file resolved with ${typeof data}`);
      } catch (error) {
        problems.push(`${name}: ${(error as Error).name}: ${(error as Error).message}`);
      }
    }
    expect(problems, prism!.output().slice(-4000)).toEqual([]);
    expect(names.length).toBeGreaterThan(200);
    expect(batches).toEqual(["events.add_batch", "tasks.update_batch"]);
    // Both file endpoints were called and answered with the file's media type.
    expect([answeredAs.get("events.download_task_log"), answeredAs.get("organization.download_for_get_all")]).toEqual([
      expect.stringMatching(/^text\/plain/),
      expect.stringMatching(/^text\/plain/),
    ]);
  }, 120_000);
});

/** A JSON pointer token. */
function pointer(token: string): string {
  return token.replaceAll("~", "~0").replaceAll("/", "~1");
}
