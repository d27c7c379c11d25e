import {
  checks,
  formatPath
} from "./chunk-OICMIKPW.js";
import "./chunk-N7YAABOU.js";
import "./chunk-UAQDFME2.js";
export {
  checks,
  formatPath
};
