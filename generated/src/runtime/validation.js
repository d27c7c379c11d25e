import {
  checks,
  formatPath
} from "./chunk-CUWI266J.js";
import "./chunk-FJPOOGFY.js";
import "./chunk-GKP6ZCRK.js";
export {
  checks,
  formatPath
};
