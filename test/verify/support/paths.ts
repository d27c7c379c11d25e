// Where the verification tests find their inputs: this repository, the ClearML corpus
// (services and the pyhocon ground truth) and this project's own schemas.
import path from "node:path";

export const REPO = process.cwd();
export const CORPUS_ROOT = path.resolve(REPO, "../shared/corpus/clearml-server");
export const CORPUS_SERVICES = path.join(CORPUS_ROOT, "services");
export const CORPUS_EXPECTED = path.join(CORPUS_ROOT, "expected");
export const OWN_SCHEMAS = path.join(REPO, "schemas");
