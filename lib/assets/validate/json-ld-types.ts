import { isJsonObject, type JsonLdNode } from "@/lib/assets/schemas/json-ld";
import { error, joinPath, warning } from "./issues";
import { asList, isNonEmptyString, isPresent, isUrlValue, parseSchemaPrice, typeNames } from "./json-ld-values";
import type { ValidationIssue } from "./types";

type TypeCheck = (node: JsonLdNode, path: string) => ValidationIssue[];

const ISO_4217 = /^[A-Z]{3}$/;

/*
 * Google's structured-data docs (developers.google.com/search/docs/appearance/structured-data)
 * separate required properties (missing → no rich result → error) from recommended ones
 * (→ warning). Only the types Brandpilot generates are checked; anything else gets a warning.
 */

function checkProduct(node: JsonLdNode, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isNonEmptyString(node.name)) issues.push(error(joinPath(path, "name"), "jsonld.product.name_missing", "Product needs a name.", { code: "jsonLdProductName" }));
  if (!isPresent(node.offers) && !isPresent(node.review) && !isPresent(node.aggregateRating)) {
    issues.push(error(path, "jsonld.product.offer_review_or_rating_missing", "Product needs at least one of offers, review or aggregateRating for Google to show a product snippet.", { code: "jsonLdProductOfferOrRating" }));
  }
  const offers = node.offers;
  const offerList = asList(offers);
  offerList.forEach((offer, index) => {
    const offerPath = Array.isArray(offers) ? joinPath(joinPath(path, "offers"), index) : joinPath(path, "offers");
    issues.push(...checkOffer(offer, offerPath));
  });
  if (isPresent(node.aggregateRating)) issues.push(...checkAggregateRating(node.aggregateRating, joinPath(path, "aggregateRating")));
  return issues;
}

function checkOffer(offer: unknown, path: string): ValidationIssue[] {
  if (!isJsonObject(offer)) return [error(path, "jsonld.product.offer_invalid", "Each offer must be an Offer object with price and priceCurrency.", { code: "jsonLdOfferInvalid" })];
  const isAggregate = typeNames(offer).includes("AggregateOffer");
  // Google accepts the price on the Offer or on its priceSpecification.
  const specification = asList(offer.priceSpecification).find(isJsonObject);
  const priceKey = isAggregate ? "lowPrice" : "price";
  const priceValue = offer[priceKey] ?? specification?.price;
  const currencyValue = offer.priceCurrency ?? specification?.priceCurrency;
  const issues: ValidationIssue[] = [];
  const price = parseSchemaPrice(priceValue);
  if (price === null || price <= 0) {
    const actual = priceValue === undefined ? "none" : JSON.stringify(priceValue);
    issues.push(error(joinPath(path, priceKey), "jsonld.product.offer_price_invalid", `Offer ${priceKey} must be a number greater than 0 with a dot decimal (e.g. 1299.00); it is ${actual}.`, { code: "jsonLdOfferPrice", params: { key: priceKey, actual } }));
  }
  if (typeof currencyValue !== "string" || !ISO_4217.test(currencyValue)) {
    const actual = currencyValue === undefined ? "none" : JSON.stringify(currencyValue);
    issues.push(error(joinPath(path, "priceCurrency"), "jsonld.product.offer_currency_invalid", `Offer priceCurrency must be a 3-letter ISO 4217 code like "EUR"; it is ${actual}.`, { code: "jsonLdOfferCurrency", params: { actual } }));
  }
  return issues;
}

function checkAggregateRating(rating: unknown, path: string): ValidationIssue[] {
  if (isJsonObject(rating) && isPresent(rating.ratingValue) && (isPresent(rating.ratingCount) || isPresent(rating.reviewCount))) return [];
  return [error(path, "jsonld.product.rating_incomplete", "aggregateRating needs ratingValue and ratingCount or reviewCount.", { code: "jsonLdRatingIncomplete" })];
}

