import { errors as undiciErrors, request, type Dispatcher } from "undici";
import { env } from "@/lib/env";
import { asIpLiteral, checkAddress } from "./address-policy";
import { OutboundRequestError } from "./outbound-error";
import { privateNetworkAccess, type PrivateNetworkPolicy } from "./private-network-policy";
import { getOutboundAgent, type Resolver } from "./safe-agent";

export type SafeFetchOptions = {
  method?: "GET" | "POST" | "HEAD";
  headers?: Record<string, string>;
  /**
   * Further headers that carry a credential (an API key header of a feed, say): like authorization, cookie and
   * proxy-authorization, they are sent to the URL's own origin only, never to a redirect's other origin.
   */
  sensitiveHeaders?: string[];
  body?: string;
  /** The workspace's "allow private networks" setting (admin, audited; off by default), bounded by the instance's policy. */
  allowPrivateNetworks: boolean;
  /** Tests only: the instance policy (production: OUTBOUND_PRIVATE_NETWORKS). */
  privateNetworkPolicy?: PrivateNetworkPolicy;
  /** Response bodies larger than this are refused (too_large), or cut there with `truncate` (an acknowledgement is read only for its start). */
  maxBytes?: number;
  truncate?: boolean;
  /** Whole request, redirects included. */
  timeoutMs?: number;
  maxRedirects?: number;
  /** Tests only: a resolver that answers made-up names (production uses the system's). */
  resolver?: Resolver;
  signal?: AbortSignal;
};

export type SafeResponse = {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** The URL that answered, after redirects. */
  url: string;
  redirects: string[];
};

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_REDIRECTS = 5;
/** Headers no redirect takes to another origin (the set browsers and undici's redirect handler drop). */
const CREDENTIAL_HEADERS = ["authorization", "cookie", "proxy-authorization"];

/** Checks a URL as written: scheme, credentials, and an IP literal's range (a literal skips the lookup). */
export function checkOutboundUrl(value: string, options: { allowPrivateNetworks: boolean; privateNetworkPolicy?: PrivateNetworkPolicy }): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new OutboundRequestError("invalid_url", "Enter an absolute URL, e.g. https://www.example.com/.");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new OutboundRequestError("unsupported_scheme", "Only http:// and https:// URLs can be fetched.");
  if (url.username || url.password) throw new OutboundRequestError("credentials_in_url", "URLs with a user name or password in them are not fetched.");
  const literal = asIpLiteral(url.hostname);
  if (literal) {
    const policy = options.privateNetworkPolicy ?? env.outboundPrivateNetworks;
    const access = privateNetworkAccess(options.allowPrivateNetworks, policy);
    const refusal = checkAddress(literal, access);
    if (refusal) throw OutboundRequestError.blocked(url.hostname, refusal, access, policy);
  }
  return url;
}

/**
 * The one way the server makes a request on a user's behalf (webhooks, website crawler, feed
 * URLs). Every connection's resolved addresses are checked (safe-agent.ts); redirects are
 * followed here, by hand, so each hop's URL is checked again and counted; the body is read up to
 * a limit and the whole exchange has a deadline. Errors are OutboundRequestError with a reason.
 */
