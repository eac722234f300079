import { bundleAction, createPoolsRepo, type gitIn, OWNER, REPO } from "./action-run.js";
import { type ControlPlane, KUBERNETES_VERSION, startControlPlane } from "./control-plane/control-plane.js";
import { createTenantControlPlane, installTenantControlPlaneCrd } from "./control-plane/management.js";
import { prepareTenant } from "./control-plane/tenant.js";
import { type GitHubServer, startGitHubServer } from "./github-server/index.js";
import { toolchain } from "./toolchain.js";
import { startVcsim, type Vcsim } from "./vcsim.js";

/**
 * What an end-to-end run of the action with a management kubeconfig needs: a real control plane
 * serving both as the Kamaji management cluster (TenantControlPlane `acme/tcp-e2e`, Ready) and as
 * that tenant, vcsim for the machines, the checked GitHub server and a pools repository.
 */
export interface KamajiStage {
  cp: ControlPlane;
  vcsim: Vcsim;
  github: GitHubServer;
  action: string;
  repo: string;
  git: ReturnType<typeof gitIn>;
  stop(): Promise<void>;
}

export async function startKamajiStage(options: {
  githubToken: string;
  vcsimMethodDelay?: Record<string, number>;
}): Promise<KamajiStage> {
  const cp = await startControlPlane();
  await prepareTenant(cp);
  await installTenantControlPlaneCrd(cp.admin);
  await createTenantControlPlane(cp.admin, {
    namespace: "acme",
    name: "tcp-e2e",
    version: KUBERNETES_VERSION,
    status: "Ready",
    endpoint: cp.endpoint,
    adminKubeconfig: cp.adminKubeconfig,
  });
  const vcsim = await startVcsim(toolchain().bin("vcsim") as string, options.vcsimMethodDelay);
  const github = await startGitHubServer({ token: options.githubToken });
  github.github.addRepo(OWNER, REPO);
  const action = await bundleAction();
  const { repo, git } = createPoolsRepo();
  return {
    cp,
    vcsim,
    github,
    action,
    repo,
    git,
    stop: async () => {
      await vcsim.stop();
      await github.close();
      await cp.stop();
    },
  };
}
