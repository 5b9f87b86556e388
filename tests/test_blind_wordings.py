"""The eight CLAUDETTE categories on sentences written blind: by separate sessions that saw neither
the rules nor any labelled corpus, only the categories' definitions (tests/wordings/*.txt).

Set A imitates US consumer apps, set B European and Asian services writing in English (numbered
clauses, "the Provider", "hereunder"), set C the big platforms' terms of 2008-2017, set D plain-language
terms of 2020-2026 (AI tools, crypto, creator platforms), and set E holds only hard negatives. Run once
before any rule was changed for them, the core pack found 76, 67, 80 and 55 of the 96 risky sentences
of sets A-D and flagged 1, 1, 0 and 2 of their 48 fair ones, and 9 of set E's 200. A second round,
written later against the mended rules: set F for UK, Irish, Australian, Canadian, Indian and South
African consumer businesses, set G for sign-up services (storage, hosting, marketplaces, payment apps;
defined terms and cross-references), set H for games, social and dating apps, devices and EULAs in three
registers, and set I with 240 more hard negatives. Its first run found 74, 82 and 71 of 96 and flagged
1, 2 and 4 of 48, and 5 of set I's 240. A third round: set J for carriers, hotels, car rental and
telecoms, set K for payment apps, brokers and crypto exchanges, set L for terms translated from other
languages, set M for pieces of clauses as a sentence splitter cuts them (list items, "Further, ..."),
and set N with 240 hard negatives that share the wording of risky clauses. Its first run found 74, 73,
62 and 88 of 96, flagged 4, 1, 4 and 0 of 48, and 21 of set N's 240. A fourth round: set O for
health, education and children's apps, set P for long, dense US-style sentences (all-caps limbs,
cross-references, two ideas in one sentence), set Q for newspapers, communities, foundations and
crowdfunding, and set R with 240 fair clauses of consumer-friendly and EU-compliant terms. Its first
run found 82, 85 and 80 of 96, flagged 3, 1 and 2 of 48, and 12 of set R's 240. A fifth round, in
the style of the years the labelled corpus comes from: set S for consumer apps of 2015-2018, set T for
social networks, marketplaces and game publishers of 2012-2018 (with their EU versions), and set U
with 240 fair sentences from the same sections of such terms. Its first run found 87 and 88 of 96,
flagged 1 and 0 of 48, and 4 of set U's 240. A sixth round gave single categories many more
sentences: set V 72 risky and 36 fair ones on liability, set W 40 and 20 each on termination and
change, set X 40 and 20 each on content removal and acceptance by use. Its first run found 63/72,
60/80 and 60/80 and flagged 1/36, 1/40 and 2/40. A seventh, set Y, 30 risky and 20 fair sentences
each on arbitration, jurisdiction and governing law: 82/90 found, 1/60 flagged; and set Z, 25 risky
and 12 fair each on termination, change, removal and acceptance by use in unusual words ("sunset",
"wind down", "storefront", "vault"): only 51/100 found, 1/48 flagged. An eighth round: set AA for
terms translated from twelve languages, set AB in the words of many trades ("offboard", "nerf", "make
you whole"), set AC for web terms of 1998-2011 and set AD for services of 2023-2026 (AI tools,
connected cars, scooter rental): its first run found 67, 43, 82 and 81 of 96 and flagged 1, 0, 3 and
0 of 48. A ninth: set AE in trade idioms ("pull the rug", "show you the door", "foot the bill"), set
AF for plain-language summaries and FAQ boxes ("In short: ...", "Q: ... A: ..."), and set AG for
terms where the user is the provider (sellers, drivers, hosts, developers): 66, 85 and 73 of 96 found
at first run, 2, 4 and 5 of 48 flagged. A tenth: set AH for public and quasi-public services (transit
cards, councils, libraries, patient portals), set AI for heavy defined-terms legalese ("the Company
Parties", "subject to Section 12.3") and set AJ for devices and hardware (firmware, companion apps,
remote disable): 83, 78 and 85 of 96 found at first run, 3, 5 and 2 of 48 flagged. An eleventh: set
AK with 240 hard negatives from the same sections (procedure, pointers, the user's own rights, the
company's promises), set AL for news, dating, fitness and travel sites of 2010-2016, and set AN where
every sentence carries an "unless", "only if" or "except" limb: 9 of 240 flagged, 86 and 91 of 96
found, 1 and 7 of 48 flagged. A twelfth: set AO for Asian super-apps writing in English, set AP for
betting, casino, lottery and fantasy-sports terms, and set AQ for cloud storage, backup, e-mail and
password managers: 88, 85 and 85 of 96 found at first run, none of their fair sentences flagged.
A thirteenth: set AR for schools, tutoring and children's services, set AS for telehealth, insurers
and clubs, and set AT for fragments as a page splits them (headed clauses, bullets, "(c) to modify
..."): 85, 87 and 84 of 96 found at first run, 1, 1 and 0 of 48 flagged. A fourteenth: set AU for
online shops and marketplaces, set AV for the eight kinds of clause inside privacy policies and
cookie notices, and set AW for ride-hailing, delivery and home-service apps: 88, 78 and 84 of 96
found at first run, 1, 0 and 1 of 48 flagged. A fifteenth, on the weakest styles again: set AX for
terms translated by European, Turkish and Japanese legal teams ("the legal venue is the seat of the
Contractor"), set AY in unusual words ("sorted out by a private referee", "wash our hands of") and
set AZ for privacy policies, cookie banners and consent screens: 64, 61 and 84 of 96 found at first
run, 4, 0 and 0 of 48 flagged. A sixteenth: set BA, 40 risky and 20 fair sentences each on change and
content removal, and set BB the same on liability and arbitration, both in the style of the platforms
of 2014-2019; set BC where the risky clause is a second limb of a long sentence about something else:
56/80, 67/80 and 79/96 found at first run, 0/40, 0/40 and 1/48 flagged; set BE, 120 hard negatives
for change, arbitration and liability: 4 flagged. A seventeenth: set BD, 40 risky and 20 fair
sentences each on termination and acceptance by use (platforms of 2014-2019), and set BF for terms
translated from sixteen more languages ("the acceptance of the Offer is the fact of the
registration"): 64/80 and 54/96 found at first run, 1/40 and 3/48 flagged. An eighteenth: set BG
in unusual words (fourth round: "English law calls the shots", "your post can vanish"), set BH for
the template terms of small businesses (generators, website builders, shop templates) and set BI,
24 risky and 12 fair sentences each on liability, termination, law and courts in UK, Irish and EU
consumer terms: 31, 93 and 84 of 96 found at first run, 2, 0 and 1 of 48 flagged; set BL, 120 hard
negatives for termination, removal and acceptance by use: 2 flagged. A nineteenth: set BK, 40 risky
and 20 fair sentences each on change and content removal in services of 2020-2026 (AI models and
usage limits, creator platforms, community servers): 55/80 found at first run, 2/40 flagged; and set
BJ for terms machine-translated from French, Italian, Spanish, Portuguese, German, Polish and
Dutch ("the simple fact of navigating implies the acceptance", "submitted to the arbitrage of"):
only 35/96 found at first run, 1/48 flagged. A twentieth: set BM, 40 risky and 20 fair sentences
each on liability and termination in consumer apps and games of 2012-2018 (50/80 found at first run,
5/40 flagged), set BO for terms machine-translated from Chinese, Japanese, Korean, Russian, Turkish,
Arabic, Hebrew and Greek ("the competent people's court at the place where the company is located":
77/96, 7/48), set BN in unusual words that avoid every legal term ("a private referee decides",
"Texas rules apply": 21/96, 3/48; 57 of its slang sentences are left out) and set BP, 120 hard
negatives on change, arbitration, law and courts (10 flagged). A twenty-first: set BR for UK and EU
platforms of 2016-2019 (85/96 found at first run, 4/48 flagged), set BS, 40 risky and 20 fair
sentences each on change and arbitration in US platforms of 2012-2018 (38/80, 6/40; most of its
arbitration misses are procedure inside the arbitration section, which the labelled corpus leaves
unmarked and the file keeps as comments), and set BQ, 240 hard negatives from the same sections
of 2012-2018 platform terms (22 flagged). A twenty-second: set BT, 40 risky and 20 fair sentences
each on termination and content removal in UK and EU platforms of 2016-2019 (64/80 found at first
run, 6/40 flagged), set BU, 40 and 20 on acceptance by use and 20 and 10 each on law and courts in
US platforms of 2012-2018 (67/80, 1/40), and set BW, 240 hard negatives from the other parts of
terms and policies: accounts, payments, privacy, careers, FAQs (10 flagged). A twenty-third: set
BY, 30 risky and 15 fair sentences each on law, courts and arbitration in platforms based in the EU,
Israel, Singapore, Hong Kong, Japan, Korea, India, Brazil and Mexico (74/90 found at first run, 4/45
flagged), set BZ for pieces of clauses as a splitter cuts them (75/96, 2/48) and set BX, 240 hard
negatives from the change, liability and dispute sections of 2012-2018 platform terms (10 flagged).
A twenty-fourth: set CA, 60 risky and 30 fair sentences on liability in UK and Irish consumer terms
(46/60 found at first run, none flagged), set CC, sixty sentences that each carry two risky ideas
of different categories, written once per category (103/120, 2/40), and set CD, 240 hard negatives
on termination, content removal and acceptance by use (6 flagged). A twenty-fifth: set CE for news
sites, forums and blogs of 2008-2015 (79/96 found at first run, 3/48 flagged) and set CF for
mobile games and apps of small studios (80/96, 2/48). A twenty-sixth: set CH, 40 risky and 20 fair
sentences each on change and termination in consumer services of 2020-2026 (56/80 found at first
run, 5/40 flagged), and set CG, 240 hard negatives from consumer terms of 2020-2026 written for the
Digital Services Act (16 flagged). A twenty-seventh: set CI, 60 risky and 30 fair sentences from the
liability sections of US terms of 2012-2018 (52/60 found at first run, 1/30 flagged), and set CJ,
240 hard negatives from EU platforms of 2016-2019 (25 flagged). A twenty-eighth: set CK, 40 risky
and 20 fair sentences on acceptance by use and 20 and 10 each on law and courts in UK and EU
platforms of 2014-2020 (65/80 found at first run, 2/40 flagged), and set CL for Canadian,
Australian, New Zealand and Indian consumer terms (80/96, 3/48). A twenty-ninth: set CN, 40 risky
and 20 fair sentences each on content removal and acceptance by use in creator, AI and community
platforms of 2020-2026 (60/80 found at first run, 2/40 flagged), and set CM, 240 hard negatives from
web terms of 2005-2015 (24 flagged). A thirtieth: set CO for streaming, e-learning, fitness and
booking services of 2013-2018 (86/96, 4/48), set CP, 40 risky and 20 fair sentences each on change
and arbitration in consumer apps of 2012-2018 (63/80, 3/40), and set CQ, 240 hard negatives from the
same sections of 2012-2018 terms (15 flagged). A thirty-first: sets CR and CS are whole documents
written in order (a 2016 US photo and messaging app, a 2017 EU fitness and music service), every
sentence labelled, those of no category as "= | ..." lines that no finding of the eight may touch:
32/41 and 40/45 found at first run, 5/44 and 3/36 flagged, and 1/136 and 1/141 sentences of no
category flagged. A thirty-second: six more whole documents, sets CT-CY, in the style of the
labelled corpus's years (a 2015 US marketplace, a 2016 Nordic mobile-game publisher, a 2016 UK
food-delivery platform, a 2016 US cloud-storage service, a 2017 London dating app, a 2016
Luxembourg messaging app): 188/241 found at first run, 21/203 flagged, 10/854 of no category
flagged. A thirty-third: sets CZ-DE, six more (a 2014 US social network, whose writer recalled
Facebook's terms closely, a 2016 Dutch booking agency, a 2016 fitness wearable, a 2016 video
platform, a 2017 language app, a 2016 ride-hailing app): 210/281, 18/194 and 8/886. A
thirty-fourth: sets DF-DK, six more whose writers were told not to recall any real terms (an Irish
electronics shop, a German podcast app, a Canadian online game, a Singapore short-video app, US home
cameras, a French room-rental platform): 205/275, 21/231 and 11/775. A thirty-fifth: sets DN,
DP and DQ (an Australian fitness-class app, a Swiss password manager, a US crowdfunding platform):
97/126, 9/103 and 2/398, and, processed a stop later, sets DL, DM and DO (a 2016 UK mobile network,
a 2017 US video-course marketplace, a 2018 Indian grocery-delivery app): 108/134, 6/90 and 6/439.
A thirty-sixth: sets DR-DW (a 2016 US survey builder, a 2017 US payment app, a 2015 US music
streaming service, a 2017 German web host in its English version, a 2016 US question-and-answer
site, a 2017 Spanish travel agency): 184/247, 22/238 and 3/816. A thirty-seventh: sets DX-EC (a 2016
UK clothing and homeware shop, a 2017 US home-security camera service, a 2017 French neighbours'
network in its English version, a 2015 US photo-printing site, a 2016 Irish online-game publisher,
a 2018 Australian telehealth app): 197/254, 20/194 and 6/882. A thirty-eighth: sets ED-EI (a 2016 US
online-course platform, a 2017 US PC-game store, a 2016 Swedish music-recognition app, a 2017 US
newsletter service, a 2016 Israeli VPN app, a 2016 Canadian e-book store): 209/269, 13/210 and 7/848.
A thirty-ninth: sets EJ-EO, in the manner of the large platforms the labelled corpus was drawn from
(a 2016 social network, a 2016 video-streaming subscription, a 2017 search and mail company's
universal terms, a 2017 professional network, a 2016 online retailer and marketplace, a 2017
Japanese messaging app): 193/261, 10/192 and 10/857; where a writer's sentence matched one in the
train split closely, the train split's label decided. A fortieth: sets EP-EU in the same manner (a
2016 photo-sharing app, a 2016 cloud-storage service, a 2017 visual-bookmarking site, a 2017
meditation app, a 2016 console maker's network service, a 2017 academic paper-sharing site):
220/289, 18/238 and 8/781. A forty-first: sets EV-FA in the same manner (a 2016 home-sharing
marketplace, a 2017 ride-hailing app, a 2016 auction marketplace, a 2016 travel-review site, a
2016 note-taking app, a 2017 camera and messaging app): 217/273, 12/194 and 9/847. With it, two
earlier risky lines that call the limits "the basis of the bargain" (sets C, DY) became comments,
as the train split leaves such sentences unmarked. A forty-second: sets FB-FG in the same manner
(a 2017 virtual-reality platform, a 2016 augmented-reality game, a 2016 UK flight-search site, a
2016 social-games company, a 2017 social-media analytics service, a 2016 selfie-filter app):
203/258, 16/211 and 10/871; one fair line of set DX ("your right to use the Website will cease
immediately" on a breach) became a comment, as set FD calls the same clause risky. A forty-third:
sets FH-FM in the same manner (a 2016 dating app, a 2016 messaging app, a 2016 fitness tracker, a
2016 Swedish caller-ID app, a 2016 UK activity-rewards app, a 2016 Danish wine app): 208/256,
15/195 and 12/875. A forty-fourth: sets FN-FS in the same manner (a 2016 Luxembourg internet-calling
service, a 2016 online role-playing game, a 2016 Hong Kong meme community, a 2016 Dutch hotel
reservation platform, a 2016 fitness-tracking social app, a 2017 video-hosting platform): 211/271,
14/210 and 10/814. A forty-fifth: sets FT-FY in the same manner (a 2020 video-conferencing service
with AI meeting summaries, a 2017 freelance marketplace, a 2017 website builder, a 2018 discussion
community, a 2017 DNA-testing service, a 2016 ticket resale exchange): 210/282, 15/192 and 8/851; one
risky line of set EJ (the types of advertising "subject to change") became a comment, as the train
split leaves Instagram's same clause unmarked. A forty-sixth: sets FZ-GE in the same manner (a 2017
US cable and internet subscriber agreement, a 2018 UK e-money app, a 2018 smart-speaker voice
service, a 2017 car-sharing marketplace, a 2019 tutoring platform, a 2023 generative-AI chatbot):
201/258, 18/253 and 4/878. A forty-seventh: sets GF-GK in the same manner (a 2017 coding-education
platform, a 2015 handmade-goods marketplace, a 2013 blogging platform, a 2021 German e-scooter rental
app, a 2016 Australian classifieds site, a 2020 online-therapy app): 208/267, 17/212 and 4/848. A
forty-eighth: sets GL-GQ in the same manner (a 2018 connected-fitness membership, a 2019 Singapore
super-app, a 2016 job-search site, a 2018 real-estate marketplace, a 2017 game-streaming platform, a
2020 EU second-hand clothing marketplace): 207/259, 13/188 and 9/873. A forty-ninth: sets GR-GW in the
same manner (a 2015 photo-sharing and stories app, a 2016 music-streaming service for the EU, a 2014
dating site, a 2016 file-sync service, a 2017 Finnish free-to-play game publisher, a 2013 web portal
with e-mail and messaging): 211/246, 9/110 and 10/971. A fiftieth: sets GX-HC in the same manner (a
2016 UK fitness-tracking app with a wearable, a 2015 US ride-sharing service, a 2017 social network's
EU terms, a 2014 language-learning app, a 2016 note-taking app, a 2018 wine-and-food app with a
shop): 215/248, 5/117 and 14/988; one fair line of set DI (liability only for essential obligations
when slightly negligent) became a comment, as sets DG, S and GZ call it risky and the train split
marks World of Warcraft's same clause. A fifty-first: sets HD-HI in the same manner (a 2016 US
video-streaming service, a 2015 Dutch travel-booking site, a 2017 free-to-play mobile puzzle game, a
2016 professional-networking site, a 2017 photo-storage and printing service, a 2016 food-delivery
marketplace): 207/250, 2/109 and 10/1017. A fifty-second: sets HJ-HO in the same manner (a 2014
music-recognition and lyrics app, a 2016 UK mobile network, a 2017 smart-home camera service, a 2015
German marketplace for used electronics, a 2016 peer-to-peer payment app, a 2018 dating app for
professionals): 208/244, 4/115 and 18/1004. A fifty-third: sets HP-HU in the same manner (a 2015 e-book
and audiobook subscription, a 2016 Irish betting and casino site, a 2017 home-sharing marketplace's
terms for guests, a 2016 crowdfunding platform, a 2015 French video-on-demand service, a 2017 online
course marketplace): 204/239, 4/117 and 11/983. A fifty-fourth: sets HV-IA in the same manner (a 2014
question-and-answer site, a 2016 ticket marketplace with resale, a 2013 video-sharing platform with a
creators' programme, a 2017 Canadian password manager, a 2015 messaging app with a sticker store, a
2016 Italian fashion retailer): 206/242, 6/114 and 11/1007. A fifty-fifth: sets IB-IG in the same
manner (a 2015 used-car marketplace, a 2018 language-exchange and tutoring app, a 2014 web host and
domain registrar, a 2016 news site with a paywall, a 2017 Australian meal-kit subscription, a 2013
browser toolbar): 221/257, 12/114 and 8/953. A fifty-sixth: sets IH-IM in the same manner (a 2014
neighbourhood network, a 2016 Dutch payment wallet, a 2015 photo-editing app, a 2017 car-sharing
service, a 2013 UK parents' forum, a 2018 voice assistant): 208/245, 4/125 and 14/958. A fifty-seventh:
sets IN-IS in the same manner (a 2015 PC game launcher and store, a 2016 Swiss encrypted e-mail
service, a 2014 greeting-card and invitation site, a 2017 digital bank account, a 2013 daily-deals
site, a 2016 online chess community): 226/268, 9/117 and 12/989. A fifty-eighth: sets IT-IY in the
same manner (a 2016 home-fitness streaming service, a 2014 UK price-comparison site, a 2017 podcast
platform, a 2015 Indian travel agency, a 2018 freelance marketplace's terms for clients, a 2012
social-media scheduling tool): 206/240, 4/108 and 18/1020. A fifty-ninth: sets IZ-JE in the same
manner (a 2015 music-streaming service for independent artists, a 2016 Irish handmade-goods
marketplace, a 2013 cloud accounting service, a 2017 ride-hailing app's terms for drivers, a 2014
Canadian trading-card game platform, a 2018 genealogy and DNA-testing service): 216/245, 6/122 and
9/1005. A sixtieth: sets JF-JK in the same manner (a 2017 UK online estate agency, a 2014 anonymous
campus social app, a 2018 Singapore esports mobile game, a 2016 online pharmacy and telehealth
service, a 2015 smart-thermostat app tied to utilities, a 2013 Swedish beat-sharing community):
217/242, 7/122 and 13/969. A sixty-first: sets JL-JQ in the same manner (a 2016 car-insurance
comparison app, a 2014 Japanese manga reading app, a 2017 e-scooter and bike-sharing service, a
2013 people-search and background-check site, a 2018 UK energy supplier, a 2015 game live-streaming
platform): 188/232, 3/119 and 7/998. A sixty-second: sets JR-JW in the same manner (a 2014 recipe
and meal-planning site, a 2018 online therapy app, a 2014 home-services marketplace, a 2018
Australian buy-now-pay-later app, a 2016 children's educational app for schools, a 2013 Canadian
appointment-booking service for businesses): 205/236, 4/105 and 15/1007. A sixty-third: sets JX-KC
in the same manner (a 2015 wedding-planning site, a 2017 German cloud-gaming service, a 2014
textbook rental marketplace, a 2016 pet-sitting marketplace, a 2018 Indian video-editing app, a 2013
legal-forms website): 212/243, 3/110 and 6/998. A sixty-fourth: sets KD-KI in the same manner (a
2016 restaurant-reservation app, a 2014 UK driveway-parking marketplace, a 2017 smart-lock app, a
2015 youth sports-league platform, a 2018 Dutch travel e-SIM app, a 2013 photo-contest and stock
community): 217/242, 3/111 and 14/941.
A sixty-fifth: sets KJ-KO in the same manner (a 2014 print-on-demand marketplace, a 2017 Irish
video-conferencing service, a 2016 daily fantasy-sports site, a 2015 tax-preparation website, a 2018
AI avatar app, a 2013 UK car-parts retailer): 215/243, 2/113 and 11/964. A sixty-sixth: sets KP-KU
in the same manner (a 2016 collectibles auction site, a 2019 UK meditation app, a 2014
small-business CRM, a 2017 Canadian grocery delivery service, a 2015 sweepstakes-and-rewards app, a
2018 Irish coupon and cashback extension): 207/239, 3/112 and 14/993. A sixty-seventh: sets KV-LA in
the same manner (a 2017 social-casino app, a 2014 Australian job board, a 2016 yearbook and reunion
site, a 2018 connected fitness bike, a 2013 UK screen-scraping finance app, a 2015 gamers'
community): 204/248, 3/109 and 15/1004. A sixty-eighth: sets LB-LG in the same manner (a 2016 flower
delivery site, a 2019 AI writing assistant, a 2014 UK tutoring marketplace, a 2017 wine club, a 2015
Singapore super-app, a 2016 citizen-journalism app): 211/241, 0/118 and 9/943. A sixty-ninth: sets
LH-LM in the same manner (a 2015 car-wash subscription, a 2018 Polish second-hand clothes market, a
2016 navigation app, a 2013 nurses' continuing-education platform, a 2017 New Zealand holiday-park
booking app, a 2014 freemium antivirus): 203/238, 3/115 and 16/972. A seventieth: sets LN-LS in the
same manner (a 2016 round-up savings app, a 2014 fitness-wager app, a 2017 UK car auction, a 2015
photo-book site, a 2018 Canadian gear-rental marketplace, a 2013 newsletter service): 213/235, 5/113
and 9/991. A seventy-first: sets LT-LY in the same manner (a 2017 laundry pickup app, a 2014 German
browser strategy game, a 2016 legal-services marketplace, a 2018 Irish children's audio app, a 2013
mail-in pawn site, a 2015 free team chat): 205/237, 5/115 and 13/958. A seventy-second: sets LZ-ME
in the same manner (a 2016 boat-rental marketplace, a 2018 smart-glasses platform with an app store,
a 2014 UK will-writing service, a 2017 short-video app, a 2015 Swiss crypto exchange, a 2013 online
print shop): 219/244, 9/116 and 14/999. A seventy-third: sets MF-MK in the same manner (a 2017
drone-delivery app, a 2015 Australian solar-monitoring app, a 2019 karaoke and singing-lessons app,
a 2014 UK textbook and lecture-notes marketplace, a 2018 Canadian ticket-resale exchange, a 2016
smart-lock sharing service): 203/240, 3/114 and 6/988. A seventy-fourth: sets ML-MQ in the same
manner (a 2013 genealogy DNA-matching service, a 2017 Indian coding bootcamp, a 2015 pet-sitting
marketplace, a 2018 UK e-scooter rental app, a 2016 stock-photo marketplace, a 2014 prepaid phone
provider): 198/238, 5/118 and 10/957. A seventy-fifth: sets MR-MW in the same manner (a 2016
coworking membership app, a 2018 UK parcel-locker network, a 2014 language-exchange community, a
2017 Australian sports-betting service, a 2015 home-moving marketplace, a 2019 home-insurance app
with a leak sensor): 216/240, 5/108 and 12/969. A seventy-sixth: sets MX-NC in the same manner (a
2013 ebook store, a 2016 Canadian veterinary-chat and pet-pharmacy service, a 2018 French carpooling
app, a 2015 3D-printing service, a 2017 payroll service, a 2014 astrology app): 217/242, 2/113 and
14/1031. A seventy-seventh: sets ND-NI in the same manner (a 2017 golf tee-time app, a 2015 UK
charity-donation platform, a 2018 tattoo-booking marketplace, a 2014 thrift and consignment site, a
2016 Irish hearing-aid app, a 2019 fan-club platform): 209/244, 1/119 and 13/984. A seventy-eighth:
sets NJ-NO in the same manner (a 2016 wedding-planning marketplace, a 2014 UK salon-booking app, a
2018 plant-care subscription with a soil sensor, a 2015 music-lesson marketplace, a 2017 Australian
camping-ground booking site, a 2019 translation marketplace): 206/238, 2/122 and 8/963; one risky
line of set MP (promotions withdrawn and payment methods changed) became a comment, as the train
split leaves promotions unmarked and two judges read a change of payment methods as no change to
the service. Eight more rounds in the same manner, one set per document: a seventy-ninth, sets
NP-NU (a 2017 gym-chain app, a 2018 UK baby-monitor app, a 2016 student-loan refinancing site, a
2014 garden-plot and tool-sharing app, a 2019 Canadian audiobook-narration marketplace, a 2013
printable-coupon app): 206/231, 3/117 and 13/976; an eightieth, NV-OA (driving school, surplus
meals, home warranty, sneaker resale, puppy listings, online notary): 200/228, 5/120 and 13/970; an
eighty-first, OB-OG (sheet music, coach tickets, bail bonds, garage doors, bowling, used
furniture): 191/230, 3/108 and 13/953; an eighty-second, OH-OM (drug discount card, snow removal,
essay review, sports clubs, EV charging, theatre tickets): 204/242, 4/114 and 16/983; an
eighty-third, ON-OS (custom jewellery, pub quiz, vehicle history, coding robot, co-living, gown
rental): 210/242, 6/116 and 15/983; an eighty-fourth, OT-OY (car detailing, children's clothing,
CPR courses, smart aquarium, voice recipes, piano tuning): 204/237, 4/119 and 6/947; an
eighty-fifth, OZ-PE (tailoring, kayak rental, typing course, locksmiths, escape rooms, blood
donors): 206/232, 2/111 and 10/974; an eighty-sixth, PF-PK (roofing quotes, riding lessons, clear
aligners, sauna booking, vinyl club, hunting licences): 218/244, 2/123 and 4/988. One fair line of
set OO (the UK remedy for damaged digital content, which also excludes avoidable damage) became a
comment: set OY's writer and the definitions read the exclusion as a limitation. Nine more rounds
in the same manner: an eighty-seventh, PL-PQ (marina slips, funeral plans, coffee roasters,
dental booking, museum membership, observatory time): 214/237, 1/118 and 13/941; an eighty-eighth,
PR-PW (mortgage rates, yoga passes, tyres, ferries, climbing gyms, crosswords): 210/235, 3/119 and
12/1033; an eighty-ninth, PX-QC (nannies, dog grooming, pottery classes, hostels, dry cleaning,
shoe repair): 228/258, 3/115 and 8/934; a ninetieth, QD-QI (guitar lessons, nurseries, RV rental,
summer camps, trading cards, board-game cafes): 215/239, 3/111 and 12/1013; a ninety-first, QJ-QO
(home care, bike repair, perfume samples, holiday homes, home batteries, comics): 222/247, 5/121
and 10/1012; a ninety-second, QP-QU (scuba trips, physiotherapy visits, car washes, cruises,
psychic readings, home alarms): 209/239, 1/124 and 18/970; a ninety-third, QV-RA (hearing aids,
allotments, cakes, e-bike leasing, ski lockers, physical therapy): 198/229, 2/112 and 11/1005; a
ninety-fourth, RB-RG (sewing patterns, vintage clothing, surf lessons, senior meals, podcasts,
candle supplies): 203/234, 4/117 and 15/992; a ninety-fifth, RH-RM (instrument rental, wine club,
vending wallet, language tutors, trampoline parks, stamp auctions): 215/244, 4/119 and 10/1000.
Five more: a ninety-sixth, RN-RS (AI headshots, bingo coins, tool hire, pet medicines, campervans,
self-storage): 190/226, 8/113 and 9/974; a ninety-seventh, RT-RY (salvage auctions, bedtime
stories, movie tickets, sprinklers, photo prints, AI meeting notes): 209/245, 3/117 and 9/993; a
ninety-eighth, RZ-SE (insurance quotes, NFTs, language tutors, home alarms, florists, fitness
trackers): 220/244, 6/121 and 9/995; a ninety-ninth, SF-SK (genetic tests, laundry pickup, chess
coaching, textbook buyback, AI trip plans, car parks): 211/236, 3/119 and 14/954; a hundredth,
SL-SQ (tax filing, removals, art prints, e-bike subscriptions, a fantasy RPG, payday loans):
206/239, 4/113 and 12/1000.
Nine more: a hundred-and-first, SR-SW (AI voice cloning, ride-hailing, church giving, traffic
school, fashion resale, smart locks): 213/234, 4/113 and 14/974; a hundred-and-second, SX-TC
(private chefs, letting, legal documents, transit tickets, classifieds, an airline): 208/232, 4/123
and 16/958; a hundred-and-third, TD-TI (an AI companion, a farm game, mattresses, exam coaching,
hotel points, furniture resale): 211/245, 4/108 and 9/995; a hundred-and-fourth, TJ-TO
(remittances, credit monitoring, website escrow, costume rental, a fan app, drones): 215/237,
0/111 and 5/1007; a hundred-and-fifth, TP-TU (fertility tracking, contact lenses, energy
switching, weight-loss medication, gas delivery, bible study): 220/248, 3/118 and 12/953; a
hundred-and-sixth, TV-UA (CV builder, pest control, visas, rent-to-own, AI music, pool supplies):
210/237, 3/111 and 6/968; a hundred-and-seventh, UB-UG (race entries, a language camp, a theme
park, a smart ring, peer-to-peer loans, peer support): 197/231, 4/123 and 12/962; a
hundred-and-eighth, UH-UM (handbag consignment, kitchens, seeds, VTuber streams, nursing courses,
EV chargers): 208/237, 4/117 and 9/991; a hundred-and-ninth, UN-US (bread pre-orders, a cosmetic
clinic, dress rental, parcel forwarding, model trains, an AI tax assistant): 214/236, 2/113 and
14/995.
Eight more, whose writers had a prompt written anew (the first of them, round 110, was not yet told
how the labelled corpus treats warranty disclaimers, own-risk lines, class and jury waivers and
arbitration procedure, and marked 45 such lines risky, now left with their reasons): a
hundred-and-tenth, UT-UY (eSIM data plans, scooter hire, phone repair, AI interior design, airtime
top-up, school portraits): 176/260, 3/117 and 5/1098; a hundred-and-eleventh, UZ-VE (skydiving
vouchers, whisky casks, parking tickets, hair-loss telehealth, opera streaming, charity raffles):
220/243, 2/116 and 12/1076; a hundred-and-twelfth, VF-VK (odds tipsters, auto parts, robot mowers,
made-to-measure suits, tuition booking, photo kiosks): 224/247, 6/117 and 10/1118; a
hundred-and-thirteenth, VL-VQ (prison messaging, memorials, beehive sponsorship, matchmaking,
vineyard adoption, smart luggage): 216/249, 2/112 and 8/1095; a hundred-and-fourteenth, VR-VW
(airport lounges, a car subscription, tolls and parking, street-food catering, band booking, fuel
cards): 223/248, 2/118 and 9/1098; a hundred-and-fifteenth, VX-WC (satellite internet, mesh Wi-Fi,
in-flight Wi-Fi, children's clothing rental, bar-exam prep, pet-insurance comparison): 222/241,
2/119 and 6/1116; a hundred-and-sixteenth, WD-WI (stamps and coins, 10-minute groceries, rent
payments, photography courses, anime streaming, AI meal plans): 219/240, 6/112 and 7/1123; a
hundred-and-seventeenth, WJ-WO (a children's smartwatch, surf forecasts, astrology consultations,
custom furniture, second-hand books, an AI claims assistant): 229/245, 3/116 and 6/1093.
Eleven more with the same prompt: a hundred-and-eighteenth, WP-WU (an online notary, driving lessons,
language exchange, cabin rentals, dog DNA tests, a wedding gift list): 222/250, 6/115 and 12/1097; a
hundred-and-nineteenth, WV-XA (RV rentals, will writing, tradespeople, AI voice cloning, an e-bike
subscription, exam proctoring): 209/247, 3/115 and 4/1104; a hundred-and-twentieth, XB-XG (smart
locks, handbag resale, online therapy, AI bedtime stories, crowdfunding, pharmacy delivery):
216/242, 2/118 and 8/1126; a hundred-and-twenty-first, XH-XM (car auctions, grocery coupons, bike
sharing, AI job applications, student housing, esports): 225/245, 1/116 and 1/1090; a
hundred-and-twenty-second, XN-XS (solar leasing, a betting exchange, language classes, meal kits,
photo backup, used cars): 223/243, 5/119 and 13/1141; a hundred-and-twenty-third, XT-XY (GLP-1
telehealth, furniture, voice actors, pet sitting, digital gold, a password manager): 221/248, 2/115
and 5/1067; a hundred-and-twenty-fourth, XZ-YE (home warranties, theory-test prep, a rhythm game, an
AI legal assistant, a clothing box, ride-hailing): 218/246, 10/117 and 12/1121; a
hundred-and-twenty-fifth, YF-YK (ticket resale, broadband, buy-now-pay-later, an AI photo app,
craft courses, car sharing): 213/244, 4/119 and 10/1093; a hundred-and-twenty-sixth, YL-YQ
(fertility care, a wine auction, an e-scooter scheme, AI homework help, holiday homes, a smart
thermostat): 227/252, 1/115 and 8/1108; a hundred-and-twenty-seventh, YR-YW (child tutoring,
audiobook streaming, an online car dealer, an AI nutrition coach, travel booking, cloud
accounting): 215/247, 4/118 and 3/1125; a hundred-and-twenty-eighth, YX-ZC (home cleaning, an
online pharmacy, a dating app, an AI chatbot builder, a gym chain, parcel forwarding): 221/255,
4/116 and 13/1103.
Ten more with the same prompt, sets ZD to ABK (after ZZ the names run on as AAA, AAB, ...): a
hundred-and-twenty-ninth, ZD-ZI (pet insurance, a language exchange, AI meeting notes, meal kits, a
charity raffle, co-working): 219/243, 1/118 and 9/1070; a hundred-and-thirtieth, ZJ-ZO (camera
rental, furniture, an AI coding assistant, electricity, children's stories, a crypto card):
228/251, 6/117 and 7/1094; a hundred-and-thirty-first, ZP-ZU (security cameras, refurbished phones,
telehealth, AI music, a football club, prepaid mobile): 211/243, 2/116 and 6/1103; a
hundred-and-thirty-second, ZV-AAA (sports betting, car servicing, AI CV review, dog walking, an
e-bike lease, grocery delivery): 227/246, 3/113 and 8/1133; a hundred-and-thirty-third, AAB-AAG
(concert streaming, a mortgage broker, local buy-and-sell, AI translation, wedding vendors, key
exchange): 229/252, 4/119 and 6/1080; a hundred-and-thirty-fourth, AAH-AAM (skincare prescriptions,
bus and train tickets, AI books, an online bank, ski passes, a watch marketplace): 212/242, 3/119
and 5/1100; a hundred-and-thirty-fifth, AAN-AAS (piano lessons, car rental, handmade jewellery, an
AI fitness coach, food delivery, photo books): 221/243, 3/113 and 7/1111; a
hundred-and-thirty-sixth, AAT-AAY (loan refinancing, cooking classes, an AI companion, solar
monitoring, textbook swaps, meal prep): 227/260, 0/115 and 5/1067; a hundred-and-thirty-seventh,
AAZ-ABE (review management, parcel lockers, a teen video app, riding lessons, AI finance, a
board-game box): 227/248, 7/117 and 8/1106; a hundred-and-thirty-eighth, ABF-ABK (traffic
tickets, ski rental, an AI voice assistant, a florist, a language app, boat rental): 214/245,
6/121 and 7/1105; a hundred-and-thirty-ninth, ABL-ABQ (AI images, car-insurance comparison, home
cameras, a pharmacy, crypto, dating): 223/252, 3/110 and 16/1098; a hundred-and-fortieth, ABR-ABW
(e-bike subscriptions, tax software, meal kits, an online game, a designers' marketplace, DNA
tests): 223/252, 2/117 and 11/1099; a hundred-and-forty-first, ABX-ACC (a thermostat, second-hand
clothes, a coding bootcamp, pet sitting, car sharing, podcast hosting): 234/250, 2/108 and 3/1092;
a hundred-and-forty-second, ACD-ACI (a fitness tracker, holiday flats, an AI companion, groceries,
ticket resale, broadband and SIMs): 227/256, 7/116 and 10/1093; a hundred-and-forty-third, ACJ-ACO
(home cleaning, a German photo-book printer, therapy, food delivery, e-scooters, a property
portal): 205/244, 4/115 and 9/1085; a hundred-and-forty-fourth, ACP-ACU (a German electronics
shop, a smart speaker, fashion, used cars, audiobooks, childcare): 219/248, 4/121 and 6/1075; a
hundred-and-forty-fifth, ACV-ADA (budgeting, ski passes, a language exchange, textbook rental, a
digital bank, game tournaments): 226/250, 3/121 and 6/1098; a hundred-and-forty-sixth, ADB-ADG (AI
CVs, an online supermarket, a wedding marketplace, a gym, a password manager, a super-app):
215/240, 2/111 and 9/1128; a hundred-and-forty-seventh, ADH-ADM (a plant nursery, airtime, an AI
photo editor, a concert hall, home warranties, crowdfunding): 230/248, 2/121 and 11/1079; a
hundred-and-forty-eighth, ADN-ADS (a baby monitor, Austrian furniture, AI music, campervans,
online notaries, car parts): 218/251, 3/115 and 6/1100; a hundred-and-forty-ninth, ADT-ADY (a
coding club, co-working, sports coaching, an energy supplier, AI bookkeeping, a manga app):
215/242, 4/117 and 8/1092; a hundred-and-fiftieth, ADZ-AEE (vet telehealth, surf camps, cloud
gaming, legal templates, EV chargers, local florists): 224/246, 2/115 and 8/1101; a
hundred-and-fifty-first, AEF-AEK (mattress trials, an online pharmacy, home security, dating over
fifty, audiobooks, school tutoring): 220/247, 8/111 and 6/1105; a hundred-and-fifty-second,
AEL-AEQ (car sharing, live language tutors, meal kits, designer resale, an AI note-taker, SIM-only
plans): 225/250, 3/111 and 5/1132; a hundred-and-fifty-third, AER-AEW (insurance comparison,
holiday rentals, a thermostat, an estate agent, an AI companion, an online bank): 235/253, 6/125
and 5/1133; a hundred-and-fifty-fourth, AEX-AFC (eyewear, a wine club, home cleaning,
buy-now-pay-later, DNA tests, test preparation): 222/243, 4/121 and 7/1096; a
hundred-and-fifty-fifth, AFD-AFI (ticket resale, e-bike subscriptions, short videos, broadband, an
AI legal chatbot, pet insurance): 222/247, 4/113 and 7/1075; a hundred-and-fifty-sixth, AFJ-AFO
(online courses, German car rental, a smart ring, weight-loss prescriptions, handmade goods, food
delivery): 220/239, 1/115 and 6/1084; a hundred-and-fifty-seventh, AFP-AFU (stock trading, a
Polish electronics shop, a doorbell camera, children's reading, a snack box, a mobile game):
228/251, 8/119 and 7/1133; a hundred-and-fifty-eighth, AFV-AGA (freelance gigs, Spanish fashion,
online car buying, music streaming, AI images, a travel agency): 227/253, 2/116 and 15/1121; a
hundred-and-fifty-ninth, AGB-AGG (video therapy, a Dutch bicycle shop, parking, second-hand books,
smart glasses, a neighbourhood network): 222/247, 5/127 and 2/1114; a hundred-and-sixtieth, AGH-AGM
(a payroll app, Belgian groceries, fantasy sports, a UK insurance broker, AI homework help, a Hong
Kong marketplace): 212/244, 6/121 and 6/1112.
After each round the
rules were mended for the legal meaning of the misses; the few left out are kept in the files as
comments that say why. Each
sentence is checked as written and in the lower-cased, tokenised form of the labelled corpus
("wo n't", "company 's", " , ", `` ''), where the rules must work too.
"""

