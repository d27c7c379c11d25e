import {
  applyVaults
} from "./chunk-FVFF45DG.js";
import "./chunk-MILICKQL.js";
import "./chunk-GKP6ZCRK.js";
export {
  applyVaults
};
