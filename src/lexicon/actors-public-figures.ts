/**
 * Well-known public figures: the canonical English spelling of their name, the spellings and
 * transliterations news uses, their country and the office they are usually named by. General
 * knowledge of world leaders and officials, kept small; an unknown name keeps its own spelling.
 *
 * @module
 */

/** One public figure. */
export interface PublicFigure {
  /** The canonical full name. */
  readonly name: string;
  /** Other spellings of the full name or surname that refer to this person ("Zelensky"). */
  readonly variants: readonly string[];
  /** ISO 3166-1 alpha-2 code of the country the person belongs to. */
  readonly country: string;
  /** The office the person is usually named by, lower case ("president"). */
  readonly role?: string;
  /** Grammatical gender for pronouns, where known. */
  readonly gender?: "male" | "female";
}

/** Public figures often in international news. */
export const PUBLIC_FIGURES: readonly PublicFigure[] = [
  { name: "Volodymyr Zelenskyy", variants: ["Zelenskyy", "Zelensky", "Zelenskiy", "Zelenskii", "Zelenski", "Volodymyr Zelensky", "Volodymyr Zelenskiy", "Vladimir Zelensky"], country: "UA", role: "president", gender: "male" },
  { name: "Vladimir Putin", variants: ["Putin", "Vladimir Vladimirovich Putin"], country: "RU", role: "president", gender: "male" },
  { name: "Donald Trump", variants: ["Trump", "Donald J. Trump"], country: "US", role: "president", gender: "male" },
  { name: "Joe Biden", variants: ["Biden", "Joseph Biden", "Joseph R. Biden"], country: "US", role: "president", gender: "male" },
  { name: "Barack Obama", variants: ["Obama"], country: "US", role: "president", gender: "male" },
  { name: "Kamala Harris", variants: ["Harris"], country: "US", role: "vice president", gender: "female" },
  { name: "JD Vance", variants: ["J.D. Vance", "Vance"], country: "US", role: "vice president", gender: "male" },
  { name: "Marco Rubio", variants: ["Rubio"], country: "US", role: "secretary of state", gender: "male" },
  { name: "Antony Blinken", variants: ["Blinken"], country: "US", role: "secretary of state", gender: "male" },
  { name: "Steve Witkoff", variants: ["Witkoff"], country: "US", role: "envoy", gender: "male" },
  { name: "Pete Hegseth", variants: ["Hegseth"], country: "US", role: "defense secretary", gender: "male" },
  { name: "Dmitry Peskov", variants: ["Peskov", "Dmitri Peskov"], country: "RU", role: "spokesman", gender: "male" },
  { name: "Sergei Lavrov", variants: ["Lavrov", "Sergey Lavrov"], country: "RU", role: "foreign minister", gender: "male" },
  { name: "Sergei Shoigu", variants: ["Shoigu", "Sergey Shoigu"], country: "RU", role: "defence minister", gender: "male" },
  { name: "Dmitry Medvedev", variants: ["Medvedev", "Dmitri Medvedev"], country: "RU", role: "president", gender: "male" },
  { name: "Valery Gerasimov", variants: ["Gerasimov", "Valeriy Gerasimov"], country: "RU", role: "general", gender: "male" },
  { name: "Maria Zakharova", variants: ["Zakharova"], country: "RU", role: "spokeswoman", gender: "female" },
  { name: "Yevgeny Prigozhin", variants: ["Prigozhin", "Yevgeniy Prigozhin"], country: "RU", gender: "male" },
  { name: "Alexei Navalny", variants: ["Navalny", "Alexey Navalny"], country: "RU", gender: "male" },
  { name: "Oleksandr Syrskyi", variants: ["Syrskyi", "Syrsky", "Syrskiy"], country: "UA", role: "general", gender: "male" },
  { name: "Valerii Zaluzhnyi", variants: ["Zaluzhnyi", "Zaluzhny", "Valery Zaluzhny"], country: "UA", role: "general", gender: "male" },
  { name: "Dmytro Kuleba", variants: ["Kuleba", "Dmitry Kuleba"], country: "UA", role: "foreign minister", gender: "male" },
  { name: "Andrii Sybiha", variants: ["Sybiha", "Andriy Sybiha"], country: "UA", role: "foreign minister", gender: "male" },
  { name: "Andriy Yermak", variants: ["Yermak", "Andrii Yermak"], country: "UA", gender: "male" },
  { name: "Mykhailo Podolyak", variants: ["Podolyak", "Mykhaylo Podolyak", "Podoliak"], country: "UA", gender: "male" },
  { name: "Rustem Umerov", variants: ["Umerov"], country: "UA", role: "defence minister", gender: "male" },
  { name: "Vitali Klitschko", variants: ["Klitschko", "Vitaliy Klitschko", "Vitaly Klitschko"], country: "UA", role: "mayor", gender: "male" },
  { name: "Yulia Svyrydenko", variants: ["Svyrydenko"], country: "UA", role: "prime minister", gender: "female" },
  { name: "Denys Shmyhal", variants: ["Shmyhal"], country: "UA", role: "prime minister", gender: "male" },
  { name: "Kyrylo Budanov", variants: ["Budanov"], country: "UA", gender: "male" },
  { name: "Olaf Scholz", variants: ["Scholz"], country: "DE", role: "chancellor", gender: "male" },
  { name: "Friedrich Merz", variants: ["Merz"], country: "DE", role: "chancellor", gender: "male" },
  { name: "Angela Merkel", variants: ["Merkel"], country: "DE", role: "chancellor", gender: "female" },
  { name: "Emmanuel Macron", variants: ["Macron"], country: "FR", role: "president", gender: "male" },
  { name: "Keir Starmer", variants: ["Starmer", "Sir Keir", "Sir Keir Starmer"], country: "GB", role: "prime minister", gender: "male" },
  { name: "Rishi Sunak", variants: ["Sunak"], country: "GB", role: "prime minister", gender: "male" },
  { name: "Boris Johnson", variants: [], country: "GB", role: "prime minister", gender: "male" },
  { name: "Giorgia Meloni", variants: ["Meloni"], country: "IT", role: "prime minister", gender: "female" },
  { name: "Donald Tusk", variants: ["Tusk"], country: "PL", role: "prime minister", gender: "male" },
  { name: "Viktor Orbán", variants: ["Viktor Orban", "Orbán", "Orban"], country: "HU", role: "prime minister", gender: "male" },
  { name: "Recep Tayyip Erdoğan", variants: ["Recep Tayyip Erdogan", "Erdogan", "Erdoğan", "Tayyip Erdogan"], country: "TR", role: "president", gender: "male" },
  { name: "Jonas Gahr Støre", variants: ["Jonas Gahr Store", "Støre", "Store", "Gahr Støre"], country: "NO", role: "prime minister", gender: "male" },
  { name: "Ursula von der Leyen", variants: ["von der Leyen", "Von der Leyen"], country: "DE", role: "president", gender: "female" },
  { name: "Kaja Kallas", variants: ["Kallas"], country: "EE", role: "prime minister", gender: "female" },
  { name: "Jens Stoltenberg", variants: ["Stoltenberg"], country: "NO", role: "secretary general", gender: "male" },
  { name: "Mark Rutte", variants: ["Rutte"], country: "NL", role: "secretary general", gender: "male" },
  { name: "António Guterres", variants: ["Antonio Guterres", "Guterres"], country: "PT", role: "secretary general", gender: "male" },
  { name: "Xi Jinping", variants: ["Xi"], country: "CN", role: "president", gender: "male" },
  { name: "Kim Jong Un", variants: ["Kim Jong-un", "Kim Jong-Un", "Kim Jong un"], country: "KP", role: "leader", gender: "male" },
  { name: "Benjamin Netanyahu", variants: ["Netanyahu", "Binyamin Netanyahu"], country: "IL", role: "prime minister", gender: "male" },
  { name: "Mahmoud Abbas", variants: ["Abbas"], country: "PS", role: "president", gender: "male" },
  { name: "Ali Khamenei", variants: ["Khamenei", "Ayatollah Ali Khamenei"], country: "IR", role: "supreme leader", gender: "male" },
  { name: "Alexander Lukashenko", variants: ["Lukashenko", "Alyaksandr Lukashenka", "Lukashenka"], country: "BY", role: "president", gender: "male" },
  { name: "Narendra Modi", variants: ["Modi"], country: "IN", role: "prime minister", gender: "male" },
  { name: "Bashar al-Assad", variants: ["Assad", "al-Assad", "Bashar Assad"], country: "SY", role: "president", gender: "male" },
  { name: "Mohammed bin Salman", variants: ["Mohammed bin Salman", "MBS"], country: "SA", role: "crown prince", gender: "male" },
  { name: "Abdel Fattah al-Burhan", variants: ["Burhan", "al-Burhan"], country: "SD", role: "general", gender: "male" },
  { name: "Mohamed Hamdan Dagalo", variants: ["Hemedti", "Dagalo"], country: "SD", role: "general", gender: "male" },
  { name: "Boris Yeltsin", variants: ["Yeltsin"], country: "RU", role: "president", gender: "male" },
  { name: "Bill Clinton", variants: ["Clinton"], country: "US", role: "president", gender: "male" },
  { name: "Helmut Kohl", variants: ["Kohl"], country: "DE", role: "chancellor", gender: "male" },
  { name: "Jacques Chirac", variants: ["Chirac"], country: "FR", role: "president", gender: "male" },
  { name: "John Major", variants: [], country: "GB", role: "prime minister", gender: "male" },
  { name: "Tony Blair", variants: ["Blair"], country: "GB", role: "prime minister", gender: "male" },
  { name: "Yasser Arafat", variants: ["Arafat"], country: "PS", role: "president", gender: "male" },
  { name: "Nelson Mandela", variants: ["Mandela"], country: "ZA", role: "president", gender: "male" },
  { name: "Saddam Hussein", variants: ["Saddam"], country: "IQ", role: "president", gender: "male" },
  { name: "Boutros Boutros-Ghali", variants: ["Boutros-Ghali"], country: "EG", role: "secretary general", gender: "male" },
  { name: "Kofi Annan", variants: ["Annan"], country: "GH", role: "secretary general", gender: "male" },
];
