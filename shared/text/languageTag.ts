// A language tag as Redaksi takes one: "id", "en", "en-GB" (BCP 47's language and subtags, no more).
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
