import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  JOIN_VARIABLES,
  renderWorkspace,
  renderWorkspaces
} from "./chunk-M5FTNQXM.js";
import "./chunk-ORUZ7EY6.js";
export {
  JOIN_VARIABLES,
  renderWorkspace,
  renderWorkspaces
};
