import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { missing, toolchain } from "../support/toolchain.js";

const TOKEN = "abcdef.0123456789abcdef";
const PIN = `sha256:${"ab".repeat(32)}`;

interface CloudConfig {
  hostname: string;
  fqdn: string;
  packages: string[];
  ssh_authorized_keys?: string[];
  write_files: { path: string; permissions: string; content: string }[];
  runcmd: string[][];
}

/** Renders modules/pool with real Terraform and returns the user data per node, parsed. */
function renderUserData(
  inputs: Record<string, unknown>,
): Record<string, { raw: string; config: CloudConfig }> {
  const dir = mkdtempSync(join(tmpdir(), "nodepool-pool-module-"));
  const main = {
    module: {
      ci: {
        source: resolve("modules/pool"),
        join_url: "tcp-charlie.example.com:6443",
        join_token: TOKEN,
        join_ca_cert_hash: PIN,
        kubernetes_version: "v1.33.2",
        ...inputs,
      },
    },
    output: { user_data: { value: "${module.ci.user_data}", sensitive: true } },
  };
  writeFileSync(join(dir, "main.tf.json"), JSON.stringify(main));
  const terraform = toolchain().bin("terraform") as string;
  const env = { ...process.env, ...toolchain().env };
  execFileSync(terraform, ["init", "-input=false", "-no-color"], { cwd: dir, env, stdio: "pipe" });
  execFileSync(terraform, ["apply", "-auto-approve", "-input=false", "-no-color"], {
    cwd: dir,
    env,
    stdio: "pipe",
  });
  const outputs = JSON.parse(
    execFileSync(terraform, ["output", "-json"], { cwd: dir, env, encoding: "utf8" }),
  ) as {
    user_data: { value: Record<string, string> };
  };
  return Object.fromEntries(
    Object.entries(outputs.user_data.value).map(([node, raw]) => [
      node,
      { raw, config: parse(raw) as CloudConfig },
    ]),
  );
}

const file = (config: CloudConfig, path: string) => config.write_files.find((f) => f.path === path);

describe.skipIf(missing("terraform"))("cloud-init user data, rendered by real Terraform", () => {
  let plain: ReturnType<typeof renderUserData>;
  let labelled: ReturnType<typeof renderUserData>;
  beforeAll(() => {
    plain = renderUserData({
      control_plane: "tcp-charlie",
      pool_name: "default-pool",
      replicas: 1,
      domain: "charlie.example.internal",
    });
    labelled = renderUserData({
      control_plane: "tcp-charlie",
      pool_name: "system-pool",
      replicas: 2,
      node_labels: { "example.com/role": "system", "node.kubernetes.io/tier": "" },
      node_taints: [{ key: "CriticalAddonsOnly", value: "true", effect: "NoSchedule" }],
      yaki_sha256: "7d2f6f0d3c1b4a5e9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928",
      extra_packages: ["nfs-common"],
      ssh_authorized_keys: [
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHcpmXHd2NGb4Ztc4GQOpb8EnFCAG4dDuXy3yGSdYdGD ops@example.com",
      ],
    });
  });

  it("is a cloud-config naming the machine after its node", () => {
    const node = plain["tcp-charlie-default-pool-node-00"];
    expect(node?.raw.startsWith("#cloud-config\n")).toBe(true);
    expect(node?.config).toMatchObject({
      hostname: "tcp-charlie-default-pool-node-00",
      fqdn: "tcp-charlie-default-pool-node-00.charlie.example.internal",
    });
    expect(Object.keys(labelled)).toEqual([
      "tcp-charlie-system-pool-node-00",
      "tcp-charlie-system-pool-node-01",
    ]);
  });

  it("installs every command yaki checks for, plus the pool's extra packages", () => {
    const packages = labelled["tcp-charlie-system-pool-node-00"]?.config.packages ?? [];
    // yaki exits when conntrack socat ip iptables modprobe sysctl systemctl nsenter ebtables ethtool wget is missing.
    for (const name of [
      "conntrack",
      "socat",
      "iproute2",
      "iptables",
      "kmod",
      "procps",
      "util-linux",
      "ebtables",
      "ethtool",
      "wget",
      "nfs-common",
    ]) {
      expect(packages).toContain(name);
    }
    expect(labelled["tcp-charlie-system-pool-node-00"]?.config.ssh_authorized_keys).toHaveLength(1);
  });

  it("runs yaki join with the join data and the Kubernetes version, never JOIN_ASCP, into a log", () => {
    const config = plain["tcp-charlie-default-pool-node-00"]?.config as CloudConfig;
    const script = file(config, "/var/lib/nodepool/join.sh");
    expect(script?.permissions).toBe("0600");
    expect(script?.content).toContain("JOIN_URL='tcp-charlie.example.com:6443'");
    expect(script?.content).toContain(`JOIN_TOKEN='${TOKEN}'`);
    expect(script?.content).toContain(`JOIN_TOKEN_CACERT_HASH='${PIN}'`);
    expect(script?.content).toContain("KUBERNETES_VERSION='v1.33.2'");
    expect(script?.content).toContain("bash ./yaki join");
    expect(script?.content).toContain("exec >>'/var/log/nodepool-join.log' 2>&1");
    expect(script?.content).not.toContain("JOIN_ASCP");
    expect(script?.content).not.toContain("KUBEADM_CONFIG");
    expect(script?.content).not.toContain("sha256sum");
    expect(file(config, "/var/lib/nodepool/kubeadm-join.yaml")).toBeUndefined();
    expect(config.runcmd).toEqual([["bash", "/var/lib/nodepool/join.sh"]]);
  });

  it("checks yaki's sha256 when the pool pins it", () => {
    const script = file(
      labelled["tcp-charlie-system-pool-node-00"]?.config as CloudConfig,
      "/var/lib/nodepool/join.sh",
    );
    expect(script?.content).toContain(
      "echo '7d2f6f0d3c1b4a5e9f8e7d6c5b4a39281706f5e4d3c2b1a09f8e7d6c5b4a3928  yaki' | sha256sum -c -",
    );
  });

  it("writes a kubeadm JoinConfiguration with discovery, name, taints and labels when the pool has labels or taints", () => {
    const config = labelled["tcp-charlie-system-pool-node-01"]?.config as CloudConfig;
    const joinFile = file(config, "/var/lib/nodepool/kubeadm-join.yaml");
    expect(joinFile?.permissions).toBe("0600");
    expect(parse(joinFile?.content ?? "")).toEqual({
      apiVersion: "kubeadm.k8s.io/v1beta4",
      kind: "JoinConfiguration",
      discovery: {
        bootstrapToken: {
          apiServerEndpoint: "tcp-charlie.example.com:6443",
          token: TOKEN,
          caCertHashes: [PIN],
        },
      },
      nodeRegistration: {
        name: "tcp-charlie-system-pool-node-01",
        taints: [{ key: "CriticalAddonsOnly", value: "true", effect: "NoSchedule" }],
        kubeletExtraArgs: [
          { name: "node-labels", value: "example.com/role=system,node.kubernetes.io/tier=" },
        ],
      },
    });
    expect(file(config, "/var/lib/nodepool/join.sh")?.content).toContain(
      "KUBEADM_CONFIG='/var/lib/nodepool/kubeadm-join.yaml'",
    );
  });
});
