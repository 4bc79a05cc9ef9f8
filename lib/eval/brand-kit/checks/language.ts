/*
 * A small stopword detector of the evaluation's own (not the app's): counts function words of each
 * language. Short texts without enough of them (a headline of names and numbers) are undecided
 * rather than guessed.
 */
const DE = new Set("der die das den dem des und oder nicht ist sind mit für von zu zum zur im in auf bei aus ein eine einen einem einer wie wir sie ihr ihre ihren ihnen auch nur noch schon wenn dass so über nach vor bis ab es sich kann können wird werden hat haben man jetzt mehr ohne".split(" "));
const EN = new Set("the and or not is are with for of to in on at by from a an your you we our it its this that these those as be can will has have more without only also when than into up".split(" "));

const MIN_HITS = 2;

export function detectLanguage(text: string): "de" | "en" | null {
  let de = 0;
  let en = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (!word) continue;
    // "in" and a few others are words of both languages: they count for neither.
    const isDe = DE.has(word);
    const isEn = EN.has(word);
    if (isDe && !isEn) de++;
    if (isEn && !isDe) en++;
    if (/[äöüß]/.test(word)) de++;
  }
  if (de + en < MIN_HITS || de === en) return null;
  return de > en ? "de" : "en";
}
