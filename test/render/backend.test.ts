import { describe, expect, it } from "vitest";
import { renderBackend } from "../../src/render/backend.js";

const key = { tenant: "acme", controlPlane: "tcp-one", pool: "default-pool" };
const workspaceDir = ".nodepool/workspaces/acme/tcp-one/default-pool";

describe("the local backend", () => {
  it("keeps each state below the configured folder of the repository", () => {
    expect(renderBackend({ local: { directory: "state/./pools" } }, key, workspaceDir).config).toEqual({
      path: "../../../../../state/pools/acme/tcp-one/default-pool.tfstate",
    });
  });

  // Validation refuses these with the file and line; rendering refuses them again for settings built
  // by other callers.
  it.each(["../outside", "state/../../outside", "..", "/tmp/x", "C:\\states", "\\\\server\\share"])(
    "refuses the folder %s, outside the repository",
    (directory) => {
      expect(() => renderBackend({ local: { directory } }, key, workspaceDir)).toThrow(
        `\`spec.backend.local.directory\` must be a folder inside the repository, relative to its root (such as .nodepool-state), got ${JSON.stringify(directory)}`,
      );
    },
  );
});
