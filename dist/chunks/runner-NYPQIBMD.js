import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  PLAN_FILE,
  applyPlan,
  defaultConcurrency,
  mapLimit,
  planWorkspaces,
  readStateNodeNames
} from "./chunk-BRC7VKZO.js";
import "./chunk-QNPYPC56.js";
import "./chunk-ORUZ7EY6.js";
export {
  PLAN_FILE,
  applyPlan,
  defaultConcurrency,
  mapLimit,
  planWorkspaces,
  readStateNodeNames
};
