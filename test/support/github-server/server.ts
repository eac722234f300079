import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { checkRequest } from "./check-request.js";
import { answerGraphql } from "./graphql.js";
import { type Answer, HANDLERS } from "./handlers.js";
import { loadOpenApiSpec, type OpenApiSpec } from "./openapi.js";
import { FakeGitHub } from "./state.js";

/**
 * A loopback GitHub for tests: every request is checked against GitHub's OpenAPI description
 * before the in-memory state answers it. A request the description does not allow is recorded in
 * `violations` and answered 501 (no such operation) or 400 (bad parameter or body); tests assert
 * `violations` is empty after each case.
 */

export interface RecordedRequest {
  method: string;
  /** Path and query, as received. */
  url: string;
  headers: IncomingHttpHeaders;
  /** The raw body, exactly as it arrived. */
  body: string;
  /** `issues/create-comment`, `graphql`, or undefined when no operation matched. */
  operationId: string | undefined;
  status: number;
}

/** A scripted answer for the next matching request(s), given after the OpenAPI check passed. */
export interface FailureRule {
  /** Matches one operation (`issues/list-comments`, `graphql`); any operation when left out. */
  operationId?: string;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** How many requests it answers; 1 when left out. */
  times?: number;
  /** Answer only after this long (for client timeouts). */
  delayMs?: number;
}

export interface GitHubServerOptions {
  /** The only token accepted (others get 401 Bad credentials); any token when left out. */
  token?: string;
  /** Where it listens, 127.0.0.1 unless set: proxy tests need another address (loopback goes direct). */
  host?: string;
}

export interface GitHubServer {
  /** `http://127.0.0.1:PORT` (or the `host` asked for), the client's baseUrl. */
  readonly url: string;
  readonly github: FakeGitHub;
  readonly spec: OpenApiSpec;
  readonly requests: readonly RecordedRequest[];
  readonly violations: readonly string[];
  /** Returns the violations so far and forgets them (for tests that cause them on purpose). */
  takeViolations(): string[];
  failNext(rule: FailureRule): void;
  requestsFor(operationId: string): RecordedRequest[];
  close(): Promise<void>;
}

export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const host = options.host ?? "127.0.0.1";
  const spec = loadOpenApiSpec();
  const requests: RecordedRequest[] = [];
  let violations: string[] = [];
  const failures: (FailureRule & { left: number })[] = [];
  let url = "";
  const github = new FakeGitHub(spec, () => url);

  const answer = (
    request: IncomingMessage,
    body: string,
  ): { answer: Answer; operationId: string | undefined } => {
    const method = request.method ?? "GET";
    const rawUrl = request.url ?? "/";
    const where = `${method} ${rawUrl}`;
    const auth = request.headers.authorization;
    const token = /^(?:token|bearer) (\S+)$/i.exec(auth ?? "")?.[1];
    if (!token) {
      violations.push(`${where}: no Authorization header with a token`);
      return { answer: error(401, "Requires authentication"), operationId: undefined };
    }
    if (options.token !== undefined && token !== options.token) {
      return { answer: error(401, "Bad credentials"), operationId: undefined };
    }

    if (method === "POST" && new URL(rawUrl, url).pathname === "/graphql") {
      const scripted = takeFailure("graphql");
      if (scripted) return { answer: scripted, operationId: "graphql" };
      const graphql = answerGraphql(github, body);
      violations.push(...graphql.violations);
      return { answer: { status: graphql.status, body: graphql.body }, operationId: "graphql" };
    }

    const check = checkRequest(spec, {
      method,
      url: rawUrl,
      contentType: request.headers["content-type"],
      body,
    });
    if (!check.ok) {
      const id = check.operation?.operationId;
      violations.push(...check.problems.map((problem) => `${where}${id ? ` (${id})` : ""}: ${problem}`));
      return {
        answer: error(
          check.status,
          `Request does not match GitHub's OpenAPI description: ${check.problems.join("; ")}`,
        ),
        operationId: id,
      };
    }
    const { operation } = check;
    const scripted = takeFailure(operation.operationId);
    if (scripted) return { answer: scripted, operationId: operation.operationId };
    const handler = HANDLERS[operation.operationId];
    if (!handler) {
      violations.push(`${where}: ${operation.operationId} is valid but the fake does not serve it`);
      return {
        answer: error(501, `${operation.operationId} is not served`),
        operationId: operation.operationId,
      };
    }
    const result = handler({
      github,
      pathParams: check.pathParams,
      query: check.query,
      body: check.body,
      url: new URL(rawUrl, url),
    });
    // The fake's own answers are held to the spec too: a test passing against a wrongly shaped
    // answer would prove nothing.
    const schema = operation.responses.get(String(result.status));
    if (schema && result.body !== undefined) {
      const problems = spec.validate(
        `${operation.operationId}:${result.status}`,
        schema,
        result.body,
        "answer",
      );
      violations.push(
        ...problems.map((p) => `fake answered ${operation.operationId} ${result.status} wrongly: ${p}`),
      );
    }
    return { answer: result, operationId: operation.operationId };
  };

  const takeFailure = (operationId: string): Answer | undefined => {
    const index = failures.findIndex((f) => f.operationId === undefined || f.operationId === operationId);
    const rule = failures[index];
    if (!rule) return undefined;
    rule.left -= 1;
    if (rule.left <= 0) failures.splice(index, 1);
    const scripted: Answer = { status: rule.status, body: rule.body, headers: rule.headers ?? {} };
    if (rule.delayMs !== undefined) scripted.delayMs = rule.delayMs;
    return scripted;
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString("utf8");
    let result: { answer: Answer; operationId: string | undefined };
    try {
      result = answer(request, body);
    } catch (failure) {
      // A bug in the fake must fail the test, not hang it.
      violations.push(`${request.method} ${request.url}: the fake threw ${(failure as Error).stack}`);
      result = { answer: error(500, "fake server error"), operationId: undefined };
    }
    requests.push({
      method: request.method ?? "GET",
      url: request.url ?? "/",
      headers: request.headers,
      body,
      operationId: result.operationId,
      status: result.answer.status,
    });
    if (result.answer.delayMs) await new Promise((resolve) => setTimeout(resolve, result.answer.delayMs));
    if (response.destroyed) return;
    const text = result.answer.body === undefined ? "" : JSON.stringify(result.answer.body);
    response.writeHead(result.answer.status, {
      ...(text ? { "content-type": "application/json; charset=utf-8" } : {}),
      "x-github-request-id": `FAKE:${requests.length}`,
      "x-ratelimit-limit": "5000",
      "x-ratelimit-remaining": "4999",
      "x-ratelimit-used": "1",
      "x-ratelimit-resource": "core",
      ...result.answer.headers,
    });
    response.end(text);
  };

  const server = createServer((request, response) => {
    void handle(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, resolve);
  });
  url = `http://${host}:${(server.address() as AddressInfo).port}`;

  return {
    url,
    github,
    spec,
    requests,
    get violations() {
      return violations;
    },
    takeViolations() {
      const taken = violations;
      violations = [];
      return taken;
    },
    failNext(rule) {
      failures.push({ ...rule, left: rule.times ?? 1 });
    },
    requestsFor(operationId) {
      return requests.filter((r) => r.operationId === operationId);
    },
    close() {
      return new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((failure) => (failure ? reject(failure) : resolve()));
      });
    },
  };
}

function error(status: number, message: string): Answer {
  return {
    status,
    body: { message, documentation_url: "https://docs.github.com/rest", status: String(status) },
  };
}
