/**
 * HTML named character references: the ones news pages use, not the full table of 2,231 names
 * the HTML standard lists (that table, as the `entities` package ships it, would weigh about
 * 23 kB min+gzip, more than the rest of the HTML reader). Data only; src/html/ reads it.
 *
 * Source: the HTML Living Standard, "Named character references" (WHATWG, CC BY 4.0): every
 * HTML 4 name (Latin-1, symbols, Greek, typography), the Latin Extended-A letters of Central
 * European and Turkish names, and the HTML 5 names of ASCII punctuation.
 *
 * @module
 */

/** The Latin-1 names, one per code point from U+00A0 (`nbsp`) to U+00FF (`yuml`), in order. */
const LATIN_1 =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn " +
  "sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave " +
  "Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml " +
  "ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN " +
  "szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute " +
  "icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml " +
  "yacute thorn yuml";

/** The Greek capitals from U+0391 (`Alpha`), in order; `-` where the block has no letter. */
const GREEK_CAPITALS =
  "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho - " +
  "Sigma Tau Upsilon Phi Chi Psi Omega";

/** The Greek small letters from U+03B1 (`alpha`), in order. */
const GREEK_SMALL =
  "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf " +
  "sigma tau upsilon phi chi psi omega";

/** Every other name as `name:hex code point`. */
const OTHERS =
  // ASCII: markup characters, and the HTML 5 names of punctuation
  "Tab:9 NewLine:a excl:21 quot:22 QUOT:22 num:23 dollar:24 percnt:25 amp:26 AMP:26 apos:27 " +
  "lpar:28 rpar:29 ast:2a plus:2b comma:2c period:2e sol:2f colon:3a semi:3b lt:3c LT:3c " +
  "equals:3d gt:3e GT:3e quest:3f commat:40 lsqb:5b bsol:5c rsqb:5d lowbar:5f grave:60 lcub:7b " +
  "verbar:7c vert:7c rcub:7d NonBreakingSpace:a0 COPY:a9 REG:ae " +
  // Latin Extended-A: the letters of Central European and Turkish names
  "Amacr:100 amacr:101 Abreve:102 abreve:103 Aogon:104 aogon:105 Cacute:106 cacute:107 " +
  "Ccaron:10c ccaron:10d Dcaron:10e dcaron:10f Dstrok:110 dstrok:111 Emacr:112 emacr:113 " +
  "Eogon:118 eogon:119 Ecaron:11a ecaron:11b Gbreve:11e gbreve:11f Idot:130 imath:131 " +
  "Lstrok:141 lstrok:142 Nacute:143 nacute:144 Ncaron:147 ncaron:148 Odblac:150 odblac:151 " +
  "OElig:152 oelig:153 Racute:154 racute:155 Rcaron:158 rcaron:159 Sacute:15a sacute:15b " +
  "Scedil:15e scedil:15f Scaron:160 scaron:161 Tcaron:164 tcaron:165 Uring:16e uring:16f " +
  "Udblac:170 udblac:171 Yuml:178 Zacute:179 zacute:17a Zdot:17b zdot:17c Zcaron:17d zcaron:17e " +
  "fnof:192 circ:2c6 tilde:2dc thetasym:3d1 upsih:3d2 piv:3d6 " +
  // General punctuation: spaces, joiners, dashes, quotation marks
  "ensp:2002 emsp:2003 thinsp:2009 ZeroWidthSpace:200b zwnj:200c zwj:200d lrm:200e rlm:200f " +
  "hyphen:2010 dash:2010 ndash:2013 mdash:2014 horbar:2015 lsquo:2018 rsquo:2019 rsquor:2019 " +
  "sbquo:201a lsquor:201a ldquo:201c rdquo:201d rdquor:201d bdquo:201e ldquor:201e dagger:2020 " +
  "Dagger:2021 bull:2022 bullet:2022 nldr:2025 hellip:2026 mldr:2026 permil:2030 prime:2032 " +
  "Prime:2033 lsaquo:2039 rsaquo:203a oline:203e frasl:2044 euro:20ac " +
  // Letterlike symbols, arrows, mathematical operators, shapes
  "image:2111 weierp:2118 real:211c trade:2122 TRADE:2122 alefsym:2135 larr:2190 uarr:2191 " +
  "rarr:2192 darr:2193 harr:2194 crarr:21b5 lArr:21d0 uArr:21d1 rArr:21d2 dArr:21d3 hArr:21d4 " +
  "forall:2200 part:2202 exist:2203 empty:2205 nabla:2207 isin:2208 notin:2209 ni:220b " +
  "prod:220f sum:2211 minus:2212 lowast:2217 radic:221a prop:221d infin:221e ang:2220 and:2227 " +
  "or:2228 cap:2229 cup:222a int:222b there4:2234 sim:223c cong:2245 asymp:2248 ne:2260 " +
  "equiv:2261 le:2264 ge:2265 sub:2282 sup:2283 nsub:2284 sube:2286 supe:2287 oplus:2295 " +
  "otimes:2297 perp:22a5 sdot:22c5 lceil:2308 rceil:2309 lfloor:230a rfloor:230b lang:27e8 " +
  "rang:27e9 loz:25ca spades:2660 clubs:2663 hearts:2665 diams:2666 starf:2605 star:2606 " +
  "check:2713 cross:2717";

/**
 * The names a page may write without the closing `;` and browsers still read in text
 * (`AT&amp T`, `&copy 2025`): the HTML standard's legacy names, the ones of the table above.
 */
const LEGACY = "amp AMP lt LT gt GT quot QUOT nbsp copy COPY reg REG";

let named: ReadonlyMap<string, string> | undefined;
let legacy: ReadonlySet<string> | undefined;

/** Named character references to the text they stand for (`"rsquo"` → `"’"`); built on first use. */
export function namedCharacterReferences(): ReadonlyMap<string, string> {
  if (named) return named;
  const table = new Map<string, string>();
  const run = (names: string, first: number): void => {
    names.split(" ").forEach((name, i) => {
      if (name !== "-") table.set(name, String.fromCharCode(first + i));
    });
  };
  run(LATIN_1, 0xa0);
  run(GREEK_CAPITALS, 0x391);
  run(GREEK_SMALL, 0x3b1);
  for (const pair of OTHERS.split(" ")) {
    const colon = pair.indexOf(":");
    table.set(pair.slice(0, colon), String.fromCharCode(parseInt(pair.slice(colon + 1), 16)));
  }
  return (named = table);
}

/** The names that need no closing `;` ({@link LEGACY}); built on first use. */
export function legacyCharacterReferences(): ReadonlySet<string> {
  return (legacy ??= new Set(LEGACY.split(" ")));
}

/**
 * What browsers read for numeric references to the C1 controls U+0080–U+009F: the Windows-1252
 * characters those bytes stand for (`&#146;` is `’`), as old CMS pages meant. Indexed by
 * code − 0x80; 0 where the standard keeps the control.
 */
export const WINDOWS_1252_C1: readonly number[] = [
  0x20ac, 0, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0, 0x17e, 0x178,
];
