import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";

/** Why archive tests cannot run without `zip`, and how to fix it. */
export const ZIP_MISSING = "the zip command is not installed (apt-get install -y zip)";

/** `zip` from PATH, which the tests use to pack archives as the publishers do. */
export function findZip(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    const path = dir ? join(dir, "zip") : "";
    try {
      if (path) {
        accessSync(path, constants.X_OK);
        return path;
      }
    } catch {
      // not in this folder
    }
  }
  return undefined;
}
