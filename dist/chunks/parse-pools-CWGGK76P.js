import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  parsePools
} from "./chunk-LGSX34AV.js";
import "./chunk-6Y63MOSW.js";
import "./chunk-L5FWEXY2.js";
import "./chunk-ORUZ7EY6.js";
export {
  parsePools
};
