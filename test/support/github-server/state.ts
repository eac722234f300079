import { createHash } from "node:crypto";
import type { JsonObject, OpenApiSpec } from "./openapi.js";
import { synthesize } from "./synthesize.js";

/**
 * What the fake GitHub holds: repositories with issues and pull requests (one numbering, as on
 * GitHub), comments, labels, and which pull requests contain which commits. Tests seed it and read
 * it back; the handlers change it.
 */

export interface FakeUser {
  login: string;
  id: number;
  type: "User" | "Bot";
}

export interface FakeLabel {
  id: number;
  name: string;
  color: string;
  description: string;
}

export interface FakePull {
  headSha: string;
  headRef: string;
  baseRef: string;
  mergedAt: string | null;
  mergeCommitSha: string | null;
  draft: boolean;
  /** Paths the pull request changes, from the repository root. */
  files: string[];
}

export interface FakeIssue {
  id: number;
  number: number;
  title: string;
  body: string | null;
  state: "open" | "closed";
  stateReason: "completed" | "reopened" | "not_planned" | "duplicate" | null;
  /** Label names. */
  labels: string[];
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  pull: FakePull | undefined;
}

export interface FakeComment {
  id: number;
  nodeId: string;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
  /** The classifier it was minimized with (GraphQL), if it was. */
  minimized: string | undefined;
  /** Its edit history as GraphQL's `userContentEdits` reports it, oldest first; empty until edited. */
  edits: FakeCommentEdit[];
}

/** One entry of a comment's edit history. */
export interface FakeCommentEdit {
  /** Null for an account deleted since, as GitHub answers then. */
  editor: FakeUser | null;
  editedAt: string;
}

export interface FakeRepo {
  owner: string;
  name: string;
  id: number;
  issues: Map<number, FakeIssue>;
  /** Lower-cased name -> label: GitHub label names ignore case. */
  labels: Map<string, FakeLabel>;
  /** Commit sha -> numbers of the pull requests that contain it (head, merge commit, others). */
  commits: Map<string, number[]>;
}

export interface SeedPullRequest {
  number?: number;
  title?: string;
  headSha?: string;
  headRef?: string;
  baseRef?: string;
  state?: "open" | "closed";
  /** Merged as this commit (merge, squash or rebase result). */
  mergeCommitSha?: string;
  labels?: string[];
  /** Further commits the pull request contains. */
  commits?: string[];
  user?: FakeUser;
  /** Paths it changes (pulls/list-files). */
  files?: string[];
}

export const ACTIONS_BOT: FakeUser = { login: "github-actions[bot]", id: 41898282, type: "Bot" };
export const OCTOCAT: FakeUser = { login: "octocat", id: 583231, type: "User" };

export class FakeGitHub {
  readonly repos = new Map<string, FakeRepo>();
  readonly comments = new Map<number, FakeComment>();
  /** Who the token belongs to: the author of everything the client posts. */
  tokenUser: FakeUser = ACTIONS_BOT;
  #nextId = 1000;
  #clock = Date.parse("2026-03-01T12:00:00Z");
  readonly #templates = new Map<string, JsonObject>();

  constructor(
    readonly spec: OpenApiSpec,
    /** Where the API answers, for the `url` fields. */
    readonly apiUrl: () => string,
  ) {}

  nextId(): number {
    return this.#nextId++;
  }

