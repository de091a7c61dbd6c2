/**
 * Given names (first names) of many languages, to tell a person's name from other capitalized words.
 *
 * Provenance: generated from the lexicon of compromise 14.17.0 (MIT licence, Spencer Kelly),
 * `nlp.world().model.one.lexicon` and `model.two.switches` (words that are also names,
 * such as "frank", count in both lists); lower case, one word each. Stored front-coded
 * (front-coded.ts): to edit, `node scripts/lexicon/words.mjs decode src/lexicon/actors-given-names.ts > words.txt`,
 * change that list, then `node scripts/lexicon/words.mjs encode src/lexicon/actors-given-names.ts < words.txt`.
 *
 * @module
 */

/** Given names, lower case, sorted and front-coded (front-coded.ts); decoded into a set on first use. */
export const GIVEN_NAMES_CODED: string =
  "aada 1ya 3liyah 5radhya 4v 2on 3sha 4bagail 5bey 2i e 2y 2dallah 5el 2oulaye 6ul lah 2o 2rahman 9e l " +
  "2i e 1gail 5raham 3m 2il 3u bakr 4lfazl 7da line 3yn 3m a 2n 2die 1lyn 3son 5el a ide 4e ne 3ia 1na " +
  "1e 3ynn 5i 1olf o 2ph 4reanna 5ian a 1na 1e 2o 3en a 1e 1ne 6vik 4fonso 5gatha 4gie 3nes 3ustin a " +
  "7hmad 2ed 1t 4icha 3da n 2en 3leen 4mar 2ee 3na 1o 1sley 5sha h 3ling 1n 3ynn 6jani 3la 3kira " +
  "4laddin 4in a 3n a 1is 2na h 3oud 4stair 5yah 2na 4ba 1ert o 4recht 6den 3ec ia 3isha 4jandra 1o " +
  "6ksandar 2er 2r a 5ei 4na 2sia 2sandra 1o 7x a nder 2ra 1e 1ia 2os 2u 5ei 2ia 1s 4f ie 2onso 4red o " +
  "5i a 1ce 1ia 2ja 3na 1e 2sa 1e 1ha 2on 2sa 2tair 5za 3lan 2en 2ie 1son 4yson 5ma 2ois 2nso 2zo " +
  "4phonse 1o 6thea 3on 3varo 3in 3ya 1cia 3sa 1on 2sa 5mahle 3ia 1ra 3lia 3nda 3r 2ber ly 5elia 1ja " +
  "5ie 1lia 3na ta 3e 2r 1t 2manuel 4r 3os 2y 2na bel 3maria 5s tasia 1ja 7toli y 2y 4ya 3der s 3i " +
  "1jela 4ra 1e a s 2i 1j 1s 1w 1y 2zej 4y 2e ta 1te 4gel a 1ia 1ca 2na 1e 2que 4o 3ie 3ika 2sa 1sa 3ta " +
  "3ja 1elica 6n a bel la 1e 5lisa 4maria 6e marie 5tt e 4ie 1ka 3marie 6ohito 5thony 4oine tte 6n ella " +
  "4i a 1o 2y 4war 3ya 3oi 2pril 3utsiaq 7rata 3chibald 4e 4i a na 1na 1e 4el le 4ki 3jun 3leen 2na 1e " +
  "2tte 5maan 2nd o 4in 3naud 2v 2o ld 4oha 2n 2pita 4t em 2hur 3ie 2ur o 4yan 4sahi 3ha nti 4lee 1igh " +
  "3y 2i e 2y n 3raqat 5ton 4iya 3ja 2mita 4sil 3trid 5taahua 5hena 5ubrey 4dra 1ey 2i 1y 3gust ina 1e " +
  "3o 1us 6relia 5steja 3in 5va 1ery 3i gail 5ril 4wa 2ya an 2na 1na 4esha 4gun 3khan 4lin 3n 1se l " +
  "4ziz 2ra 2una 5bakary 3er 3lazs 4ndar 2ile 4ele 3ks 3rbara 3ora 3ra 3ney 3rett 3y 2t holomew 9yarmaa " +
  "7ea trice 2z 5cca 2ky 3linay 2da 4la 3n edict 5ita 1o 3jamin 5nie 2y 2son 4rat 2g 1nadette 4ine 4rd " +
  "o 4hard 4ice 2e 3t ha 2ie 2ram 1nd 5yl 3shoi 3s ie 4th anie 2y 4sy 2te 1ie 1na 3y e 4ula h 4v erley " +
  "2y 6ianca 4bek 3ff 2lal 2jana 4l ie 2y 3nita 3tou 4shal 3mah 5jorn 4laine 2r 2ke 2nca 1he 4ze 3ossom " +
  "5ythe 5o b bi e 2y 3gdan 3larka 6lormaa 6nita 3nie 4ris 3yd 3rad ford 4ley 3y 2nden 2i e 2on 2y " +
  "2islav 7eanna 4e 1nda n 2on 3na 2t on 4t t 3ian a 1na 1e 4ce 2dget t e 6gid 1tte 5tney 3t any 3ney " +
  "2i 1y 5onwyn 4ok e 3wn 3uce 2no 3yan na 4ce 2nn 2on 4uck 2d dy 3rt on 4ster 5yron 5caitlin 2yn 5l eb " +
  "2ista 4lie 3vin 4m eron 4ila 1e 1la 1e 2o 4ndace 3ice 5ra 1ey 2ina 2ssa 4l a 1ene 2y 2ie 2o s 1ta " +
  "1ta 4ton 3y 2mel a 1la 3n 3ol e 1ina 1e 3yn 4rie 2ol l 4y 2sandra 5ey 2sandra 5idy 2e 4tarina 5erina " +
  "5herina 1e 5leen 4ryn 3y 2rina 5yla 4ecelia 4il e 1ia 2y 4dric 4leste 4ia 1na 1e 4sar 4had 1mbers " +
  "5ndra 3elle 4tal 2elle 6rbel 3is sa 3ty 3la 1ena 1e 2s 1tte 3y 2ie 2otte 5maine 6s e 3edeline 6lsea " +
  "1y 4r i e 2yl 3ster 4t 1yenne 6in 2loe 3ris sy 2ta l 2en 2ian a 1e 3e 1na 1e 3oph e r 4s 2y 4ystal " +
  "6uck 4iara n 4erra 4ndi 1y 4lair e 3ra 1e nce 4ice 2s sa 5ude tte 4ia 1ne 2o 3s 2y ton 5emens 1t 4o " +
  "patra 6tus 4iff ord 4ton 4nt 2ve 3otilde 6yde 4ody 2lby 2e en 2tte 4in 2leen 3in 3ton 4ncepcion 7nie " +
  "2or 3or 2rad 3stance 2tin 3za 5uelo 6ra lie 4delia 5ey 2i na 1e 1na 1e 4nelia 1s 1us 6rine 4y " +
  "2urtney 2i 1y 6raig 3istal 2iano 3na 3obal 7ystal 6urt is 5yndi 2thia 5ril 2us 5daan 2hlia 4ina 2sy " +
  "3lal 2e 2maris 4ia n 2en 2on 3on 3n a 1ette 4i ca 2el a 1e 1la 1e 4ka 2lo 2z 2ny 3phna 1e 4ra 1by " +
  "2cey 2ie 2y 2en 2ia 1n 1o 1us 3la 1ena 1e 4nell 4rel l 2n 2in 2yl 3win 3yl 3ve 1i d a 2na 4wn 2yle " +
  "2na 4ean a 1dra 1e 3n a 1e 4b bie 2y 2ora h 4ra h 4de 2e dee 3na 2pak 4idre 3rdre 5ja n 3la 1bert " +
  "4ia 1lah 4la 2ores 2is 4phine 6metria 1us 7na 1ice 2s e 3nis 2y 3on 2rek 2rick 5shawn 4iree 4mond " +
  "5van 2en 2in 2on 3wayne 4ey 3xter 5hia 3iana 1e 1na 1e 3rmuid 6ck 2ego 2ter 2mar 3rich 6llon 4mitri " +
  "s 6na h 2esh 4on ne 4rk 2xie 3ya 3j eneba 6mitri 1y 5olly 2ores 5mingo 2ic k 2k 1que 4ykas 7n a ld " +
  "3na 1ell 3ie 2y 2ovan 5ra 1een 3ian 2s 2la 2othea 2y 4thy 4ttie 4ug las 5vydas 5yle 4ragan 4ew 3uane " +
  "3dley 4ncan 4stin 2y 4wayne 4ight 5ylan 2lan 6earl 1nest 6benezer 7crin 4d die 2y 2el 1n 2gar 3ie " +
  "1th 3mond 3und 4na 2oardo 5uard o 5ward o 4in a 5evi 3frain 3en 4ileen 4sha 3tan 4katerina 7ta 3la " +
  "ina 1e 3na 3bert 4don 3eanor 4n a 1i 3i ana 2s 2cia 3da 2e 1f 1jah 3n a 1or 3ot 2sa beth 5e 1ha 2ka " +
  "3za bete 1h 4veta 7la 1en 2ie 1ot t 3s 2y 2ma 1er 3nora 4oise 3uise 5sa 1ie 3ton 3va 1in a 2ra 2s " +
  "3wood 5ma nuel a 6elda 2y 2rald 3son 3y 3il e e 2ia no 3e 1ja 2o 1s 2y 2na 1e 2r han 5ma line 4nuel " +
  "le 7eline 4tt 3ie 2y 3nid 2och 3rico 2que 5zo 3oin 3rgi 2ic a 1h 1k a 3k a 2n 2ma 2nest ina 1e 3o " +
  "4ie 2st 3rol 3vin 3win 3yn 3sma 1eralda 7peranza 7teban 3la 1e 1la 1e 3r e 3her 3rella 7than 2el " +
  "3ienne 5ta 3ugen e 1ia 1e 5la 2nice 5va n gelina 1e 8e lin a 3yn 3ns 2rett 5geny 4i e 1ta 4wa 2ymen " +
  "4zra 4fabian 2en 2o 2rice 2zio 6di 2hd 2ith 3jr 2nny 2ta 3rah 2ida 3rah 3zana 5temeh 4iha 2ma 2n 2ma " +
  "2oumata 7y e 3ederico 6lecia 4icia 3pe 2x 3ng 1na 3rdinand o 7gus 3n anda 1o 7idel 3elds 3n 2lip 3nn " +
  "2ona 1n 4letcher 6o ra 1encia 5ian 4yd 4orrest 5ster 4zia 4ran ces ca 1o 4ina 1e 2s ca 1o 2zek 5ois " +
  "e 5k ie 2lin 2yn 5ser 4ed a 1die 2y 2eric k 2k 4rick 2k 4ja 3ida 2eda 1rich 6ts 1z 4yodor 6gabe 1i " +
  "ja 3real 3iel a 1e 1ius 3la 1e 6y 2il 2le n 3malat 4ila 4reth 3land 4net 3rett 3y 2th 2y 2vin 3yle " +
  "4emma 3na 1e sis 3vieve 6na 3off rey 5rg e s 1tte 4i e 1na 2os 3y 4rald ina 1e 5rd o 4hard 4i 1maine " +
  "5rit 2y 2t rud e 7ia como 4nna 4gi 2lbert o 5da 2es 2l es 2ian 5na 1o 2orgi o 1s 4vanna 1i 6sela 1e " +
  "1le 5ta 2useppe 7ladys 4en a 1da 2n a 4oria 4ynis 5odfrey 5lda 1ie 4nzalo 5ogoosh 6ran 2d on " +
  "4ttfried 8race 1ie la 5dy 2ham 3nt 3eg g 1or io 2y 4ta 1chen 6iselda 6over 5uido 2lherme 5laume " +
  "4ermo 7nay 2el 2nar 3ter 2her 5s taf 1v e 1o 5y 2wen dolyn 7yneth 6yorgy 6habib a 4iley 4l a 1ey 2im " +
  "2l ie 4milton 5za 3na h 2k 1na h 3s 2o 1riet te 5lan 2ey 3mony 4old 3ri et t e 5y 2uhito 4ki 2ta 1o " +
  "3vey 4san 2naa 3san 3ti 3tice 3tie 4wa 2yato 3den 3ley 4zel 4eath er 5ctor 4idi 2nrich 5tor 4len a " +
  "1e 3ga 2mi 3ndrik 4ri etta 4k 1que 4y k 4rb ert 4man n 3ine 5ssa 2ter 5ilary 3da 1egard 6l ary 5mari " +
  "4nata 5oda 2llie 2y 3mer 3race 1io 3tio 4tense 6sna 1iya 4sein 5uston 5ward 3ie 4ubert 4gh 1o " +
  "2mberto 6nter 4seyin 2n 3sa in 3ein 6yacinth 6dar 5iain 2n 2bai 2rahim 6chika 5da 2gnacio 5or 3ke r " +
  "3la 1ene 3iana 3ja 2na 3ona 3se 2ya 3mane 3elda 4ogena 1e 6ndira 4es 2grid 4ji 2uk 1nnguaq 8ona 1ut " +
  "4ra ti 3ena 1e 3ina 3ma 2vin g 4win 4saac 2bel a 1e 1l a 1e 5dora 4iah 1s 4haan 4iah 2dora 5la nde " +
  "5mael 2il 4obel 4sac 4tai 2suki 5va ana 3lu 2n a 4wona 4zaro 5jacinda 2ta 4k ie 2y 2lyn 3ob 2quelina " +
  "1e 3yn 3s 5da 1e n 3ime 3ka 1e 1ob 1v 2ub 3mal 2es on 4i e 1son 4mie 4n a e 2e le 1le 3ssa 3t te " +
  "4ice 2e 1na 1e 2s 2uary 5queline 7red 2od 1slav 5rett 3od 3vis 4smin a 1e 4on 2per 4vier a 5y den " +
  "3ne 2son 4zmin e 6ean a 1e tte 4ie 1na 1e 3na 1e tte 4ie 1na 1e 6d 1ff ery 3rey 2y 4lena 4n a 1elle " +
  "4ifer 4na 1ette 4i e 1fer 4y 2s 2rald 3emiah 3y 3i 1maine 5ome 2nimo 5ri 1y 3sica 3s e 1ica 2e 3us " +
  "3wel 4ian 2e 1l ian 3l ian 5m i 1mie 2y 3ng 3o an a 1e 1n a 1e 3o 1quin 5celyn 5di e 2y 2e l le 3sph " +
  "3y 2han a 1n a 1es 5n athan 2on 5ie 2nie 2y 4kubas 5leen 2na 1e 3ie 3n ah 1s 1than 2on 5i 1ny 3rdan " +
  "2i 1on 3ge 3se f a 1ina 1e 4lyn 3ph ina 1e 6h ua 3iah 2e 2ue 3vana 4y a 1ce 3zef 4uan a 1ita 5de " +
  "line 5ith 3y 2len 1s 2ia n a 1na 1e 4e n ne 3t a 1te 4o 1ssa 3us 4ne 2stin a 1e 7kabita 4cey 2per " +
  "4diatou 6ede 3i a 1tlin 2yn 5jus 3leigh 4i 1le 1ie 4mal a 3il a 1e 4nata 3yakumari 9ra 1en 2i m a 2n " +
  "a 2ssa 4l a 1y 2olina 5yn 3sey 2par 3sandra 5ie 4t arina 5e lyn n 4rina 5harina 1e 5em 1rina 1e 5ie " +
  "2leen 4rine 3yn 3y 2i a 1e 2lyn 3rina 4y 2uri 3vita 4y e 1la 1ee 1igh 7eeley 2y 2nan 4ir a 2sha 3th " +
  "3jsi 3ley 2i 1ley 2i e 2y 2sey 2ie 3y 2n dall 3ra 1ick 5na 1eth 3y 2t on 3yatta 5za 3ra 1i 1mit 3ri " +
  "1y 3ven 2in 4hadija 1e 4led 2id 3wla 4eira 4ongordzol Aia na 2ra 3era n 2sten 6ley 3m berlee 1y 2i " +
  "1y 5mernaq 7ng sley 6p 1ra n 2il l 3k 1ollos 5sten 2in 5tty 3zzy 4laus 3ea 3obe 2nrad 3ul 3ri " +
  "2urtney 7ris ta 1en 2i an 2e 1n a 1e 3opher 5y na 6ystal 5zysztof 8urt is 5yla 1e e 2ie 2s 2ra " +
  "4lacey 2ie 2y 2dona 1na 5ia 1la 3kesha 5mar 2bert 4ija 3ont 4na 1ce 2don 3e 2ra 1isa 1sa 4ry 2s " +
  "2shawn 4zlo 4tasha 4ifa 2sha 4onya 3ya 4ura 1el 1n ce 2t 3ie 2yn 4verna 1e 4inia 5wrence 6xmi 3yla " +
  "4ea h 1na 1dra 1o 3e 1n a 1e 4da 2ena 2vi 3ia 1f 1gh 2la ni 5ja 1la 3la nd 4n a 1nart 3y 2ora 1e 4o " +
  "la 2n a rd o 4el 2id 1e 2ora 4pold 4ra 3sedi 3ley 2i e 2y 2ter 4thabo 4icia 3tia 4tie 4vente 4i 2x " +
  "ie 3yla 4ia m 1n a 1ne 4bbie 2y 3dia 2ya 3epa 3la 1i a n a 4ja 2lia n 2e 2y 2y 2n a 1da 1say 2ey 2i " +
  "1y 2y 2us 3onel 3r 2sa 1ette 5v ia 3z a 1beth 4ette 4zie 5loyd 4ogan 3is 2la 1ita 4nnie 4ra ina 1e " +
  "4elei 3n a 1e 1zo 3tta 4i e 2na 2raina 1e 4i e 4tte 1ie 4u ella 4ie 1s a 1e 4velie 4ro 3well 5uann " +
  "3c a s 2ia na 1o 3e n 2ja 2le 1le 3nda 4y 2dovic 4vig 3wig 4ela 1la 4igi 2s a 1e 2z 2ka s 2e 2la 1u " +
  "1wa 3na 2pe 1ita 4ther 4uk 2z 2ydia 3la 1e 2n a 1da 1on 2sey 4e tte 4n a 1e tte 5sey 6maayan 4bel " +
  "2le 3caulay 5ie j 3k 1y 2dalyn 4die 3eleine 4ina 1e 3yn 4ge 2ison 4onna 4s 2e 1gda lena 1e 6gie 3nus " +
  "4ha madou 4mad 5di 2esh 3moud 5ia 1re 2sie 3te 3ja 1d 2ksim 4lachai 2y 3k 2colm 4en 2ia 1k a 2nda " +
  "4lory 5madou 5naia 3dakranta 7y 2fred 4ish 3ny 2on 2uel a 5ra 1c el a 1l a 1e 1o 2o 3i a 1e 1n 2o s " +
  "2us 2y 2garet te 4ida 2ta 5e ry 3ie 2o t 2ret te 5uerite 7i a h 1m awit 4i 2n a 1e 1na 1e 2o 3bel 3e " +
  "la 1la 4ja 2lyn 3na 2o n 1s 2s a 1ol 2sa 3tza 3us 3jorie 5k el 2o s 2us 3la 1ena 1e 3in 2o n 3nie " +
  "3quis 4sha l l 5ta 1ha 2i m 1n a 1e 3y 2vin 3wa 2y am 1n n 3beth 4jane 4lou 5soud 1meh 6t ej 1o " +
  "2heus 2w 2ias 2eu 2lde 3s 3ias 2lda 1e 4s 1t eo 2hew 2ias 4i a s 2e 2y 2us 2yas 4ud e 2ra 1een 3ice " +
  "1io 6vis 3x ime 1ilian o 7na 1e 3well 5ya 1bell 4ra 2soun 5zie 4ckenzie 7eagan 4g an 2han 4hdi 2met " +
  "4i 1l anie 4ina 1da 3sa 1sa 4lisa 4ody 2kuhle 6vin 4redith 5iem 2ssa 4jem 3le 2on 2rill 4vin 2yn " +
  "3yem 2l 4ia 1caela 3h 2hael a 3l 2eal 2l e 1le 5k ey 2y 3dori 4guel 4hai 3ka ela 2re 4e l 2hail " +
  "4olaj 5la gros 5dred 4ena 3house 5ica 3licent 4e 2y 2o s 2ton 4mi 2na to 3dy 2enhle 4rva 4h 1ik 2nie " +
  "4ra l 1nda 4iam 3lande 6sty 3tch ell 5zi 3yar 4obina 4dibo 4e 1hamad 2ed 2mad 2ed 6ira 2ses 4llie 2y " +
  "3na 1ica 2ka 2que 4te 1y 3rgan 3itz 4ses 2he 3ussa 5rignayani 9uhamed 2mad 2ed 6rad 2iel 4stafa 2pha " +
  "7ya 1les 3ra 1iam 3lande 5na 2on 2tle 6naasunnguaq 9dene 3ia 1na 1e 3ya 3hia 2om 3ima 3lla 3ncy " +
  "2ette 5omi e 4rges 4t alia 1e 2ya 3sha 4e 1halie 3n ael 3iel 5y 4eal 2d 1hir 3il 2l a 1isa 3l ie " +
  "3son 4na 2rissa 5sreen 5ville 6guyen 5ia mh 3cholas 2e 4k i 1olas 4y 2o la s 2e tte 7els 3gel " +
  "3harika 6ilo 3k a u 2hil 3i ta 3ki 2las 3o la i 1y 3s 3la y 2es 2s 2na 2sanur 4ha 3ta 2vi 3oa h 1m " +
  "2el la 1e 3mi 3jus 3lan 3maan 4or 2ra h 2bert 4een 3m a n 4uf 1r 3uka 2r ay 2ul 4yla 4octavia 1o " +
  "6delia 3tte 4val 4felia 5ier 2sha 4ksana 5la f 1v 2eksandr 7ga 2ive r 2ia 1er 5lie 4mar 2er 3ndrej " +
  "5phelia 6ri 1lando 5ville 6sama 3car 3kar 3man 3valdo 5wald 5tis 2to 3umar 2ou 4wen 3yunbileg 9pablo " +
  "3ddy 2raig 5ge 2ige 3m ela 4ndora 4innguaq 8ola 1o 3rvati 5scal 4t rica 1e 1ia 2k 2k 3sy 2ti e 2y " +
  "3ul a 1ette 4ie 1na 1e 3o s 4vel 2lo 4earl 3dro 3g gy 3nelope 5ny 3rcy 2la 3tar 2e r 2r a 1o s 5hil " +
  "ip p e 4lip 3omena 7oebe 4ylis 2lis 6ia 1erce 2re 3ter 2ro 4otr 3paluk 6ol ina 3ly 3rtia 4tter " +
  "5rakash 4vit 4em 1ston 5iscila 1la 6yamvada 8udence 7uteri 5yotr 5queenie 4ntin 5iana 3ncy 2n 1ton " +
  "7rabina 4chael 3el e 1le 4id a 5e 1fael 4hul 3ina 1er 4jesh 4lf 1ph 3miro 3on a 4ndal l 3i 1olph 4y " +
  "2ia 3oul 3phael 5quel 4shad 3mus 4ul 2wiri 4y an 2mond 4na 4eanna 4ba 1eca 1ca 3ka h 5cep 3ece 2d 1m " +
  "a 3gan 2gie 3ina ld 4s 3id 1haneh 5na 3na e 1ta 3e e 3ta 2uben 4x 1yansh 4na ldo 6za 3hea 1tt " +
  "3iannon 6oda 2na 1da 5ia 1cardo 4cardo 5h ard 3elle 4ie 3k ey 2i e 2y 2o 2kki 2o 2ley 3mas 3n a 2ta " +
  "2ya 3oan 2b bie 1n 2y 2ert a 1o 4in 2yn 3cco 2hele 1le 5io 3d erick 5ger 3ney 3olfo 4rigo 5el 2gelio " +
  "3r 2hayyeh 7han 3land a 1o 4f 2man 2eo 3n ald 2n 2da 2i 1na 1ie 2y 3ry 2sa lie 1na 1d a 4yn 3nna 1e " +
  "3rio 4coe 3e ann e 4lla 1e 3marie 2y 4tta 4ie 2lyn 3s 2wan 2ena 4xana 1e 1na 1e 4ie 2y 2y ce 4uben " +
  "2in 2y 2dolf 1ph 4y 2fus 3pert 4ss el l 4ty 3th ie 5yan 2ou 4saanvi 4bina 1e 3rina 5de 1ie 3eed 3har " +
  "3ida 3keena 4ineh 4ura 4l ik 2lie 2y 2ma 2ome 3vador 3tore 7m antha 4ra 3i r a 3kelo 4mie 2y 2uel " +
  "4ndeep 3ra 1o 2y 2jay 3tiago 3no 5qib 3ra h 2ina 4sha 3toshi 5ul 2vanna h 7carlett 6ot t ie 2y " +
  "5eamus 3n 2bastian 2en 7kou 3lena 1e 3im 1na 3ma 3p p 2rena 3ge i 1y 2io 3ife 4tayesh 5h 2vda 2inj " +
  "4ymour 6hahd 1id 3ikha 3m aa 4kira 4na ya 3da 2e 1ia 2na 1on 3on 3quille 6ri 1lene 4on 2ron 3yn 3un " +
  "a 3wn a 3y la 2ma 2na 1e 4ea 1ba 2ena 3ila 3lby 2don 3ia 2ley 2y 2ton 4ri dan 3fa 3man 3ri e 2y 2yl " +
  "4iloh 3ra 1ley 2i 1y 4lomo 4ona 3risti 5yla 4id dhartha 7ney 4erra 4gmund 5las 2lin 3via 1o 4mon a " +
  "1e 4ndy 3obhan 5ta 1i 2yabonga 8kip 2y e 3lobodan 7nezana 6obia 3fia 1e 1ja 4lomon 5mayyeh 6ndra 3ia " +
  "2ja 2ny 2ya 3phia 1e 4ren 3uleymane 7ta 4pencer 5ike 4ri 2tacey 2i e 2y 2n islav 1w 5ley 4rla 4efan " +
  "ie 2o s 5la 1la 3phan e 1ie 4en 4ve n 2ie 3w art 5u art 5ue 1ha 2mayah 4it 2mer 4nita 4raj 2esh 4san " +
  "a 1e 1na h 2e 4i e 3zan a 1e 1na 1e 4ette 4ie 2y 3ven d 4ybil 3d ney 4ed 2lvester 5ia 1e 5zymon " +
  "6tabatha 4itha 5dgh 3ha 2ichi 3ka 3la 1ia 1tha 5mar a 3era 3i ka 3mi e 2y 2ra 3nia 1ka 2sha 4ner 3ya " +
  "3ra na 3eq 2yn 3sha 3tiana 4suki 5wana 5ed dy 3gan 3odora 5rence 3sa 2za 3i 1rance 4ell 2nce 4i e 2y " +
  "3ss a 1ie 5had deus 5lia 3ndolwethu Aea 1lma 3o dor a 1e 5resa 1e 5iago 4om as ina 8ia na 1na 3ra " +
  "3ffany 5m my 2othy 5na 1gting 6sha 3tus 4obias 3y 2d d 2m as z 3maso 3ie 2y 2oharu 6ni a 2y a 3ra 1i " +
  "3racey 2i e 2y 2vis 4ent on 4vor 3y 2icia 3na 1ity 4sh a 2ta n 5oy 2udy 2man 5ui 1la 2nar 3rki 4y " +
  "ler 3ra 1one 4son 5ughur 3ne 3lrich 2k 3ysses 6mberto 6nax 3ri 1sula 4te 3sha 2man 4xue 4val entin a " +
  "1e 5ria 1e 2y 4n ce 2esa 1sa 5sily 5eda 2lma 3nus 3ra 1n a 1ice 3on 3onica 6sna 4ic ente 4ki e 2y " +
  "2tor ia 6haan 4kky 2tor ia 1e 1ja 7lte 3nce nt 1zo 6ola 1et a 5rgil 1nia 6vaan 3ek 2ian a 3en ne " +
  "7lad imir 3slav 8ojtech 5lodymyr 8usala 6wade 2kana 4llace 3y 2t er 4nda 2g 2rd 2tts 3ylon 3ne 4ei " +
  "1ndell 3i 1y 3rner 4s ley 3ton 5hitney 2i 1y 5idelene 6la 1bert 3ur 3ey 2fred o 3id 1ed 5helm ina " +
  "7la rd 3iam 2e 1s 2ow 2y 2ma 3nfried 5ifred 5nie 1fred 6ona 3slow 3ton 6ojciech 6lfgang 6odrow 3y " +
  "3ut er 5yatt 5xavier 5hoel 4iaomei 3yan 5mena 4nyi 5yael 2gmur 4hli 3n is 2n ick 5rin 2oslav 6smin e " +
  "4sin e 6elena 4senia 5vgeni 1y 6ing 3olanda 5nas 1tan 2han 5g 2sef 3usouf 3sef 6uen 2ina 3na 2ri y " +
  "2y 2sif 2uf 3uma 3val 4vette 4ona 1e 1na 1e 6zac h ariah 3y 3ery 4k ary 5da 2hid 2ra 3inab 4karia 5n " +
  "e 2ra 3ehra 3inab 4lda 2ma 3na 2ynab 2ep 5ineb 4oe y 2fia 3la 2ra n 4sofia";
