import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  OutputPathError,
  writeWorkspaces
} from "./chunk-APHRNYB4.js";
import "./chunk-ORUZ7EY6.js";
export {
  OutputPathError,
  writeWorkspaces
};
