import {
  applyVaults
} from "./chunk-WWKGXKNY.js";
import "./chunk-ASFU7R6H.js";
import "./chunk-UAQDFME2.js";
export {
  applyVaults
};
