import { FIRST_NAMES_DE } from "./first-names-de";
import { FIRST_NAMES_EN } from "./first-names-en";
import { FIRST_NAMES_INTL } from "./first-names-intl";
import { SURNAMES } from "./surnames";

const words = (list: string) => list.split(/\s+/).filter(Boolean);

/** Known first names, lower-cased. */
export const FIRST_NAMES: ReadonlySet<string> = new Set([...words(FIRST_NAMES_DE), ...words(FIRST_NAMES_EN), ...words(FIRST_NAMES_INTL)].map((w) => w.toLowerCase()));
/** Known family names, lower-cased. */
export const SURNAME_SET: ReadonlySet<string> = new Set(words(SURNAMES).map((w) => w.toLowerCase()));

/**
 * First names that are also everyday words, places, months or brands ("Max", "Frank", "Grace",
 * "Jan", "Nur", "Jordan", "Sofia"): on their own, or before an unknown word, they are not taken
 * for a person; before a known surname or after a salutation they are.
 */
export const AMBIGUOUS_FIRST_NAMES: ReadonlySet<string> = new Set(
  words(`max mark will frank grace rose rosa hope may june april jean bill art christian ernst otto paris summer autumn winter sommer
  lee dean ruby hazel ivy daisy poppy holly willow amber jade pearl nova luna aurora sky hunter carter mason parker chase miles austin
  lincoln jordan taylor morgan quinn piper harper brooklyn savannah genesis serenity kennedy ben kim sue pat ray guy drew rob jack cole
  ross sandy dawn crystal faith joy milan florence georgia sydney victoria sofia can nur jan alba leo heinz lily everly paisley skylar
  bentley maverick easton hudson chad brett troy trent wesley spencer rowan silas asher ezra levi finn emery sienna phoebe matilda
  stock berg stein frei roth lang klein hahn fuchs vogel wolf horn busch engel winter sommer kaiser graf koch weber jung beck haas
  nova star stella ella elements lotta merle ole noah iris linus jonas hugo theo oscar mats mila lina lara amelie alina jasmin`).filter(Boolean),
);

/**
 * Words that make a capitalised pair a product or thing, not a person: "Anna Trail Shoe",
 * "Fjell Jacke", "Luna Zelt", "Max Komfort".
 */
export const PRODUCT_WORDS: ReadonlySet<string> = new Set(
  words(`jacke jacket shoe shoes schuh schuhe trail boot boots stiefel hose pants trousers shirt t-shirt hoodie weste vest parka mantel coat
  rucksack backpack pack daypack zelt tent tasche bag pro plus max mini lite light ultra edition collection kollektion serie series set
  bundle kit gtx softshell hardshell fleece down daune daunenjacke sneaker sneakers sandal sandale sandals cap mütze beanie hat handschuh
  handschuhe glove gloves socke socken sock socks schlafsack sleeping top tee dress kleid rock skirt jeans shorts leggings tights watch
  uhr phone case lampe lamp chair stuhl tisch table sofa bett bed trainer trainers runner hiker wanderschuh laufschuh stick stock flasche
  bottle becher mug cup serum creme cream lotion shampoo duft parfum perfume model modell version kids junior women men damen herren
  unisex classic original air run running walk hike hiking trek trekking alpine summit peak ridge storm rain regen wind winter sommer
  summer outdoor sport sports active comfort komfort premium basic essential essentials limited special spezial sale deal angebot
  rabatt aktion kampagne campaign newsletter shop store outlet club team jersey trikot polo cardigan pullover sweater pulli anorak
  regenjacke windbreaker insulated isolation thermo thermal merino wool wolle cotton baumwolle recycled nylon gore goretex tex dry
  waterproof wasserdicht collection line linie range family familie grip pad mat matte sack schlafsack duo trio solo one two three
  x xl xxl xs s m l`).filter(Boolean),
);

/** Capitalised German nouns by their endings: a pair "Anna Bestellung" is not a person. */
export const NOUN_SUFFIX = /(ung|heit|keit|schaft|tion|ität|tät|ment|nis|tum|ismus|chen|lein|ei|ur|ik|ie|enz|anz|ling|sion|age|ness|ity|ance|ence|ship|ing)$/i;

/** Fashion and outdoor brands named after people: a brand, not a person, in marketing text. */
export const PERSON_NAMED_BRANDS: ReadonlySet<string> = new Set(
  [
    "tom tailor", "ralph lauren", "gerry weber", "hugo boss", "peter hahn", "jack wolfskin", "tommy hilfiger", "calvin klein",
    "giorgio armani", "stella mccartney", "paul smith", "ted baker", "kate spade", "michael kors", "tory burch", "vera wang",
    "karl lagerfeld", "jil sander", "betty barclay", "marc cain", "marco polo", "emilio pucci", "christian dior", "louis vuitton",
    "helly hansen", "eddie bauer", "john lewis", "marks spencer", "jack jones", "patrizia pepe", "anna field", "tom ford",
  ],
);
