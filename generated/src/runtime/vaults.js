import {
  applyVaults
} from "./chunk-Y7WOMUHP.js";
import "./chunk-MILICKQL.js";
import "./chunk-GKP6ZCRK.js";
export {
  applyVaults
};
