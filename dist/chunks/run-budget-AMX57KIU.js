import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  cpuTimes,
  goMemoryLimit,
  machine,
  raisedConcurrency,
  runBudget
} from "./chunk-JPCZZHJ4.js";
import "./chunk-ORUZ7EY6.js";
export {
  cpuTimes,
  goMemoryLimit,
  machine,
  raisedConcurrency,
  runBudget
};
