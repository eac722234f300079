import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  parsePools
} from "./chunk-EL7G6PSZ.js";
import "./chunk-IXLKU4U6.js";
import "./chunk-ORUZ7EY6.js";
export {
  parsePools
};
