import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  parsePools
} from "./chunk-KSIB4G6T.js";
import "./chunk-6Y63MOSW.js";
import "./chunk-MA2SUBGT.js";
import "./chunk-ORUZ7EY6.js";
export {
  parsePools
};
