/**
 * JSON for the inside of a <script> element. The HTML parser ends a script at the first
 * "</script" and treats "<!--" specially whatever the JSON means, so every "<" becomes the
 * JSON escape \u003c: the parsed value is unchanged and the markup can no longer end the element
 * (a product name like "</script><script>…" stays a string). Pretty-printed because people read
 * and paste these snippets.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, "\\u003c");
}
