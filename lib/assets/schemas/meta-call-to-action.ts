/**
 * The call-to-action buttons we offer for Meta link ads: a subset of the `type` enum of Meta's
 * Marketing API (AdCreativeLinkDataCallToAction) that fits website traffic and conversion ads.
 * The button Ads Manager labels "Send message" is MESSAGE_PAGE in the API; there is no
 * SEND_MESSAGE type. Kept as data so the UI can show the labels and the schema can enumerate them.
 */
export const META_CALL_TO_ACTIONS = [
  { type: "SHOP_NOW", label: "Shop now" },
  { type: "LEARN_MORE", label: "Learn more" },
  { type: "SIGN_UP", label: "Sign up" },
  { type: "BOOK_NOW", label: "Book now" },
  { type: "CONTACT_US", label: "Contact us" },
  { type: "DOWNLOAD", label: "Download" },
  { type: "GET_OFFER", label: "Get offer" },
  { type: "GET_QUOTE", label: "Get quote" },
  { type: "SUBSCRIBE", label: "Subscribe" },
  { type: "APPLY_NOW", label: "Apply now" },
  { type: "ORDER_NOW", label: "Order now" },
  { type: "BUY_NOW", label: "Buy now" },
  { type: "SEE_MORE", label: "See more" },
  { type: "WATCH_MORE", label: "Watch more" },
  { type: "MESSAGE_PAGE", label: "Send message" },
  { type: "GET_DIRECTIONS", label: "Get directions" },
] as const;

export type MetaCallToAction = (typeof META_CALL_TO_ACTIONS)[number]["type"];

export const META_CALL_TO_ACTION_TYPES = META_CALL_TO_ACTIONS.map((cta) => cta.type) as [
  MetaCallToAction,
  ...MetaCallToAction[],
];
