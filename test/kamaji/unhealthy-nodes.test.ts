import { describe, expect, it } from "vitest";
import { unhealthyNodes } from "../../src/kamaji/unhealthy-nodes.js";
import type { Node } from "../../src/kube/kube-types.js";

const NOW = Date.parse("2026-12-07T12:00:00Z");
const ago = (minutes: number) => new Date(NOW - minutes * 60_000).toISOString();
const node = (
  name: string,
  ready: "True" | "False" | "Unknown" | undefined,
  changedMinutesAgo = 60,
): Node => ({
  metadata: { name, creationTimestamp: ago(120) },
  status: ready
    ? {
        conditions: [
          {
            type: "Ready",
            status: ready,
            reason: "KubeletNotReady",
            lastTransitionTime: ago(changedMinutesAgo),
          },
        ],
      }
    : {},
});
const MACHINES = ["cp-w-node-00", "cp-w-node-01"];

describe("unhealthyNodes: a pool's machines that are not healthy nodes", () => {
  const names = (nodes: Node[]) =>
    unhealthyNodes(MACHINES, nodes, NOW, 10 * 60_000).map((u) => [
      u.readiness.name,
      u.readiness.state,
      u.forMs,
    ]);
  it.each([
    ["all Ready", [node("cp-w-node-00", "True"), node("cp-w-node-01", "True")], []],
    [
      "NotReady for an hour",
      [node("cp-w-node-00", "True"), node("cp-w-node-01", "False", 60)],
      [["cp-w-node-01", "not-ready", 3_600_000]],
    ],
    [
      "NotReady for five minutes (a reboot): not yet",
      [node("cp-w-node-00", "True"), node("cp-w-node-01", "Unknown", 5)],
      [],
    ],
    [
      "a machine whose Node never registered",
      [node("cp-w-node-00", "True")],
      [["cp-w-node-01", "absent", undefined]],
    ],
    [
      "a Node with no status yet, created two hours ago",
      [node("cp-w-node-00", undefined), node("cp-w-node-01", "True")],
      [["cp-w-node-00", "not-ready", 7_200_000]],
    ],
  ] as const)("%s", (_what, nodes, expected) => {
    expect(names([...nodes])).toEqual(expected);
  });

  it("waits as long as the pool's notReadyAfter says", () => {
    const nodes = [node("cp-w-node-00", "True"), node("cp-w-node-01", "False", 60)];
    expect(unhealthyNodes(MACHINES, nodes, NOW, 2 * 3_600_000)).toEqual([]);
    expect(unhealthyNodes(MACHINES, nodes, NOW, 30 * 60_000).map((u) => u.readiness.name)).toEqual([
      "cp-w-node-01",
    ]);
  });

  it("names the join log for a machine that never registered", () => {
    const [absent] = unhealthyNodes(["cp-w-node-00"], [], NOW, 10 * 60_000);
    expect(absent?.readiness.state === "absent" && absent.readiness.hint).toContain(
      "/var/log/nodepool-join.log",
    );
  });
});
