import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  parsePools
} from "./chunk-FEUWUH7V.js";
import "./chunk-IXLKU4U6.js";
import "./chunk-L5FWEXY2.js";
import "./chunk-ORUZ7EY6.js";
export {
  parsePools
};
