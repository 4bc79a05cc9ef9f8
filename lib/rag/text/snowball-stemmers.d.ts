// snowball-stemmers ships CommonJS without types (it marks itself __esModule, so only named
// imports work at runtime); this covers the part lib/rag/text/tokenize.ts uses.
declare module "snowball-stemmers" {
  export interface SnowballStemmer {
    stem(word: string): string;
  }
  export function newStemmer(algorithm: string): SnowballStemmer;
  export function algorithms(): string[];
}
