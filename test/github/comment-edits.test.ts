import { describe, expect, it } from "vitest";
import {
  type CommentEditors,
  commentEditedByOthers,
  foreignEditProblem,
  MAX_EDITS_READ,
  readCommentEditors,
  UNKNOWN_EDITOR,
} from "../../src/github/comment-edits.js";
import { GitHubGraphqlError } from "../../src/github/errors.js";
import {
  findComment,
  formatPlanComment,
  type PlanComment,
  type PlanCommentHeader,
  upsertPlanComment,
} from "../../src/github/plan-comment.js";
import { ACTIONS_BOT, fakeSha, OCTOCAT, serverError } from "../support/github-server/index.js";
import { OWNER, REPO, useGitHubServer } from "./helpers.js";

const gh = useGitHubServer();

const BOT = ACTIONS_BOT.login;
const header = (hashes: Record<string, string>, sha = fakeSha("push-1")) =>
  ({ key: "pools", sha, status: "planned", hashes }) satisfies Omit<PlanCommentHeader, "version">;
const reviewed = header({ "vsphere/workers": "sha256:aa" });

/** A pull request with our plan comment on it, posted as the workflow would. */
async function postPlan(): Promise<{ pullNumber: number; comment: PlanComment }> {
  const pullNumber = gh.server.github.addPullRequest(OWNER, REPO).number;
  const base = { owner: OWNER, repo: REPO, pullNumber };
  await upsertPlanComment(gh.client(), { ...base, header: reviewed, body: "## Plan", mode: "update" });
  const comment = await findComment(gh.client(), { ...base, key: "pools", author: BOT });
  if (!comment) throw new Error("the plan comment was not posted");
  return { pullNumber, comment };
}

/** What a person with write access can do: edit the bot's comment through the API, as themselves. */
async function editAsOctocat(comment: PlanComment, body: string): Promise<void> {
  gh.server.github.tokenUser = OCTOCAT;
  try {
    await gh
      .client()
      .octokit.rest.issues.updateComment({ owner: OWNER, repo: REPO, comment_id: comment.id, body });
  } finally {
    gh.server.github.tokenUser = ACTIONS_BOT;
  }
}

describe("readCommentEditors against the fake GitHub", () => {
  it("finds no editor on a comment never edited", async () => {
    const { comment } = await postPlan();
    const read = await readCommentEditors(gh.client(), comment);
    expect(read).toEqual({ ok: true, editors: [] });
    expect(foreignEditProblem(read, comment.author)).toBeUndefined();
    expect(gh.server.requestsFor("graphql")).toHaveLength(1);
  });

  it("counts our own update (the bot's GraphQL login has no [bot]) as the author's", async () => {
    const { pullNumber, comment } = await postPlan();
    const next = header({ "vsphere/workers": "sha256:bb" }, fakeSha("push-2"));
    const base = { owner: OWNER, repo: REPO, pullNumber };
    expect(
      await upsertPlanComment(gh.client(), { ...base, header: next, body: "## Plan 2", mode: "update" }),
    ).toMatchObject({ action: "updated", warnings: [] });

    const read = await readCommentEditors(gh.client(), comment);
    expect(read).toEqual({ ok: true, editors: [BOT] });
    expect(commentEditedByOthers(read.ok ? read.editors : [], BOT)).toEqual([]);
  });

  it("names octocat, who changed a hash in the header", async () => {
    const { pullNumber, comment } = await postPlan();
    const forged = header({ "vsphere/workers": "sha256:evil" });
    await editAsOctocat(comment, formatPlanComment(forged, "## Plan"));
    // The author stays the bot and the forged header reads fine: only the edit history tells.
    const found = await findComment(gh.client(), {
      owner: OWNER,
      repo: REPO,
      pullNumber,
      key: "pools",
      author: BOT,
    });
    expect([found?.id, found?.author, found?.header.hashes]).toEqual([comment.id, BOT, forged.hashes]);

    const read = await readCommentEditors(gh.client(), comment);
    expect(read).toEqual({ ok: true, editors: ["octocat", BOT] });
    expect(commentEditedByOthers(read.ok ? read.editors : [], BOT)).toEqual(["octocat"]);
    expect(foreignEditProblem(read, BOT)).toBe(
      "the comment was edited by octocat, not only by its author github-actions[bot]",
    );
  });

  it("counts an edit by a deleted account as an unknown editor", async () => {
    const { comment } = await postPlan();
    const stored = gh.server.github.comments.get(comment.id);
    if (!stored) throw new Error("no comment");
    gh.server.github.editComment(stored, "changed", null);
    const read = await readCommentEditors(gh.client(), comment);
    expect(read).toEqual({ ok: true, editors: [UNKNOWN_EDITOR, BOT] });
    expect(commentEditedByOthers(read.ok ? read.editors : [], BOT)).toEqual([UNKNOWN_EDITOR]);
  });

  it("does not vouch for a comment with more edits than one request reads", async () => {
    const { comment } = await postPlan();
    const stored = gh.server.github.comments.get(comment.id);
    if (!stored) throw new Error("no comment");
    // The first edit adds the creation entry: 101 entries in all.
    for (let i = 0; i < MAX_EDITS_READ; i++) gh.server.github.editComment(stored, `edit ${i}`);
    const read = await readCommentEditors(gh.client(), comment);
    expect(read).toEqual({
      ok: false,
      problem: `comment ${comment.url} has 101 edits, more than the 100 GitHub listed`,
    });
    expect(foreignEditProblem(read, BOT)).toBe(read.ok ? undefined : read.problem);
  });

  it("fails with GitHub's error for a comment that is gone", async () => {
    const { comment } = await postPlan();
    gh.server.github.comments.delete(comment.id);
    const attempt = readCommentEditors(gh.client(), comment);
    await expect(attempt).rejects.toThrow(GitHubGraphqlError);
    await expect(attempt).rejects.toThrow(
      /^read who edited comment .*: GitHub GraphQL answered with errors: NOT_FOUND/,
    );
  });
});

