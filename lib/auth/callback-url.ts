/**
 * Where to go after sign-in: only a path on this site. "//evil.example" and "/\evil.example"
 * start with a slash but are other hosts to a browser (an open redirect).
 */
export function safeCallbackPath(value: string | null): string {
  return value && /^\/(?![/\\])/.test(value) ? value : "/";
}
