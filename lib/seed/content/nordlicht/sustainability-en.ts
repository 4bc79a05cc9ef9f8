import type { SeedDocument } from "../types";

// SYNTHETIC demo content: every percentage, certification share and emission figure is invented.
// Written as measurable facts on purpose: the brand rules ban generic green claims.
export const SUSTAINABILITY_EN: SeedDocument = {
  title: "Sustainability: what our products are made of",
  canonicalUrl: "https://nordlicht.example/en/sustainability",
  language: "en",
  classification: "public",
  kind: "published_page",
  markdown: `# Sustainability: what our products are made of

We report numbers, not slogans. Unless noted, every figure refers to the autumn/winter 2025 collection.

## Recycled materials

- 78 % of all materials by weight are recycled, up from 61 % in 2023. Our target is 90 % by 2027.
- Fjell hardshell jackets and trousers: the face fabric is 100 % recycled polyamide made from discarded fishing nets.
- Vidde trekking trousers: 88 % recycled polyamide, 12 % elastane.
- Bris wind jacket: 100 % recycled polyamide, 30 denier.
- Rygg backpacks: 420 denier recycled polyester made from PET bottles, with a recycled polyamide base.
- Natt +5 sleeping bag: the synthetic fill is 100 % recycled polyester.

## Down, wool and leather

- The down in the Natt -5 sleeping bag is 90/10 duck down, 100 % certified to the Responsible Down Standard (RDS). No live plucking, no force-feeding.
- Ull base layers use mulesing-free merino wool certified to the Responsible Wool Standard (RWS).
- Sti hiking boots use nubuck leather from a tannery rated Gold by the Leather Working Group.

## Chemistry

- Every water-repellent finish has been PFAS-free since the 2021 collection. PFAS are "forever chemicals" that do not break down in nature.
- 64 % of our fabrics are bluesign APPROVED. Our target is 80 % by 2027.
- Our dyehouses are audited against a restricted substances list that we publish once a year.

## Production and transport

We work with six partner factories in Portugal, Lithuania and Vietnam. An independent auditor checks working conditions in each of them every year, and our product team visits each factory at least once a year. Goods travel to our Hamburg warehouse by sea and rail; in 2025, air freight carried 0.6 % of our shipments.

## Our footprint

In 2024 our emissions across scopes 1 to 3 were 4,820 tonnes of CO2e. 71 % come from materials and manufacturing, 14 % from transport and 9 % from our own sites and travel. One Fjell jacket causes 14.2 kg CO2e from raw material to our warehouse (life cycle assessment by an external institute, 2025). We do not use carbon offsets to make claims about products; we work on reducing these numbers.

## Repair and second life

In 2025 our Hamburg workshop repaired 2,140 products: zips, seams, tears and worn boot soles. Repairs of defects in materials and workmanship are free within our 5-year warranty; other repairs are charged at cost.

Through our trade-in programme you can send us a used Nordlicht jacket in good condition and receive a 25 € voucher. We clean it, repair it if needed and sell it again as pre-owned.

## Packaging

Since 2023 we ship without plastic bags. Products travel in paper bags inside boxes made from recycled cardboard, sealed with paper tape.
`,
};
