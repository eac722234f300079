/** How much pool input one run reads; checked from file sizes before any file is read. */
export interface PoolLimits {
  /** Bytes of one pool file. */
  fileBytes: number;
  /** Bytes of all pool files of a run together. */
  runBytes: number;
  /** Pool files of a run. */
  runFiles: number;
}

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * Real pool files are a few KiB and a large repository holds a thousand; a 50 MB file took 30 s and
 * 2 GB of memory to parse, so anything far past that is refused unread.
 */
export const POOL_LIMITS: PoolLimits = { fileBytes: MiB, runBytes: 64 * MiB, runFiles: 10_000 };

/** Why a file of `size` bytes is not read, or undefined when it fits. */
export function oversizedFileMessage(size: number, limits: PoolLimits): string | undefined {
  if (size <= limits.fileBytes) return undefined;
  return `${overLimit(size, limits.fileBytes)} limit of a pool file, so it was not read: pool files are text of a few KiB`;
}

/** Why a run of files with these sizes (each within the file limit) is not read, or undefined. */
export function runLimitMessage(sizes: readonly number[], limits: PoolLimits): string | undefined {
  if (sizes.length > limits.runFiles)
    return `found ${count(sizes.length)} pool files, over the limit of ${count(limits.runFiles)} files a run reads`;
  const total = sizes.reduce((sum, size) => sum + size, 0);
  if (total > limits.runBytes)
    return `the ${count(sizes.length)} pool files hold ${overLimit(total, limits.runBytes).replace(" is over", ", over")} limit of a run: pool files are text of a few KiB each`;
  return undefined;
}

/** `812 bytes`, `2.6 KiB`, `1 MiB`, `52.4 MiB`. */
export function formatBytes(bytes: number): string {
  const [value, unit] =
    bytes >= MiB ? [bytes / MiB, "MiB"] : bytes >= KiB ? [bytes / KiB, "KiB"] : [bytes, "bytes"];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}

/** `2 MiB is over the 1 MiB`; in bytes where one decimal would make the two read the same. */
function overLimit(size: number, limit: number): string {
  const [shown, allowed] = [formatBytes(size), formatBytes(limit)];
  const unit = (text: string) => text.split(" ")[1];
  if (Number.parseFloat(shown) === Number.parseFloat(allowed) && unit(shown) === unit(allowed))
    return `${count(size)} bytes is over the ${count(limit)}-byte (${allowed})`;
  return `${shown} is over the ${allowed}`;
}

function count(n: number): string {
  return n.toLocaleString("en-US");
}
