import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  parsePools
} from "./chunk-EVCWBUTD.js";
import "./chunk-LDKM7FQ4.js";
import "./chunk-IO6YKETF.js";
import "./chunk-ORUZ7EY6.js";
export {
  parsePools
};
