import type { IncomingMessage, ServerResponse } from 'node:http';
import { performance } from 'node:perf_hooks';
import { headersOf, parseBody } from './parse-request.js';
import type { RequestLog } from './request-log.js';
import type { Route, RouteResponse } from './rest-routes.js';

interface MatchedRoute {
  readonly route: Route;
  readonly params: Record<string, string>;
}

function match(routes: readonly Route[], method: string, path: string): MatchedRoute | undefined {
  // Segments are decoded before matching, so `%40original` and `@original` are the same message.
  const segments = path.split('/').map((segment) => decodeURIComponent(segment));
  for (const route of routes) {
    if (route.method !== method) continue;
    const pattern = route.pattern.split('/');
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, index) => {
      const segment = segments[index] ?? '';
      if (part.startsWith(':')) {
        params[part.slice(1)] = segment;
        return segment.length > 0;
      }
      return part === segment;
    });
    if (matches) return { route, params };
  }
  return undefined;
}

function send(response: ServerResponse, result: RouteResponse): void {
  if (result.bytes) {
    response.writeHead(result.status, {
      'content-type': result.bytes.contentType,
      'content-length': result.bytes.data.byteLength,
    });
    response.end(result.bytes.data);
    return;
  }
  if (result.json === undefined) {
    response.writeHead(result.status);
    response.end();
    return;
  }
  // @discordjs/rest only parses bodies whose Content-Type is application/json.
  const text = JSON.stringify(result.json);
  response.writeHead(result.status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  response.end(text);
}

/** Routes one HTTP request, records it, and answers the way Discord's API would. */
export function createRestHandler(routes: readonly Route[], log: RequestLog, botToken: string) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const at = performance.now();
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const { body, files } = await parseBody(request);
    const matched = match(routes, method, url.pathname);
    const headers = headersOf(request);
    const recorded = {
      method,
      path: url.pathname,
      route: matched ? `${method} ${matched.route.pattern.replace('/api/v10', '')}` : `${method} ${url.pathname}`,
      params: matched?.params ?? {},
      query: Object.fromEntries(url.searchParams),
      body,
      files,
      headers,
      at,
      status: 0,
      response: undefined as unknown,
    };
    let result: RouteResponse;
    if (!matched) {
      result = { status: 404, json: { message: '404: Not Found', code: 0 } };
    } else if (matched.route.needsBotToken && headers.authorization !== `Bot ${botToken}`) {
      result = { status: 401, json: { message: '401: Unauthorized', code: 0 } };
    } else {
      try {
        result = await matched.route.handle({ params: matched.params, query: recorded.query, body, authorized: true });
      } catch (cause) {
        result = { status: 500, json: { message: `Fake Discord failed: ${String(cause)}`, code: 0 } };
      }
    }
    recorded.status = result.status;
    recorded.response = result.json;
    log.record(recorded);
    send(response, result);
  };
}
