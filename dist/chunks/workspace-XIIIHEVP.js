import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  JOIN_VARIABLES,
  POOL_MODULE,
  machineAddress,
  renderWorkspace,
  renderWorkspaces
} from "./chunk-5G2HMSQB.js";
import "./chunk-QKUM64YT.js";
import "./chunk-6GCPEI3D.js";
import "./chunk-ORUZ7EY6.js";
export {
  JOIN_VARIABLES,
  POOL_MODULE,
  machineAddress,
  renderWorkspace,
  renderWorkspaces
};
