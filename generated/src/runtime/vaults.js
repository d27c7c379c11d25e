import {
  applyVaults
} from "./chunk-53ATH2DR.js";
import "./chunk-ASFU7R6H.js";
import "./chunk-UAQDFME2.js";
export {
  applyVaults
};
