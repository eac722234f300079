import { createRequire as __nodepoolCreateRequire } from "node:module"; const require = __nodepoolCreateRequire(import.meta.url);
import {
  PLACEHOLDER_JOIN,
  PLAN_ALL_LABEL,
  checkReplacements,
  envForPool,
  failureOf,
  findAffectedPools,
  findReplacements,
  heldLocks,
  planPools,
  renderPlanReport,
  resultOfPlanText,
  stoppedReport,
  withWorkersBehind
} from "./chunk-6FWHOUDM.js";
import {
  parseShard,
  shardName,
  shareOf,
  shareOfChange
} from "./chunk-JFPXVU5H.js";
import "./chunk-F2ZDDOU6.js";
import {
  checkVersions,
  connectControlPlanes
} from "./chunk-NJTVFJ6W.js";
import {
  poolKey
} from "./chunk-4MKPOM5Z.js";
import "./chunk-LUOMSCS6.js";
import "./chunk-LDKM7FQ4.js";
import {
  renderWorkspace
} from "./chunk-5G2HMSQB.js";
import "./chunk-QKUM64YT.js";
import "./chunk-6GCPEI3D.js";
import "./chunk-APHRNYB4.js";
import "./chunk-6GXVDID7.js";
import "./chunk-JPCZZHJ4.js";
import "./chunk-ORUZ7EY6.js";

// src/workflow/plan-mode.ts
import { posix } from "node:path";

// src/github/errors.ts
var GITHUB_BODY_LIMIT = 65536;
var BodyTooLongError = class extends Error {
  constructor(target, length, limit, detectedBy) {
    const what = detectedBy === "client" ? `body is too long (${length} characters), not sent` : "GitHub refused the body as too long";
    super(`${target}: ${what}; the limit is ${limit} characters, so cut the text (by whole lines) to fit`);
    this.target = target;
    this.length = length;
    this.limit = limit;
    this.detectedBy = detectedBy;
    this.name = "BodyTooLongError";
  }
  target;
  length;
  limit;
  detectedBy;
};
var GitHubApiError = class extends Error {
  constructor(operation, status, githubMessage, requestId, hint) {
    super(`${operation}: GitHub answered ${status} ${githubMessage}${hint ? ` (${hint})` : ""}`);
    this.operation = operation;
    this.status = status;
    this.githubMessage = githubMessage;
    this.requestId = requestId;
    this.name = "GitHubApiError";
  }
  operation;
  status;
  githubMessage;
  requestId;
};
var GitHubGraphqlError = class extends Error {
  constructor(operation, errors) {
    super(`${operation}: GitHub GraphQL answered with errors: ${errors.map(formatGraphqlError).join("; ")}`);
    this.operation = operation;
    this.errors = errors;
    this.name = "GitHubGraphqlError";
  }
  operation;
  errors;
};
function formatGraphqlError(error) {
  return error.type ? `${error.type}: ${error.message}` : error.message;
}
function isHttpFailure(error) {
  return error instanceof Error && typeof error.status === "number";
}
async function callGitHub(operation, permission, call) {
  try {
    return await call();
  } catch (error) {
    throw toGitHubError(error, operation, permission);
  }
}
function toGitHubError(error, operation, permission) {
  if (!isHttpFailure(error) || error instanceof BodyTooLongError) return error;
  const data = error.response?.data;
  if (error.status === 422 && /body is too long/i.test(JSON.stringify(data ?? error.message))) {
    return new BodyTooLongError(operation, void 0, GITHUB_BODY_LIMIT, "github");
  }
  const message = typeof data === "object" && data !== null && typeof data.message === "string" ? data.message : error.message;
  return new GitHubApiError(
    operation,
    error.status,
    message,
    error.response?.headers?.["x-github-request-id"],
    hintFor(error.status, permission)
  );
}
function hintFor(status, permission) {
  switch (status) {
    case 401:
      return "the token is missing, invalid or expired";
    case 403:
      return `the token needs the "${permission}" permission (the workflow's permissions: block), or a rate limit was hit`;
    case 404:
      return `not found, or the token cannot see it (it needs "${permission}" on this repository)`;
    case 410:
      return "gone: issues may be disabled for this repository";
    case 429:
      return "rate limited, and the retries allowed were used up";
    default:
      return status >= 500 ? "GitHub failed, and the retries allowed were used up" : "";
  }
}