function checkBreadcrumbList(node: JsonLdNode, path: string): ValidationIssue[] {
  const listPath = joinPath(path, "itemListElement");
  const items = asList(node.itemListElement);
  if (items.length === 0) return [error(listPath, "jsonld.breadcrumb.items_missing", "BreadcrumbList needs itemListElement with at least one ListItem.", { code: "jsonLdBreadcrumbItemsMissing" })];
  const issues: ValidationIssue[] = [];
  if (items.length < 2) issues.push(warning(listPath, "jsonld.breadcrumb.too_short", "BreadcrumbList has one item; Google recommends at least two to form a trail.", { code: "jsonLdBreadcrumbTooShort" }));
  let previous = 0;
  items.forEach((item, index) => {
    const itemPath = joinPath(listPath, index);
    if (!isJsonObject(item)) {
      issues.push(error(itemPath, "jsonld.breadcrumb.item_invalid", `Breadcrumb ${index + 1} must be a ListItem object.`, { code: "jsonLdBreadcrumbItemInvalid", params: { n: index + 1 } }));
      return;
    }
    const position = item.position;
    if (typeof position !== "number" || !Number.isInteger(position) || position < 1) {
      issues.push(error(joinPath(itemPath, "position"), "jsonld.breadcrumb.position_invalid", `Breadcrumb ${index + 1} needs an integer position of 1 or more; it is ${JSON.stringify(position ?? null)}.`, { code: "jsonLdBreadcrumbPosition", params: { n: index + 1, actual: JSON.stringify(position ?? null) } }));
    } else {
      if (index === 0 && position !== 1) {
        issues.push(error(joinPath(itemPath, "position"), "jsonld.breadcrumb.position_start", `The first breadcrumb must have position 1; it has ${position}.`, { code: "jsonLdBreadcrumbStart", params: { actual: String(position) } }));
      } else if (index > 0 && position <= previous) {
        issues.push(error(joinPath(itemPath, "position"), "jsonld.breadcrumb.position_order", `Breadcrumb ${index + 1} has position ${position} after ${previous}; positions must increase along the trail.`, { code: "jsonLdBreadcrumbOrder", params: { n: index + 1, position: String(position), previous: String(previous) } }));
      }
      previous = position;
    }
    if (!isNonEmptyString(item.name)) {
      issues.push(error(joinPath(itemPath, "name"), "jsonld.breadcrumb.name_missing", `Breadcrumb ${index + 1} needs a name.`, { code: "jsonLdBreadcrumbName", params: { n: index + 1 } }));
    }
    // The last crumb is the current page, which Google allows without a URL.
    const isLast = index === items.length - 1;
    if (!isLast && !isUrlValue(item.item)) {
      issues.push(error(joinPath(itemPath, "item"), "jsonld.breadcrumb.item_missing", `Breadcrumb ${index + 1} needs "item" with the absolute URL of that page (only the last breadcrumb may omit it).`, { code: "jsonLdBreadcrumbItem", params: { n: index + 1 } }));
    }
  });
  return issues;
}

function checkArticle(node: JsonLdNode, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isNonEmptyString(node.headline)) issues.push(error(joinPath(path, "headline"), "jsonld.article.headline_missing", "Article needs a headline.", { code: "jsonLdArticleHeadline" }));
  if (!isPresent(node.image)) issues.push(warning(joinPath(path, "image"), "jsonld.article.image_missing", "Article has no image; Google recommends one for article rich results.", { code: "jsonLdArticleImage" }));
  if (!isPresent(node.datePublished)) {
    issues.push(warning(joinPath(path, "datePublished"), "jsonld.article.date_published_missing", "Article has no datePublished; Google recommends an ISO 8601 date.", { code: "jsonLdArticleDateMissing" }));
  } else if (typeof node.datePublished !== "string" || Number.isNaN(Date.parse(node.datePublished))) {
    issues.push(warning(joinPath(path, "datePublished"), "jsonld.article.date_published_invalid", `Article datePublished ${JSON.stringify(node.datePublished)} is not an ISO 8601 date.`, { code: "jsonLdArticleDateInvalid", params: { actual: JSON.stringify(node.datePublished) } }));
  }
  if (!isPresent(node.author)) {
    issues.push(warning(joinPath(path, "author"), "jsonld.article.author_missing", "Article has no author; Google recommends a Person or Organization with a name.", { code: "jsonLdArticleAuthor" }));
  } else if (asList(node.author).some((author) => isJsonObject(author) && !isNonEmptyString(author.name))) {
    issues.push(warning(joinPath(path, "author"), "jsonld.article.author_name_missing", "Every Article author should have a name.", { code: "jsonLdArticleAuthorName" }));
  }
  return issues;
}