describe("commentEditedByOthers", () => {
  it.each([
    [[], BOT, []],
    [[BOT], BOT, []],
    [["octocat", BOT, UNKNOWN_EDITOR], BOT, ["octocat", UNKNOWN_EDITOR]],
    // A human named like the bot's GraphQL login is not the bot.
    [["github-actions"], BOT, ["github-actions"]],
    [[BOT], undefined, [BOT]],
  ] satisfies [string[], string | undefined, string[]][])("%j by %s -> %j", (editors, author, foreign) => {
    expect(commentEditedByOthers(editors, author)).toEqual(foreign);
  });

  it("passes on why a comment could not be checked", () => {
    const read: CommentEditors = { ok: false, problem: "too many edits" };
    expect(foreignEditProblem(read, BOT)).toBe("too many edits");
  });
});

describe("upsertPlanComment in mode update after someone else's edit", () => {
  it("posts a new comment, collapses the edited one, and edits the new one in place next time", async () => {
    const { pullNumber, comment } = await postPlan();
    await editAsOctocat(comment, formatPlanComment(header({ "vsphere/workers": "sha256:evil" }), "## Plan"));
    const before = gh.server.requests.length;
    const base = { owner: OWNER, repo: REPO, pullNumber, mode: "update" as const, author: BOT };
    const next = header({ "vsphere/workers": "sha256:bb" }, fakeSha("push-2"));

    const replaced = await upsertPlanComment(gh.client(), { ...base, header: next, body: "## Plan 2" });

    if (replaced.action === "skipped") throw new Error("not skipped");
    expect(replaced.action).toBe("created");
    expect(replaced.comment.id).not.toBe(comment.id);
    expect(replaced.minimized).toEqual([{ id: comment.id, nodeId: comment.nodeId, url: comment.url }]);
    expect(replaced.warnings).toEqual([
      `comment on octo/fleet#${pullNumber} (id ${comment.id}) not edited in place, posted anew: the comment was edited by octocat, not only by its author github-actions[bot]`,
    ]);
    // List, read the editors, post, collapse: the edited comment itself is never written to.
    expect(gh.server.requests.slice(before).map((r) => r.operationId)).toEqual([
      "issues/list-comments",
      "graphql",
      "issues/create-comment",
      "graphql",
    ]);
    const comments = gh.server.github.commentsOn(OWNER, REPO, pullNumber);
    expect(comments.map((c) => [c.minimized, c.edits.at(-1)?.editor?.login])).toEqual([
      ["OUTDATED", "octocat"],
      [undefined, undefined],
    ]);
    expect(comments[1]?.body).toBe(formatPlanComment(next, "## Plan 2"));

    const third = header({ "vsphere/workers": "sha256:cc" }, fakeSha("push-3"));
    const updated = await upsertPlanComment(gh.client(), { ...base, header: third, body: "## Plan 3" });
    expect(updated).toMatchObject({ action: "updated", comment: { id: replaced.comment.id }, warnings: [] });
  });

  it("posts a new comment when who edited it cannot be checked", async () => {
    const { pullNumber, comment } = await postPlan();
    gh.server.failNext(serverError(502, "graphql"));
    const result = await upsertPlanComment(gh.client({ retries: 0 }), {
      owner: OWNER,
      repo: REPO,
      pullNumber,
      header: header({ "vsphere/workers": "sha256:bb" }, fakeSha("push-2")),
      body: "## Plan 2",
      mode: "update",
    });
    expect(result).toMatchObject({ action: "created", minimized: [{ id: comment.id }] });
    expect(result.action !== "skipped" && result.warnings[0]).toMatch(
      /not edited in place, posted anew: who edited it could not be checked: read who edited comment .* 502/,
    );
    expect(gh.server.github.comments.get(comment.id)?.edits).toEqual([]);
  });
});
