// First names common among people living in Germany, Austria, Switzerland and the UK whose
// families come from Turkey, Poland, Russia and Ukraine, the Balkans, Italy, Spain and Portugal,
// France, Greece, the Arab world, South Asia and West Africa. Written for this project from
// general knowledge; no list was copied. Licence: the project's own (MIT).
export const FIRST_NAMES_INTL = `
Mehmet Mustafa Ahmet Ali Hüseyin Hasan Ibrahim İbrahim Ismail Murat Emre Burak Can Cem Deniz Kemal Osman Ömer Omer Serkan Volkan
Onur Kaan Eren Arda Berk Yusuf Emir Enes Furkan Hakan Orhan Selim Tarek Tarik Fatma Ayşe Ayse Emine Hatice Zeynep Elif Merve Esra
Büşra Busra Özlem Ozlem Derya Gül Gul Sibel Aylin Yasemin Ebru Melek Leyla Selin Ecem Dilara Nur Sevgi Songül Tuba Hülya Nesrin
Piotr Paweł Pawel Krzysztof Tomasz Marcin Michał Michal Łukasz Lukasz Grzegorz Jakub Kamil Wojciech Adrian Mateusz Bartosz Dawid
Agnieszka Katarzyna Małgorzata Malgorzata Joanna Magdalena Aleksandra Justyna Ewa Dorota Beata Monika Karolina Marta Natalia Zofia
Sergej Sergei Sergey Dmitri Dmitrij Dmitry Andrej Andrei Alexej Alexei Wladimir Vladimir Nikolai Iwan Ivan Igor Oleg Juri Yuri
Olga Natascha Natasha Swetlana Svetlana Irina Jelena Elena Tatjana Ljudmila Galina Oksana Anastasia Ekaterina Jekaterina Alena
Dragan Goran Zoran Milan Nikola Marko Stefan Luka Ivana Jelena Milica Dragana Snežana Mirjana Ana Vesna Amra Emina Edin Adnan
Giuseppe Giovanni Francesco Antonio Alessandro Andrea Matteo Lorenzo Marco Luca Stefano Salvatore Vincenzo Roberto Paolo Fabio
Giulia Chiara Francesca Federica Alessandra Valentina Martina Sofia Giorgia Elisa Silvia Roberta Paola Rosa Angela Giovanna
Javier Carlos Miguel Alejandro Pablo Diego Sergio Jorge Manuel Rafael Fernando Luis Jose Juan Ricardo Pedro Joao João Tiago
Carmen Lucia Lucía Isabel Pilar Rocio Rocío Mercedes Ines Inês Beatriz Catarina Marta Raquel Cristina Elena Alba
Jean Pierre Jacques Michel Philippe François Francois Nicolas Julien Antoine Mathieu Mathilde Camille Manon Chloé Léa Juliette
Aurélie Aurelie Céline Celine Sophie Nathalie Isabelle Sandrine Valérie Valerie Amélie Margaux Élodie Elodie
Giorgos Georgios Dimitris Konstantinos Nikos Yannis Eleni Maria Katerina Sofia Dimitra
Mohammed Mohammad Muhammad Mohamed Ahmad Ahmed Mahmoud Khaled Khalid Omar Hassan Hussein Youssef Karim Samir Tarek Bilal Amir
Fatima Aisha Aischa Mariam Maryam Layla Leila Nour Noor Yasmin Jasmin Rania Salma Amira Hana Zainab Samira Lina Dalia
Raj Rahul Amit Arjun Vikram Sanjay Suresh Ravi Anil Ajay Priya Anjali Pooja Neha Sunita Deepa Kavita Aisha Imran Asif Tariq
Kwame Kofi Emeka Chinedu Oluwaseun Tunde Ade Abena Ama Ngozi Chiamaka Adaeze Folake
`;
