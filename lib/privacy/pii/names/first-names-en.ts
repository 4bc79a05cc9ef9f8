// Common first names in the UK, Ireland, the US, Canada and Australia (people born 1940–2020),
// written for this project from general knowledge of the published name rankings; no list was
// copied. Licence: the project's own (MIT).
export const FIRST_NAMES_EN = `
James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Donald Steven Paul
Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry
Justin Scott Brandon Benjamin Samuel Gregory Alexander Frank Patrick Raymond Jack Dennis Jerry Tyler Aaron Jose Adam Nathan Henry
Douglas Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Terry Gerald Harold Sean Austin Carl Arthur Lawrence Dylan
Jesse Jordan Bryan Billy Joe Bruce Gabriel Logan Albert Willie Alan Juan Wayne Elijah Randy Roy Vincent Ralph Eugene Russell Bobby
Mason Philip Louis Harry Oliver Charlie Freddie Alfie Archie Theo Leo Oscar Arthur Teddy Finley Rory Reuben Toby Louie Jake Callum
Connor Liam Kieran Declan Ciaran Niall Aidan Owen Rhys Gareth Dafydd Ewan Euan Hamish Angus Alistair Alasdair Craig Stuart Graham
Neil Ian Iain Colin Duncan Malcolm Nigel Trevor Clive Derek Barry Gordon Martin Simon Tony Stuart Darren Lee Dean Wayne Jamie Ross
Ben Tom Sam Dan Matt Nick Chris Mike Dave Steve Rob Andy Pete Jim Jimmy Tim Will Ed Alex Max Luke Lucas Leon Isaac Hugo Edward
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Margaret Sandra Ashley Kimberly Emily
Donna Michelle Carol Amanda Dorothy Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda
Pamela Emma Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth Julie Olivia
Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann
Sara Madison Frances Kathryn Janice Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella
Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Amelia Isla Ava Mia Ivy Freya Lily Florence Poppy Elsie Evie
Willow Rosie Sophie Chloe Ella Daisy Phoebe Sienna Harriet Matilda Imogen Eleanor Ellie Millie Molly Jessica Holly Lucy Georgia
Zoe Zoey Katie Kate Gemma Claire Clare Fiona Siobhan Niamh Aoife Ciara Sinead Orla Eilidh Kirsty Shona Morag Ailsa Rhiannon Bethan
Cerys Sian Nia Megan Beth Bethany Abbie Abby Jade Leah Jodie Stacey Kerry Joanne Tracey Tracy Wendy Gillian Alison Allison Lindsay
Lesley Leslie Jane Jenny Jenna Jill Julia Kim Lynn Lynne Paula Sally Sue Tina Vanessa Yvonne Caroline Eleanor Elaine Eileen Maureen
Kathy Cathy Debbie Becky Jen Liz Beth Meg Ellie Abi Rosie Hattie Harper Avery Aubrey Scarlett Hazel Aurora Nova Layla Riley Zoe
Nora Lillian Addison Brooklyn Savannah Claire Skylar Paisley Everly Anna Caroline Genesis Aaliyah Kennedy Kinsley Allison Maya
Madelyn Naomi Elena Sadie Ariana Valentina Ruby Eva Serenity Autumn Quinn Nevaeh Piper Lydia Josephine Emery Sydney Taylor Morgan
Brandon Tyler Austin Cody Travis Chad Brett Derrick Marcus Jared Shane Troy Dustin Cory Corey Trent Garrett Wesley Spencer Mitchell
Caleb Hunter Cameron Carter Wyatt Grayson Jaxon Easton Lincoln Landon Hudson Jayden Aiden Brayden Colton Chase Parker Bentley Miles
Jackson Sebastian Levi Mateo Ezra Asher Luca Hudson Maverick Elias Josiah Rowan Silas Theodore Everett Bennett Declan Finn
`;