function checkOrganization(node: JsonLdNode, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!isNonEmptyString(node.name) && !isNonEmptyString(node.url)) {
    issues.push(warning(path, "jsonld.organization.name_or_url_missing", "Organization should have a name or url so Google can identify it.", { code: "jsonLdOrganization" }));
  }
  if (isPresent(node.logo) && !isUrlValue(node.logo)) {
    issues.push(warning(joinPath(path, "logo"), "jsonld.organization.logo_invalid", `Organization logo must be an absolute image URL (or an ImageObject with url); it is ${JSON.stringify(node.logo)}.`, { code: "jsonLdOrganizationLogo", params: { actual: JSON.stringify(node.logo) ?? "" } }));
  }
  return issues;
}

function checkFaqPage(node: JsonLdNode, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [
    // Google limited FAQ rich results to government and health sites in August 2023 and stopped
    // showing them for every site in May 2026. The markup stays valid, so this is only a note.
    warning(path, "jsonld.faqpage.rich_results_retired", "Google stopped showing FAQ rich results in May 2026; FAQPage markup still describes the page but earns no rich result.", { code: "jsonLdFaqRetired" }),
  ];
  const entityPath = joinPath(path, "mainEntity");
  const questions = asList(node.mainEntity);
  if (questions.length === 0) {
    issues.push(error(entityPath, "jsonld.faqpage.questions_missing", "FAQPage needs mainEntity with at least one Question.", { code: "jsonLdFaqQuestions" }));
    return issues;
  }
  questions.forEach((question, index) => {
    const questionPath = Array.isArray(node.mainEntity) ? joinPath(entityPath, index) : entityPath;
    if (!isJsonObject(question) || !typeNames(question).includes("Question")) {
      issues.push(error(questionPath, "jsonld.faqpage.question_invalid", `FAQPage mainEntity ${index + 1} must be a Question object.`, { code: "jsonLdFaqQuestionInvalid", params: { n: index + 1 } }));
      return;
    }
    if (!isNonEmptyString(question.name)) {
      issues.push(error(joinPath(questionPath, "name"), "jsonld.faqpage.question_name_missing", `FAQ question ${index + 1} needs its question text in "name".`, { code: "jsonLdFaqQuestionName", params: { n: index + 1 } }));
    }
    const answer = asList(question.acceptedAnswer)[0];
    if (!isJsonObject(answer) || !isNonEmptyString(answer.text)) {
      issues.push(error(joinPath(questionPath, "acceptedAnswer"), "jsonld.faqpage.answer_text_missing", `FAQ question ${index + 1} needs acceptedAnswer with the answer in "text".`, { code: "jsonLdFaqAnswer", params: { n: index + 1 } }));
    }
  });
  return issues;
}

// A Map, not an object literal: "@type": "constructor" must not find Object.prototype.constructor.
export const JSON_LD_TYPE_CHECKS: ReadonlyMap<string, TypeCheck> = new Map([
  ["Product", checkProduct],
  ["BreadcrumbList", checkBreadcrumbList],
  ["Article", checkArticle],
  ["NewsArticle", checkArticle],
  ["BlogPosting", checkArticle],
  ["Organization", checkOrganization],
  ["FAQPage", checkFaqPage],
]);
