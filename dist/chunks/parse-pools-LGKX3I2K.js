import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  parsePools
} from "./chunk-TMJTMO52.js";
import "./chunk-6Y63MOSW.js";
import "./chunk-IO6YKETF.js";
import "./chunk-ORUZ7EY6.js";
export {
  parsePools
};
