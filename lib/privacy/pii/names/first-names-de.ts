// Common first names in Germany, Austria and Switzerland (people born 1940–2020), written for
// this project from general knowledge of the published name rankings; no list was copied.
// Licence: the project's own (MIT). Names that are also everyday German words (e.g. "Ernst",
// "Frank", "Max", "Rosa") are listed here but marked ambiguous in ambiguous-names.ts.
export const FIRST_NAMES_DE = `
Anna Maria Ursula Monika Petra Elisabeth Sabine Renate Helga Karin Brigitte Ingrid Erika Andrea Gisela Susanne Christa Claudia
Gabriele Birgit Heike Christina Christine Marion Martina Nicole Stefanie Stephanie Julia Katharina Katrin Kathrin Sandra Melanie
Anja Tanja Silke Nadine Daniela Jessica Jennifer Sarah Sara Laura Lisa Lena Lea Leonie Hannah Hanna Emma Mia Sophia Sofia Emilia
Marie Lina Ella Clara Klara Luisa Louisa Lara Johanna Amelie Charlotte Greta Frieda Ida Mila Paula Mathilda Matilda Pia Nele Jana
Vanessa Franziska Carina Lisa-Marie Anne Annika Antonia Helene Magdalena Theresa Teresa Veronika Barbara Beate Bettina Cornelia
Doris Dagmar Edith Elke Eva Evelyn Gerda Gertrud Hannelore Hildegard Ilse Inge Irene Iris Jutta Karola Kerstin Lieselotte Liselotte
Margarete Margit Marianne Marlene Martha Michaela Nina Regina Rita Rosemarie Ruth Sieglinde Simone Sonja Tatjana Ulrike Ute Waltraud
Anke Astrid Britta Carmen Diana Ellen Esther Gudrun Heidi Heidrun Hedwig Inga Ines Isabel Isabell Isabella Jasmin Jacqueline Janina
Jasmina Josephine Judith Karla Kira Larissa Lilli Lilly Luise Lydia Madeleine Mareike Marina Marlies Miriam Nadja Natalie Nathalie
Noemi Patricia Ramona Rebecca Rebekka Ronja Saskia Selina Svenja Sylvia Silvia Tamara Tina Verena Viktoria Victoria Yvonne Zoe
Alina Aylin Emily Emilie Finja Fiona Frederike Friederike Hedda Henriette Jule Juliane Lotta Lotte Luna Malia Marlen Merle Milena
Nora Romy Ronja Ylvi Annegret Annemarie Annett Antje Carola Constanze Dorothea Elfriede Erna Franziska Gesine Gitta Heidemarie
Hertha Ilona Ingeborg Irmgard Johanna Kornelia Liane Lore Lucia Manuela Margot Mechthild Mathilde Nadine Rosi Sigrid Traudl Uta
Peter Michael Thomas Andreas Wolfgang Klaus Jürgen Juergen Stefan Stephan Christian Uwe Werner Hans Horst Helmut Dieter Manfred Gerhard
Bernd Günter Guenter Günther Heinz Walter Karl Carl Rolf Joachim Jörg Joerg Ralf Ralph Markus Marcus Matthias Mathias Martin
Sven Torsten Thorsten Dirk Holger Jens Kai Kay Lars Maik Mike Marco Mario Oliver Olaf Rainer Reinhard Rüdiger Siegfried Volker
Detlef Erich Friedrich Fritz Georg Gerd Gert Heinrich Herbert Hermann Josef Joseph Johann Johannes Jan Jonas Lukas Lucas Leon Luca
Luka Finn Fynn Paul Elias Noah Ben Felix Maximilian Moritz Niklas Nicklas Nico Niko Tim Tom Tobias Philipp Phillip Julian Jakob
Jacob David Daniel Dominik Fabian Florian Alexander Benjamin Sebastian Simon Jonathan Kevin Dennis Marcel Patrick Pascal Robert
Sascha Steffen Timo Tino Ulrich Wilhelm Willi Willy Axel Achim Armin Arne Bastian Benedikt Bernhard Björn Bjoern Christoph
Clemens Constantin Konstantin Detlev Edgar Egon Elmar Emil Eric Erik Erwin Eugen Ferdinand Frieder Gregor Gustav Hannes Harald
Hartmut Heiko Hendrik Henrik Henning Hubert Ingo Jannik Janik Jannis Jochen Jonah Jonte Jost Kilian Konrad Leo Leonard Leonhard
Linus Lorenz Lennart Lennard Lenny Ludwig Malte Manuel Marius Mats Matteo Mattis Michel Milan Mirko Nils Norbert Norman Ole Oskar
Oscar Otto Pius Raphael Rafael René Rene Richard Robin Roland Rudolf Samuel Sandro Severin Silvio Steven Theo Theodor Till Tillmann
Torben Valentin Vincent Wendelin Wilfried Yannick Yannik Yusuf Jonas Anton Mattes Henri Henry Karsten Carsten Gunnar Helge
Hinrich Ingolf Jupp Kurt Lothar Lutz Nikolaus Ottmar Reiner Roman Ronny Rudi Siegmund Thilo Tilo Udo Ulf Veit Wieland Winfried
`;
