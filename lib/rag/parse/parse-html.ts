import { Readability } from "@mozilla/readability";
import { extractBlocks, loadHtmlDocument } from "@/lib/rag/parse/html-blocks";
import { removeComments, removeHiddenElements } from "@/lib/rag/parse/html-hidden";
import { NO_TEXT_WARNING, type DocumentBlock, type ParsedDocument } from "@/lib/rag/parse/types";
import { normalizeText } from "@/lib/rag/text/normalize";

// Page furniture that is never the content a marketer uploads a page for.
const CHROME_SELECTOR = [
  "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe", "object", "embed", "dialog",
  "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=complementary]", "[role=search]",
].join(",");
// Consent managers and home-made cookie banners, matched on id/class tokens.
const CONSENT_TOKEN = /^(?:cookie|cookies|consent|gdpr|cmp)$|(?:cookie|consent|gdpr|cmp)[-_]?(?:banner|bar|notice|popup|modal|dialog|overlay|wall|layer|box|container|law|hint)|onetrust|cookiebot|usercentrics|didomi|borlabs|klaro|iubenda|tarteaucitron/i;
// Readability sometimes keeps one teaser box of a landing page; if it keeps less than this share
// of the cleaned page, the page is not article-shaped and the whole cleaned body is better.
const MIN_ARTICLE_SHARE = 0.3;
const MIN_ARTICLE_CHARS = 200;

function isConsentBanner(element: Element): boolean {
  const tokens = `${element.id} ${element.getAttribute("class") ?? ""}`.split(/\s+/);
  return tokens.some((token) => token !== "" && CONSENT_TOKEN.test(token));
}

function removeChrome(document: Document): void {
  for (const element of [...document.querySelectorAll(CHROME_SELECTOR)]) element.remove();
  // A <header> inside an article or main holds the article's own title; only the site header goes.
  for (const header of [...document.querySelectorAll("header")]) {
    if (!header.closest("article, main, [role=main]")) header.remove();
  }
  for (const element of [...document.querySelectorAll("[id], [class]")]) {
    if (element.isConnected && isConsentBanner(element)) element.remove();
  }
}

function textLength(blocks: DocumentBlock[]): number {
  return blocks.reduce((sum, block) => sum + block.text.length, 0);
}

function readArticle(document: Document): DocumentBlock[] | null {
  const article = new Readability(document.cloneNode(true) as Document).parse();
  if (!article?.content) return null;
  return extractBlocks(loadHtmlDocument(article.content).body);
}

/**
 * A web page as readable blocks: furniture (scripts, navigation, site header and footer,
 * forms, cookie banners) removed; the main article via Readability when it finds one, the
 * cleaned body otherwise; hidden text and comments set aside in hiddenTexts.
 */
export function parseHtml(html: string): ParsedDocument {
  const document = loadHtmlDocument(html);
  const pageTitle = normalizeText(document.querySelector("title")?.textContent ?? "") || null;

  const hiddenTexts = removeComments(document);
  removeChrome(document);
  hiddenTexts.push(...removeHiddenElements(document.documentElement));

  const bodyBlocks = extractBlocks(document.body);
  const h1Texts = new Set(bodyBlocks.flatMap((block) => (block.kind === "heading" && block.level === 1 ? [block.text] : [])));
  const articleBlocks = readArticle(document);
  const bodyLength = textLength(bodyBlocks);
  const useArticle =
    articleBlocks !== null && textLength(articleBlocks) >= Math.max(MIN_ARTICLE_CHARS, bodyLength * MIN_ARTICLE_SHARE);
  const blocks = useArticle
    ? // Readability demotes every <h1> to <h2>; the page's own H1 gets its level back.
      articleBlocks.map((block) =>
        block.kind === "heading" && block.level === 2 && h1Texts.has(block.text) ? { ...block, level: 1 } : block,
      )
    : bodyBlocks;

  const firstH1 = blocks.find((block) => block.kind === "heading" && block.level === 1)?.text;
  const warnings: string[] = [];
  if (blocks.length === 0) warnings.push(NO_TEXT_WARNING);
  if (hiddenTexts.length > 0) {
    warnings.push(`${hiddenTexts.length} passage${hiddenTexts.length === 1 ? " was" : "s were"} hidden from readers of the page and left out.`);
  }
  return { title: firstH1 ?? pageTitle, blocks, hiddenTexts, warnings };
}
