import { describe, expect, it } from "vitest";
import { findMergedPullRequest, hasLabel } from "../../src/github/pull-requests.js";
import { fakeSha } from "../support/github-server/index.js";
import { OWNER, REPO, useGitHubServer } from "./helpers.js";

const gh = useGitHubServer();

describe("findMergedPullRequest", () => {
  it("finds the pull request merged as the pushed commit, not others containing it", async () => {
    const mergeSha = fakeSha("merge-7");
    gh.server.github.addPullRequest(OWNER, REPO, { number: 5, commits: [mergeSha] });
    gh.server.github.addPullRequest(OWNER, REPO, {
      number: 7,
      title: "Grow vsphere workers to 5",
      headSha: fakeSha("head-7"),
      headRef: "grow-workers",
      mergeCommitSha: mergeSha,
      labels: ["nodepool/allow-destroy"],
    });

    const result = await findMergedPullRequest(gh.client(), { owner: OWNER, repo: REPO, sha: mergeSha });

    expect(result).toEqual({
      found: true,
      pullRequest: {
        number: 7,
        title: "Grow vsphere workers to 5",
        url: "https://github.com/octo/fleet/pull/7",
        headSha: fakeSha("head-7"),
        headRef: "grow-workers",
        baseRef: "main",
        mergeCommitSha: mergeSha,
        labels: ["nodepool/allow-destroy"],
      },
    });
    const [request] = gh.server.requestsFor("repos/list-pull-requests-associated-with-commit");
    expect(request?.url).toBe(`/repos/octo/fleet/commits/${mergeSha}/pulls?per_page=100`);
  });

  it("says clearly when the commit is no pull request's merge commit", async () => {
    const sha = fakeSha("feature-commit");
    gh.server.github.addPullRequest(OWNER, REPO, { number: 3, headSha: sha });
    gh.server.github.addPullRequest(OWNER, REPO, {
      number: 4,
      commits: [sha],
      mergeCommitSha: fakeSha("m4"),
    });

    const result = await findMergedPullRequest(gh.client(), { owner: OWNER, repo: REPO, sha });

    expect(result).toEqual({
      found: false,
      reason: `commit ${sha.slice(0, 7)} in octo/fleet is not the merge commit of any pull request; it is in #3 (open), #4 (merged as ${fakeSha("m4").slice(0, 7)})`,
    });
  });

  it("says clearly when the commit belongs to no pull request (a direct push)", async () => {
    const sha = fakeSha("direct-push");
    const result = await findMergedPullRequest(gh.client(), { owner: OWNER, repo: REPO, sha });
    expect(result).toEqual({
      found: false,
      reason: `commit ${sha.slice(0, 7)} in octo/fleet belongs to no pull request (a direct push?)`,
    });
  });
});

describe("hasLabel", () => {
  it("finds a label on a pull request, ignoring case as GitHub does", async () => {
    gh.server.github.addPullRequest(OWNER, REPO, { number: 9, labels: ["NodePool/Allow-Destroy", "infra"] });
    const client = gh.client();
    await expect(
      hasLabel(client, { owner: OWNER, repo: REPO, number: 9, label: "nodepool/allow-destroy" }),
    ).resolves.toBe(true);
    await expect(
      hasLabel(client, { owner: OWNER, repo: REPO, number: 9, label: "nodepool/skip" }),
    ).resolves.toBe(false);
  });
});
