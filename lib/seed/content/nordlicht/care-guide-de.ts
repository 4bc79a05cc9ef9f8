import type { SeedDocument } from "../types";

// SYNTHETIC demo content. Care facts (30 °C, no fabric softener, tennis balls for down) follow
// common outdoor-industry practice so generated copy stays plausible.
export const CARE_GUIDE_DE: SeedDocument = {
  title: "Pflegeanleitung",
  canonicalUrl: "https://nordlicht.example/pflege",
  language: "de",
  classification: "public",
  kind: "published_page",
  markdown: `# Pflegeanleitung: So bleibt deine Ausrüstung dicht und warm

Gute Pflege verlängert die Lebensdauer deiner Ausrüstung um Jahre. Die wichtigste Regel: Waschen schadet einer Hardshell-Jacke nicht – Schmutz und Hautfett schon.

## Hardshell-Jacken und -Hosen (Fjell)

- Wasche deine Fjell, sobald sie sichtbar verschmutzt ist oder Wasser nicht mehr abperlt, bei häufigem Tragen etwa alle 10 bis 15 Tourentage.
- Schließe alle Reißverschlüsse und Klettverschlüsse und drehe die Jacke auf links.
- Schonwaschgang bei 30 °C mit Flüssigwaschmittel, höchstens 800 Umdrehungen. Kein Weichspüler und kein Pulverwaschmittel: Beides verstopft die Membran.
- Spüle zweimal, damit keine Waschmittelreste zurückbleiben.
- Reaktiviere danach die PFAS-freie Imprägnierung: 20 Minuten im Trockner bei niedriger Temperatur oder mit dem Bügeleisen auf Stufe 1, ohne Dampf und mit einem Tuch dazwischen.
- Perlt Wasser trotzdem nicht mehr ab, hilft eine PFAS-freie Einwasch-Imprägnierung, anschließend wieder Wärme.

## Merino-Baselayer (Ull)

Merinowolle muss selten gewaschen werden; oft reicht es, das Shirt über Nacht auszulüften. Wenn du wäschst: Wollprogramm bei 30 °C, Wollwaschmittel, liegend trocknen. Nicht in den Trockner, nicht auf die Heizung – sonst läuft die Wolle ein.

## Daunenschlafsack (Natt -5)

Wasche den Schlafsack nur, wenn es nötig ist, meist reicht einmal pro Saison. Wasche ihn allein in einer Maschine mit mindestens 7 kg Fassungsvermögen bei 30 °C mit Daunenwaschmittel. Trockne ihn im Trockner bei niedriger Temperatur mit zwei bis drei sauberen Tennisbällen, bis keine Klumpen mehr zu spüren sind; das dauert etwa drei Stunden. Lagere ihn locker im mitgelieferten Baumwollsack, nie monatelang im Kompressionssack.

## Kunstfaserschlafsack (Natt +5)

Waschbar bei 30 °C im Schonwaschgang mit Flüssigwaschmittel, danach bei niedriger Temperatur in den Trockner. Kunstfaser verzeiht Feuchtigkeit, lagere den Schlafsack aber trotzdem trocken und locker.

## Rucksäcke (Rygg)

Rucksäcke gehören nicht in die Waschmaschine. Bürste Schmutz mit lauwarmem Wasser und etwas Seife ab, spüle mit klarem Wasser nach und lass den Rucksack geöffnet im Schatten trocknen.

## Wanderstiefel (Sti)

Bürste nach jeder Tour Schmutz und Steinchen ab und nimm die Einlegesohlen heraus. Trockne die Stiefel bei Raumtemperatur mit Zeitungspapier, nie an der Heizung: Das Leder wird sonst brüchig. Pflege das Nubukleder alle drei bis vier Touren mit Lederwachs.

## Reparatur statt Neukauf

Kleine Risse flickst du mit dem Reparatur-Patch, der jeder Jacke beiliegt. Alles andere reparieren wir in unserer Werkstatt in Hamburg: bei Material- und Verarbeitungsfehlern innerhalb der 5 Jahre Garantie kostenlos, sonst zum Selbstkostenpreis, zum Beispiel 35 € für einen neuen Frontreißverschluss.
`,
};
