/**
 * Common English words (not names): a capitalized word that is one of these starts a sentence or a headline word, not a name, unless the text shows it as a name elsewhere.
 *
 * Provenance: generated from the lexicon of compromise 14.17.0 (MIT licence, Spencer Kelly),
 * `nlp.world().model.one.lexicon` and `model.two.switches` (words that are also names,
 * such as "frank", count in both lists); lower case, one word each. Stored front-coded
 * (front-coded.ts): to edit, `node scripts/lexicon/words.mjs decode src/lexicon/actors-common-words.ts > words.txt`,
 * change that list, then `node scripts/lexicon/words.mjs encode src/lexicon/actors-common-words.ts < words.txt`.
 *
 * @module
 */

/** Common English words, lower case, sorted and front-coded (front-coded.ts); decoded into a set on first use. */
export const COMMON_WORDS_CODED: string =
  "abandon ed 2ing s 4s 6duct ed 2ing 3s 5errant 5t s 3ide s 2ing 5ject 4laze 3e 2oard 3lish ed 1s 2ing " +
  "7rt ed 2ing 3s 3und ed 2ing 3s 3t 2ve 3reast 4oad 3upt 4scond ed 2ing 3s 5ent 3olute 3ve d 1s 2ing " +
  "5rb ed 2ing 3s 4tract 3use 5urd er 1st 7undant 5se d 1s 2ing 6cademic s 7celerate d 1s 2ing 8nt ed " +
  "2ing 3s 3pt ed 2ing 3s 3ss ed 1s 2ing 6ident s 6limate d 1s 2ing 8ommodate d 1s 2ing 8panied 1s 3y " +
  "ing 6lish ed 1s 2ing 9rd ed 2ing 3s 3st ed 2ing 3s 3unt ant s 4ed 2ing s 4s 5rual s 3e d 1s 2ing " +
  "5urate 4se d 1s 2ing 3tom ed 2ing 3s 7e d 1s 1tate s 6he d 1s 2ieve d 1s 2ing 5ng 4id 1ng 3knowledge " +
  "d 1s 2ing Boustics 7quaintance s 9iesce d 1nt 2s 2ing 6re d 1s 2ing 4ttal s 8re s 2obat s 4ss 4t ed " +
  "2ing s 3vate d 1s 2ing 5ist s 6or s 3ress es 6s 1ual 4ute 4d amant 4pt ed 2ing 3s 4d ed 1nda 1um " +
  "5ict ed 2ing 3s 3ng 3ress ed 1s 2ing 7s 2ept 2quate 6jective s 7ourn ed 2ing 3s 5ust ed 2ing 3s " +
  "5minister ed 2ing 3s 3rator s Aral s 4t s 1ted 2ing 7olescent s 8pt ed 2ing 3s 3rn ed 2ing 3s 4sorb " +
  "ed 2ing 3s 5ult s 4vance d 1s 2ing 4tage s 7enturer s 7rse 2tise d 1s 2ing s 9ice 2sor s 5ocate d 1s " +
  "2ing 9erobics 4dynamics 8nautics Affect ed 2ing 2onate 6s 4iliate d 1s 2ing 7x ed 1s 2ing 5luent " +
  "5ord ed 2ing 3s 5raid 4ter 4gain st 5e d 1nt s 3s 2gressive 8ile 2ng s 4o nize d 1s 2ing 5ze d 1s " +
  "2ing 6ree able 4d 1ing 3s 5h a 1ead 2m 2h 1oy 3id ed 2ing 3s 2m ed 2ing 3s 2r craft 5ed 2ing 3s 3ka " +
  "2l arm ed 2ing 3s 3s 2coholic 7ert s 3xandria 8fredo es 7ga e 3ien s 3ght ed 1r 1st 3ing 3s 3n ed " +
  "2ing 3s 3ke 2ve 3kaline 6l ege d 1s 2ing 4rgies 3y 4ies 3ot s 1ted 2ing 5w ed 2ing 3s 3ude d 1s 2ing " +
  "4ring ing 3s 6y 2ma s 2ost 4one 1g side 6of 3ready 4ight 5so 2ter ed 2ing 3nate 1ive s 7s 3hough " +
  "5ogether 8umna e 2i 1us 5ways 5m algamate d 1s 2ing 9ze d 1s 2ing 5en ds 4id st 4nesty 5ong st 5ple " +
  "3use d 1s 2ing 6n alyse d 1s 2ing 2s 2t s 5rchist s 8cestor s 6hor ed 2ing 3s 5d 1ecdote s 7ger ed " +
  "2ing 3s 3rier 1st 4y 3imate d 1s 2ing 3or s 6se 3neal ing 3s 4ounce d 1r s 2s 2ing 6y ed 2ing 3s 3ul " +
  "led 3s 4omalies 3y 4ther 5swer ed 2ing 3s 5tarctic s 7enna e 5icipate d 1s 2ing 8dote s 5quated 4e " +
  "4sy 3y bodies 3y 4more 4one 3thing 5way 5part 3ostle s 6palled 2ing 5rent 3ition s 8eal ed 2ing 3s " +
  "2r ed 2ing 3s 2se d 1s 2ing 5ndices 3x 4tite s 3zing 7lied 1s 3y ing 5oint ed 2ing 3s 5raise d 1s " +
  "2ing 6eciate d 1s 2ing 7ntice s 7oach ed 1s 2ing s 7priate 6ve d 1s 2ing 4x imate d 1r 1s t 3ing " +
  "Bril 2opos 5t 2rab s 3bitrary 7c h bishop s 7ed 1s 2ing 2tect ed 2ing 3s 5val 2e d 1s 2ing 6tic s 5e " +
  "1gh 1ue d 1s 2ing s 6ise n 1s 2ing 3tocrat s 8thmetic 8m ed 2ing 3our ed 2ing 3s 4s 2ose 2und 2se d " +
  "1s 2ing 6range d 1s 2ing 5y s 3est ed 2ing 3s 4ive d 1s 2ing 5ogant 6senal s 3ic 5t iculate d 1r 1s " +
  "t 3ing 8ficial 6san s 3t s 4s y 4s cent s 5hen 3ide 3k ed 2ing 3s 2leep 4pect s 4ire d 1s 2in g " +
  "6sail ed 2ing 3s 4emble d 1s 2ing 6rt ed 2ing 3s 3ss ed 1s 2ing 6ign ed 2ing 3s 3st ant s 4ed 2ing " +
  "3s 4ociate d 1s 2ing 8ume d 1s 2ing s 5re d 1s 2ing 6tonish ed 1s 2ing 7und ed 2ing 3s 5ronaut s " +
  "4omer s 8ute 5t e 1hiest s 5lete s 2ics 7op 2tach ed 1s 2ing 4k ed 2ing 3s 3in ed 2ing 3s 4empt ed " +
  "2ing 3s 4ndant s 6st ed 2ing 3s 4ic s 3orney s 5second s 8ract ed 2ing s 3ve 3s 7uction ed 2ing 3s " +
  "6ditory 6gment ed 2ing 3s 5ust 4nt ie s 3s 3stere 3in 4thentic 5or ize d 1s 2ing 5s 4ocrat s 5immune " +
  "6mate d 1s 2ing 6psies 3y 6verage 3t ed 2ing 3s 4ocado s 5id ed 2ing 3s 4ril 4wait ed 2ing 3s 3ke n " +
  "3rd ed 2ing 3s 2e 2y 2esome r 1st 7hile 4kward 5oken 5xes 2is 3yatullah s 8e 3ba bies 3y sat 2it s " +
  "1ting s Acilli 1us 5k ed 2fire d 1s 2ing 6ing s 4s 1ward s 7d 1ffle d 1s 2ing 6ggage 5h 1il ed 2ing " +
  "3s 3ke d 1r s 2s 2ing s 5lance d 1s 2ing 6d er 1st 5m 1n d ed 2ing 3s 2g ed 2ing 3s 2k ed 1r s 3ing " +
  "s 4rupt ed 1r 1st 3ing 3s 5s es 4ned 2ing 4s 2r ber s 4e 1gain ed 2ing 3s 4e d 1s 2ing 4k ed 2ing 3s " +
  "2on ess es 5s 3racks 4ed 1n 2ier s 3ng 4s 1tender s 8se d 1s 2h ed 1s 2ing 4ing 3s 2the d 1s 2ing " +
  "4ter ed 2ing 3s 3le d 1s 2ing s 7wdier 1st 4y 4bl 1ps 3c 1e an s 2r ing 3s 2t boxer s 6en 2ing 3s 2u " +
  "tiful 5x 3came 2use 4ome s 2ing 6ef ed 2ing 3s 2n 2fore 3riend ed 2ing 3s 7g an 2ged 2ing 4in ning s " +
  "5s 3s 1uile d 1s 2ing 5n 3have d 1s 2ing 5ead ed 2ing 3s 3ld 3ind 3old ing 3s 5ing s es 6lated 4ieve " +
  "d 1s 2ing 5ttle d 1s 2ing 7la 1ies 3y 2ong ed 2ing s 4s 3ved 3w 2t ed 2ing 3s 3nd ing 3s 2eath 3dict " +
  "s 5ficial 4t ed 2ing 3s 5ign 3t 2queath ed 2ing 3s 7rg s 3side s 4t ow ed 2ing 3s 3s elling 9t ray " +
  "ed 2ing 3s 4s 1ter 2ing s 5ween 5ware 3ilder ed 2ing 3s 5tch ed 1s 2ing 8yond 5ias ed 1s 2ing " +
  "5cyclist s 8d ding 4e s 2ing 3s 2ff ed 2ing 5g ger 1st 4time 5ke d 1s 2ing 4ll iards 4on s 1th s 6s " +
  "3nd ing 3s 3opic s 3sies 3y ing 7partisan 8shop s 4on 3t ch ed 1s 2ing s 6e s 2ing s 4s 1ten 1r est " +
  "5ing 5zarre 6l ack ed 1r 1st 3ing 3s 3me d 1s 2ing 4nd er 1st 4k ed 2ing 3s 3st ed 2ing 3s 3ze d " +
  "2ing 5ed 1ed ing 3s 3mish es 6nd ed 2ing 3s 3ss ed 1s 2ing s 6w 2ind ed 2ing 4k ed 2ing 3s 3the 2z " +
  "ed 1s 2ing 6oat ed 2ing s 4s 3ck ed 2ing 3s 3gger s 5nd er 1st 5od ier 1st 4y 3ssom ed 2ing 7w ing " +
  "3n 1s 3ue r 1st 3nt ed 1r 1st 3ing 3s 3r red 2ing 4s 1t ed 2ing 3s 5o ard ed 2ing 3s 3st ed 2ing 3s " +
  "3t ed 2ing s 4s 3b bed 2ing 5dies 3y 2g ged 2le d 1s 2ing 5s 1us 3hemian s 7il ed 2ing 3s 3ld er 1st " +
  "3face 5ster ed 2ing 3s 6mb ard ed 2ing 3s 4ed 2ing s 4s 3nafide 5d ed 2ing 3s 2e d 1s 2ing 4o geyman " +
  "s 7k ed 2ing s 4keep ing s 4s 3pt 4s 2m ed 2ing 3s 2st ed 2ing 3s 3t ing 3s 2ya 3rder ed 2ing 3s 4e " +
  "d 1s 2ing 3n 1ough s 5row ed 2ing 3s 5s s ed 1s 2ing 5th er ed 2ing 3s 4tle d 1s 2ing 4om s 5ught " +
  "3nce d 1s 2ier 1st 3ng 3y 2d 2rgeois es 8t 2wl ing 3s 3x ed 1s 2ing 4y cott ed 2s 5friend s 7s 3rake " +
  "s 2ing 4nch ed 1s 2ing 5d ed 2ies 2ng s 4s 1y 3sh er 1st 5ve r 1st 3o 3each ed 1s 2ing 5d th 3k fast " +
  "s 5ing 3s 1through s 9stfeed ing 3s 7the d 1s 2ing s 4take s 2ing 5ook 7d 1ed ing 3s 4ibe d 1s 2ing " +
  "4ck layer s 6s 3de s 2ge d 1s 2ing 5ef s 3gadier s 6ht en ed 2ing 3s 2r 1st 6lliant er 1st 9ng ing " +
  "3s 3sk 3o ad cast ing s 4s 5en ed 2ing 3s 2r 1st 5ke n 1r s 4nze 3ok 2s 1ther s 5ught 4wn er 1st 6r " +
  "1uise d 1s 2ing 5sh ed 1s 2ing 5te s 5tw 2ubble d 1s 2ing 6ck ed 2ing 3le d 1s 2ing 6d dhist s 5ing " +
  "4ed 2get ing s 4s 4s 2ff er ed 2ing 3s 2st 5ild er s 3ing s 4s 2t 3lk ed 2ing 3s 2lied 1s 3y ing s " +
  "7mp ed 2ing 3s 3ndle d 1s 2ing 5nies 3y 2ting 5rden ed 2ing 3s 4glar ies 3s 1y 5ial s 3ed 1s 3lier " +
  "1st 4y 2n ed 2ing 3s 1t 2p ed 2ing s 4s 2st ing 3s 3y ing 5s es 2ier 1st 3nessman s 4person s 7woman " +
  "s Bt ed 2ing 3le d 1s 2ing 4s 2y 2t cher ed 2ing 3s 5t er flies 3y 5s 3y ing 3s 2zz ed 1s 2ing 6y e " +
  "1pass ed 1s 2ing 7te s 5ca cti 1us 4d et s 4ge d 1ier 1st 4s 1y 2ing 4hier s 5ke d 1s 2ing 4lculate " +
  "d 1s 2ing 8l ed 2ing 3s 2m ed 1r 1st 3ing 3s 2orie s 6m e 1p ed 2ing s 4s 2s 2n al s 2ries 3y 3cel " +
  "led 2ing 4s 4e s 2nibal s 5ot 3oe ing 3s 3ton s 5p ital s 5ped 2ing 4s 1tain s 4ivate d 1s 2ing 7ure " +
  "d 1s 2ing 7r at s 3bohydrate s Ad ed 2iac 2ng 3s 2e d 1en ed 2ing 3s 3ful 3r s 2s 1taker s 7ing " +
  "3penter s 7ried 1r s 2s 3y ing 5s 1ve d 1s 2ing s 6sh ed 1s 2ier s 3ng 4t ing s 4s 3talog ged 3ing " +
  "3s 5ch es 2ing 5er ed 2ing s 4pillar s 7s 3hedral s 8ucus es 5ght 3lk ed 2ing 3s 3se d 1s 2ing 4tion " +
  "ed 2ing 3s 6ve d 1s 2ing 5ca 2ease d 1s 2ing 5iling s 6lcius 4ebate 3rate d 1s 2ing s 6ities 3y 6lar " +
  "s 4sius 5nter ed 2ing 3s 3igram s 5liter s 6meter s 7ralize d 1s 2ing 7e d 1s 2ing 4uries 3y 5o s " +
  "2real s 4tain 3ificate s 5ed 1s 3y ing 9fo s 3g 1hain ed 2ing 3s 2r ed 2ing 3man s 4s 1woman s " +
  "8llenge d 1s 2ing 8mbers es 6pion ed 2ing 3s 6ncellor s 7delier s 7ge d 1s 2ing 4nel led 2ing 4s 4t " +
  "ed 2ing s 4s 3os 2plain s 6racter istic s 6s 6ge d 1s 2ing 4ities 3y 3m ed 2ing 3s 2t ed 2ing 3s 3se " +
  "d 2ing 4t eau x 4s 1ted 2ing s 6uffeur ed 2ing 3s 8eap er 1st 4t ed 2ing 3s 3ck ed 2ing 3s 3er ed " +
  "2ing s 4leader s 7s 1y 2se 1ier 1st 4y 3f s 2que s 4rish ed 1s 2ing 7w ed 2ing 3s 1y 2z 2icken s 5ef " +
  "s 3ld ren 4l ed 2ier 1st 3ng 3s 1y 3n s 1tzy 4p ping 4s 2rp ed 2ing 3s 4ocolate s 7ose s 2ing 5p ped " +
  "2ing 4s 2se n 4ristian s 7ysanthemum s Cuck ed 2ing 5m s 4irca 1le d 1s 2ing 4umspect 5vent ed 2ing " +
  "3s 6s es 6te d 1s 2ies 2ng 2zen s es 7y 2vics 2l 4laim ed 2ing 3s 3p ped 2ing s 5s 2ssic s 2fied 1s " +
  "3y ing 8w ed 2ing 3s 3ean ed 1r s 2st 3ing s 4s e d 1s 2ing 5r ed 1r 1st 3ing s 4s 3rgies 3y 2ic s " +
  "3k s 3ver er 1st 7ick ed 2ing 3s 3ent s 4ff s 3mb ed 2ing s 4s 3ng ing 3s 2ic s 4p ping 4s 3ockwise " +
  "6ne d 1s 2ing s 5se d 1r 1s t 3ing 4th es 2ing s 4s 3ud ed 2ier 1st 3ng 3s 1y 3wn s 4ub bed 2ing s " +
  "5s 2ng 2tter ed 2ing 3s 7m on 3oach ed 1s 2ing s 6l esce d 1s 2ing 7rse r 1st 5t ed 2ing s 4s 3de d " +
  "1s 2ing s 5efficient s 9rce d 1s 2ing 2ve 5xist ed 2ing 3s 6gent 3nizant 7habit ed 2ing 3s 6in cide " +
  "d 1s 2ing 6ed 2ing 3s 3ke s 3l d er 1st 4ic s 3lapse d 1s 2ing 5r s 3eague s 5ct ed 2ing s 4s 4ide d " +
  "1s 2ing 5ude d 1s 2ing 6onel s 3ial 4r ed 2ing ing 3s 4s 2ssal 4ur ed 2ing 3s 4umnist s 8matose 5bat " +
  "ing 3s 1ted 5ine d 1s 2ing 5ust ed 2ing 3s 5e dian s 5s 2fort ed 2ing 3s 5ic s 2ng 3mand ed 1r s " +
  "3ing 3s 4ence d 1s 2ing 4surate 6t ary 3ed 1r s 3ing 3s 3rcial s 7issioner s 8t s 1ted 2ing 6on er " +
  "1st 5unicate d 1s 2ing s 7que s 4st s 5te d 1s 2ing 6panion s 5ssionate 9el led 2ing 4s 2te d 1s " +
  "2ing 5ile d 1s 2ing 5lain ed 2ing s 4s 4ement ed 2ing 3s 5te d 1r 1s t 3ing 4x es 4icate d 1s 2ing " +
  "6ed 1s 3y ing 5ose d 1r s 2s 2ing s 5und ed 2ing 3s 5romise d 1s 2ing 8ulsory 7rade s 6ncave 3eal ed " +
  "2ing 3s 3ited 3ve d 1s 2ing 5ntrate d 1s 2ing 8rn ed 2ing 3s 4ise 3lude d 1s 2ing 6rete s 5ur red " +
  "2ing 4s 4demn ed 2ing 3s 3nse d 1s 2ing 5scending 9one d 1s 2ing 5ucive 3t ed 2ing s 4s 5fess ed 1s " +
  "2ing 6idant e s 2s 4e d 1s 2ing 4gure d 1s 2ing 6rm ed 2ing 3s 4lict ed 2ing 3s 5orm ed 2ing 3s " +
  "4ront ed 2ing 3s 5use d 1s 2ing 2on 6glomerate d 1s 2ing Aratulations Aessman s 4woman s 9uent " +
  "6joint 4ugal 1te d 1r 1s t 3ing 6re d 1s 2ing 6note d 1s 2ing 6quer ed 2ing 3s 5script ed 2ing 3s " +
  "6ent ed 2ing 3s 3quent 5rvatories 3y 5e d 1s 2ing 6ider ed 2ing 3s 4st ed 2ing 3s 4olidate d 1s 2ing " +
  "9pire d 1s 2ing 6table s 4nt 3ituent s 4te d 1s 2ing 7rain ed 2ing 3s 4uct ed 2ing s 4s 6ulate s 4t " +
  "ant s 4ed 2ing s 4s 3me d 1s 2ing 3mate d 1r 1s t 3ing 9tact ed 2ing 3s 3in ed 2ing 3s 4emporaries " +
  "3y 7nder s 4t s 4inue d 1s 2ing 6radictory 7ry 2st ed 2ing 3s 4ibute d 1s 2ing 3or s 6te 3ol led 1r " +
  "s 3ing 4s 5vene d 1s 2ing 4rge d 1s 2ing 4t able s 5ed 2ing 3s 3y ed 2ing 3s 3ince d 1s 2ing s 9ok " +
  "ed 2ie s 2ng s 4s 2l ed 1r 1st 3ing 3s 2perative s 9rdinate d 1s 2ing 3or s Ape d 1s 2ied 1r s 2s " +
  "2ng s 4y ing 5ral 2e d 1s 2ing 3p ora l s 2te 5us 3ral s 3ect ed 1r 1st 3ing 3s 3spond ed 2ing 3s " +
  "7ode d 1s 2ing 5upt ed 1r 1st 3ing 3s 6s t ing 3lier 1st 4y 2s 3ttage s 4on 4ugh ed 2ing 3s 3ld 1omb " +
  "s 5ncillor s 7sel led 2ing 4s 4t ed 1rclockwise 9feit ed 1r 2ing 3s 1test 9ss es 5ing 3s 3ple d 1s " +
  "2ing 5rier s 4t ed 2ing 3s 3scous 4in s 5ver ed 2ing s 4s 1t 4wabunga 5rdlier 1st 4y 5boy s 4orker s " +
  "7y ote s 5z ier 1st 4y 3rack ed 2ing 3s 3ft ed 2ing s 4s 1y 3mp ed 2ing 3s 3sh ed 1s 2ing 5ve d 1n " +
  "1s 2ing 4wl ing s 4s 3zed 4eate d 1s 2ing 3or s 5dit ed 2ing 3s 4ep ing 3s 1y 3pt 3ied 1s 2pple d 1s " +
  "2ing 6ses 2is 2p er 1st 5teria 1on 5ic s 5op ped 2ing 4s 2ss ed 1s 2ing s 6wd ed 2ing 3s 4ucial 2ble " +
  "s 6de s 3el er 1st 5mble d 1s 2ing 6sh ed 1s 2ing 6y ing s 4stal line 4s 7ube d 1s 2ing 4ddlier 1st " +
  "4y 4e d 1ing 3s 2ltivate d 1s 2ing 9nning s 6p s 2rator s 5b ed 2ing 3s 2e d 1s 2ing 3l ed 2ier 1st " +
  "3ng s 4s 1y 2mudgeonly 9rency 4icula 1um 7tail ed 2ing 3s 5ve d 1s 2ing 5stomary 3er s 3ize d 1s " +
  "2ing 9t e r 1st 1y 3s 1ting 5z 2ycle d 1s 2ing s 6n 3dab bed 2ing 4s 2d dies 3y 2s 2ily 2sies 3y 3m " +
  "age d 1s 2ing 5mit 3n it 3p ed 1n ed 2ing 3s 2r 1st 3ing 3s 2s 2nce d 1r s 2s 2ing s 5g erous 7pper " +
  "4re d evil s 6s 2ing 3k en ed 2ing 3s 3s 2ling s 5t ed 2ing 3s 2win 4sh ed 1s 2ing 5tabase s 6e d 1s " +
  "2ing s 5ughter s 6nt ed 2ing 3s 4wn s 3y s 2ze d 1s 2ing 3zle d 1s 2ing 7e acon s 4d er 1st 3lier " +
  "1st 4y 2pan 4f en ed 2ing 3s 2r 1st 4l er s 3ing 3s 1t 2n s 2r er 1st 4th bed s 4s 4bark ed 2ing 3s " +
  "3te d 1s 2ing s 6ilitate d 1s 2ing 9rief ed 2ing 3s 5ug ged 2ing 4s 2nk ing 3s 3t ed 2s 4cade s 3l s " +
  "2y ed 2ing 3s 3eased 4ive d 1s 2ing 5ntralize d 1s 2ing Bide d 1s 2ing 4gram s 5liter s 6mal s 2te d " +
  "1s 2ing 5eter s 6pher ed 2ing 3s 6lare d 1s 2ing 5ine d 1s 2ing 6ode d 1s 2ing 4mmission ed 2ing 3s " +
  "8pose d 1s 2ing 7rate d 1s 2ing s 4or s 6uple d 1s 2ing 7rease d 1s 2ing 5e d 1ing 3s 3ied 1s 3y ing " +
  "3pt ed 2ing 3s 6dicate d 1s 2ing 7uct ed 2ing 3s 5ep en ed 2ing 3s 2r 1st 4r 2f ace d 1s 2ing 5eat " +
  "ed 2ing 3s 3ct ed 2ing 3s 3nceman s 7r ral s 3ed 2ing 4s 3iant 3ed 1s 2ne d 1s 2ing 2te ly 7orm ed " +
  "2ing 3s 4raud ed 2s 5use d 1r 1s t 3ing 5y ing 5generate 7rade d 1s 2ing 7ities 3y 3ja s 3lay ed " +
  "2ing 3s 3egate d 1s 2ing s 8iberate d 1r 1s t 3ing 8cate 4ght ed 2ful 3ing 3s 4mit ed 2ing 3s 4ver " +
  "ed 2ing s 4s 6mand ed 2ing 3s 4ean ing 3s 4ise 3ographic s 8lish ed 1s 2ing 7ralize d 1s 2ing 9ure " +
  "4nial s 3ed 1s 2zen s 5ote d 1s 2ing 4unce d 1s 2ing 7se r 1st 4y ing 5part ed 2ing 3s 4endent 6ict " +
  "ed 2ing 3s 4lore d 1s 2ing 4y ed 2ing 3s 4ort ed 2ing 3s 3sit ed 2ing 3s 5ress ed 1s 2ing 7utee s " +
  "3ies 3y 4rail ed 2ing 3s 3nge d 1s 2ing 6elict 5ivative s 6e d 1s 2ing 6s cendant s 8ert ed 1r s " +
  "3ing 3s 2ve d 1s 2ing 6ign ed 1r s 3ing 3s 3re d 1s 2ing 4st ed 2ing 3s 4perate 5ite 3ondent 7titute " +
  "6ultory 7tach ed 1s 2ing 5il ed 2ing 3s 4ective s 6rmine d 1s 2ing 6rent s 8vastate d 1s 2ing 8elop " +
  "ed 1r s 3ing s 4s 5oid 2lve d 1s 2ing 5te d 1s 2ing 4ut 5g 1iabetes 5gnose d 1s 2ing 2s 6lect s 6ce " +
  "1k ens 3s 2tator s 7d actic 6e d 1go 2s 1tician s 5tian s 8ffer ed 2ing 3s 3icult 5use d 1r 1s t " +
  "3ing 7g est ed 2ing 3s 4ging 4nified 1s 3y ing 5taries 3y 6s 2m inish ed 1s 2ing 9ne d 1s 2ing 3ner " +
  "s 5p lomat s 6ped 2ing 4s 2re ct ed 1r 1st 3ing s 4ly 2or s 3s 3r 1st 3tier 1st 4y 3sable d 1s 2ing " +
  "5ppoint ed 2ing 3s 7rm ed 2ing 3s 4band ed 2ing 3s 4urse d 1s 2ing 7card ed 2ing 3s 4ern ed 2ing 3s " +
  "4harge d 1s 2ing 7ipline d 1s 2ing 8laim ed 2ing 3s 4ose d 1s 2ing 6ontent s 6unt ed 2ing 3s 3rage d " +
  "1s 2ing 7ver ed 2ing s 4s 5reet 2te 4uss ed 1s 2ing 7eased 5gruntle d 1s 2ing 8uise d 1s 2ing 5st ed " +
  "2ing 3s 5h earten ed 2ing 3s 6d 1s 2ing 3onesty 7incentive s Ajoint 5like d 1s 2ing 5odge d 1s 2ing " +
  "7mantle d 1s 2ing 8parate 4tch ed 1s 2ing 7ense d 1s 2ing 5rse d 1s 2ing 6lace d 1s 2ing 4y ed 2ing " +
  "3s 3ease d 1s 2ing 7ose d 1s 2ing 2tion s 8rove d 1s 2ing 6ute d 1s 2ing 6repute 5upt ed 2ing 3s " +
  "5sent ed 2ing 3s 4olve d 1s 2ing 6uade d 1s 2ing 7tant 3il l ed 2ing 3s 2s 2nct 2guish ed 1s 2ing " +
  "Aort ed 2ing 3s 4ract ed 2ing 3s 4ess ed 1s 2ing 6ict s 5urb ed 2ing 3s 6tch ed 1s 2ing 6va s 2e rge " +
  "d 1nt 2s 2ing 4se 2t ed 2ing 3s 3s t ed 2ing 3s 4ide d 1nd s 3s 2ing 4ne r 1st 3g s 4orce d 1s 2ing " +
  "6ulge d 1s 2ing 7xie s 4zzier 1st 4y ing 7j s 2l 1m 1o cile 3k ed 2ing 3s 2tor ate s 4ed 2ing 3s " +
  "4ument aries 3y 3ed 2ing 3s 7dge d 1s 2ing 5es 2ggies 3y 3ilies 3y 2n g 3le d 1s 2ing 3lies 3y " +
  "3minant 6ne 2or s 3pe 2rk s 2mant 5ssier s 6ting 4uble d 1r 1s t 3ing 4t ed 2ful 3ing s 4s 4ve 2wn " +
  "load ed 2ing 3s 5side s 4tairs 9raft ed 2ing 3s 3g ged 2ing 4onflies 3y 5s 2in ed 2ing 3s 3nk 2t " +
  "1ughts 5w ing s 4n 1s 3eam ed 2ing s 4s 1t 2ry 3dge d 1s 2ing 5ss ed 1s 2ing s 6w ed 2ing 5ibble d " +
  "1s 2ing s 7ed 1r s 2s t 3ft ed 1r s 3ing 3s 3ll ed 2ing 3s 3nk ing s 4s 3p ped 2ing 4s 2ve n 1r s 2s " +
  "2ing s 6one d 1s 2ing 4p ped 2ing 4s 2ve 2wn ed 2ing 3s 2sy 4um med 2ing 4s 2nk er 1st 6y ing 5u b " +
  "bed 2ing 4s 2de s 3e l led 2ing 4s 3g 1h 1ll ed 1r 1st 3ing 3s 3mb er 1st 4p ed 2ing s 4s 3plicate d " +
  "1s 2ing 9ring 4stier 1st 4y 3tchess es 9well ed 1r s 3ing s 4s 4indle d 1s 2ing 8ye d 1ing 3s 2ing " +
  "3nasty 7ea ch 2ger 3rl ier 1st 4s 1y 2mark ed 2ing 3s 5n ed 1st er 5ing s 4s 2th lier 1st 4y 5sier " +
  "1st 4t ern er 1st 7y going 7t en 2ing s 4s 3cho ed 1s 2ing 5onomics 2es 2st s 4y 6ddies 3y 2ge d 1s " +
  "2ing 4ified 1s 3y ing 5t ed 2ing 3or s 3s 3ucate d 1s 2ing s 3on 8ek 1p 1rie r 1st 6ffect ed 2ing 3s " +
  "4icient 5gies 3y 5g g s 3h 1ight een th s 6h s 2ieth s 5y 4ther 5l aborate d 1r 1s t 3ing 8pse d 1s " +
  "2ing 5te d 1s 2ing 5der ly 2s 4ect ed 2ing 3orate s 6rician s 3ty 4fied 1s 3y ing 6onics 6s 3gant " +
  "4ven th s 7icit ed 1r 2ing 3s 1test 7te s 4le 2oquent 6se 2ucidate d 1s 2ing 8de d 1s 2ing 6maciate " +
  "d 1s 2ing 8balm ed 2ing 3s 3rgo es 4k ed 2ing 3s 2rass ed 1s 2ing 8ssies 3y 4odied 1s 3y ing 6race d " +
  "1s 2ing 5oider ed 2ing 3s 4l ed 2ing 3s 6cee s 4erge d 1nt 2s 2ing 6inent 4r s 3peror s 5hasize d 1s " +
  "2ing 8loyee s 2r s 6ower ed 2ing 3s 5tied 1r 1s t 4y ing 7nable d 1s 2ing 5ct ed 2ing 3s 3mored " +
  "6chant ed 2ing s 4s 5ircle d 1s 2ing 7lose d 1s 2ing 6ounter ed 2ing 3s 5rage d 1s 2ing 8roach ed 1s " +
  "2ing 7ypt ed 2ing 3s 5umber ed 2ing 3s 7d anger ed 2ing 3s 6ear ed 2ing 3s 3d 2ing s 4orse d 1s 2ing " +
  "5w ed 2ing 3s 3s 1ure d 1s 2ing 6emies 3y 2rgies 2ze d 1s 2ing 5y 4force d 1s 2ing 7g age d 1s 2ing " +
  "5ender ed 2ing 3s 6ineer ed 2ing s 4s 6rave d 1s 2ing 6ulf ed 2ing 3s 5hance d 1s 2ing 7joy ed 2ing " +
  "3ment 4s 4large d 1s 2ing 6ist ed 2ing 3s 3ven ed 2ing 3s 6ough 4quire d 1s 2ing 7rich ed 1s 2ing " +
  "6ol l ed 2ing 3s 2s 4sue d 1s 2ing 3re d 1s 2ing 6ter ed 2ing 3prise s 6s 1tainment Ahral ling 4s " +
  "5ice d 1s 2ing 4re 3rain ed 2ing 3s 4ench ed 1s 2ing 6preneur s 9ust ed 2ing 3s 6velop ed 2ing 3s " +
  "5ied 1s 2ronmentalist s Dsage d 1s 2ing 5ion ed 2ing 3s 6y ing 6pic s 2demic s 7och s 5qual 2ip ment " +
  "4ped 2ing 4s 5rase d 1s 2ing 5ect 3stwhile 7upt ed 2ing 3s 5scape d 1s 2ing 5hew ed 2ing 3s 5p ouse " +
  "d 1s 2ing 7sential er 1st At ablish ed 1s 2ing 8te s 4imate d 1s 2ing 9tc h ed 1s 2ing 5hereal 5ic s " +
  "5ula s 3reka 5valuate d 1s 2ing 8e n ing s 4t s 3r y body 4day 3one 3thing 7s 2il er 1st 5oke d 1s " +
  "2ing 4lve d 1s 2ing 7ww 2x abyte s 5ct ing 5ggerate d 1s 2ing 9lt ed 2ing 3s 3mine d 1r s 2s 2ing " +
  "5ple s 5sperate d 1s 2ing Aceed ed 2ing 3s 3l led 1ncies 3y 4ing 4s 2pt 2ss es 5hange d 1s 2ing 7ite " +
  "d 1s 2ing 5laim ed 2ing 3s 4ude d 1s 2ing 6use d 1s 2ing 6ecutive s 7mplar s 4t ed 1r 1st 3ing 3s " +
  "4rcise d 1s 2ing s 7t ed 2ing 3s 4hale d 1s 2ing 4ust ed 2ing 3s 5ibit ed 2ing 3s 4larate d 1s 2ing " +
  "9ort ed 2ing 3s 4ume d 1s 2ing 6ile s 3st ed 1nce 4ing 3s 3t ed 2ing 3s 3p and ed 2ing 3s 4ect ed " +
  "2ing 3s 3dient 3te d 1s 2ing 6l led 2ing 4s 2rience d 1s 2ing 6ment ed 2ing 3s 6t ise 3s 4ire d 1s " +
  "2ing 5lain ed 2ing 3s 4icit 4ode d 1s 2ing 4it ed 2ing 3s 3re d 1s 2ing s 7ort ed 2ing 3s 3se d 1s " +
  "2ing 5ress ed 1r 1s t 3ing 7unge d 1s 6quisite 7tend ed 2ing 3s 2t s 4inguish ed 1s 2ing Aol led " +
  "2ing 4s 3ra ct ed 2ing 3s 3vagant 7eme r 1st 7uberant 6de d 1s 2ing 4ltant 7ye ball ing 3s 5d 1ing " +
  "3lid s 4s 4fabled 3ric s 5ce d 1s 2ing 4de d 1s 2ing 4hrenheit 8il ed 2ing 3s 2nt ed 1r 1st 3ing 3s " +
  "3r s 2th s 4ke d 1r 1s t 3ing 4ll en 2ing 3s 2se 2ter ed 2ing 3s 5med 2iliar 2es 3y 4ncied 1r 1s t " +
  "4y ing 5nies 3y 3r ad s 3ewell 5m ed 1r s 3ing s 4s 2ther 5scinate d 1s 2ing s 9t ed 1n ed 2ing 3s " +
  "2r 1st 3ing 3s 3t e 1her s 4s 1ten ed 2ing 3s 5ultier 1st 4y 3x 2vorite s 5ur ed 2ing 2te s 4s 6ear " +
  "ed 2ing 3s 2ture d 1s 2ing 7d 1eble r 1st 5d ing 3s 2l ing s 4s 2t 2ll a s 2ow s 4t 2m ale s 4inine " +
  "2st s 6tosecond s Ance d 1s 2ing s 5d ed 2ing 3s 3rment ed 2ing 3s 5n s 2tile 4vent 5ss ed 1s 2ing " +
  "5tch ed 1s 2ing 5ish es 6w er 4iance s 5ction 5eld ed 2ing 3s es 5nd s 3rce r 1st 4y 3fteen th s 6h " +
  "s 2ieth s 5y 3g ht er s 3ing s 4s 3ure d 1s 2ing 6le d 1s 2ing s 4l ed 2ing s 4s 2m ed 2ing 3maker s " +
  "6s 2ter ed 2ing 3s 5nal 1nce d 1s 2ial er 1st 5er s 3ng s 7d ing s 4s 2e r 1s 2ish ed 1s 2ing 5te 3n " +
  "s 3re d 1fighter s 7lies 3y 3man s 4s 2ing 3m ed 1r 1st 3ing 3s 2st s 4sh ed 1s 2ing s 6t s 1ted 1r " +
  "s 3ing 5ve 2x ed 1s 2ing 4zzle d 1s 2ing 7lag ged 2ing 4rant 4s 2ke d 1s 2ing 4me d 1s 2ing 4re d 1s " +
  "2ing 4sh ed 1s 2ing 5t ten ed 2ing 3s 2r ed 2ing 3s 2st 5vor ed 2ing 3s 2ur ed 2ing 3s 6ed 1e ing 3s " +
  "2sh ed 1s 2ing 5w 2ies 2ng ing 3s 3p ping 4s 2rt ed 2ier 1st 3ng s 4s 1y 4o at ed 2ing 3s 3ck ed " +
  "2ing 3s 3od ed 2ing s 4s 3s 1ur 2w ed 1r ed 2ing 3s 1y 3ing 3n 1s 3uent 3id s 3ng 2orescent 8ster ed " +
  "2ing 3s 5te s 4y ing 5m 1oamier 1st 4y 3cus ed 1s 2ing 6e s 2g ged 2ing 4s 2il ed 2ing 3s 3ld ed " +
  "2ing 3s 2ksy 3lies 3ow ed 2ing 3s 3y 3nd er 1st 5od 1l ed 2ing 2sh 3s 2t 2r bade 3id den 2ing 4s 4ce " +
  "d 1s 2ing 4ebear s 4oding ing 3s 7cast ing s 4s 4lose d 1s 2ing 7go es 2ing 5ign 3man s 4runner s " +
  "7saw 2ee able 4ing 3s 3hadow ed 2ing 3s 6ter s 5ver 3warn ed 2ing 3s 4ent 5feit ed 2ing 3s 5gave 3e " +
  "d 1s 1t ful 3s 1ting 6ing 2ve n ess 4s 2ing 5ot ten 6k ed 2ing 3s 2m al er 1st 4t s 1ted 2ing s 7ed " +
  "1r 2ing 3s 1ula e 5sake n 1s 2ing 5een 3ook 4thcome s 2ing 7ieth s 5unate 5y 2ward ed 2ing 3s 6ster " +
  "ed 2ing 7ught 3l ed 1r 1st 3ing 3s 2nd ing 5r ier 3some s 5teen th s 6h s 2ieth s 5y 4wl 3r acture d " +
  "1s 2ing 7gile 3me nt ed 2ing 3s 3s 2ing 4rant 5il er 1st 5me d 1s 2ing 4nchise d 1s 2ing 7k er 1st " +
  "4tic 5ee d 1ing 3lancer s 7r 1s t 2ze s 2ing 5quent 5sh en ed 2ing 3s 2r 1st 5tful 5ied 1nd lier 1st " +
  "4y 2s 3s 2gate s 4hten ed 2ing 3s 6lly 3nge d 1r 1s t 3ing 6olic s 4m 1ntier s 6st ed 2ing s 4s 3wn " +
  "ed 2ing 3s 3ze n 4ugal 3strate d 1s 2ing 9y ing 5t 1uck ed 2ing 3s 3el led 2ing 4s 3gitive s 7lfil l " +
  "ed 2ing 3s 2s 4l est 3y 3n ction ed 2ing 3s 6d ed 2ing s 4raise d 1s 2ing 7s 2er al s 4st 3gi 1us " +
  "3nier 1st 4y 3rnish ed 1s 2ing 5ture 6rier 1st 4y 2ther more 5st 6ss ed 1s 2ing 5ture s 5zz ed 1s " +
  "2ing 6y 2gad flies 3y 3s 2g ged 2ing 4s 2h 1ier 2l s 2n ed 2ful 3ing 3s 3l lon s 5mbler s 5e d 1s " +
  "2ing 4ng ing 3s 3rden ed 1r s 3ing s 4s 4lic s 4nish es 7s es 2sed 2ing 5te d 1s 2her ed 2ing s 4s " +
  "4ing 4uche 3dier 1st 4y 3ve 2y est 4ze d 1s 2ing 5b ps 3ear ing 3s 3e k s 2se 3isha s 5latin s 6ne " +
  "ra l s 2te d 1s 2ing s 6ic 3s 1tics 5ious es 5us es 5tle man s 4r 1st 5uine r 1st 5s 3t s 1ting " +
  "6hastlier 1st 4y 5ost lier 1st 4y 2s 1writer s Biant er 1st 6ddier 1st 4y 3ft ed 2ing 3s 3gabyte s " +
  "5ntic 5gle d 1s 2ing 6ll s 3rl friend s 7s 3ve n 1s 2ing 5lacier s 5d der 3est 3iator s 7re d 1s " +
  "2ing 5eam ed 2ing 3s 2n ed 2ing 3s 4ib ber 3est 4de s 2ing s 6obal 3omier 1st 4y 3ss ed 1s 2ing 5w " +
  "ed 2ing 3s 3ue d 1s 2ing 3ten 4ycerin 7o alie s 3keeper s 7tender s 9d dess es 6s 2es 2ing 3ld en 2s " +
  "2f er s 4ly 3ne 1na 3od bye 4f ed 2ier 1st 3ng 3s 1y 2se 3re 2sh 1sip ed 2ing 3s 5t ten 4ught 4vern " +
  "ed 2ing 3s 6rab bed 2ing 4s 2ce d 1ful 4ing 4de d 1s 2ing 3uate d 1s 2ing 7iest 4m s 2naries 3y 3d " +
  "child s 6daughter s 9er 1st 3father s 7ma s 2other s 7pa rent s 5s 3son s 5ite 3nies 3y 2t ed 2ing " +
  "5phic s 4ple d 1s 2ing 6sp ed 2ing 3s 2s 2te d 1ful 3s 2ified 1s 3y ing 5ng 2s 3ve s 3y er 3ze d 1s " +
  "2ing 5easy 2t er 1st 5ed ier 1st 4y 2n er 1st 3s 2t ed 2ing s 4s 3ier 3nadier s 7w 1y est 5id s 2eve " +
  "d 1s 2ing s 6ll ed 2ing 3s 3m est 3mer 4nd ing 3s 3p ped 2ing 4s 2slier 1st 4y 3zzled 6oom ed 2ing " +
  "3s 2vier 1st 4y 3ss er 1st 5und break ing 3s 6ed 2ing 3s 4w ing 3n 1s 1th ed 2ing 3s 5r 1uel ing " +
  "3led 2ing 4s 2some r 1st 7mble d 1s 2ing 8uarantee d 1ing 3s 6d ed 2ing 3s 4ess ed 1s 2ing 4t s 4ide " +
  "d 1s 2ing s 5lty 4llies 3y 2p ed 2ing 3s 3m 1n ning 4s 2ru s 3y s 3ymnastics 8psies 3y 5hack ed 2ing " +
  "3s 3d 1ha ha 4i r dresser s 8stylist s 8y 3lf 1ibut 4l elujah 6owed 4s 2o s 2ves 4m ilton 5mer ed " +
  "2ing 3s 4per ed 2ing 3s 4s 2nd ed 2ful s 4ing 3le d 1s 2ing s 5s ome r 1st 5y 2y 2g ing 3s 2ker ed " +
  "2ing 3s 5ppen ed 2ing 3s 3ier 1st 3ness 5y 3rangue d 1s 2ing 6ss ed 1s 2ing 6bour ed 2ing 3s 5d core " +
  "4er 1st 3ier 1st 4working 7y 2m ed 2ing 3s 2ness ed 1s 2ing 7rowing s 7sh er 1st 5vest ed 2ing s 4s " +
  "6s h ed 1s 2ing 2sh 4te n 4tch ed 1s 2ing 5e d 1ful 3s 2ing 4unt ed 2ing 3s 4ve n s 3ing 4ze d 1l s " +
  "2s 2ing 5e ad ed 2ier 1st 3ng 3phone s 6quarters 8s 1y 2l ed 2ing 3s 2r d 1ing 3s 1tier 1st 4warm ed " +
  "2ing 3s 5y 3t ed 2ing s 4s 2ven lier 1st 4y 2s 3ier 1st 4y 3ck 1tare s 4ogram s 8dge d 1s 2ing 5e " +
  "1ftier 1st 4y 3ighten ed 2ing 3s 6r s 2st s 4ld 1la 1ish 3o 2p ed 2ful 3ing 3s 3nce 3r b s 2e 1mit s " +
  "4o es 2ine s 5s elf 4tz s 4sitant er 1st 9y 2g 1i d den 3e s 2ing 4gh er 1st 3falutin 7light ed 2ing " +
  "3s 6rise s 7jack ed 2ing 3s 5ke d 1s 2ing s 5ll ier 1st 4s 1y 3m self 5nder ed 2ing 3s 4t ed 2ing 3s " +
  "3ppopotami 1us Are d 1s 2ing s 5s panic 5torian s 4y 5t s 1ting 6oary 3bbies 3y 2o s 3ckey 4ist ed " +
  "2ing 3s 4ld ing s 4s 2e d 1s 2ing 3la 1ies 3ow ed 1r 1st 3ing 3s 3y 2y 2me less es 5ier 1st 4y 2s " +
  "ick 4work 6ne d 1s t y 3y 2ing 3or ary 3ed 2ing 3s 2ur ed 2ing 3s 5ok ed 2ing 3s 1y 2ray 3yah 4p e d " +
  "1s 2ing 3ped 2ing 4s 2rmone s 5rific 1ed 1s 3y ing 7se d 1radish 6s 2ing 5spital ity 3s 6t age s 4ed " +
  "1ss es 5ile 2ng 3s 3t bed s 4ter 1st 5ur ly 2s 2se d 1keeper s 7s 2ing 3ton 5w ever 4l ed 2ing s 4s " +
  "4r s 2ug e r 1st 3ged 2ing 4s 2h 1man e 1itarian s 8s 3ble d 1r 1st 5drum s 5id er 1st 4liate d 1s " +
  "2ing 8ph 3ndred th s 7g er 2rier 1st 4y 3ker ed 2ing 3s 4t ed 1r s 3ing s 4s 3rrah 1y 2ied 1s 3y ing " +
  "5t ing 3s 3sband s 5h ed 1s 2ing 4sies 3y 3zzah 5ygienist s 9z 2ice 1ier 1st 3ng s 4on s 3y 2deal s " +
  "4le d 1r 1s t 3ing 4ol s 4e 1f 1gnorance 2t 3e d 1s 2ing 7l l egal 2itimate 8r 1st 3icit 3terate " +
  "7uminate d 1s 2ing 8strate d 1s 2ing s 4or s Bmagine d 1s 2ing s 8bue d 1s 2ing 5mature 5ediate 5nse " +
  "3rse d 1s 2ing 6igrant s 6nent 6pact ed 2ing 3s 3le d 1s 2ing 4rt ed 2ial 2ng 3s 3tience 7ending " +
  "5rfect 4il s 5inge d 1s 2ing 6lement ed 2ing 3s 6icit 3ed 1s 3ode d 1s 2ing s 6y ing 5olite 4rt ance " +
  "2t 3ed 2ing 3s 3se d 1s 2ing 4verish ed 1s 2ing Aress ed 1s 2ing 2onist s Aison ed 2ing 3s 5oper 3v " +
  "e d 1s 2ing 8n accurate 7dequate 7ne 2ppropriate Asmuch 6bred 4cel s 2ntive s 7h es 3ident s 5te d " +
  "1s 2ing 5line d 1s 2ing 5ude d 1s 2ing 6omplete 6nsiderate 9rporate d 1s 2ing 8rect 6rease d 1s 2ing " +
  "7umbent s 8debt ed 2ing 3s 3ed 2finite 6pendent 7terminate 9x ed 2ing 5icate d 1s 2ing 5es es 5e " +
  "1rect 4vidual s 8oor 3ulge d 1nt 2s 2ing 7ept 2rt 3f ant s 4ect ed 2ing 3s 3rior 4st ed 2ing 3s " +
  "4inite 5late d 1s 2ing 5uence d 1s 2ing 4tial 8orm ation 5ed 2ing 3s 4rared 4equent 7uriate d 1s " +
  "2ing 7se d 1s 2ing 6gest ed 2ing 3s 4rown 5habit ant s 4ed 2ing 3s 4le d 1s 2ing 5ibit ed 2ing 3ory " +
  "3s 6itial 1te d 1s 2ing 2ve s 9jure d 1s 2ing 6k ed 2ing 3s 2nate 3er 2ing s 4ocent s 5vate d 1s " +
  "2ing s 4or s 8ordinate 8quire d 1s 2ing 7sane 3ect s 2ure r 1st 6rt ed 2ing 3s 4ide 2gnificant 9st " +
  "ed 2ing 3s 4oluble 4vent 6pect ed 2ing s 4or s 3s 4ire d 1s 2ing 6tall ed 1r s 3ing 3s 3nt s 4ead " +
  "3igator s 6l led 3s 2tute s 6ruct ed 2ing 3or s 3s 6ubordinate 9lt ed 2ing 3s 3re d 1s 2ing 6tact " +
  "3egrate d 1s 2ing 7llect s 3gent er 1st And ed 2ing 3s 2se 1ified 1s 3y ing 7t ed 2ing 3s 3ract ed " +
  "2ing s 4s 4dependent 9est ed 2ing 3s 4face d 1s 2ing 6im s 3mediate r 1st 9n ed 1t 2ing 3s 2pret ed " +
  "2ing 3s 5rupt ed 2ing 3s 5state 5view ed 2ing s 4s 7imate r 1st 5idate d 1s 2ing 9o xicate d 1s 2ing " +
  "9rigue d 1s 2ing 6oduce d 1s 2ing 7ude d 1s 2ing 7undate d 1s 2ing 8vade d 1s 2ing 4luable 7ent ed " +
  "2ing s 4or s 3s 3rt ebrate s 6d 2ing 3s 3st ed 2igator s 6ng 3s 4igorate d 1s 2ing 8te d 1s 2ing " +
  "5oice d 1s 2ing 5ke d 1s 2ing 4lve d 1s 2ing 8rate 3k ed 2ing 3s 2on ing s 4s 3relevant 7itate d 1s " +
  "2ing 9s olate d 1s 2ing 7sue d 1s 2ing 6t s elf 6jack ed 2ing 3s 3de d 1s 3g ged 2ing 4s 2m med 3s " +
  "2n uary 5smine s 6y s 2zz ed 1s 5d 1ean s 3ez 2llies 3y fish 7ster s 5wel ry 2s 5ittery 6og ged 1r s " +
  "3ing s 5s 2in ed 2ing 3s 3ke d 1s 2ing 4lie s 3lier 1st 4y 3rdan 4t s 2ule s 3rnal ist s 4s 6y s " +
  "3udge d 1s 2ing s 6ggle d 1r s 2s 2ing s 7ice d 1s 2ier 1st 3ng 3y 3mp ed 2ing 3s 3ne 1ior 4piter " +
  "5st ice s 3fied 1s 3y ing s 9venile s 7xtapose d 1s 2ing Bk aput 3rate 5b ps 3eel ing 3s 2n er 1st " +
  "4p ing 3s 3lvin s 5nt 2pt 2y ed 2ing 3note s 5s 3g 1ick ed 2ing s 4s 3d ding 4nap ing 3ped 3s 4s 2ll " +
  "ed 2ing s 4s 2o byte s 5gram s 5meter s 6s 3n d a 1er garten 7st 3ly 3g s 2s man s 4woman s 8ss ed " +
  "1s 2ing 5tten s 3ies 3y 4m ph 3nead ing s 4s 3el ed 2ing 3s 3lt 2w 2ickers 5t s 1ted 2ing s 7ock ed " +
  "2ing 3s 3t s 1ted 4w ing 3ledge 5n 1s 4obe 4label ed 2ling 4s 3or atories 3y 5er s 3ing 3s 2ur ed " +
  "2ing 3s 5ce d 1s 2ing 3k ed 2ing 3s 3d ies 3s 1y 2g ged 2ing 4s 2h 1id 1er 1st 4me r 1st 4nce d 2ing " +
  "4d ed 2ing s 4lord s 5s 2e s 2guid 1sh ed 1s 2ing 9p ped 2ing 4s ed 4rge r 1st 4va e 4sh ed 1s 2ing " +
  "4s es 3t ed 1r 2ing 3s 3t ch ed 1s 2ing 5e ly 2r 1st 3ter s 5ugh ed 2ing s 4s 1ter 5nch ed 1s 2ing " +
  "5der ed 2ing 3s 5reate s 7wyer s 5y er s 3ing 3man s 4s 3b 1e ach ed 1s 2ing 5d er s 3ing 3s 2f 1k " +
  "ed 2ing 3s 2n er 1st 3ing 3s 2p ed 2ing 3s 1t 2rn ed 2ing s 4s 3se d 1s 2ing s 4t 2ther 4ve s 2ing " +
  "5cture d 1s 2ing 7d 1ech ed 1s 2ing 5rier 1st 4y 3ft 2gal 2end ary 3s 4itimate 8h 1isure 5nd ing 3s " +
  "2gthen ed 2ing 3s 6t 2o s 2s s en ed 2ing 3s 2r 3t 2t hal 3s 1ting 5vel ed 2ling 4s 3ied 1s 3y ing " +
  "5wd er 1st 6iberal s 5retti 1o 6ce nse d 1s 2ing s 7k ed 2ing 3s 3e d 1s 1utenant s 9fesave d 1s " +
  "2ing 7t ed 2ing s 4s 3ght en ed 2ing 3s 3hearted 7ing 3ning 4s 1weight 9ke d 1lier 1st 4y 2s 1wise " +
  "5ing 4l er 1st 3ies 3y 2me s 2it ed 2ing s 4s 3p er 1st 5ne d 1s 2ger ed 2ing 3s 3uistics 8ing 3k ed " +
  "2ing 3s 3pid s 4quefied 1s 3y ing 6id ate d 1s 2ing 5s 5st ed 1n ed 2ing s 4s 3ing s 4s 3t er al 1ry " +
  "2te 1ure 5s 3re s 3tle r 1st 6ve d 1lier 1st 4y 2n ed 2ing 3s 2r 1s t 3ing 5m ao 2fao 4ng 2oad ed " +
  "2ing 3s 2f 1n ed 2ing 3s 2ves 4bbied 1s 3y ing 6ck ed 2ing 3s 3dge d 1s 2ing s 6ftier 1st 4y 3g ged " +
  "2ing 4ic 1stics 6s 2l s 2nelier 1st 4y 3g er 1st 3standing 8term 3ime 6ok ed 2ing 3s 2se n ed 2ing " +
  "3s 2r 1st 4t ing 3s 3rd s 3se r s 2s 2ing 3t 2ud er 1st 4sier 1st 4y 2tish 5ve d 1lier 1st 4y 2r s " +
  "2s 2ing 4w er ed 2ing 3s 2st 3lier 1st 4y 3yal er 1st 7uck ed 2ier 1st 3ng 3s 1y 3ddite s 6ggage " +
  "5mbering 6en s 3p ed 2ing 3s 3nch es 5rk ed 2ing 3s 3sh es 3t ed 2ing 3s 3x 2x 1ying s 6m a cabre " +
  "4hinery 5o 2k ed 2ing 5d den ed 2ing 3s 2r 3e st 4genta 4ic ian s 5strate s 8nate s 6il ed 2ing 3s " +
  "2m ed 2ing 3s 2n stream 6tain ed 2ing s 4s 7jesty 4or 3ke r s 2s hift 6ing 4le s 3mmal ian 3s 3oth " +
  "5n age d 1r s 2s 2ing 5date d 1s 2ing 3ory 5ible s 6iac s 3fest ed 2ing s 4s 6ned 1r ed 2ing 3s " +
  "4oeuvre d 1s 2ing 8s 1ufacture d 1s 2ing s By 2p ped 2ing 4s 2rine s 3time 5k ed 1t ed 2ing s 4s " +
  "3ing 3s 2ried 1s 3y ing 5s hal led 2ing 7upial s 7tyr s 5sc uline 6h ed 1s 2ing 4k ed 2ing 3s 2ter " +
  "ed 2ing 3s 5t ch ed 1s 2ing 5e rial s 5s 2hematics 8riarch es 6ces 3x 3s es 3ter ed 2ing 3s 4ure d " +
  "1r 1s t 3ing 6verick 6x ed 1s 2ing 4y a s 2be 2flies 3y 3or s 5b 1d 1e ager 3n der ed 2ing 3s 4er " +
  "1st 3ing s 4s 1t 1while 6sles 2ier 1st 4y 2ure d 1s 2ing 6t ier 1st 4y 3chanic s 7dal s 3ia n s 3c s " +
  "2ocre 4tate d 1s 2ing s 7um 4ek er 1st 4t ing s 4s 3ga byte s 7h 1lancholy 7low er 1st 6odies 3y 3t " +
  "ed 2ing 3s 3moranda 1um 8n acing 5d ed 2ing 3s 2tion ed 2ing 3s 4or s 4u s 3rchandise 4t s 6e 1ge d " +
  "1s 2ing 4it ed 2ing 3s 3ry 3smerize d 1s 2ing 8s age d 1s 2ing s 6ed 1s 2ing 5t al lurgy 5s 3er s " +
  "3ier s 4ric s 3opolitan Bg 1i c e 1rogram s 5second s 9s 2d 1ght 3ld er 1st 4e s 2itaries 3y 5k ed " +
  "2ing 3s 2ligram s 5liter s 6meter s 6on s 1th s 5second s Ame d 1s 2ic k ed 2ing 3s 2s 2ng 4n ce d " +
  "1s 2ing 4d blowing 7ed 2ing 3s 2e d 1ral s 4s 2gle d 1s 2ing 5i ature s 6ng s 3on s 3ster s 6or 2us " +
  "ing 3s 2te s 5rror ed 2ing 3s 5sc hief s 6fit s 4place d 1s 2ing 7s ed 1s 2ing 2ve s 4us es 5take s " +
  "2ing 5er s 3ier 1st 4ook 3y 3tigate d 1s 2ing 7ten s 5x ed 1s 2ing 5l 1m m 2obile s 5ck ed 2ing 3s " +
  "3del ed 2ing s 4s 2rate d 1r 1s t 3ing 3or s 5n ist s 6st 3ified 1s 3y ing 6uli 1us 5gul s 4ist er " +
  "5ld ed 2ing 3s 1y 2est ed 2ing 3s 5m mies 3y 2s 2narch es 6ey 2itor ed 2ing s 4s 5k ey ed 2ing 3s 3s " +
  "2ochrome 6gamy 4polies 3y 5th ly 2s 4odier 1st 4y 2se 2t 2p ed s 3ped 2ing 4s 2ral s 3bid 3e over " +
  "5ning s 5tal s 5sque s 2ito es 7t 2ther s 4ivate d 1s 2ing 5e s 5uld s 3nt ed 2ing 3s 3rn ed 2ing 3s " +
  "3se 2th ed 2ing 3s 4ve d 1s 2ie s 2ng 4w ed 2ing 3s 3ph 1s 2sg ed 4uch 2ddle d 1s 2ing 4y 3ll ed " +
  "2ing 3s 2tifaceted 7ple 1ied 1s 3y ing 9m ble d 1s 2ing 5mies 3y 2ps 2s 2ndane r 1st 7ral s 3der ed " +
  "2ing 3s 5sic ian s 6t 2te d 1r 1st 5y self 3tic s 2fied 1s 3y ing Anag ged 2ing s 5s 2h 1il ed 2ing " +
  "3s 2ve r 1st 5ked 3me d 1s 2ing 4nnies 3y 2osecond s 9rcotic s 6rative s 4or s 5ow ed 1r 1st 3ing 3s " +
  "5t ive s 4s 2usiating 8val 2igate d 1s 2ing s 9y 2ear by 2ed 1r 1st 3ing 3s 2t er 2test 6bula e " +
  "5cessary 7e d ed 2ing 3s 3glect ed 2ing 3s 5otiate d 1s 2ing s Aice s 3ghbor ly 2s 6ther 5meses 2is " +
  "5phew s 4tune 5rd ed 2ier 1st 3ng 3s 1y 3t s 1ted 2ing 4work ed 2ing s 4s 6uroses 2is 6ver theless " +
  "Aw er 1st 3ly wed 5s 1ton s 5xt 3ibblier 1st 4y 4ce r 1st 3k ed 2ing 5ece s 4ghtly 5mble r 1st 6ne " +
  "teen th s 6ieth s 5y 3th s 4te s 2rate s 7o ble man s 4r 1st 2woman s 8odies 3y 4d ded 2ing 4s " +
  "2isier 1st 4y 3mad s 4n chalant 7descript 8profit 6stop 5pe 2r m al er 1st 5s 2th east 3rn 3west " +
  "7sier 1st 4y 2t able 3ries 3y 3e d 1s 2hing s 5ice d 1s 2ing 4ng 3withstanding Durish ed 1s 2ing " +
  "8vel s 3ice s 5w adays 7uanced 5clei 1us 5de 2mb er s 2st 3ing 5n s 2rse d 1ryman s 6s 2ing s 5ture " +
  "d 1s 2ing 7tella 4s es 6oatmeal s 7bediant 3ent 5se 2y ed 2ing 3s 3ject ed 2ing 2ve s 4s 5ligated " +
  "7scene 3ure d 1r 1s t 3ing 6ervant 3e d 1s 2ing 5ss ed 1s 2ing 6olete 5tetrics 8tain ed 2ing 3s " +
  "6ccupant s 4ied 1r s 2s 3y ing 5r red 2ing 4s 4ean s 4topi 1us 6dd er 1st 5f f beat 4end ed 2ing 3s " +
  "2sive s 6r ed 2ing s 4s 3hand 4icer s 3ial s 6line 4set s 1ting 6pring s 8ten 4h h 1ms 3i l ed 2ier " +
  "1st 3ng 3s 1y 3k ay 3ld er 1st 4ive s 4lay 2ie 2ying 6mg 1it s 1ted 2ing 7n board 5ce 2e day 3s elf " +
  "5going 5line 3y 2to 3oh 1o 1ps 2ze d 1s 2ing 5pen ed 1r 1st 3ing s 4s 2ra te d 1s 2ing s 4or s 7iate " +
  "s 4ne d 1s 2ing 5pose d 1s 2ing 2te s 6ress ed 1s 2ing 8t ed 2imist s 5ng 3ometrist s 9s 2us 3r acle " +
  "s 4nge r 1st 6bit ed 2ing 3s 4deal s 3r ed 2ing 3ly 2s 4ganic 1se d 1s 2ing s 5ze d 1r s 2s 2ing s " +
  "9ient ed 2ing 3s 4ginator s 9lando 5otund 5phan s 6ther s es 3wise 8uch 2ght a 4nce s 4r s elf 1ves " +
  "7t cast s 5done 2or 4er 2go es 2ing 4rew 2ow ing 3n 1s 5law s 3ied 1s 2ne d 1s 2ing 5y ing 5number " +
  "ed 2ing 3s 7pace d 1s 2ing 6right 5side 3poken s 6tand ing 3s 4ood 7va l s 3en s 2r all 2rch ed 1s " +
  "2ing 7board 5came 3ome s 2ing s 6rowding 8done 3ue 3hand 3ead 4lap ped 2ing 4s 3ook ed 2ing 3s " +
  "5night 5pass ed 1s 2ing 6ower ed 2ing 3s 6ride s 2ing 5ode 4saw 2eas 2e ing 3n 1s 3hadow ed 2ing 3s " +
  "7t aken 4hrown 5ime s 4urn ed 2ing 3s 5use d 1s 2ing 5view s 5weight 5helm ed 2ing 3s 5rought 9ulate " +
  "d 1s 2ing s 7m 3w e d 1s 2ing 3n ed 1r s 2st 3ing 3s 3x en 2ygen 5y 1z 2pa ck age d 1s 2ing s 6ed " +
  "2ing 3s 3ddies 3y 3ge s 3id 1nful 3t ed 1r s 3ing s 4s 3r ed 2ing 3s 2se d 1s 2ing 5l e d 1r 1s t " +
  "3ing 3s 2mper ed 2ing 3s 5n ellist s 7ic ked 3s 3ned 2ing 4oplies 3y 4s 1ties 3s 3radise s 5llel ed " +
  "2ing 3s 4yse d 1s 2ing 6noid 5ent al s 3ed 2heses 2is 5ing 3s 4iah s 3sh es 5k ed 2ing s 4s 2t ed " +
  "2ial 2cipate d 1s 2ing 8ed 1s 2ng 2san 4ner s 4s 1y ing s 7scals 4s ed 1s 2ing 2onate 7t e d 1s 2ing " +
  "3or s 3s 3t ch ed 1s 2ing 5e nt ed 2ing 3s 3s 2hogen s 6ience 2t s 5riarch es 6ot s 4ol led 2ing 4s " +
  "2n s 4s ies 3y 3use d 1s 2ing 5ve d 1s 2ing 4wn s 3y ing 3s 3d 1eace ful 3keep ing s 4s 3pt 6k ed " +
  "2ing 3s 2nut s 4rl s 4dal s 3estal s 7e ing 3l ed 2ing 3s 2r ed 2ing 3s 2s 2g ged 2ing 5n cil ling " +
  "4s 4d ed 2ing 3s 2ning 3y 2s 1t 2ople 4r ceive d 1s 2ing 5nt age s 8fect ed 1r 1st 3ing 3s 4orm ed " +
  "1r s 3ing 3s 4ume d 1s 2ing 6haps 4iodical s 7sh ed 1s 2ing 6manent 5eate d 1s 2ing 6it s 1ted 2ing " +
  "7plex ed 1s 2ing 7severe d 1s 2ing 7ist ed 2ing 3s 4on 2pective s 8uade d 1s 2ing 7t inent 6vade d " +
  "1s 2ing 5erse 6ssimist s 8t abyte s 5l s 3ite 3rol 3s 1ting 5yote s 6ff 2hantom s 5rmacist s 8se d " +
  "1s 2ing 5enomena 1on 7w 2ilosopher s Aone d 1s 2ier 1st 3ng 3y 2oey 3tocopier s 7graph ed 1r s 3ing " +
  "3s 9rase s 5ysician s 4s 6icayune 5k ed 2ing 3s 2nic s 4osecond s 9e r ce d 2ing 4s 2s 2g gies 2ng " +
  "3y 2s 2le d 1s 2grim s 5ing 3ot ed 2ing 3s 4n e d 1s 2ing 3k er 1st 4ned 2ing 4point ed 2ing 3s 6s " +
  "1t s 3oneer s 6pe d 1s 2ing 4ss ed 1s 2ing 5t ied 1s 3s 1ted 2ing 4y ing 5vot ing 3s 5l ace d 1s 2id " +
  "1ng 4id 1n er 1st 5n ned 1r s 3ing s 5s 1t ed 2ing 3s 3que s 4stic s 5te s 3y ed 1r s 3ing s 4mate s " +
  "5s 1wright s 9ce d 1s 2ing 4ead ed 2ing 3s 2sant er 1st 6e d 4biscite s 8nty 4s 1ug ged 2ing 4s " +
  "2mber s 4met ed 2ing 3s 4p ed 2ing 3s 3nge d 1s 2ing 5s 1to 3z 2oach ed 1s 2ing 6dcaster s 8et s " +
  "3int ed 2ing 3s 1y 3son ed 2ing s 4s 5l ice man s 6sh ed 1s 2ing 5te r 1st 3ician s 4s 5l ed 1n 2ing " +
  "3s 1ute d 1s 2ing 6s 1ygamy 6ol ed 2ing 3s 2p ed 2ing 3s 2r er 1st 5p ped 2ies 2ng 3y 2s 1ulation s " +
  "6ist 6re d 1s 2ing 3k 1nstar s 6tal s 3ray ed 2ing 3s 6se d 1s 2ing 2tion ed 2ing s 4s 6sess ed 1s " +
  "2ing 7t ed 2ing 3s 3tential s 7ter s 5und ed 2ing 3s 3r ed 2ing 3s 3w er ed 2ing 3s 5p 1ractice d 1s " +
  "2ing 4tioner s Aise d 1s 2ing 5nkster s 7ttle d 1s 2ing 6y ed 2ing s 4s 3each ed 1r s 2s 2ing 5mble " +
  "5cede d 1s 2ing 5ise 3lude d 1s 2ing 7determine d 1s 2ing Aict ed 2ing 2on s 4s 5existing 8f er red " +
  "2ing 4s 4gnant er 1st 8mature 5ia 1er s 3se s 3um 4occupied 1s 3y ing 9paid 2re d 1s 2ing 5osition s " +
  "9rogative s 9sense 2t ed 1r 1st 3ing 3s 3rve d 1s 2ing 6ident s 6s ed 1s 2ing 3ure 4uppose d 1s 2ing " +
  "9tend ed 2ing s 4s 2se 5vail ed 2ing 3s 4ent ed 2ing 3s 5y ed 2ing 3s 3ice d 1ier 3s 1y 2iest 3ng " +
  "3klier 1st 4y 4de d 1s 2ing 4est ess es 5s 4ma ry 3e d 1r 1s t 3ing 4nce s s es 5ipal s 6t ed 2ing s " +
  "4s 3or 2soner s 5tine 5vate 5o b able 4e d 1s 2ing 3lem s 5ceed ed 2ing 3s 3ss ed 1s 2ing s 7laim ed " +
  "2ing 3s 5ure d 1s 2ing 6d ded 3igies 3y 3s 1uce d 1r s 2s 2ing 6fane 3ess ed 1s 2ing 2onal s 6or s " +
  "6ile d 1s 2ing 5ound er 1st 7use 4genies 2tor s 5y 3noses 2is 5ram ing 3me d 1r s 2s 2ing 4s 3ess ed " +
  "1s 2ing 8hibit ed 2ing 3s 6ject ed 2ing 3s 5long ed 2ing 3s 5minent 4se d 1s 2ing 5ote d 1s 2ing 5pt " +
  "ed 1r 1st 3ing 3s 4n ounce d 1s 2ing 8p er 2het s 4ortionate 8se d 1s 2ing 5ped 2ing 4s 2s pect or s " +
  "3s 3r ed 2ing 3s 4tate s 4itute s 8tect ed 2ing 3s 3st ed 2ing 3s 4rude d 1s 2ing 7ud er 1st 5ve d " +
  "1n 1s 2ide d 1s 2ing 4ng 3oke d 1s 2ing 6ximate 7une d 1s 2ing 6s eud 3st 2ych ed 1s 2ing 3ologist s " +
  "Ct 1ublic 1sh ed 1s 2ing s 9dding s 6ke s 2ing 4ll ed 2ing 3s 3mp ed 2ing 3s 3nch ed 1s 2ing 5ier " +
  "1st 3sh ed 1s 2ing 6jabi 4k s 2y 2pil s 3pies 3y 3rchase d 1s 2ing 7e r 1st 3ple r 1st 4ort ed 2ing " +
  "3s 3se s 5suant ed 2ing 3s 4e d 1s 2ing 6sh ed 1s 2ing 4sies 3y 3t s 1ting 3y 3zzle d 1s 2ing 7x " +
  "1yramid s 8qt r 2ua ck ed 1r 1st 3ing 3s 3drillion th s Bint er 1st 6lified 1s 3y ing 7rt er back s " +
  "5ly 4s 3sh ed 1s 2ing 6een s 3nch ed 1s 2ing 6stion ed 2ing s 4s 7ick er 1st 5et er 1st 3ing 3s " +
  "3ntillion th s Bt e 1s 1ting 5ver ed 2ing 3s 4z zes 5ote d 1s 2ient s 4ng 7rabbi s 3id 1es 4ce d 1s " +
  "2ial 2ng 2st s 4k ed 2ing 3s 3dical s 4i 1us 4ge d 1s 2ged er 1st 6ing 4in ed 2ier 1st 3ng 3s 1y 2se " +
  "d 1s 2ing 5ke d 1s 2ing 4llied 1s 3y ing 6mble d 1s 2ing 5pant 5n dier 1st 4om er 1st 3ly 4y 2g e d " +
  "1s 2ing 4k ed 2ing 3s 2t ed 2ing 3s 3p e d 1s 2id er 1st 4ng 3ped 1r s 3ing s 5s 2re r 1st 4sh es 4t " +
  "e d 1s 2her 3ified 1s 3y ing 5ng s 4s 1tle d 1s 2ing 6ve d 1n s 2s 2ing 2sh ed 1s 2ing 7w er 1st 4y " +
  "s 3b 1each ed 1s 2ing 4t ed 2ing 3s 3d ier 1st 3ng s 4s 1y 2l er 1st 3ise d 1s 2ing 3t s 3ze d 1s " +
  "2ing 5ly 3p ed 2ing 3s 2r s 2son ed 2ing s 4s 3sure d 1s 2ing 8bate s 4el s 3oot ed 2ing 3s 4uff ed " +
  "2ing 3s 3ttal s 7calcitrant 7l ed 2ing 3s 4eive d 1s 2ing 5nt 2ptionist s Aipient s 6tal s 5kon ed " +
  "2ing 3s 4laim ed 2ing 3s 4use s 5ognition 4ze d 1s 2ing 7mmend ed 2ing 3s 6ncile d 1s 2ing 6dite 5rd " +
  "ed 2ing s 4s 3up ed 2ing 3s 3ver ed 2ing 3s 5reation 6uit ed 1r s 3ing 3s 5ycle d 1s 2ing s 8d act " +
  "ed 2ing 3s 4efine d 1s 2ing 6r 1st 3id 2o es 2ing 4uce d 1s 2ing 4ndant 7ed s 2l ed 2ing 3s 3factor " +
  "ed 2ing 3s 6erence d 1s 2ing 4da 1um 3t s 4ral s 6inance d 1s 2ing 6e d 1s 2ing 5lect ed 2ing 3s " +
  "5ocus ed 1s 2ing 6rm ed 1r s 3ing 3s 4ract ed 2ing 3s 4esh ed 1s 2ing 7uel led 2ing 4s 3gee s 4nd ed " +
  "2ing 3s 3rbish ed 1s 2ing 8se d 1s 2ing 6gard ed 2ing 3s 4ister ed 2ing 3s 6ret s 1ted 2ing 6oup ed " +
  "2ing 3s 5ulate d 1s 2ing 8hearse d 1s 2ing s 6t ed 2ing 3s 5ign ed 2ing 3s 3mburse d 1s 2ing 8n ed " +
  "2force d 1s 2ing 7ing 3s 3ject ed 2ing 3s 4oice d 1s 2ing 6uvenate d 1s 2ing Alate d 1s 2ing 2ve s " +
  "5x ation 5ed 1s 2ing s 6ease d 1s 2ing 5nt ed 2ing 3s 3vant 5ied 1s 1ve d 1s 2ing 5nquish ed 1s 2ing " +
  "9sh ed 1s 2ing 5ve d 1s 2ing 5oad ed 2ing 3s 4uctant 6y ing 5made 2in ed 2ing 3s 3ke s 2ing 4rk ed " +
  "2ing 3s 4edied 1s 3y ing 5mber ed 2ing 3s 6ote r 1st 4ve d 1s 2ing 6nder ed 2ing s 4s 2zvous es 2ing " +
  "Aew ed 2ing 3s 3ounce d 1s 2ing 6wned 5t al s 3ed 2ing 3s 3order ed 2ing 3s 6pair ed 2ing 3s 4eal ed " +
  "2ing 3s 2t ed 2ing 3s 3l led 2ing 4s 3hrase d 1s 2ing 7lace d 1s 2ing 5enish ed 1s 2ing 8icate d 1r " +
  "1s t 3ing 6ed 1s 3y ing 5ort ed 1r s 3ing s 4s 4resent ative s 6ed 2ing 3s 6obate 6ublic an s 3s " +
  "7quest ed 2ing 3s 4ire d 1s 2ing 7run s 4search er s 7mble d 1s 2ing 6nt ed 2ing 3s 3rve d 1s 2ing " +
  "6ide d 1nt s 3s 2ing 4gn ed 2ing 3s 3st ant 3ed 2ing 3s 4olute 3ve d 1s 2ing 5nant 4rt ed 2ing 3s " +
  "4pect ed 2ing 3s 4ite s 4ond ed 2ing s 4s 5t art ed 2ing 3s 4ed 2ing 3ock ed 2ing 3s 3re d 1s 2ing " +
  "5rain ed 2ing 3s 4ict ed 2ing 3s 4uctrue d 1s 2ing s 6ure d 1s 2ing s As 2ult ed 2ing 3s 3me d 1s " +
  "2ing 4rface d 1s 2ing 9tarded 5ire d 1s 2ing 5rieve d 1s 2ing 6ofit ing 3s 6urn ed 2ing 3s 5up ed " +
  "2ing 3s 3vamp ed 2ing 3s 4eal ed 2ing 3s 3l ed 2ling 4s 2re d 1nd s 3s 2ing 3se d 1s 2ing 4t ed 2ing " +
  "3s 4iew ed 2ing 3s 3sit ed 2ing 3s 4talise d 1s 2ing 4ze d 1s 2ing 8ve d 1s 2ing 5oke d 1s 2ing " +
  "4lutionaries 3y 8ve d 1s 2ing 7ward ed 2ing 3s 4ritten 7x es 4hetoric s 6umatoid 8yme d 1s 2ing 6ice " +
  "1h er 1st 4kets 5d den 2ing 4e s 2ing s 4s 2ght er 1st 3ful 3ing 3s 4ng ing 3s 3ot ed 2s 3p e n ed " +
  "2ing 3s 2r 1st 3ping 4s 2se n 1s 2ing 3k ed 2ing 3s 3te s 2ual s 4zier 1st 4y 3val 2erbed s 5ting " +
  "ing 3s 4ung 7oam ed 2ing 3s 2r ed 2ing 3s 2st ed 2ing 3s 4b bed 2ing 4in s 3ust 4ck ed 2ing 3s 3d e " +
  "nt s 3o s 3s 2gue s 4ll ed 2ing 3s 3mantic 6of ed 1r s 3ing s 4s 2kie s 4m ier 1st 4s 1y 2t ed 2ing " +
  "3s 3pe d 1s 2ing 4se s 2ier 1st 4y 2t s 1ted 1n 2ing 5ugh ed 1r 1st 3ing 3s 3nd ed 2ing 3s 3t e d 1s " +
  "2ine s 2g 3s 3w ing s 4s 2yal 4ub bed 2ing 2sh es 6ies 3s 1y 2de r 1st 4in ed 2ing 3s 3le d 1r s 2s " +
  "2ing s 5n g 1ning back s 5s 5s 2sh ed 1s 2ing 4t ed 2ier 1st 3ng 3le d 1s 2ing 4s 1y 5sabbatical s " +
  "9ck ed 2ing 3s 2red 2ifice d 1s 2ing 9d den ed 2ing 3s 2r 3est 3ness 5fe guard ed 2ing 3s 6r 1st 2ty " +
  "4ge s 3id 1l ed 2ing s 4or s 3s 2nt lier 1st 4y 2s 4laries 3y 3mon 3t ier 1st 4y 2vador 6mara 3e " +
  "1ple d 1s 2ing 6nd ier 1st 4wich es 6y 2g 1k 1s 1tiago 6pien s 5t isfactory 6ied 1s 3y ing 5h 3urate " +
  "d 1s 2ing 5n 4uted 4ve d 1s 2ing 3vier 1st 4y 3w 1y ing s 4s 3cale d 1s 2ing 4n ned 2ing 4s 1tier " +
  "1st 4y 3r ce r 1st 4e d 1s 2ier 1st 3ng 3let 3red 2ing 4s 1y 2thing 4ter ed 2ing 3s 5venge d 1s 2ing " +
  "8enery 3t s 4hedule d 1s 2ing s 8olar ly 2s 4ol ing s 4s 5ientific 3st s 7on s 3ssors 6orch ed 1s " +
  "2ing 5e d 1s 2ing s 5ut ed 2ing 3s 4rape d 1s 2ing 4tch ed 1s 2ing 7eam ed 2ing s 4s 3ech ed 1s 2ing " +
  "5n ed 2ing s 4s 1writer s 9w ed 2ing 3s 3ibble d 1s 2ing 7oll ed 2ing 3s 5ulpt ed 2ing s 4or s 3s " +
  "6eabed s 4l ed 2ing 3s 2rch ed 1s 2ing 6son ed 5t ed 2ing s 4s 3c ond ary 3s 4ret aries 3y 3s 4s 1t " +
  "s 2ure d 1r 1s t 3ing 6date d 1r 1s t 3ing 6e d ed 2ing 3s 2ing 3k ing 3s 2m ed 2ing 3ly 2s 2n 1s " +
  "2ldom 3ect ed 1r 1st 3ing 3s 4f ish 4l ing 3s 3minar s 6nate 3d ing 3s 2ior s 4se d 1s 2ing 3ory 4t " +
  "ence d 1s 2ing 8p arate d 1r 1s t 3ing 7tillion th s Bquester ed 2ing 3s 8rene 3geant s 6ial s 3es " +
  "3vant s 4e d 1s 2ice d 1s 2ing 4ng s 3tor s 7t s 1ting s 4le d 1s 2ing 6ven teen th s 6h s 2ieth s " +
  "5y 3r al 2e d 1r 1st 3ing 3s 4w ed 2ing 3n 1s 2x es 2ier 1st 4tillion th s Ay 3hack ed 2ing 3s 3de d " +
  "1s 2ier 1st 3ng 3y 2ke n 1s 2ing 4ll ow er 1st 7man s 3eful 5nt 2pe d 1s 2ing 4re d 1s 2ing 3p en ed " +
  "2ing 3s 2r 1st 5tter ed 2ing 3s 5ve d 1s 2ing 5e d ding 4s 2ep 1r 1sh 3ild ing 3s 2t 3lter ed 2ing " +
  "3s 5pherd s 7hh 2ift ed 2ing 3s 3ne s 2gles 4ier 1st 3ng 3y 2p ped 2ing s 5s 2t 1ver ed 2ing 3s 5ock " +
  "ed 2ing 3s 3e s 2ne 2o k 1t ing 3s 3p ped 2ing s 5s 2re d 1s 2ing 3t age s 4ed 1n ed 2ing s 4s 2r " +
  "1st 3ing 3s 3t 1uld 2t ed 2ing s 4s 3w ed 2girl s 5ing 3man s 4n 1runner s 7s 3rank 3ill er 1st 5nk " +
  "ing 3s 3vel led 2ing 4s 5unk 4uffle d 1s 2ing 6n ned 2ing 4s 2t s 1ting 6y er 1st 5ibling s 6c k er " +
  "1st 3lier 1st 4y 4de d 1s 2ing 4ft ed 2ing 3s 3gn al ed 2ing s 4s 2tories 3y 5ed 2ificant 6ng s 4s " +
  "3lence d 1s 2ing 6k 1lier 1st 4y 2ver s 5mple r 1st 3ified 1s 3y ing 8ulate d 1s 2ing 8nce re 4g er " +
  "s 3ing s 4le d 1s 2ing 4s 2ister 5k ing 3s 2ner s 5p ping 4s 2ssies 3y 2ter s 5t e s 2s 1ting s 5u " +
  "2x teen th s 6h s 2ieth s 5y 3ze d 1s 2ing 5kate board ed 2ing s 4s 6d 1s 2ing s 6eleten s 7i ed 1r " +
  "s 2s 2ied 2ng 3ll ed 2s 3n nier 1st 4y 3p ping 5rmish es 7s 1ttles 6y rocket ed 2ing 3s 9lack s 3in " +
  "2m med 3s 2y ed 2ing 3s 3eek er 1st 4p ing s 4s 1y 3nder est 7pt 3ice d 1s 2ing 3k ed 1r 1st 3ing 3s " +
  "3d e s 2ing 4er 1st 3ght er 1st 6m est 3ier 1st 4mer 3y 2p ped 1ry 3ing 4s hod 5t s 1ting 6ope d 1s " +
  "2ing 4uch ed 1s 2ing 6w ed 1r 1st 3ing 3s 3y 2mall er 1st 5rt er 1st 5sh ed 1s 2ing 6ell ed 2ier 1st " +
  "3ng 3s 1y 4ile d 1s 2ing 4rk ed 2ing 3s 4oke d 1s 2ing s 5oth ed 1r 1st 3ing 3s 5ug gle d 1r s 2s " +
  "2ing 8nake d 1s 2ing 4p ing 3ped 3s 2tch ed 1s 2ing 7eak ing 3s 3eze d 1s 2ing 5w 2iff ed 2ing 3s " +
  "4obbish 5w board ed 2ing s 4s 6ing s 4s 3uck 2ggle d 1s 2ing 8o ak ed 2ing 3s 2p 1r ed 2ing 3s 3b " +
  "bed 2ing 4er ed 2ing 3s 3s 2ccer 3ial er 1st 3ist s 8ft er 1st 5ld ier s 5e mn er 1st 5s 2icit ed " +
  "2ing 3s 4d er 1st 5oist s 5uble 4ve d 1nt s 3s 2ing 5mber 2rero s 6e bodies 3y 4day 3how 3one s " +
  "4thing 4imes 5what 6n nies 3y 2s 2on er 1st 4th e d 1s 2ing 3s 4phisticated Brcerer s 2ss es 8did 3e " +
  "r 1st 3ry 2t ed 2ing 3s 3ught 3l s 2nd ed 2ing 3proof 5s 3r ed 2ing 3s 2th east 3rn 3west 7vereign s " +
  "7iet 4w ed 2ing 3n 1s 3pacecraft 7m s 2n ned 2ing 4s 2re d 1r 1s t 3ing 3k ed 2ing 3le d 1s 2ing 3y " +
  "2s 2se 3t 1wn ed 2ing 3s 4eak ing 3s 3cial er 1st 3ist s 3ze d 1s 2ing 7es 2fic 1ed 1s 3y ing 6tator " +
  "s 7d 1ed ing 3s 1y 3ll bind ing 3s 5ed 2ing s 4s 3nd ing s 4s 2t 3ice d 1s 2ier 1st 3ng 3y 2ed 1s " +
  "2ke d 2ing 4ll ed 2ing 3s 2t 2n ning 4s 2ral ling 4s 3it ed 2s 4t e d 1s 2ing 3s 1ting 6lash ed 1s " +
  "2ing 5y ed 2ing 3s 3endid 5it s 1ting 7oil ed 2ing 3s 3ke n 1sperson s Ansor ed 2ing 3s 5of ed 2ing " +
  "3s 3t s 1ted 2ing 5use s 5rang 2wl ing 3s 3y ed 2ing 3s 3ead ing 3s 4ightlier 1st 4y 5ng ing 3s 2kle " +
  "d 1s 2ing 7uce d 1s 2ing 5y 2un 1r red 2ing 4s 3y ing 5q uander ed 2ing 3s 5re d 1s 2ing 4t s 1ter s " +
  "6eamish 6ish ed 1s 2ing 8s 1tab bed 2ing 4le s 3s 2ck ed 2ing 3s 3ff ed 1r s 3ing 3s 3ge d 1s 2ger " +
  "ed 2ing 3s 4ing s 5in ed 2ing 3s 3ke d 1s 2ing 4le r 1st 3k ed 2ing 3s 2l ed 2ing 3s 2wart 5mp ed " +
  "2ing 3s 3nd ard s 4ing 3s 3ple d 1s 2ing 5r e d 1s 2ing 3k er 1st 4ring 4s 1t ed 2ing 3le d 1s 2ing " +
  "4s 2ve d 1s 2ing 5te d 1lier 1st 4y 2s man s 6ic 1ng 2stic s 6ute s 2ory 6ve d 1s 2ing 4y ed 2ing 3s " +
  "3eadfast 4ier 1st 4y 2l ing 3s 2m ed 2ing 5el 1p er 1st 4r ed 2ing 3s 3m med 2ing 4s 2p brother s " +
  "8child s 6father s 7mother s 7ped 2ing 4s ister s 8reotype d 1s 2ing 8ile 3n er 1st 5w ed 2ing 5ick " +
  "ing 3s 3ff en ed 2ing 3s 2r 1st 4le d 1s 2ing 5ll 2mulate d 1s 2ing 5i 1us 5ng ing 3s 2k ing 3s " +
  "3pend s 5r red 2ing 4s 2tch ed 1s 2ing 7ocking ing 3s 4pile d 1s 2ing 8ked 3le n 3mach s 5ne s 3od " +
  "1p ed 2ing 3s 3p ped 2ing 4s 2re d 1s 2ing 3m ed 2ing 3s 2ytelling ing 3s 4ung 9ut 3raier 1st 3ght " +
  "en ed 2ing 3s 2r 1st 3forward An ed 2ing 3s 3nge r s 2st 3le d 1s 2ing 6tegies 3y 4y ed 2ing 3s 3eam " +
  "ed 1r s 3ing 3s 3ngthen ed 2ing 3s 7ss ed 1s 2ing 5tch ed 1s 2ing s 7w ed 2ing 3n 1s 3ict er 1st 5ke " +
  "s 2ing 4ng ent 3ing 3s 3p ed 2ped 2ing 4s 2ve s 2ing 5oke d 1s 2ing 4ng er 1st 5ve 3uck 2ggle d 1s " +
  "2ing s 9ubborn 5ck 2dent s 4ied 1s 3y ing s 6ff ed 2ing s 4s 3mble d 1s 2ing 5p ed 2ing 3s 3n g 1k " +
  "1ned 2ing 4s 2pid er 1st 6rdier 1st 4y 4yle d 1s 2ing 2sh 6ub bed 2ing 4dued 4ject ed 2ing 3s " +
  "5limate d 1s 2ing 5e 4merge d 1s 2ing 6it s 1ted 2ing 7ordinate s 9par 3s equent 6ide d 1s 2ing 2ze " +
  "d 1s 2ing 6st ed 2ing 3s 4tandard 4tial er 1st 9rate s 7tle r 1st 4otal s 5ract ed 2ing s 4s 6urban " +
  "5vert ed 2ing 3s 6cceed ed 2ing 3s 4inct 4umb ed 2ing 3s 5h 1k ed 2ing 3s 3dden er 1st 7e d 2ffer ed " +
  "2ing s 4s 3ice d 1s 2ing 7gar 2gest ed 2ing 3s 6ing 2t e d 1s 2ing 3s 3ltan s 5m marise d 1s 2ing " +
  "7ed 1r s 3ing 3on ed 2ing 3s 4s 2ng 1k 1rise s 5shine 6per b 1ficial er 1st 9hero es 5uman s " +
  "6intendent s 9or s 4star s 5visor s 1y 8plement ed 2ing 3s 6ied 1s 3y ing 5ort ed 2ing 3s 3se d 1s " +
  "2ing 5ress ed 1s 2ing 8reme 5re d 1r 1s t 3f ace d 1s 2ing 5ed 1r s 3ing s 4s 2ge d 1on s 3s 2ing " +
  "4ing 3ly 2mount ed 2ing 3s 6pass ed 1s 2ing 6rise d 1s 2ing 7real er 1st 6ogate s 5und ed 2ing 3s " +
  "6vey ed 2ing s 4s 3ive d 1s 2ing s 4or s 7shi 2pect ed 1r 1st 3ing 3s 3nd ed 2ing 3s 5s ed 1s 2ing " +
  "4tain ed 2ing 3s 7wallow ed 2ing 3s 5m 1y ed 2ing 3s 3ear ing s 4s 2t ed 2ing 3s 3ep er s 3ing 3s " +
  "takes 7t en ed 2ing 3s 2r 1st 3heart s 8ll ed 2ing 3s 3pt 3ift er 1st 5m ming s 5s 2ng ing 3s 3pe d " +
  "1s 2ing 4tch ed 1s 2ing 7ore 1n 3um 1ng 4ydney 4llabi 1le s 3us 6mbolic 6nergies 3y 4opses 2is 6stem " +
  "s 7tableau x 3spoon s 8oo s 4ck ed 2ing 3le d 1s 2ing 4s 2tic s 5g ged 2ing 4s 2ilor ed 2ing 3s 5ke " +
  "n 1s 2ing 4lent ed 2s 4k ed 2ing s 4s 2l er 1st 3ied 1s 3y ing 6me d 1r 1st 3per ed 2ing 3s 5n gle d " +
  "1s 2ing 5ned 2ing s 5s 1talize d 1s 2ing 9oiseach es 9rget ed 2ing 3s 4nish ed 1s 2ing 7t er 1st " +
  "5ste d 1ful 3s 2ing s 6ught 4wdrier 1st 4y 4x ed 1s 2ing 5b l 1sp 3ce 2d 1ea ch er s 2s 2ing s 6m ed " +
  "2ing 3s 2r ing 3s 2se d 1s 2ing s 4poon s 7chnician s 6ologist s Be ing 3n age r s 5s 2s 1th 3l l " +
  "ing 3s 3mp er ate 3ed 2ing 3s 3late s 5orary 5t ed 2ing 3s 4n ant s 4der ed 1st 3ing 3s 4nis 3se r " +
  "1st 4th s 4rabyte s 6minal s 6rific 1ed 1s 3y ing 6orist s 7tiary 6st ed 1r s 3ing s 4s 1y 3xt ed 2s " +
  "4ha n k ed 2ing 3s 3t 2e e 1ir s elf 1ves 8m self 1ves 7n 1rapist s 6e by 2fore 5modynamics Bse s " +
  "2is 3y 2ick er 1st 5ef 1ves 4n g ies 3s 1y 2k ing s 4s 2ned 1r 1st 3ing 4s 2rd s 2stier 1st 4y 3teen " +
  "th s 6ieth s 5y 3s 2o rny 3se 2u gh t ful 6sand s 1th s 9read ed 2ing 3s 2ten ed 2ing 3s 5e some s " +
  "6w 2ill ed 2ing 3s 3ve d 1s 2ing 5ough out 6w ing 3n 1s 3u st ing 3s 5under 4s 2wart ed 2ing 3s 5y " +
  "2ic k ed 2ing 3s 2s 2de s 2ied 1r 1s t 3ng 3y ing 5e d 1r s 2s 2ght en ed 2ing 3s 2r 1st 6ktoker s " +
  "7l e d 1s 2ing 3l 2me d 1lier 1st 4y 2s 1table s 7ing s 5n ier 1st 4y 2p ped 2ing s 5s 2re d 1s 2ing " +
  "5mr w 3o day 2dler s 6gether 6ken s 4ld 1erant 5l ed 2ing 3s 3morrow 6n e d 1s 2ight 3ng 2te s 4ne s " +
  "4o k 1th paste 8p ic s 3ped 2ing 3le d 1s 2ing 5s 2re 1n ado s 5pid 3que s 4ture d 1s 2ing 7ss ed 1s " +
  "2ing 5tal ed 2ling 3y 2s 4uch ed 1s 2ing 5gh en ed 2ing 3s 2r 1st 5r ed 2ing 2st s 4s 3ward s 4nfolk " +
  "4sfolk 8rack ed 2ing s 4s 3de d 1r s 2s 2ing s 5ffic k ed 2ing 3s 6gedies 3y 4in ed 2ing s 4s 3mp le " +
  "d 1s 2ing 4s 3nquil er 1st 7sact ed 2ing 3s 4criptionist s Cfer red 2ing 4s 3orm ed 2ing 3s 5ition " +
  "ed 2ing 3s 6parent 5ire d 1s 2ing 5ort ed 2ing 3s 7p ped 2ing 4s 2vel er s 3ing s 4led 2ing s 5s " +
  "5eat ed 2ing 2se 3s 3k king 4s 2mble d 1s 2ing 6nchant 5d ed 2ier 1st 3ng 3s etter s 7y 4ial s 3be s " +
  "2unal s 4taries 3y 3e d 1s 2ing 6ck ed 2ing 3le d 1s 2ing 4s 3ed 1s 2fle d 1s 2ing 5gger ed 2ing 3s " +
  "5llion s 1th s 8m med 2ing 4s 2nities 3y 4p ped 2ing 4s 2te 3ooper s 3s 3t s 1ted 2ing 5uble d 1s " +
  "hooting 9ing 5gh s 3sers 4t 3ue r 1st 3st ed 2ing 3s 4y ing 5sk 1p 2uck ed 2ing 3s 3mble d 1s 2ing " +
  "5mies 3y 3na 1e d 1s 2gsten 5ic s 2ng 3nel led 2ing 4s 5rn ed 2ing 3s 1table s 8tor ial s 4s 4xedo s " +
  "6v s 2welfth s 4ve 3ntieth s 5y 4ice 2n ned 2ing 4s 2st ed 2ing 3s 4o 2ycoon s 5ing 3pe d 1s 2ing s " +
  "5ranny 7ugh 1lier 1st 4y 3h h 1m 2ltimate ly 7ra 4nabated 5ppealing 8ssuming 7ttended 7uthorized " +
  "Abecoming 8challenged 7rted 5ecked 6ircumcised Ale s 3onvincing 8ordinated s Aver ed 2ing 3s " +
  "6decided 5r age 3cover 4ut s 1ting 7estimate s 9go es 2ing 3ne 3raduate s 7ound s 7hand 4lying " +
  "5neath 5privileged Asized 4tand ing s 4s 4ood 5take s 2ing s 6one s 3ok 4value d 1s 2ing 7water 3y " +
  "2ear s 3ight 4nt 3helm ed 2ing 3s 5riter s 9id 1sclosed 6puted 7o cumented 8es 2ing 3ne 3ue 3earth " +
  "ed 2ing 3s 5mployed 7nding 5ven 3xpected 5lained 9fair 3inished 7old ed 2ing 3s 3reseen 6unded s " +
  "8guarded 7heard 5ified 1s 3y ing 5nsured 5terested 5rupted 9vited 6que 3te d 1s 2ing 4versal 7known " +
  "5leash ed 1s 2ing 6ss 3ike 3ock ed 2ing 3s 5married 5tched 6et 3named 4erve d 1s 2ing 6oticed " +
  "7opposed 7paid 2ralleled 9lug ged 2ing 4s 4recedented Bravel ing 3led 3s 5ecognized 8gulated 7lated " +
  "4enting 7quited 6served 5olved 7uly 4seen 2ttle d 1s 2ing 7ightly 6old 3pent 3oken 5upervised " +
  "8specting Atapped 5ested 5ie d 1s 2l 2old 2uched 6ying 5used 4veil ed 2ing 3s 5wanted 4rranted " +
  "8ieldy 7p beat 4date d 1s 2ing 6grade d 1s 2ing 7held 3old ing 3s 5lift ed 2ing 3s 4oad ed 2ing 3s " +
  "5on 2per 2ity 4risen 5scale 4et s 1ting 6ide s 4tairs es 8tight 6ranus 4ban ite s 7ge d 1nt 2s 2ing " +
  "4inal s 6s e d 1ful 3r s 2s 2her ed 2ing 3s 4ing 3ual 4tter ed 1st 3ing 3most 4s 6vacant 3uum med " +
  "2ing 4s 5gabond s 6rant 4ue r 1st 5in er 1st 5lidate d 1s 2ing 7uable 4e d 1s 2ing 5n illa s 4sh ed " +
  "1s 2ing 6s 2por 3riable s 4nt s 4ed 1s 1ties 3y 3ous 4nish es 6y ing 5st er 5b 1egetable s 8ngeful " +
  "5ture d 1s 2ing 6us es 5r dant er 1st 6ict s 5ified 1s 3y ing 6nacular 7satile 5us 3tebra e 1te s 8y " +
  "2t eran s 3inarian s As 2x ed 1s 2ing 5ia 1be d 1s 2ing 3rant 5ctoria 6e d 1s 1w ed 2ing 3s 3gilant " +
  "6le 1lain s 6negar 5ola s 2ence 3t s 5p s 2rginia 5us es 5sionaries 3y 5t ed 2ing 3or s 3s 3ualize d " +
  "1s 2ing s Atae 2ro 3vo 3ocabularies 3y 8ice d 1s 2ing 4d ed 2ing 3s 2la 3l atile 5cano es 6tage s 4s " +
  "2unteer ed 2ing s 4s 8mit s 1ted 6te d 1s 2ing s 5w ed 2ing 3s 2yager s 7s 1ulgar est 8ying 5wade " +
  "1ing 4fer s 4hoo 3ist s 3t ed 1r s 3ing s 4s 2ve d 1s 2ing 5ke d 1n 1s 2ing 4lk ed 2ing 3s 3nder ed " +
  "1r s 3ing 3s 4g s 2t ed 2ing 3on 2s 3r d s 2ehouse d 1s 2ing 8ier 1st 4m ed 1r 1st 3ing 3s 1th 3n ed " +
  "2ing s 4s 2p ed 2ing 3s 2rant ed 2ing 3s 4ing 2or s 5s 1y 2s h ed 1s 2ing s 5te d 1ful 3s 2ing 5t ch " +
  "ed 1s 2ing s 6er bed s 4shed s 5y 3t s es 5ve d 1s 2ing 4x ed 1s 2ing 4y s 3b 1e ak en ed 2ing 3s 2r " +
  "1st 4n ing 3s 2r ier 1st 3ng 3s 1y 2ther ed 2ing 3man s 4proof 5s 5ve s 2ing 5d ding s 5s 2e d ed " +
  "2ing 3s 2k end s 4ly 2s 2p ing 3s 3igh ed 2ing 3s 3rd ed 1r 1st 3ing 3s 4lcome d 1s 2ing 6der s 4l " +
  "2nt ed 2ing 3s 3pt 2re 2stern 5t s 1ter 1st 3ing 6hack ed 2ing 3s 3le s 3t ever 4soever 8ee l ing 3s " +
  "3n ever 5re as 2by 2ver 5ther 4w 2ich ever 6le 1st 3nier 1st 4y 2p ping 4s 2sk ed 2ing 3s 1y 2per ed " +
  "2ing s 4s 4tle d 1s 2ing 6te r 1st 5o a 1ever 4le sale 6m 1ops 3se 3y 2ick ed er 1st 5ing 3s 3de n " +
  "ed 2ing 3s 2r 1spread 5t 4eld ed 2ing 3s 4fe 2ld er 1st 3life 5ier 1st 4l ing 4y 2mp ed 2ing 3s 3n d " +
  "ier 1st 3ng 3s 1y 2e 1g ed 2ing 3s 2ner s 3ing 4s 2pe d 1s 2ing 4re d 1s 2ier 1st 3ng s 4y 2se d 1r " +
  "1s t 3h ed 1s 2ing 4ing 3tful 5tch es 4h draw ing 3n 1s 3ew 4er ed 2ing 3s 3in 2out 4ness ed 1s 2ing " +
  "8ves 3zard s 6k s 2oken 3man ly 4en 3n der ed 2ing s 4s 5od en 2ier 1st 4y 2l 1zy 3rd s 2e 1k ed 1r " +
  "s 3ing s 4s hop ped 2ing 4s 6n 1ried 1s 3y ing s 6se n ed 2ing 3s 3hip ping 4s 4t 2th ed 2ing 3s " +
  "1while 8uld 2nd ed 2ing 3s 4ve n 3w 2r ap ped 2ing s 5s 3eak ing 3s 3ck ed 2ing 3s 3stle d 1r s 2s " +
  "2ing s 8ier 1st 3ng ing 3s 2kle d 1s 2ing 6te r s 2s 2ing s 4ten 5ong ed 1r 1st 3ing 3s 3te 2ught er " +
  "1st 3ing 3s 6ung 3y 2taf 2f 3ya a 1h 1mmer ed 2ing 3s 5rd s 3wn ed 2ing s 4s 3y 2b 1d 1ea h 1r ly 2n " +
  "ed 2ing s 4s 2s 3ll ed 2ing s 4ow ed 1r 1st 5s 3p 1s terday 7t 2ield ed 2ing 3s 4kes 3pee 2pee 5ogi " +
  "s 3ttabyte s 8u ng er 1st 5r self 1ves 7th s 2uber s 8r s 2uck 2p 3zanier 1st 4y 3ero ing s 4s 1th s " +
  "5ttabyte s 9ip ping 4s 3ombie s 5ne d 1s 2ing s 4k ing 3s 3om ed 2ing s 4s";
