import {
  checks,
  formatPath
} from "./chunk-22DN6JAU.js";
import "./chunk-5P6X45RJ.js";
import "./chunk-PEQBCLH3.js";
export {
  checks,
  formatPath
};
