// 4. The action's own overhead for 1,000 pools, no terraform: load + validate, render every
// workspace in memory, write them to disk. Measured in a child process of its own, so that its
// peak RSS is that of this work alone (plus Node itself): bench/overhead-child.mjs.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { figure, heading, root, run } from "./lib.mjs";

const MiB = 1024 * 1024;

export async function overheadSection({ work, bundlePath, poolsDir }) {
  const child = await run(
    process.execPath,
    [
      fileURLToPath(new URL("overhead-child.mjs", import.meta.url)),
      bundlePath,
      poolsDir,
      join(work, "rendered-1000"),
    ],
    { cwd: root, env: process.env },
  );
  if (child.code !== 0) throw new Error(`overhead child failed: ${child.stderr.trim()}`);
  const m = JSON.parse(child.stdout.trim().split("\n").at(-1));
  heading(`4. the action's own overhead for ${m.pools} pools (vSphere), no terraform, own process`);
  figure("load + validate (loadPools)", m.loadMs, "ms");
  figure("read the modules folder once (readModuleFiles('modules'))", m.modulesMs, "ms");
  figure(`render ${m.pools} workspaces in memory (renderWorkspaces)`, m.renderMs, "ms");
  figure(
    `write them to disk (writeWorkspaces): ${m.files} files, ${(m.bytes / MiB).toFixed(0)} MiB`,
    m.writeMs,
    "ms",
  );
  figure("total", m.loadMs + m.modulesMs + m.renderMs + m.writeMs, "ms");
  figure("RSS after load", m.rssAfterLoad / MiB, "MiB");
  figure("RSS after render", m.rssAfterRender / MiB, "MiB");
  figure("RSS after write", m.rssAfterWrite / MiB, "MiB");
  figure("peak RSS (resourceUsage().maxRSS, Node itself included)", m.maxRss / MiB, "MiB");
  return m;
}