// src/github/hidden-header.ts
function formatHiddenHeader(name, data) {
  const json = JSON.stringify(data).replace(
    /[<>&]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
  return `<!-- ${name} ${json} -->`;
}
function readHiddenHeader(name, text) {
  const first = (text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "").trim();
  const prefix = `<!-- ${name} `;
  const suffix = " -->";
  if (!first.startsWith(prefix) || !first.endsWith(suffix)) {
    return { ok: false, problem: `first line is not a "${name}" header` };
  }
  try {
    return { ok: true, value: JSON.parse(first.slice(prefix.length, -suffix.length)) };
  } catch (error) {
    return { ok: false, problem: `"${name}" header is not JSON: ${error.message}` };
  }
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/github/minimize-comment.ts
var MINIMIZE_OUTDATED_MUTATION = `mutation MinimizeOutdatedComment($subjectId: ID!) {
  minimizeComment(input: { subjectId: $subjectId, classifier: OUTDATED }) {
    minimizedComment { isMinimized minimizedReason }
  }
}`;
async function minimizeComment(client, nodeId, operation) {
  await callGraphql(client, operation, "pull-requests: write", MINIMIZE_OUTDATED_MUTATION, {
    subjectId: nodeId
  });
}
async function callGraphql(client, operation, permission, query, variables) {
  try {
    return await callGitHub(operation, permission, () => client.octokit.graphql(query, variables));
  } catch (error) {
    throw toGraphqlError(error, operation);
  }
}
function toGraphqlError(error, operation) {
  const errors = isRecord(error) && Array.isArray(error.errors) ? error.errors : void 0;
  if (!(error instanceof Error) || error.name !== "GraphqlResponseError" || !errors) return error;
  return new GitHubGraphqlError(
    operation,
    errors.filter(isRecord).map((e) => ({
      message: typeof e.message === "string" ? e.message : JSON.stringify(e),
      ...typeof e.type === "string" ? { type: e.type } : {}
    }))
  );
}

// src/github/comment-edits.ts
var MAX_EDITS_READ = 100;
var UNKNOWN_EDITOR = "ghost";
var COMMENT_EDITORS_QUERY = `query CommentEditors($id: ID!) {
  node(id: $id) {
    __typename
    ... on IssueComment {
      lastEditedAt
      editor { __typename login }
      userContentEdits(first: ${MAX_EDITS_READ}) {
        totalCount
        nodes { editor { __typename login } }
      }
    }
  }
}`;
async function readCommentEditors(client, comment) {
  const { node } = await callGraphql(
    client,
    `read who edited comment ${comment.url}`,
    "pull-requests: read",
    COMMENT_EDITORS_QUERY,
    { id: comment.nodeId }
  );
  if (!node) return { ok: false, problem: `comment ${comment.url} was not found` };
  if (node.__typename !== "IssueComment") {
    return { ok: false, problem: `${comment.nodeId} is a ${node.__typename}, not an issue comment` };
  }
  const edits = node.userContentEdits;
  const nodes = edits?.nodes ?? [];
  if (!edits || edits.totalCount > nodes.length) {
    return {
      ok: false,
      problem: `comment ${comment.url} has ${edits?.totalCount ?? "an unknown number of"} edits, more than the ${nodes.length} GitHub listed`
    };
  }
  if (node.lastEditedAt && nodes.length === 0) {
    return {
      ok: false,
      problem: `comment ${comment.url} was edited at ${node.lastEditedAt} but GitHub lists no edits`
    };
  }
  const editors = /* @__PURE__ */ new Set();
  if (node.editor) editors.add(restLogin(node.editor));
  for (const edit of nodes) editors.add(edit?.editor ? restLogin(edit.editor) : UNKNOWN_EDITOR);
  return { ok: true, editors: [...editors] };
}
function commentEditedByOthers(editors, author) {
  return editors.filter((login) => login !== author);
}
function foreignEditProblem(read, author) {
  if (!read.ok) return read.problem;
  const others = commentEditedByOthers(read.editors, author);
  if (others.length === 0) return void 0;
  return `the comment was edited by ${others.join(", ")}, not only by its author ${author ?? "(unknown)"}`;
}
function restLogin(actor) {
  return actor.__typename === "Bot" ? `${actor.login}[bot]` : actor.login;
}

// src/github/prepare-body.ts
function prepareBody(client, text, target) {
  const masked = client.mask.apply(text);
  if (masked.length > GITHUB_BODY_LIMIT) {
    throw new BodyTooLongError(target, masked.length, GITHUB_BODY_LIMIT, "client");
  }
  return masked;
}

// src/github/plan-comment.ts
var PLAN_COMMENT_MARKER = "nodepool-action";
var PLAN_COMMENT_VERSION = 1;
var PLAN_COMMENT_STATUSES = [
  "planned",
  "no-changes",
  "plan-failed",
  "plan-cancelled",
  "applying",
  "applied",
  "apply-failed",
  "apply-cancelled"
];
var PERMISSION = "pull-requests: write";
function formatCommentHeader(header) {
  const { key, hashes, sha, status } = header;
  return formatHiddenHeader(PLAN_COMMENT_MARKER, { version: PLAN_COMMENT_VERSION, key, hashes, sha, status });
}
function formatPlanComment(header, body) {
  return `${formatCommentHeader(header)}
${body}`;
}
function readCommentHeader(text) {
  const read = readHiddenHeader(PLAN_COMMENT_MARKER, text);
  if (!read.ok) return read;
  const value = read.value;
  if (!isRecord(value)) return { ok: false, problem: "header is not a JSON object" };
  if (value.version !== PLAN_COMMENT_VERSION) {
    return {
      ok: false,
      problem: `header version ${JSON.stringify(value.version)} is not ${PLAN_COMMENT_VERSION}`
    };
  }
  const { key, sha, status, hashes } = value;
  if (typeof key !== "string" || key === "")
    return { ok: false, problem: "header key is not a non-empty string" };
  if (typeof sha !== "string") return { ok: false, problem: "header sha is not a string" };
  if (!PLAN_COMMENT_STATUSES.includes(status)) {
    return {
      ok: false,
      problem: `header status ${JSON.stringify(status)} is not one of ${PLAN_COMMENT_STATUSES.join(", ")}`
    };
  }
  if (!isRecord(hashes) || !Object.values(hashes).every((hash) => typeof hash === "string")) {
    return { ok: false, problem: "header hashes is not an object of strings" };
  }
  return {
    ok: true,
    value: {
      version: PLAN_COMMENT_VERSION,
      key,
      sha,
      status,
      hashes
    }
  };
}
async function listPlanComments(client, options) {
  const { owner, repo, pullNumber } = options;
  const key = client.mask.apply(options.key);
  const comments = await callGitHub(
    `list comments on ${owner}/${repo}#${pullNumber}`,
    PERMISSION,
    () => client.octokit.paginate(client.octokit.rest.issues.listComments, {
      owner,
      repo,
      issue_number: pullNumber,
      per_page: 100
    })
  );
  const ours = [];
  for (const comment of comments) {
    const author = comment.user?.login;
    if (options.author !== void 0 && author !== options.author) continue;
    const text = comment.body ?? "";
    const header = readCommentHeader(text);
    if (!header.ok || header.value.key !== key) continue;
    ours.push({
      id: comment.id,
      nodeId: comment.node_id,
      url: comment.html_url,
      header: header.value,
      text,
      author
    });
  }
  return ours;
}
async function findComment(client, options) {
  return (await listPlanComments(client, options)).at(-1);
}
async function upsertPlanComment(client, options) {
  if (options.mode === "off") return { action: "skipped" };
  const { owner, repo, pullNumber } = options;
  const target = `comment on ${owner}/${repo}#${pullNumber}`;
  const text = prepareBody(client, formatPlanComment(options.header, options.body), target);
  const findOptions = { owner, repo, pullNumber, key: options.header.key };
  if (options.author !== void 0) findOptions.author = options.author;
  const existing = await findComment(client, findOptions);
  if (!existing && options.mode === "changes-only" && options.header.status === "no-changes")
    return { action: "skipped" };
  if (existing && normalizeNewlines(existing.text) === text) {
    return { action: "unchanged", comment: refOf(existing), minimized: [], warnings: [] };
  }
  const warnings = [];
  if (existing && (options.mode === "update" || options.mode === "changes-only")) {
    const untrusted = await untrustedEdits(client, existing);
    if (untrusted === void 0) {
      const { data: data2 } = await callGitHub(
        `update ${target} (id ${existing.id})`,
        PERMISSION,
        () => client.octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body: text })
      );
      return { action: "updated", comment: toRef(data2), minimized: [], warnings };
    }
    warnings.push(`${target} (id ${existing.id}) not edited in place, posted anew: ${untrusted}`);
  }
  const { data } = await callGitHub(
    `create ${target}`,
    PERMISSION,
    () => client.octokit.rest.issues.createComment({ owner, repo, issue_number: pullNumber, body: text })
  );
  const result = {
    action: "created",
    comment: toRef(data),
    minimized: [],
    warnings
  };
  if (existing) {
    try {
      await minimizeComment(client, existing.nodeId, `collapse outdated ${target} (id ${existing.id})`);
      result.minimized.push(refOf(existing));
    } catch (error) {
      result.warnings.push(error.message);
    }
  }
  return result;
}
async function untrustedEdits(client, comment) {
  try {
    return foreignEditProblem(await readCommentEditors(client, comment), comment.author);
  } catch (error) {
    return `who edited it could not be checked: ${error.message}`;
  }
}
function refOf(comment) {
  return { id: comment.id, nodeId: comment.nodeId, url: comment.url };
}
function toRef(data) {
  return { id: data.id, nodeId: data.node_id, url: data.html_url };
}
function normalizeNewlines(text) {
  return text.replace(/\r\n/g, "\n");
}

