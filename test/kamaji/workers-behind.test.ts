import { describe, expect, it } from "vitest";
import { workersBehind } from "../../src/kamaji/workers-behind.js";
import type { Node } from "../../src/kube/kube-types.js";

const node = (name: string, kubeletVersion?: string): Node => ({
  metadata: { name },
  status: kubeletVersion ? { nodeInfo: { kubeletVersion } } : {},
});
const POOL = { controlPlane: "tcp-a", name: "workers" };

describe("workersBehind: a pool's nodes older than what its new machines install", () => {
  it.each([
    ["all at the wanted version", [node("tcp-a-workers-node-00", "v1.36.3")], "v1.36.3", "v1.36.3", []],
    [
      "one patch behind",
      [node("tcp-a-workers-node-00", "v1.36.2"), node("tcp-a-workers-node-01", "v1.36.3")],
      "v1.36.3",
      "v1.36.3",
      [{ node: "tcp-a-workers-node-00", kubelet: "v1.36.2", outsideSkew: false }],
    ],
    [
      "three minors behind: still within the skew policy",
      [node("tcp-a-workers-node-00", "v1.33.9")],
      "v1.36.3",
      "v1.36.3",
      [{ node: "tcp-a-workers-node-00", kubelet: "v1.33.9", outsideSkew: false }],
    ],
    [
      "four minors behind: outside it",
      [node("tcp-a-workers-node-00", "v1.32.1")],
      "v1.36.3",
      "v1.36.3",
      [{ node: "tcp-a-workers-node-00", kubelet: "v1.32.1", outsideSkew: true }],
    ],
    [
      "before 1.28 the policy allowed two minors",
      [node("tcp-a-workers-node-00", "v1.24.0")],
      "v1.27.1",
      "v1.27.1",
      [{ node: "tcp-a-workers-node-00", kubelet: "v1.24.0", outsideSkew: true }],
    ],
    [
      "a pool pinned below its control plane: nodes at the pin are not behind",
      [node("tcp-a-workers-node-00", "v1.35.4")],
      "v1.35.4",
      "v1.36.3",
      [],
    ],
    [
      "other pools' nodes, and nodes without a version, are left out",
      [
        node("tcp-a-batch-node-00", "v1.30.0"),
        node("tcp-b-workers-node-00", "v1.30.0"),
        node("tcp-a-workers-node-03"),
        node("tcp-a-workers-extra", "v1.30.0"),
      ],
      "v1.36.3",
      "v1.36.3",
      [],
    ],
    [
      "a version that is not one: nothing said",
      [node("tcp-a-workers-node-00", "v1.30.0")],
      "latest",
      "v1.36.3",
      [],
    ],
    [
      "what a tenant's kubelet reports beyond the version is not repeated",
      [node("tcp-a-workers-node-00", "v1.35.2+[click](https://evil.example)")],
      "v1.36.3",
      "v1.36.3",
      [{ node: "tcp-a-workers-node-00", kubelet: "v1.35.2", outsideSkew: false }],
    ],
  ])("%s", (_what, nodes, wanted, controlPlane, expected) => {
    expect(workersBehind(nodes, POOL, wanted, controlPlane)).toEqual(expected);
  });
});
