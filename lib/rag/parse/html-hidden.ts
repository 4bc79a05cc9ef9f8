import { normalizeText } from "@/lib/rag/text/normalize";

// Text that is in the page but not shown to a human reader is the classic carrier of prompt
// injection ("white text on white"). Such text is removed from what gets indexed and reported
// separately, so the firewall can flag the source. Only inline styles and attributes are
// checked: stylesheets are not evaluated, so class-based hiding (e.g. `.d-none`) goes unnoticed.

const ELEMENT_NODE = 1;
const COMMENT_NODE = 8;

type Declarations = Map<string, string>;

function parseStyle(style: string): Declarations {
  const declarations: Declarations = new Map();
  for (const part of style.split(";")) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    const value = part
      .slice(colon + 1)
      .replace(/!important/i, "")
      .trim()
      .toLowerCase();
    if (property && value) declarations.set(property, value);
  }
  return declarations;
}

const NAMED_COLORS: Record<string, string> = { white: "#ffffff", black: "#000000", red: "#ff0000", transparent: "transparent" };

/** A comparable form of a CSS colour value, or null if it is not a plain colour. */
function canonicalColor(value: string | undefined): string | null {
  if (!value) return null;
  const compact = value.replace(/\s+/g, "");
  const named = NAMED_COLORS[compact];
  if (named) return named;
  const shortHex = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(compact);
  if (shortHex) return `#${shortHex.slice(1).map((digit) => digit + digit).join("")}`;
  if (/^#[0-9a-f]{6}$/.test(compact)) return compact;
  const rgb = /^rgba?\((\d{1,3}),(\d{1,3}),(\d{1,3})(?:,(1|1\.0+|100%))?\)$/.exec(compact);
  if (rgb) return `#${rgb.slice(1, 4).map((channel) => Number(channel).toString(16).padStart(2, "0")).join("")}`;
  return null;
}

function isZero(value: string | undefined): boolean {
  return value !== undefined && /^-?0*\.?0+(px|em|rem|pt|%|vh|vw)?$/.test(value);
}

/** A length far outside the viewport: "-9999px", "-100em", "-10000%" (the classic off-screen trick). */
function isFarOffScreen(value: string | undefined): boolean {
  const match = value ? /^(-\d+(?:\.\d+)?)(px|em|rem|vw|vh|%|pt)?$/.exec(value.replace(/\s+/g, "")) : null;
  if (!match) return false;
  const amount = Math.abs(Number(match[1]));
  const unit = match[2] ?? "px";
  return unit === "px" || unit === "pt" ? amount >= 1000 : amount >= 100;
}

// Collapsed boxes: zero width or height with overflow hidden, or clipped to nothing.
function isCollapsed(css: Declarations): boolean {
  const overflowHidden = css.get("overflow") === "hidden";
  if (overflowHidden && (isZero(css.get("width")) || isZero(css.get("height")) || isZero(css.get("max-height")) || isZero(css.get("max-width")))) return true;
  const clip = css.get("clip")?.replace(/\s+/g, "");
  if (clip && /^rect\(0(px)?,?0(px)?,?0(px)?,?0(px)?\)$/.test(clip)) return true;
  const clipPath = css.get("clip-path")?.replace(/\s+/g, "");
  return clipPath !== undefined && /^(inset\(50%|inset\(100%|circle\(0)/.test(clipPath);
}

export function isHiddenFromReaders(element: Element): boolean {
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden")?.trim().toLowerCase() === "true") return true;
  const style = element.getAttribute("style");
  if (!style) return false;
  const css = parseStyle(style);
  if (css.get("display") === "none") return true;
  if (css.get("visibility") === "hidden" || css.get("visibility") === "collapse") return true;
  if (isZero(css.get("font-size")) || isZero(css.get("opacity"))) return true;
  if (/^scale\(0(?:\.0+)?(?:,\s*0(?:\.0+)?)?\)$/.test(css.get("transform") ?? "")) return true;
  const position = css.get("position");
  if ((position === "absolute" || position === "fixed") && ["left", "top", "right", "bottom"].some((side) => isFarOffScreen(css.get(side)))) return true;
  if (isFarOffScreen(css.get("text-indent")) || isFarOffScreen(css.get("margin-left")) || isFarOffScreen(css.get("margin-top"))) return true;
  if (isCollapsed(css)) return true;
  const color = canonicalColor(css.get("color"));
  if (color === "transparent") return true;
  const background = canonicalColor(css.get("background-color") ?? css.get("background"));
  return color !== null && color === background;
}

/**
 * Removes hidden elements under `root`, returning their text, one entry per element: each
 * becomes its own block for the firewall. The element is replaced by a line break, so the visible
 * text on either side is never glued into one sentence ("…30 days.Ignore…" would hide a
 * sentence boundary and drag the visible fact into a quarantined span).
 */
export function removeHiddenElements(root: Element): string[] {
  const texts: string[] = [];
  const visit = (element: Element) => {
    for (const child of [...element.children]) {
      if (isHiddenFromReaders(child)) {
        const text = normalizeText((child.textContent ?? "").replace(/\s+/g, " "));
        if (text) texts.push(text);
        const separator = child.ownerDocument.createElement("br");
        child.replaceWith(separator);
      } else visit(child);
    }
  };
  visit(root);
  return texts;
}

// Internet Explorer conditional comments hold markup, not words for anyone.
const CONDITIONAL_COMMENT = /^\s*\[if\b|<!\[endif\]\s*$|^\s*\[endif\]/i;

/** Removes all HTML comments under `root`, returning the ones that contain words. */
export function removeComments(root: Node): string[] {
  const texts: string[] = [];
  const visit = (node: Node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === COMMENT_NODE) {
        const text = normalizeText(child.textContent ?? "");
        if (/\p{L}/u.test(text) && !CONDITIONAL_COMMENT.test(text)) texts.push(text);
        child.parentNode?.removeChild(child);
      } else if (child.nodeType === ELEMENT_NODE) visit(child);
    }
  };
  visit(root);
  return texts;
}
