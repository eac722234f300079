import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  createPlanFolder,
  restrictToOwner,
  savedPlanPath
} from "./chunk-6GXVDID7.js";
import "./chunk-ORUZ7EY6.js";
export {
  createPlanFolder,
  restrictToOwner,
  savedPlanPath
};
