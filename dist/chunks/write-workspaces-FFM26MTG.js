import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  writeWorkspaces
} from "./chunk-L5SJTRH3.js";
import "./chunk-ORUZ7EY6.js";
export {
  writeWorkspaces
};
