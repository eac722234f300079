import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  checkVersions,
  connectControlPlanes,
  controlPlaneKey,
  mintJoinData
} from "./chunk-NJTVFJ6W.js";
import "./chunk-4MKPOM5Z.js";
import "./chunk-LUOMSCS6.js";
import "./chunk-LDKM7FQ4.js";
import "./chunk-ORUZ7EY6.js";
export {
  checkVersions,
  connectControlPlanes,
  controlPlaneKey,
  mintJoinData
};