// src/github/pull-requests.ts
async function hasLabel(client, options) {
  const { owner, repo, number } = options;
  const labels = await callGitHub(
    `list labels of ${owner}/${repo}#${number}`,
    "pull-requests: read",
    () => client.octokit.paginate(client.octokit.rest.issues.listLabelsOnIssue, {
      owner,
      repo,
      issue_number: number,
      per_page: 100
    })
  );
  const wanted = options.label.toLowerCase();
  return labels.some((label) => label.name.toLowerCase() === wanted);
}
async function listOpenPullRequests(client, options) {
  const { owner, repo, except, limit = 50 } = options;
  const pulls = await callGitHub(
    `list open pull requests of ${owner}/${repo}`,
    "pull-requests: read",
    () => client.octokit.rest.pulls.list({
      owner,
      repo,
      state: "open",
      sort: "updated",
      direction: "desc",
      per_page: 100
    })
  );
  const others = pulls.data.filter((pull) => pull.number !== except).slice(0, limit);
  return Promise.all(
    others.map(async (pull) => ({
      number: pull.number,
      files: (await callGitHub(
        `list files of ${owner}/${repo}#${pull.number}`,
        "pull-requests: read",
        () => client.octokit.paginate(client.octokit.rest.pulls.listFiles, {
          owner,
          repo,
          pull_number: pull.number,
          per_page: 100
        })
      )).map((file) => file.filename)
    }))
  );
}

