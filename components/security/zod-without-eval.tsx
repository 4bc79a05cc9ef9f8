"use client";

import { z } from "zod";

// Zod 4 compiles fast parsers with `new Function` unless told not to, and on first use it probes
// whether eval is allowed: under our Content-Security-Policy (no 'unsafe-eval' in production) that
// probe is a CSP violation in the console and a `securitypolicyviolation` event on every page that
// validates a form. Client-side forms are small, so the interpreted parser costs nothing noticeable.
// Server code is not affected: this module only runs in the browser.
z.config({ jitless: true });

/** Rendered once in the root layout so the setting above is loaded before any form can parse. */
export function ZodWithoutEval() {
  return null;
}
