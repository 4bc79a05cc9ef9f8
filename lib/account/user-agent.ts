/** "Firefox on Windows" from a User-Agent header: enough to recognise one's own devices in a list. */
const BROWSERS: Array<[RegExp, string]> = [
  [/Edg\//, "Edge"],
  [/OPR\/|Opera/, "Opera"],
  [/Firefox\//, "Firefox"],
  [/Chrom(e|ium)\//, "Chrome"],
  [/Safari\//, "Safari"],
];
const SYSTEMS: Array<[RegExp, string]> = [
  [/Android/, "Android"],
  [/iPhone|iPad|iPod/, "iOS"],
  [/Windows/, "Windows"],
  [/Mac OS X|Macintosh/, "macOS"],
  [/CrOS/, "ChromeOS"],
  [/Linux/, "Linux"],
];

/** Names of browser and system (product names, the same in every language); the UI words the sentence around them. */
export type UserAgentParts = { browser: string | null; system: string | null; raw: string | null };

export function userAgentParts(userAgent: string | null): UserAgentParts {
  if (!userAgent) return { browser: null, system: null, raw: null };
  const browser = BROWSERS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
  const system = SYSTEMS.find(([pattern]) => pattern.test(userAgent))?.[1] ?? null;
  return { browser, system, raw: userAgent.slice(0, 60) };
}

/** The English sentence (logs, tests); pages word it with userAgentParts in the reader's language. */
export function describeUserAgent(userAgent: string | null): string {
  const { browser, system, raw } = userAgentParts(userAgent);
  if (!raw) return "Unknown device";
  if (browser && system) return `${browser} on ${system}`;
  return browser ?? system ?? raw;
}