// src/plan/pull-request-overlaps.ts
function findOverlaps(poolFiles, others) {
  const ours = new Set(poolFiles);
  return others.map(({ number, files }) => ({ number, files: files.filter((file) => ours.has(file)).sort() })).filter((overlap) => overlap.files.length > 0).sort((a, b) => a.number - b.number);
}

// src/report/plan-comment-body.ts
var PLAN_TITLE = "nodepool plan";
function commentBody(results, header, statusLine, summaryUrl) {
  const room = GITHUB_BODY_LIMIT - formatCommentHeader(header).length - 1e3;
  if (room < 2e3)
    throw new Error(
      `the plan comment's header alone (${Object.keys(header.hashes).length} pool hashes) leaves no room under GitHub's limit of ${GITHUB_BODY_LIMIT} characters; split the pools over several pools folders (one comment each)`
    );
  return renderPlanReport(results, {
    title: PLAN_TITLE,
    ...statusLine ? { status: statusLine } : {},
    maxLength: room,
    ...summaryUrl ? { fullReportUrl: summaryUrl } : {}
  });
}

// src/report/pull-request-overlaps.ts
function describeOverlaps(overlaps) {
  if (overlaps.length === 0) return [];
  return [
    "",
    "\u26A0\uFE0F Other open pull requests change the same pools; whichever merges second is refused until it is planned again:",
    // No title: it is anybody's text, and GitHub shows it on #N anyway.
    ...overlaps.map(({ number, files }) => `- #${number}: ${files.map((f) => `\`${f}\``).join(", ")}`)
  ];
}

// src/workflow/plan-every-pool.ts
async function planEveryPool(ctx, ref, pullNumber) {
  if (await ctx.actionPinChanged(ref)) return "the action's pin changed";
  if (ctx.github && pullNumber > 0) {
    const { owner, repo } = ctx.github;
    if (await hasLabel(ctx.github.client, { owner, repo, number: pullNumber, label: PLAN_ALL_LABEL }))
      return `the ${PLAN_ALL_LABEL} label`;
  }
  return void 0;
}

// src/workflow/affected-change.ts
async function affectedSince(ctx, ref, pullNumber) {
  const base = ref ? await ctx.poolsAt(ref) : void 0;
  const everyPool = base ? await planEveryPool(ctx, ref, pullNumber) : void 0;
  const affected = findAffectedPools(
    base,
    ctx.set,
    base ? await ctx.changedModules(ref) : [],
    everyPool !== void 0
  );
  const summary = !base ? `planning all ${affected.changed.length} pools: no base to compare with` : everyPool ? `planning all ${affected.changed.length} pools (${everyPool}), ${affected.removed.length} removed since ${ref}` : `${affected.changed.length} changed, ${affected.removed.length} removed, ${affected.unchanged.length} unchanged since ${ref}`;
  return { affected, summary, replace: findReplacements(base, affected.changed) };
}

// src/plan/shard-results.ts
var KIND = "NodePoolShardResults";
var VERSION = 1;
var HASH = /^sha256:[0-9a-f]{64}$/;
var FAILURE_REASONS = [
  "invalid-pools",
  "plan-failed",
  "plan-changed",
  "state-locked",
  "apply-failed",
  "destroy-not-allowed",
  "cancelled"
];
function shardResultOf(key, result) {
  switch (result.status) {
    case "error":
      return { pool: key, status: "error", diagnostics: result.diagnostics };
    case "locked":
      return { pool: key, status: "locked", lock: result.lock };
    default:
      return { pool: key, status: result.status, text: result.text, hash: result.hash };
  }
}
function parseShardResults(text) {
  let data;
  try {
    const value = JSON.parse(text);
    if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error();
    data = value;
  } catch {
    return { ok: false, problem: "not JSON" };
  }
  if (data.kind !== KIND) return { ok: false, problem: `not a ${KIND} file` };
  if (data.version !== VERSION)
    return {
      ok: false,
      problem: `version ${String(data.version)} is not known here (this reads ${VERSION})`
    };
  const shard = parseShard(String(data.shard ?? ""));
  if (!shard.ok) return { ok: false, problem: shard.problem };
  if (data.mode !== "plan" && data.mode !== "apply")
    return { ok: false, problem: "mode must be plan or apply" };
  if (typeof data.sha !== "string") return { ok: false, problem: "sha must be a commit" };
  if (!Array.isArray(data.lines) || !data.lines.every((line) => typeof line === "string"))
    return { ok: false, problem: "lines must be a list of strings" };
  if (!Array.isArray(data.results) || !Array.isArray(data.locks))
    return { ok: false, problem: "results and locks must be lists" };
  const results = [];
  for (const entry of data.results) {
    const result = readResult(entry);
    if (typeof result === "string") return { ok: false, problem: result };
    results.push(result);
  }
  const failureReason = data.failureReason;
  if (failureReason !== void 0 && !FAILURE_REASONS.includes(failureReason))
    return { ok: false, problem: `failureReason ${JSON.stringify(failureReason)} is not one` };
  return {
    ok: true,
    value: {
      mode: data.mode,
      shard: shard.value,
      sha: data.sha,
      results,
      lines: data.lines,
      locks: data.locks,
      cancelled: data.cancelled === true,
      ...failureReason ? { failureReason } : {}
    }
  };
}
function readResult(entry) {
  const r = typeof entry === "object" && entry !== null ? entry : {};
  if (typeof r.pool !== "string") return "a result names no pool";
  if (r.status === "changes" || r.status === "no-changes") {
    if (typeof r.text !== "string" || typeof r.hash !== "string" || !HASH.test(r.hash))
      return `the result of ${r.pool} has no plan text and sha256 hash`;
    return { pool: r.pool, status: r.status, text: r.text, hash: r.hash };
  }
  if (r.status === "error" && Array.isArray(r.diagnostics))
    return { pool: r.pool, status: "error", diagnostics: r.diagnostics };
  if (r.status === "locked" && typeof r.lock === "object" && r.lock !== null)
    return { pool: r.pool, status: "locked", lock: r.lock };
  return `the result of ${r.pool} has no known status`;
}
function gatherShards(files, run) {
  const problems = [];
  const accepted = /* @__PURE__ */ new Map();
  let count;
  for (const file of [...files].sort((a, b) => a.name < b.name ? -1 : 1)) {
    const parsed = parseShardResults(file.text);
    const setAside = (why) => problems.push(`${file.name}: set aside: ${why}`);
    if (!parsed.ok) {
      setAside(parsed.problem);
      continue;
    }
    const shard = parsed.value;
    const name = shardName(shard.shard);
    if (shard.mode !== run.mode) {
      setAside(`its results are of mode ${shard.mode}; this reports mode ${run.mode}`);
      continue;
    }
    if (shard.sha !== run.sha) {
      setAside(`share ${name} is of commit ${shard.sha.slice(0, 7)}; this run is of ${run.sha.slice(0, 7)}`);
      continue;
    }
    count ??= shard.shard.count;
    const share = shareOf(run.pools, shard.shard, (key) => key);
    const covered = shard.results.map((r) => r.pool).sort();
    if (shard.shard.count !== count) setAside(`share ${name} is of a split into ${count}`);
    else if (accepted.has(shard.shard.index)) setAside(`share ${name} came twice`);
    else if (!sameList(covered, share))
      setAside(
        `share ${name} covered other pools than this run's share ${name} (${share.length} pools): its job saw another change`
      );
    else accepted.set(shard.shard.index, shard);
  }
  const byPool = /* @__PURE__ */ new Map();
  for (const shard of accepted.values()) for (const r of shard.results) byPool.set(r.pool, r);
  const split = count ?? 1;
  const shareOfPool = /* @__PURE__ */ new Map();
  for (let index = 1; index <= split; index++)
    for (const pool of shareOf(run.pools, { index, count: split }, (key) => key))
      shareOfPool.set(pool, `share ${index}/${split}`);
  const results = run.pools.map((pool) => {
    const found = byPool.get(pool);
    if (found) return found;
    const from = count === void 0 ? "no share" : shareOfPool.get(pool);
    const summary = `No result: ${from} sent one this report could use (a job that failed or was skipped before writing its results, or an artifact not downloaded; see the jobs' logs)`;
    return { pool, status: "error", diagnostics: [{ severity: "error", summary }] };
  });
  const ordered = [...accepted.entries()].sort(([a], [b]) => a - b).map(([, s]) => s);
  const failureReason = ordered.find((s) => s.failureReason)?.failureReason;
  return {
    results,
    lines: ordered.flatMap((s) => s.lines),
    locks: ordered.flatMap((s) => s.locks),
    cancelled: ordered.some((s) => s.cancelled),
    problems,
    ...failureReason ? { failureReason } : {}
  };
}
function sameList(a, b) {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

// src/workflow/shard-report.ts
function shardOutputs(ctx, run) {
  const failureReason = run.cancelled ? "cancelled" : run.failureReason ?? failureOf(run.results);
  const locks = run.locks ?? heldLocks(run.results);
  const name = shardName(run.shard);
  const lines = run.lines ?? [];
  ctx.log(`share ${name}: results for ${run.results.length} pools, for the report job`);
  return {
    results: run.results,
    report: renderPlanReport(run.results, {
      title: `nodepool ${run.mode}, share ${name}`,
      status: [
        `This share's results go to the report job, which updates the pull request's comment.`,
        ...lines
      ].join("\n")
    }),
    message: run.mode === "apply" && lines.length > 0 ? lines.join("\n") : [`share ${name}: ${run.results.length} pools planned`, ...lines].join("\n"),
    shardResults: {
      mode: run.mode,
      shard: run.shard,
      sha: run.sha,
      results: run.results.map((r) => shardResultOf(poolKey(r.pool), r)),
      lines,
      locks,
      cancelled: run.cancelled,
      ...failureReason ? { failureReason } : {}
    },
    ...failureReason ? { failureReason, locks } : {}
  };
}
function gatherReport(ctx, files, run, affected) {
  const pools = /* @__PURE__ */ new Map();
  for (const pool of affected.changed) pools.set(poolKey(pool), { pool, removed: false });
  for (const pool of affected.removed) pools.set(poolKey(pool), { pool, removed: true });
  const gathered = gatherShards(files, { ...run, pools: [...pools.keys()] });
  for (const problem of gathered.problems) ctx.log(problem);
  const results = gathered.results.map((r) => {
    const { pool, removed } = pools.get(r.pool);
    if (r.status === "error") return { pool, status: "error", diagnostics: r.diagnostics };
    if (r.status === "locked") return { pool, status: "locked", lock: r.lock };
    const { modules } = renderWorkspace(pool, ctx.set.settings, ctx.modules, { outDir: ctx.outDir, removed });
    return resultOfPlanText(pool, r, removed, modules);
  });
  return { ...gathered, results };
}

// src/workflow/plan-mode.ts
async function runPlanMode(ctx, pr, shard) {
  if (pr.fromFork) return forkStop();
  const { affected, summary, replace } = await affectedSince(ctx, pr.baseSha, pr.number);
  const share = shard ? shareOfChange(affected, shard) : affected;
  ctx.log(
    shard ? `${summary}; share ${shardName(shard)}: ${share.changed.length + share.removed.length} of them` : summary
  );
  const access = ctx.kamaji ? await connectControlPlanes(ctx.kamaji, [...share.changed, ...share.removed], ctx.registerSecret) : void 0;
  const versions = checkVersions(share.changed, access);
  const rolling = await withWorkersBehind(ctx, access, versions.allowed, replace);
  for (const line of rolling.lines) ctx.log(line);
  const replacements = checkReplacements(versions.allowed, rolling.replace);
  const planned = await planPools({
    pools: replacements.allowed,
    removed: share.removed,
    settings: ctx.set.settings,
    modules: ctx.modules,
    outDir: ctx.outDir,
    lock: true,
    runner: ctx.runner,
    envForPool: envForPool(ctx, access, () => PLACEHOLDER_JOIN),
    replace: rolling.replace
  });
  const results = [...versions.refused, ...replacements.refused, ...planned.map((p) => p.result)];
  const cancelled = ctx.runner.signal?.aborted === true;
  if (shard)
    return shardOutputs(ctx, {
      mode: "plan",
      shard,
      sha: pr.headSha,
      results,
      cancelled,
      lines: rolling.lines
    });
  return postPlanReport(
    ctx,
    pr,
    results,
    [...affected.changed, ...affected.removed],
    cancelled,
    rolling.lines
  );
}
async function runPlanReport(ctx, pr, files) {
  if (pr.fromFork) return forkStop();
  const { affected, summary } = await affectedSince(ctx, pr.baseSha, pr.number);
  ctx.log(`${summary}; reading ${files.length} shares' results`);
  const gathered = gatherReport(ctx, files, { mode: "plan", sha: pr.headSha }, affected);
  return postPlanReport(
    ctx,
    pr,
    gathered.results,
    [...affected.changed, ...affected.removed],
    gathered.cancelled,
    gathered.lines
  );
}
function forkStop() {
  const message = "Pull request from a fork: it gets no secrets and a read-only token, so nodepool-action does not plan it. Plan it from a branch of this repository.";
  return { results: [], report: stoppedReport(PLAN_TITLE, "skipped", message), message };
}
async function postPlanReport(ctx, pr, results, touched, cancelled, rolling = []) {
  const failureReason = cancelled ? "cancelled" : failureOf(results);
  const status = cancelled ? "plan-cancelled" : failureReason ? "plan-failed" : results.some((r) => r.status === "changes") ? "planned" : "no-changes";
  const overlaps = pr.number > 0 ? await overlappingPullRequests(ctx, pr.number, touched) : [];
  const statusLine = pr.number === 0 ? void 0 : cancelled ? `Planning ${pr.headSha.slice(0, 7)} was cancelled: nothing here is reviewed, and merging applies nothing. Push again or re-run the job to plan.` : [
    `Planned for ${pr.headSha.slice(0, 7)}. Merging applies exactly these plans; a pool whose plan differs by then is refused.`,
    ...rolling.map((line) => `- ${line}`),
    ...describeOverlaps(overlaps)
  ].join("\n");
  const outputs = {
    results,
    report: renderPlanReport(results, { title: PLAN_TITLE, ...statusLine ? { status: statusLine } : {} }),
    message: `${results.length} pools planned`,
    ...failureReason ? { failureReason, locks: heldLocks(results) } : {}
  };
  if (ctx.github && ctx.comment.mode !== "off" && pr.number > 0) {
    const header = {
      key: ctx.comment.key,
      hashes: cancelled ? {} : planHashes(results),
      sha: pr.headSha,
      status
    };
    const posted = await upsertPlanComment(ctx.github.client, {
      owner: ctx.github.owner,
      repo: ctx.github.repo,
      pullNumber: pr.number,
      header,
      body: commentBody(results, header, statusLine, ctx.summaryUrl),
      mode: ctx.comment.mode,
      ...ctx.github.author ? { author: ctx.github.author } : {}
    });
    if (posted.action !== "skipped") outputs.commentUrl = posted.comment.url;
  }
  return outputs;
}
async function overlappingPullRequests(ctx, number, pools) {
  if (!ctx.github) return [];
  try {
    const others = await listOpenPullRequests(ctx.github.client, {
      owner: ctx.github.owner,
      repo: ctx.github.repo,
      except: number
    });
    return findOverlaps(
      pools.map((pool) => posix.join(ctx.poolsRoot ?? "", pool.source.file)),
      others
    );
  } catch (error) {
    ctx.log(`could not compare with other open pull requests: ${error.message}`);
    return [];
  }
}
function planHashes(results) {
  const hashes = {};
  for (const r of results)
    if (r.status === "changes" || r.status === "no-changes") hashes[poolKey(r.pool)] = r.hash;
  return hashes;
}
export {
  planHashes,
  runPlanMode,
  runPlanReport
};
