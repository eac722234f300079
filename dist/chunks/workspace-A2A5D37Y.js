import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  JOIN_VARIABLES,
  POOL_MODULE,
  renderWorkspace,
  renderWorkspaces
} from "./chunk-YAE6U3AR.js";
import "./chunk-MA2SUBGT.js";
import "./chunk-ORUZ7EY6.js";
export {
  JOIN_VARIABLES,
  POOL_MODULE,
  renderWorkspace,
  renderWorkspaces
};
