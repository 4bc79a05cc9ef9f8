/**
 * Message codes of validation issues, rendered in the member's language from `validationIssues.codes.<code>`
 * (messages/*.json). The English `message` of an issue stays for the model's repair prompt, exports and the API;
 * the code and its params are what the UI shows. The field an issue is about is not a param: the UI names it
 * from the issue's path (`headlines[2].text` → "Headline 3"), so no English label travels into a German sentence.
 */
export const ISSUE_CODES = [
  "fieldEmpty",
  "platformMaxLength",
  "truncated",
  "googleMaxLength",
  "maxLengthAim",
  "googleShowsBest",
  "rsaTooFew",
  "rsaTooMany",
  "rsaPathSlash",
  "rsaPath2WithoutPath1",
  "rsaAllPinned",
  "rsaHeadlineExclamation",
  "rsaEmoji",
  "unknownCitation",
  "missingCitation",
  "unsupportedNumber",
  "unsupportedCode",
  "offerDate",
  "offerEnded",
  "finalUrlInvalid",
  "seoKeywordsCount",
  "seoH1Empty",
  "seoFaqQuestionEmpty",
  "seoFaqAnswerEmpty",
  "seoInternalLinkUnknown",
  "seoInternalLinkAnchorEmpty",
  "socialTextMaxLength",
  "hashtagDuplicate",
  "instagramHashtagsTooMany",
  "instagramHashtagsMany",
  "instagramLink",
  "utmRequired",
  "utmEmpty",
  "utmMaxLength",
  "brandBannedTerm",
  "brandBannedTermWithReason",
  "brandPreferredTerm",
  "brandHashtag",
  "brandDisclaimerMissing",
  "brandFormality",
  "brandExclamation",
  "brandTitleCase",
  "brandPriceFormat",
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];

/** ICU values of an issue's message; strings are user or model text (quoted as is), numbers are formatted. */
export type IssueParams = Record<string, string | number>;

export type IssueText = { code: IssueCode; params?: IssueParams };