import re
from pathlib import Path

import pytest
from clauselens.categories import CLAUDETTE_CATEGORIES
from clauselens.engine.matcher import match_clause
from clauselens.packs import builtin_packs
from clauselens.severity import is_risky

WORDINGS = Path(__file__).parent / "wordings"


def corpus_form(text):
    """``text`` lower-cased and tokenised the way the CLAUDETTE corpus is."""
    text = text.lower().replace("’", "'")
    text = re.sub(r"\b(\w+)n't\b", r"\1 n't", text)  # "don't" -> "do n't", "can't" -> "ca n't"
    text = re.sub(r"(\w)'(s|re|ll|ve|d|m)\b", r"\1 '\2", text)
    text = re.sub(r'\s*([,;:()"])\s*', r" \1 ", text)
    text = re.sub(r"\.\s*$", " .", text)
    text = re.sub(r'"([^"]*)"', r"`` \1 ''", text)  # the corpus opens quotes with `` and closes them with ''
    return re.sub(r"\s+", " ", text).strip()


def sentences(kind):
    return list(_sentences(kind))


def _sentences(kind):
    for path in sorted(WORDINGS.glob("blind-set-*.txt")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith(kind):
                category, text = (part.strip() for part in line[1:].split("|", 1))
                yield pytest.param(category, text, id=f"{path.stem}:{number}")


def neutral_sentences():
    """The "= | ..." lines of the whole-document sets: sentences that concern none of the eight."""
    return [pytest.param(param.values[1], id=param.id) for param in sentences("=")]


def risky_categories(text):
    core = builtin_packs()["core"]
    return {match.rule.category for match in match_clause([core], text) if is_risky(match.rule.severity)}


def test_the_blind_sets_are_there_and_balanced():
    assert len(sentences("+")) >= 35500
    assert len(sentences("-")) >= 23400
    assert len(sentences("=")) >= 130000


@pytest.mark.parametrize(("category", "sentence"), sentences("+"))
def test_risky_sentence_is_flagged_in_its_category(category, sentence):
    assert category in risky_categories(sentence)
    assert category in risky_categories(corpus_form(sentence))


@pytest.mark.parametrize("sentence", neutral_sentences())
def test_sentence_of_no_category_is_flagged_in_none_of_the_eight(sentence):
    assert not risky_categories(sentence) & set(CLAUDETTE_CATEGORIES)
    assert not risky_categories(corpus_form(sentence)) & set(CLAUDETTE_CATEGORIES)


@pytest.mark.parametrize(("category", "sentence"), sentences("-"))
def test_fair_sentence_is_not_flagged_in_its_category(category, sentence):
    assert category not in risky_categories(sentence)
    assert category not in risky_categories(corpus_form(sentence))
