/**
 * Where to go after sign-in: only a path on this site. "//evil.example" and "/\evil.example"
 * start with a slash but are other hosts to a browser (an open redirect). Browsers also drop
 * tabs and line breaks from URLs, so "/\t/evil.example" becomes "//evil.example": control
 * characters and spaces are refused anywhere (a real path has them percent-encoded).
 */
export function safeCallbackPath(value: string | null): string {
  return value && /^\/(?![/\\])[^\x00-\x20\x7f]*$/.test(value) ? value : "/";
}
