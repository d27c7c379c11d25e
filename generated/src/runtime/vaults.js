import {
  applyVaults
} from "./chunk-FHJX2OY5.js";
import "./chunk-MILICKQL.js";
import "./chunk-UAQDFME2.js";
export {
  applyVaults
};
