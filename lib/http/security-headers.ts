/*
 * The security headers of every response, in one place. Pure (no env, no "server-only"): proxy.ts
 * builds the per-request page policy, next.config.ts sends the static headers and the strict
 * policy for responses the proxy does not see (route handlers, server-action POSTs, static files),
 * and defineRouteHandler adds HSTS, which depends on the request.
 */

/** The policy header's name, also read by Next from the *request* to find the nonce for its own scripts. */
export const CONTENT_SECURITY_POLICY = "Content-Security-Policy";
export const STRICT_TRANSPORT_SECURITY = "Strict-Transport-Security";

/**
 * Two years with subdomains: the value HSTS preload lists expect. No `preload` token: that is a
 * commitment for the whole registrable domain that only its owner can make.
 */
export const STRICT_TRANSPORT_SECURITY_VALUE = "max-age=63072000; includeSubDomains";

/**
 * Route handlers (JSON, NDJSON, CSV and ZIP downloads) and server-action responses are never
 * meant to render as a document: if one is opened directly, nothing in it may load or run, and
 * nothing may frame it.
 */
export const NON_DOCUMENT_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * Denied to this origin and every frame: the app uses none of these. Only features Chromium,
 * Firefox and Safari all recognise, because an unknown name prints a console error on every page.
 * Clipboard and fullscreen stay allowed (copying a webhook secret or an asset text).
 */
const DENIED_BROWSER_FEATURES = [
  "accelerometer",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "usb",
] as const;

/** Sent on every response, pages, route handlers and static files alike (next.config.ts `headers()`). */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  // Browsers must not guess a type: an uploaded or exported text must never become HTML or script.
  { key: "X-Content-Type-Options", value: "nosniff" },
  // For browsers without CSP frame-ancestors (the policy says the same: no framing, clickjacking).
  { key: "X-Frame-Options", value: "DENY" },
  // Not no-referrer: for a POST, no-referrer makes the browser send `Origin: null`, and Next refuses
  // server actions whose Origin does not match the host. Cross-origin, only the origin leaves, never
  // a path (invitation and password-reset tokens and asset ids live in paths).
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: DENIED_BROWSER_FEATURES.map((feature) => `${feature}=()`).join(", ") },
  // A window this app opens, or that opens it, gets no handle on the other (OIDC is a full-page
  // navigation, not a pop-up, so sign-in is unaffected).
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** An unguessable value per response; 128 bits, base64 (the characters CSP allows in a nonce). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The policy of one rendered page. Next reads the nonce back from this header on the request and
 * puts it on its own scripts; 'strict-dynamic' lets those scripts load the page's chunks, so no
 * host list is needed and no other script runs (no 'unsafe-inline' for scripts).
 */
export function pageContentSecurityPolicy(options: { nonce: string; isDevelopment: boolean; isHttps: boolean }): string {
  const { nonce, isDevelopment, isHttps } = options;
  const directives = [
    "default-src 'self'",
    // React's development build evaluates code for its error overlays; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    // Style elements need the nonce (Next adds it to the ones it renders). In development the
    // hot reloader injects style elements without one, so there (and only there) inline styles.
    isDevelopment ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    // Style *attributes* cannot carry a nonce, and server-rendered components write them (chart
    // sizes, progress bars). An attribute styles only its own element: it cannot load script or
    // read other elements, unlike an injected <style> element, which stays nonce-only above.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    // No <base> at all: an injected one would redirect every relative script and link.
    "base-uri 'none'",
    // Forms post to this origin only. SSO leaves through a script navigation (next-auth's signIn),
    // not a form, so the identity provider needs no entry here.
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  // Over plain http (local use) upgrading would point every subresource at an https port that is not there.
  if (isHttps) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * Whether the browser reached us over HTTPS, which decides HSTS. True when the public URL
 * (NEXTAUTH_URL) is https: that is where browsers are sent, whatever the TLS terminator in front
 * speaks to us. Otherwise X-Forwarded-Proto counts only when proxies are trusted
 * (TRUSTED_PROXY_HOPS > 0, see lib/auth/client-ip.ts): a client can send the header itself. Its
 * first entry is the scheme the outermost proxy saw.
 * `request.url` is deliberately not consulted: Next builds it as https whenever the client sends
 * `X-Forwarded-Proto: https`, which would bypass the trusted-proxy check above.
 */
export function isHttpsRequest(options: {
  forwardedProto: string | null | undefined;
  publicUrl: string | null | undefined;
  trustedProxyHops: number;
}): boolean {
  if (options.publicUrl?.toLowerCase().startsWith("https:")) return true;
  if (options.trustedProxyHops < 1 || !options.forwardedProto) return false;
  return options.forwardedProto.split(",")[0]!.trim().toLowerCase() === "https";
}
