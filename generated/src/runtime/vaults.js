import {
  applyVaults
} from "./chunk-5HSW62PG.js";
import "./chunk-MILICKQL.js";
import "./chunk-PEQBCLH3.js";
export {
  applyVaults
};
