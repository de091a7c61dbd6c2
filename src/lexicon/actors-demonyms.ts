/**
 * Demonyms and the country each points to ("Russian" → RU): the adjectives the territories
 * gazetteer lacks ("Soviet", "West Indian"), and, read backwards, the adjective this facet builds
 * described organizations' names with (RU → "Russian Armed Forces"). General knowledge.
 *
 * @module
 */

/** Demonym → ISO 3166-1 alpha-2 code; the first demonym of a code is its usual adjective. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ["Afghan", "AF"], ["Albanian", "AL"], ["Algerian", "DZ"], ["American", "US"], ["Angolan", "AO"],
  ["Argentine", "AR"], ["Argentinian", "AR"], ["Armenian", "AM"], ["Australian", "AU"], ["Austrian", "AT"],
  ["Azerbaijani", "AZ"], ["Azeri", "AZ"], ["Bahraini", "BH"], ["Bangladeshi", "BD"], ["Belarusian", "BY"],
  ["Belgian", "BE"], ["Bolivian", "BO"], ["Bosnian", "BA"], ["Brazilian", "BR"], ["British", "GB"],
  ["Bulgarian", "BG"], ["Burmese", "MM"], ["Cambodian", "KH"], ["Cameroonian", "CM"], ["Canadian", "CA"],
  ["Chadian", "TD"], ["Chilean", "CL"], ["Chinese", "CN"], ["Colombian", "CO"], ["Congolese", "CD"],
  ["Croatian", "HR"], ["Cuban", "CU"], ["Cypriot", "CY"], ["Czech", "CZ"], ["Danish", "DK"], ["Dutch", "NL"],
  ["Ecuadorian", "EC"], ["Egyptian", "EG"], ["Emirati", "AE"], ["English", "GB"], ["Eritrean", "ER"],
  ["Estonian", "EE"], ["Ethiopian", "ET"], ["Filipino", "PH"], ["Finnish", "FI"], ["French", "FR"],
  ["Georgian", "GE"], ["German", "DE"], ["Ghanaian", "GH"], ["Greek", "GR"], ["Guatemalan", "GT"],
  ["Haitian", "HT"], ["Honduran", "HN"], ["Hungarian", "HU"], ["Icelandic", "IS"], ["Indian", "IN"],
  ["Indonesian", "ID"], ["Iranian", "IR"], ["Iraqi", "IQ"], ["Irish", "IE"], ["Israeli", "IL"],
  ["Italian", "IT"], ["Ivorian", "CI"], ["Jamaican", "JM"], ["Japanese", "JP"], ["Jordanian", "JO"],
  ["Kazakh", "KZ"], ["Kenyan", "KE"], ["Korean", "KR"], ["South Korean", "KR"], ["North Korean", "KP"],
  ["Kuwaiti", "KW"], ["Kyrgyz", "KG"], ["Latvian", "LV"], ["Lebanese", "LB"], ["Liberian", "LR"],
  ["Libyan", "LY"], ["Lithuanian", "LT"], ["Macedonian", "MK"], ["Malaysian", "MY"], ["Malian", "ML"],
  ["Maltese", "MT"], ["Mexican", "MX"], ["Moldovan", "MD"], ["Mongolian", "MN"], ["Montenegrin", "ME"],
  ["Moroccan", "MA"], ["Mozambican", "MZ"], ["Namibian", "NA"], ["Nepalese", "NP"], ["Nepali", "NP"],
  ["New Zealand", "NZ"], ["Nicaraguan", "NI"], ["Nigerian", "NG"], ["Nigerien", "NE"], ["Norwegian", "NO"],
  ["Omani", "OM"], ["Pakistani", "PK"], ["Palestinian", "PS"], ["Panamanian", "PA"], ["Paraguayan", "PY"],
  ["Peruvian", "PE"], ["Polish", "PL"], ["Portuguese", "PT"], ["Qatari", "QA"], ["Romanian", "RO"],
  ["Russian", "RU"], ["Rwandan", "RW"], ["Saudi", "SA"], ["Scottish", "GB"], ["Senegalese", "SN"],
  ["Serbian", "RS"], ["Serb", "RS"], ["Singaporean", "SG"], ["Slovak", "SK"], ["Slovenian", "SI"],
  ["Somali", "SO"], ["South African", "ZA"], ["Spanish", "ES"], ["Sri Lankan", "LK"], ["Sudanese", "SD"],
  ["Swedish", "SE"], ["Swiss", "CH"], ["Syrian", "SY"], ["Taiwanese", "TW"], ["Tajik", "TJ"],
  ["Tanzanian", "TZ"], ["Thai", "TH"], ["Tunisian", "TN"], ["Turkish", "TR"], ["Turkmen", "TM"],
  ["Ugandan", "UG"], ["Ukrainian", "UA"], ["Uruguayan", "UY"], ["Uzbek", "UZ"], ["Venezuelan", "VE"],
  ["Vietnamese", "VN"], ["Welsh", "GB"], ["Yemeni", "YE"], ["Zambian", "ZM"], ["Zimbabwean", "ZW"],
  ["U.S.", "US"], ["US", "US"], ["UK", "GB"], ["U.K.", "GB"], ["Soviet", "RU"], ["European", "EU"],
  ["West Indian", "JM"], ["Kosovar", "XK"], ["Chechen", "RU"], ["Crimean", "UA"],
]);

/** English names of countries that act often through their capital or seat ("Moscow said"), by ISO code. */
export const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map([
  ["RU", "Russia"], ["UA", "Ukraine"], ["US", "United States"], ["GB", "United Kingdom"], ["FR", "France"],
  ["DE", "Germany"], ["CN", "China"], ["KR", "South Korea"], ["KP", "North Korea"], ["JP", "Japan"],
  ["IL", "Israel"], ["IR", "Iran"], ["TR", "Turkey"], ["PL", "Poland"], ["BY", "Belarus"], ["IN", "India"],
  ["PK", "Pakistan"], ["SY", "Syria"], ["IQ", "Iraq"], ["SA", "Saudi Arabia"], ["EG", "Egypt"], ["QA", "Qatar"],
  ["IT", "Italy"], ["ES", "Spain"], ["NO", "Norway"], ["SE", "Sweden"], ["FI", "Finland"], ["EE", "Estonia"],
  ["HU", "Hungary"], ["SD", "Sudan"], ["PS", "Palestine"], ["LB", "Lebanon"], ["AF", "Afghanistan"],
  ["CA", "Canada"], ["AU", "Australia"], ["BR", "Brazil"], ["ZA", "South Africa"], ["NL", "Netherlands"],
  ["BE", "Belgium"], ["AT", "Austria"], ["CH", "Switzerland"], ["GE", "Georgia"], ["MD", "Moldova"],
  ["RO", "Romania"], ["BG", "Bulgaria"], ["RS", "Serbia"], ["GR", "Greece"], ["LT", "Lithuania"],
  ["LV", "Latvia"], ["CZ", "Czech Republic"], ["SK", "Slovakia"], ["DK", "Denmark"], ["IE", "Ireland"],
  ["MX", "Mexico"], ["VE", "Venezuela"], ["CU", "Cuba"], ["AE", "United Arab Emirates"], ["JO", "Jordan"],
  ["YE", "Yemen"], ["LY", "Libya"], ["ET", "Ethiopia"], ["KE", "Kenya"], ["NG", "Nigeria"], ["TW", "Taiwan"],
  ["VN", "Vietnam"], ["TH", "Thailand"], ["ID", "Indonesia"], ["PH", "Philippines"], ["AZ", "Azerbaijan"],
  ["AM", "Armenia"], ["KZ", "Kazakhstan"], ["EU", "European Union"],
]);
