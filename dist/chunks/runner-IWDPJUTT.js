import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  applyPlan,
  defaultConcurrency,
  mapLimit,
  planWorkspaces,
  readStateNodeNames
} from "./chunk-E7UU3WP6.js";
import "./chunk-IBCB6KX7.js";
import "./chunk-6GXVDID7.js";
import "./chunk-ORUZ7EY6.js";
export {
  applyPlan,
  defaultConcurrency,
  mapLimit,
  planWorkspaces,
  readStateNodeNames
};
