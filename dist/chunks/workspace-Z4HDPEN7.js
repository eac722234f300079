import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  JOIN_VARIABLES,
  POOL_MODULE,
  renderWorkspace,
  renderWorkspaces
} from "./chunk-Z72YT3FI.js";
import "./chunk-QKUM64YT.js";
import "./chunk-NSEGP3JP.js";
import "./chunk-ORUZ7EY6.js";
export {
  JOIN_VARIABLES,
  POOL_MODULE,
  renderWorkspace,
  renderWorkspaces
};
