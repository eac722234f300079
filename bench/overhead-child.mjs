// Child process of bench/overhead.mjs: the action's own work for many pools, no terraform.
// Imports nothing but Node and the bundle, so that its peak RSS is that work's (plus Node's).
//
//   node bench/overhead-child.mjs BUNDLE POOLS_DIR OUT_DIR   prints one JSON line
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

async function measure(bundlePath, poolsDir, outDir) {
  const src = await import(pathToFileURL(bundlePath).href);
  const step = async (task) => {
    const started = performance.now();
    const value = await task();
    const ms = performance.now() - started;
    return { ms, value, rss: process.memoryUsage().rss };
  };
  const cwd = join(poolsDir, "..");
  const loaded = await step(() => src.loadPools([poolsDir], cwd));
  if (!loaded.value.ok) throw new Error(loaded.value.issues[0]?.message);
  const modules = await step(() => src.readModuleFiles(join(root, "modules")));
  const outRelative = relative(cwd, outDir);
  const rendered = await step(() => src.renderWorkspaces(loaded.value.value, modules.value, outRelative));
  const files = rendered.value.reduce((n, w) => n + w.files.length, 0);
  const bytes = rendered.value.reduce((n, w) => n + w.files.reduce((m, f) => m + f.contents.length, 0), 0);
  const written = await step(() => src.writeWorkspaces(outDir, rendered.value, { prune: false }));
  return {
    pools: loaded.value.value.pools.length,
    loadMs: loaded.ms,
    modulesMs: modules.ms,
    renderMs: rendered.ms,
    writeMs: written.ms,
    workspaces: written.value.written.length,
    files,
    bytes,
    rssAfterLoad: loaded.rss,
    rssAfterRender: rendered.rss,
    rssAfterWrite: written.rss,
    maxRss: process.resourceUsage().maxRSS * 1024,
  };
}

const [bundlePath, poolsDir, outDir] = process.argv.slice(2);
process.stdout.write(`${JSON.stringify(await measure(bundlePath, poolsDir, outDir))}\n`);
