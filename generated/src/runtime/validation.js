import {
  checks,
  formatPath
} from "./chunk-QUMCTY7L.js";
import "./chunk-N7YAABOU.js";
import "./chunk-UAQDFME2.js";
export {
  checks,
  formatPath
};