export async function safeFetch(target: string, options: SafeFetchOptions): Promise<SafeResponse> {
  const maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const deadline = AbortSignal.timeout(options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  const dispatcher = getOutboundAgent({ ...options, policy: options.privateNetworkPolicy ?? env.outboundPrivateNetworks });
  const redirects: string[] = [];
  let url = checkOutboundUrl(target, options);
  let method = options.method ?? "GET";
  let body = options.body;
  let headers = options.headers;
  const sensitive = new Set([...CREDENTIAL_HEADERS, ...(options.sensitiveHeaders ?? []).map((name) => name.toLowerCase())]);
  for (;;) {
    const response = await send(url, { method, headers, body, dispatcher, signal, deadline });
    const location = response.headers.location;
    if (REDIRECT_STATUSES.has(response.statusCode) && typeof location === "string") {
      await response.body.dump().catch(() => undefined);
      if (redirects.length >= maxRedirects) {
        throw new OutboundRequestError("too_many_redirects", maxRedirects === 0 ? `The server answered HTTP ${response.statusCode} (a redirect), which is not followed here.` : `More than ${maxRedirects} redirects.`);
      }
      const previousOrigin = url.origin;
      url = checkOutboundUrl(new URL(location, url).href, options);
      redirects.push(url.href);
      // A credential is for the origin it was given for: a redirect elsewhere (another host, port or scheme, even a
      // downgrade to http on the same host) must not carry it on. Once dropped, it stays dropped for later hops.
      if (url.origin !== previousOrigin && headers) headers = withoutHeaders(headers, sensitive);
      // 303, and 301/302 after a POST, continue as GET without the body (as browsers do).
      if (response.statusCode === 303 || (method === "POST" && response.statusCode !== 307 && response.statusCode !== 308)) {
        method = "GET";
        body = undefined;
      }
      continue;
    }
    return { status: response.statusCode, headers: flattenHeaders(response.headers), body: await readBounded(response.body, { maxBytes, truncate: options.truncate ?? false }, deadline), url: url.href, redirects };
  }
}

async function send(
  url: URL,
  options: { method: string; headers?: Record<string, string>; body?: string; dispatcher: Dispatcher; signal: AbortSignal; deadline: AbortSignal },
): Promise<Dispatcher.ResponseData<unknown>> {
  try {
    return await request(url, {
      method: options.method as Dispatcher.HttpMethod,
      headers: options.headers,
      body: options.body,
      dispatcher: options.dispatcher,
      signal: options.signal,
      maxRedirections: 0,
    } as Parameters<typeof request>[1]);
  } catch (error) {
    throw translateError(error, options.deadline);
  }
}

function translateError(error: unknown, deadline: AbortSignal): Error {
  // The checking lookup's refusal arrives wrapped (or as is, depending on the connect path).
  const cause = error instanceof OutboundRequestError ? error : (error as { cause?: unknown })?.cause;
  if (cause instanceof OutboundRequestError) return cause;
  if (deadline.aborted || error instanceof undiciErrors.HeadersTimeoutError || error instanceof undiciErrors.BodyTimeoutError || error instanceof undiciErrors.ConnectTimeoutError) {
    return new OutboundRequestError("timeout", "The server did not answer in time.");
  }
  if (error instanceof Error && error.name === "AbortError") return error;
  const code = (error as { code?: string })?.code;
  return new OutboundRequestError("network", `The connection failed${code ? ` (${code})` : ""}.`);
}

async function readBounded(stream: Dispatcher.ResponseData["body"], limit: { maxBytes: number; truncate: boolean }, deadline: AbortSignal): Promise<Buffer> {
  const { maxBytes } = limit;
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).byteLength;
      if (size > maxBytes) {
        stream.destroy();
        if (limit.truncate) {
          parts.push((chunk as Buffer).subarray(0, (chunk as Buffer).byteLength - (size - maxBytes)));
          break;
        }
        throw new OutboundRequestError("too_large", `The response is larger than ${Math.round(maxBytes / 1024)} KB.`);
      }
      parts.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof OutboundRequestError) throw error;
    throw translateError(error, deadline);
  }
  return Buffer.concat(parts);
}

function withoutHeaders(headers: Record<string, string>, names: Set<string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.has(name.toLowerCase())));
}

function flattenHeaders(headers: Dispatcher.ResponseData["headers"]): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(", ") : value;
  return flat;
}

/** A short, safe sentence for a log or an attempt record: the reason, never a body. */
export function describeOutboundFailure(error: unknown): string {
  if (error instanceof OutboundRequestError) return error.message;
  if (error instanceof Error && error.name === "AbortError") return "The request was cancelled.";
  return "The request failed.";
}