  /** A new timestamp, one second after the last, so that orderings are stable. */
  now(): string {
    this.#clock += 1000;
    return new Date(this.#clock).toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  addRepo(owner: string, name: string): FakeRepo {
    const key = `${owner}/${name}`.toLowerCase();
    let repo = this.repos.get(key);
    if (!repo) {
      repo = { owner, name, id: this.nextId(), issues: new Map(), labels: new Map(), commits: new Map() };
      this.repos.set(key, repo);
    }
    return repo;
  }

  repo(owner: string, name: string): FakeRepo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  label(repo: FakeRepo, name: string): FakeLabel {
    let label = repo.labels.get(name.toLowerCase());
    if (!label) {
      label = { id: this.nextId(), name, color: "ededed", description: "" };
      repo.labels.set(name.toLowerCase(), label);
    }
    return label;
  }

  addIssue(
    repo: FakeRepo,
    fields: Partial<Omit<FakeIssue, "id" | "number">> & { title: string; number?: number },
  ): FakeIssue {
    const number = fields.number ?? Math.max(0, ...repo.issues.keys()) + 1;
    if (repo.issues.has(number)) throw new Error(`${repo.owner}/${repo.name}#${number} exists already`);
    const created = this.now();
    const issue: FakeIssue = {
      body: null,
      state: "open",
      stateReason: null,
      labels: [],
      user: this.tokenUser,
      createdAt: created,
      updatedAt: created,
      closedAt: null,
      pull: undefined,
      ...fields,
      id: this.nextId(),
      number,
    };
    for (const name of issue.labels) this.label(repo, name);
    repo.issues.set(number, issue);
    return issue;
  }

  addPullRequest(owner: string, name: string, seed: SeedPullRequest = {}): FakeIssue {
    const repo = this.addRepo(owner, name);
    const merged = seed.mergeCommitSha !== undefined;
    const headSha = seed.headSha ?? fakeSha(`head-${this.#nextId}`);
    const fields: Parameters<FakeGitHub["addIssue"]>[1] = {
      title: seed.title ?? "Change node pools",
      state: seed.state ?? (merged ? "closed" : "open"),
      labels: seed.labels ?? [],
      user: seed.user ?? OCTOCAT,
      pull: {
        headSha,
        headRef: seed.headRef ?? "change-pools",
        baseRef: seed.baseRef ?? "main",
        mergedAt: merged ? this.now() : null,
        mergeCommitSha: seed.mergeCommitSha ?? null,
        draft: false,
        files: seed.files ?? [],
      },
    };
    if (seed.number !== undefined) fields.number = seed.number;
    const issue = this.addIssue(repo, fields);
    if (issue.state === "closed") issue.closedAt = issue.pull?.mergedAt ?? this.now();
    for (const sha of [
      headSha,
      ...(seed.commits ?? []),
      ...(merged ? [seed.mergeCommitSha as string] : []),
    ]) {
      repo.commits.set(sha, [...(repo.commits.get(sha) ?? []), issue.number]);
    }
    return issue;
  }

  addComment(
    repo: FakeRepo,
    issueNumber: number,
    body: string,
    user: FakeUser = this.tokenUser,
  ): FakeComment {
    const id = this.nextId();
    const created = this.now();
    const comment: FakeComment = {
      id,
      nodeId: nodeId("IC", id),
      owner: repo.owner,
      repo: repo.name,
      issueNumber,
      body,
      user,
      createdAt: created,
      updatedAt: created,
      minimized: undefined,
      edits: [],
    };
    this.comments.set(id, comment);
    return comment;
  }

  /**
   * Changes a comment's body as `editor` (the token's user unless given) and records the edit.
   * GitHub's edit history begins, from the first edit on, with an entry for the creation by the
   * author (the web UI's "created" line; `includesCreatedEdit` in GraphQL): taken from the UI and
   * the schema's description, not checked against the live API.
   */
  editComment(comment: FakeComment, body: string, editor: FakeUser | null = this.tokenUser): void {
    const editedAt = this.now();
    if (comment.edits.length === 0) comment.edits.push({ editor: comment.user, editedAt: comment.createdAt });
    comment.edits.push({ editor, editedAt });
    comment.body = body;
    comment.updatedAt = editedAt;
  }

  /** Comments on one issue or pull request, oldest first. */
  commentsOn(owner: string, name: string, issueNumber: number): FakeComment[] {
    return [...this.comments.values()]
      .filter((c) => c.owner === owner && c.repo === name && c.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id);
  }

  commentByNodeId(id: string): FakeComment | undefined {
    return [...this.comments.values()].find((comment) => comment.nodeId === id);
  }

  // Answers, shaped by the spec's schemas: the smallest valid value with our state laid over it.

  userJson(user: FakeUser): JsonObject {
    return {
      ...this.#template("simple-user"),
      login: user.login,
      id: user.id,
      node_id: nodeId(user.type === "Bot" ? "BOT" : "U", user.id),
      type: user.type,
      url: `${this.apiUrl()}/users/${encodeURIComponent(user.login)}`,
      html_url: `https://github.com/${encodeURIComponent(user.login)}`,
    };
  }

  labelJson(repo: FakeRepo, name: string): JsonObject {
    const label = this.label(repo, name);
    return {
      ...this.#template("label"),
      id: label.id,
      node_id: nodeId("LA", label.id),
      url: `${this.#repoUrl(repo)}/labels/${encodeURIComponent(label.name)}`,
      name: label.name,
      color: label.color,
      description: label.description,
      default: false,
    };
  }

  commentJson(comment: FakeComment): JsonObject {
    const repo = this.repo(comment.owner, comment.repo) as FakeRepo;
    const issue = repo.issues.get(comment.issueNumber);
    const kind = issue?.pull ? "pull" : "issues";
    return {
      ...this.#template("issue-comment"),
      id: comment.id,
      node_id: comment.nodeId,
      url: `${this.#repoUrl(repo)}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${repo.owner}/${repo.name}/${kind}/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `${this.#repoUrl(repo)}/issues/${comment.issueNumber}`,
      body: comment.body,
      user: this.userJson(comment.user),
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: comment.user.type === "Bot" ? "NONE" : "MEMBER",
    };
  }

  issueJson(repo: FakeRepo, issue: FakeIssue): JsonObject {
    const api = `${this.#repoUrl(repo)}/issues/${issue.number}`;
    const kind = issue.pull ? "pull" : "issues";
    const json: JsonObject = {
      ...this.#template("issue"),
      id: issue.id,
      node_id: nodeId(issue.pull ? "PR" : "I", issue.id),
      url: api,
      repository_url: this.#repoUrl(repo),
      labels_url: `${api}/labels{/name}`,
      comments_url: `${api}/comments`,
      events_url: `${api}/events`,
      html_url: `https://github.com/${repo.owner}/${repo.name}/${kind}/${issue.number}`,
      number: issue.number,
      state: issue.state,
      state_reason: issue.stateReason,
      title: issue.title,
      body: issue.body,
      user: this.userJson(issue.user),
      labels: issue.labels.map((name) => this.labelJson(repo, name)),
      comments: this.commentsOn(repo.owner, repo.name, issue.number).length,
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      author_association: "MEMBER",
    };
    if (issue.pull) {
      const html = `https://github.com/${repo.owner}/${repo.name}/pull/${issue.number}`;
      json.pull_request = {
        url: `${this.#repoUrl(repo)}/pulls/${issue.number}`,
        html_url: html,
        diff_url: `${html}.diff`,
        patch_url: `${html}.patch`,
        merged_at: issue.pull.mergedAt,
      };
      json.draft = issue.pull.draft;
    }
    return json;
  }

  pullSimpleJson(repo: FakeRepo, issue: FakeIssue): JsonObject {
    const pull = issue.pull as FakePull;
    const template = this.#template("pull-request-simple");
    const api = `${this.#repoUrl(repo)}/pulls/${issue.number}`;
    const html = `https://github.com/${repo.owner}/${repo.name}/pull/${issue.number}`;
    const branch = (ref: string, sha: string, side: unknown) => ({
      ...(side as JsonObject),
      label: `${repo.owner}:${ref}`,
      ref,
      sha,
      user: this.userJson(OCTOCAT),
    });
    return {
      ...template,
      id: issue.id,
      node_id: nodeId("PR", issue.id),
      url: api,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${this.#repoUrl(repo)}/issues/${issue.number}`,
      number: issue.number,
      state: issue.state,
      title: issue.title,
      body: issue.body,
      user: this.userJson(issue.user),
      labels: issue.labels.map((name) => this.labelJson(repo, name)),
      created_at: issue.createdAt,
      updated_at: issue.updatedAt,
      closed_at: issue.closedAt,
      merged_at: pull.mergedAt,
      merge_commit_sha: pull.mergeCommitSha,
      head: branch(pull.headRef, pull.headSha, template.head),
      base: branch(pull.baseRef, fakeSha(`base-${issue.number}`), template.base),
      draft: pull.draft,
    };
  }

  #repoUrl(repo: FakeRepo): string {
    return `${this.apiUrl()}/repos/${repo.owner}/${repo.name}`;
  }

  /** A `diff-entry`: one file a pull request changes (modified, as far as the fake knows). */
  diffEntryJson(repo: FakeRepo, issue: FakeIssue, filename: string): JsonObject {
    const blob = `https://github.com/${repo.owner}/${repo.name}/blob/${issue.pull?.headSha}/${filename}`;
    return {
      ...this.#template("diff-entry"),
      sha: fakeSha(`${issue.number}:${filename}`),
      filename,
      status: "modified",
      additions: 1,
      deletions: 1,
      changes: 2,
      blob_url: blob,
      raw_url: blob.replace("/blob/", "/raw/"),
      contents_url: `${this.#repoUrl(repo)}/contents/${filename}?ref=${issue.pull?.headSha}`,
    };
  }

  #template(component: string): JsonObject {
    let template = this.#templates.get(component);
    if (!template) {
      template = synthesize(this.spec, { $ref: `#/components/schemas/${component}` }) as JsonObject;
      this.#templates.set(component, template);
    }
    return structuredClone(template);
  }
}

/** GitHub's node ids are opaque base64; these are recognisably fake but shaped alike. */
export function nodeId(prefix: string, id: number): string {
  return `${prefix}_kwDO${Buffer.from(`fake:${id}`).toString("base64url")}`;
}

/** A 40-hex-digit commit sha made from a seed, so tests can name commits. */
export function fakeSha(seed: string): string {
  return createHash("sha1").update(seed).digest("hex");
}
