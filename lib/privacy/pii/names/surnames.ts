// Common family names in Germany, Austria, Switzerland, the UK and the US, written for this
// project from general knowledge of published frequency lists; no list was copied. Licence: the
// project's own (MIT). A surname raises the score of a first name before it; unknown surnames
// still count (any capitalised word after a known first name, unless it is a product word).
export const SURNAMES = `
Müller Mueller Schmidt Schneider Fischer Weber Meyer Meier Maier Mayer Wagner Becker Schulz Hoffmann Schäfer Schaefer Koch Bauer
Richter Klein Wolf Schröder Schroeder Neumann Schwarz Zimmermann Braun Krüger Krueger Hofmann Hartmann Lange Schmitt Werner Schmitz
Krause Meier Lehmann Schmid Schulze Maier Köhler Koehler Herrmann König Koenig Walter Mayer Huber Kaiser Fuchs Peters Lang Scholz
Möller Moeller Weiß Weiss Jung Hahn Schubert Vogel Friedrich Keller Günther Guenther Frank Berger Winkler Roth Beck Lorenz Baumann
Franke Albrecht Schuster Simon Ludwig Böhm Boehm Winter Kraus Martin Schumacher Krämer Kraemer Vogt Stein Jäger Jaeger Otto Sommer
Groß Gross Seidel Heinrich Brandt Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas
Voigt Sauer Arnold Wolff Pfeiffer Gruber Steiner Moser Hofer Bauer Pichler Wimmer Egger Lechner Mayr Brunner Leitner Auer Gasser
Meier Müller Keller Weber Huber Schneider Meyer Steiner Fischer Gerber Brunner Baumann Frei Zimmermann Moser Widmer Wyss Graf Roth
Smith Jones Williams Brown Taylor Davies Evans Wilson Thomas Roberts Johnson Lewis Walker Robinson Wood Thompson White Watson
Jackson Wright Green Harris Cooper King Lee Martin Clarke Clark James Morgan Hughes Edwards Hill Moore Clarke Harrison Scott Young
Morris Hall Ward Turner Carter Phillips Mitchell Patel Adams Campbell Anderson Allen Cook Bailey Parker Miller Davis Murphy Price
Bell Baker Griffiths Kelly Simpson Marshall Collins Bennett Cox Richardson Fox Gray Rose Chapman Hunt Robertson Shaw Reynolds Lloyd
Ellis Richards Russell Wilkinson Khan Graham Stewart Reid Murray Powell Palmer Holmes Rogers Stevens Walsh Hunter Thomson Matthews
Ross Owen Mason Knight Kennedy Butler Saunders Cole Pearce Dean Foster Harvey Hudson Gibson Mills Berry Barnes Pearson Kaur Booth
Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Nguyen Wong Chen Singh
Yilmaz Yılmaz Kaya Demir Şahin Sahin Çelik Celik Yildiz Yıldız Öztürk Ozturk Aydin Aydın Arslan Doğan Dogan Kılıç Kilic Koç Koc
Nowak Kowalski Kowalska Wiśniewski Wisniewski Wójcik Wojcik Kowalczyk Kamiński Kaminski Lewandowski Zieliński Zielinski Szymański
Ivanov Iwanow Petrov Smirnov Popov Kuznetsov Sokolov Petrović Petrovic Jovanović Jovanovic Nikolić Nikolic Horvat Kovačević
Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Giordano Rizzo Lombardi Moretti
Silva Santos Ferreira Pereira Oliveira Rodrigues Fernandes Gonçalves Dubois Durand Leroy Moreau Lefebvre Laurent Bernard Petit
Schuhmacher Hermann Kessler Kröger Kroeger Lindner Marx Böttcher Boettcher Kühne Kuehne Ernst Wendt Thiel Hein Wolter Petersen
Jansen Hansen Nielsen Christensen Andersen Larsen Sørensen Olsen Jensen Berg Lindqvist Johansson Svensson Eriksson Karlsson
Mustermann Musterfrau Doe Roe Bloggs
`;
