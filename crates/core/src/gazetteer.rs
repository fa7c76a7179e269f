//! The base gazetteer that ships with the engine: countries with their short
//! forms, demonyms and capitals (capitals speak for their governments:
//! "Beijing denied"), well-known agencies, news organisations, companies and
//! threat-actor names of the security beat, and large places. A corpus adds
//! its own `entities.toml` on top; names in no list are still found from the
//! text by `entities`.

use crate::model::EntityKind::{self, *};

/// A country: canonical name, other names, demonyms, capital.
pub struct Country {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub demonyms: &'static [&'static str],
    pub capital: &'static str,
}

macro_rules! countries {
    ($( $name:literal [$($alias:literal),*] [$($dem:literal),*] $cap:literal; )*) => {
        pub const COUNTRIES: &[Country] = &[ $( Country { name: $name, aliases: &[$($alias),*], demonyms: &[$($dem),*], capital: $cap } ),* ];
    };
}

countries! {
    "United States" ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"] ["American", "Americans", "US-based", "U.S.-based"] "Washington";
    "United Kingdom" ["UK", "U.K.", "Britain", "Great Britain"] ["British", "Briton", "Britons", "UK-based"] "London";
    "China" ["People's Republic of China", "PRC", "mainland China"] ["Chinese", "China-based"] "Beijing";
    "Russia" ["Russian Federation"] ["Russian", "Russians"] "Moscow";
    "Iran" ["Islamic Republic of Iran"] ["Iranian", "Iranians"] "Tehran";
    "North Korea" ["DPRK", "Democratic People's Republic of Korea"] ["North Korean", "North Koreans"] "Pyongyang";
    "South Korea" ["Republic of Korea", "ROK"] ["South Korean", "South Koreans"] "Seoul";
    "Japan" [] ["Japanese"] "Tokyo";
    "Taiwan" [] ["Taiwanese"] "Taipei";
    "India" [] ["Indian", "Indians"] "New Delhi";
    "Pakistan" [] ["Pakistani"] "Islamabad";
    "Australia" [] ["Australian", "Australians"] "Canberra";
    "New Zealand" [] ["New Zealander"] "Wellington";
    "Canada" [] ["Canadian", "Canadians"] "Ottawa";
    "Mexico" [] ["Mexican"] "Mexico City";
    "Brazil" [] ["Brazilian"] "Brasilia";
    "Argentina" [] ["Argentine", "Argentinian"] "Buenos Aires";
    "France" [] ["French"] "Paris";
    "Germany" [] ["German", "Germans"] "Berlin";
    "Italy" [] ["Italian"] "Rome";
    "Spain" [] ["Spanish"] "Madrid";
    "Netherlands" ["Holland"] ["Dutch"] "Amsterdam";
    "Belgium" [] ["Belgian"] "Brussels";
    "Switzerland" [] ["Swiss"] "Bern";
    "Sweden" [] ["Swedish"] "Stockholm";
    "Norway" [] ["Norwegian"] "Oslo";
    "Denmark" [] ["Danish"] "Copenhagen";
    "Finland" [] ["Finnish"] "Helsinki";
    "Poland" [] ["Polish"] "Warsaw";
    "Ukraine" [] ["Ukrainian", "Ukrainians"] "Kyiv";
    "Belarus" [] ["Belarusian"] "Minsk";
    "Estonia" [] ["Estonian"] "Tallinn";
    "Latvia" [] ["Latvian"] "Riga";
    "Lithuania" [] ["Lithuanian"] "Vilnius";
    "Ireland" ["Republic of Ireland"] ["Irish"] "Dublin";
    "Israel" [] ["Israeli", "Israelis"] "Jerusalem";
    "Saudi Arabia" [] ["Saudi"] "Riyadh";
    "United Arab Emirates" ["UAE"] ["Emirati"] "Abu Dhabi";
    "Turkey" ["Turkiye"] ["Turkish"] "Ankara";
    "Egypt" [] ["Egyptian"] "Cairo";
    "Syria" [] ["Syrian"] "Damascus";
    "Iraq" [] ["Iraqi"] "Baghdad";
    "Afghanistan" [] ["Afghan"] "Kabul";
    "Vietnam" [] ["Vietnamese"] "Hanoi";
    "Philippines" [] ["Filipino", "Philippine"] "Manila";
    "Indonesia" [] ["Indonesian"] "Jakarta";
    "Malaysia" [] ["Malaysian"] "Kuala Lumpur";
    "Singapore" [] ["Singaporean"] "Singapore";
    "Thailand" [] ["Thai"] "Bangkok";
    "South Africa" [] ["South African"] "Pretoria";
    "Nigeria" [] ["Nigerian"] "Abuja";
    "Kenya" [] ["Kenyan"] "Nairobi";
    "Greece" [] ["Greek"] "Athens";
    "Portugal" [] ["Portuguese"] "Lisbon";
    "Austria" [] ["Austrian"] "Vienna";
    "Czech Republic" ["Czechia"] ["Czech"] "Prague";
    "Hungary" [] ["Hungarian"] "Budapest";
    "Romania" [] ["Romanian"] "Bucharest";
    "Serbia" [] ["Serbian"] "Belgrade";
    "Georgia" [] ["Georgian"] "Tbilisi";
    "Venezuela" [] ["Venezuelan"] "Caracas";
    "Cuba" [] ["Cuban"] "Havana";
    "Qatar" [] ["Qatari"] "Doha";
    // The rest of the world's states (capitals left out where they are a
    // common first name or word: "Sofia", "Victoria", "Kingston"). Chad and
    // Jordan are left to the shape of the prose: as first names ("Jordan
    // Peterson said") a gazetteer match would split the person.
    "Albania" [] ["Albanian", "Albanians"] "Tirana";
    "Algeria" [] ["Algerian", "Algerians"] "Algiers";
    "Angola" [] ["Angolan"] "Luanda";
    "Armenia" [] ["Armenian", "Armenians"] "Yerevan";
    "Azerbaijan" [] ["Azerbaijani", "Azeri"] "Baku";
    "Bahrain" [] ["Bahraini"] "Manama";
    "Bangladesh" [] ["Bangladeshi"] "Dhaka";
    "Benin" [] ["Beninese"] "Porto-Novo";
    "Bolivia" [] ["Bolivian"] "";
    "Bosnia and Herzegovina" ["Bosnia"] ["Bosnian"] "Sarajevo";
    "Botswana" [] [] "Gaborone";
    "Bulgaria" [] ["Bulgarian", "Bulgarians"] "";
    "Burkina Faso" [] ["Burkinabe"] "Ouagadougou";
    "Burundi" [] ["Burundian"] "Gitega";
    "Cambodia" [] ["Cambodian", "Cambodians"] "Phnom Penh";
    "Cameroon" [] ["Cameroonian"] "Yaounde";
    "Chile" [] ["Chilean", "Chileans"] "";
    "Colombia" [] ["Colombian", "Colombians"] "Bogota";
    "Costa Rica" [] ["Costa Rican"] "";
    "Croatia" [] ["Croatian", "Croatians"] "Zagreb";
    "Cyprus" [] ["Cypriot"] "Nicosia";
    "Democratic Republic of the Congo" ["DRC", "DR Congo", "Congo-Kinshasa"] ["Congolese"] "Kinshasa";
    "Republic of the Congo" ["Congo-Brazzaville"] [] "Brazzaville";
    "Dominican Republic" [] [] "Santo Domingo";
    "Ecuador" [] ["Ecuadorian", "Ecuadorean"] "Quito";
    "El Salvador" [] ["Salvadoran", "Salvadorean"] "San Salvador";
    "Eritrea" [] ["Eritrean", "Eritreans"] "Asmara";
    "Ethiopia" [] ["Ethiopian", "Ethiopians"] "Addis Ababa";
    "Gabon" [] ["Gabonese"] "Libreville";
    "Gambia" ["The Gambia"] ["Gambian"] "Banjul";
    "Ghana" [] ["Ghanaian", "Ghanaians"] "Accra";
    "Guatemala" [] ["Guatemalan", "Guatemalans"] "Guatemala City";
    "Guinea" [] ["Guinean"] "Conakry";
    "Haiti" [] ["Haitian", "Haitians"] "Port-au-Prince";
    "Honduras" [] ["Honduran", "Hondurans"] "Tegucigalpa";
    "Iceland" [] ["Icelandic"] "Reykjavik";
    "Ivory Coast" ["Côte d'Ivoire", "Cote d'Ivoire"] ["Ivorian"] "";
    "Jamaica" [] ["Jamaican", "Jamaicans"] "";
    "Kazakhstan" [] ["Kazakh", "Kazakhstani"] "Astana";
    "Kosovo" [] ["Kosovar"] "Pristina";
    "Kuwait" [] ["Kuwaiti"] "Kuwait City";
    "Kyrgyzstan" [] ["Kyrgyz"] "Bishkek";
    "Laos" [] ["Laotian"] "Vientiane";
    "Lebanon" [] ["Lebanese"] "Beirut";
    "Liberia" [] ["Liberian"] "Monrovia";
    "Libya" [] ["Libyan", "Libyans"] "Tripoli";
    "Luxembourg" [] [] "";
    "Madagascar" [] ["Malagasy"] "Antananarivo";
    "Malawi" [] ["Malawian"] "Lilongwe";
    "Mali" [] ["Malian"] "Bamako";
    "Malta" [] ["Maltese"] "Valletta";
    "Mauritania" [] ["Mauritanian"] "Nouakchott";
    "Moldova" [] ["Moldovan"] "Chisinau";
    "Mongolia" [] ["Mongolian"] "Ulaanbaatar";
    "Montenegro" [] ["Montenegrin"] "Podgorica";
    "Morocco" [] ["Moroccan", "Moroccans"] "Rabat";
    "Mozambique" [] ["Mozambican"] "Maputo";
    "Myanmar" ["Burma"] ["Burmese"] "Naypyidaw";
    "Namibia" [] ["Namibian"] "Windhoek";
    "Nepal" [] ["Nepali", "Nepalese"] "Kathmandu";
    "Nicaragua" [] ["Nicaraguan", "Nicaraguans"] "Managua";
    "Niger" [] ["Nigerien"] "Niamey";
    "North Macedonia" ["Macedonia"] ["Macedonian"] "Skopje";
    "Oman" [] ["Omani"] "Muscat";
    "Palestine" ["Palestinian territories"] ["Palestinian", "Palestinians"] "Ramallah";
    "Panama" [] ["Panamanian"] "Panama City";
    "Papua New Guinea" [] [] "Port Moresby";
    "Paraguay" [] ["Paraguayan"] "Asuncion";
    "Peru" [] ["Peruvian", "Peruvians"] "Lima";
    "Rwanda" [] ["Rwandan", "Rwandans"] "Kigali";
    "Senegal" [] ["Senegalese"] "Dakar";
    "Sierra Leone" [] ["Sierra Leonean"] "Freetown";
    "Slovakia" [] ["Slovak", "Slovakian"] "Bratislava";
    "Slovenia" [] ["Slovenian", "Slovene"] "Ljubljana";
    "Somalia" [] ["Somali", "Somalis"] "Mogadishu";
    "South Sudan" [] ["South Sudanese"] "Juba";
    "Sri Lanka" [] ["Sri Lankan", "Sri Lankans"] "Colombo";
    "Sudan" [] ["Sudanese"] "Khartoum";
    "Tajikistan" [] ["Tajik"] "Dushanbe";
    "Tanzania" [] ["Tanzanian", "Tanzanians"] "Dodoma";
    "Togo" [] ["Togolese"] "Lome";
    "Trinidad and Tobago" [] [] "Port of Spain";
    "Tunisia" [] ["Tunisian", "Tunisians"] "Tunis";
    "Turkmenistan" [] ["Turkmen"] "Ashgabat";
    "Uganda" [] ["Ugandan", "Ugandans"] "Kampala";
    "Uruguay" [] ["Uruguayan"] "Montevideo";
    "Uzbekistan" [] ["Uzbek"] "Tashkent";
    "Yemen" [] ["Yemeni", "Yemenis"] "Sanaa";
    "Zambia" [] ["Zambian", "Zambians"] "Lusaka";
    "Zimbabwe" [] ["Zimbabwean", "Zimbabweans"] "Harare";
    "Hong Kong" [] [] "";
}

/// A known entity that is not a country.
pub struct Known {
    pub name: &'static str,
    pub kind: EntityKind,
    pub aliases: &'static [&'static str],
    /// Canonical name of the country it belongs to, or "".
    pub affiliation: &'static str,
}

macro_rules! known {
    ($( $name:literal $kind:ident [$($alias:literal),*] $aff:literal; )*) => {
        pub const KNOWN: &[Known] = &[ $( Known { name: $name, kind: $kind, aliases: &[$($alias),*], affiliation: $aff } ),* ];
    };
}

known! {
    // Government bodies and agencies.
    "National Security Agency" GovernmentBody ["NSA"] "United States";
    "FBI" GovernmentBody ["Federal Bureau of Investigation"] "United States";
    "CIA" GovernmentBody ["Central Intelligence Agency"] "United States";
    "Department of Homeland Security" GovernmentBody ["DHS", "Homeland Security"] "United States";
    "Cybersecurity and Infrastructure Security Agency" GovernmentBody ["CISA"] "United States";
    "Department of Justice" GovernmentBody ["DoJ", "DOJ", "Justice Department"] "United States";
    "State Department" GovernmentBody ["US State Department", "Department of State"] "United States";
    "Pentagon" GovernmentBody ["Department of Defense"] "United States";
    "White House" GovernmentBody [] "United States";
    "Congress" GovernmentBody ["US Congress"] "United States";
    "US Cyber Command" GovernmentBody ["Cyber Command"] "United States";
    "GCHQ" GovernmentBody ["Government Communications Headquarters"] "United Kingdom";
    "National Cyber Security Centre" GovernmentBody ["NCSC"] "United Kingdom";
    "MI5" GovernmentBody ["Security Service"] "United Kingdom";
    "MI6" GovernmentBody ["Secret Intelligence Service", "SIS"] "United Kingdom";
    "Cabinet Office" GovernmentBody [] "United Kingdom";
    "Home Office" GovernmentBody [] "United Kingdom";
    "Foreign Office" GovernmentBody ["Foreign, Commonwealth and Development Office", "FCDO", "Foreign and Commonwealth Office"] "United Kingdom";
    "Ministry of Defence" GovernmentBody ["MoD"] "United Kingdom";
    "Downing Street" GovernmentBody ["Number 10", "No 10"] "United Kingdom";
    "Ministry of State Security" GovernmentBody ["MSS"] "China";
    "People's Liberation Army" GovernmentBody ["PLA"] "China";
    "Ministry of Foreign Affairs" GovernmentBody [] "";
    "Cyberspace Administration of China" GovernmentBody ["CAC"] "China";
    "Kremlin" GovernmentBody [] "Russia";
    "GRU" GovernmentBody [] "Russia";
    "FSB" GovernmentBody [] "Russia";
    "European Union" GovernmentBody ["EU"] "";
    "European Commission" GovernmentBody [] "";
    "NATO" GovernmentBody ["Nato"] "";
    "United Nations" GovernmentBody ["UN", "U.N."] "";
    "Europol" GovernmentBody [] "";
    // Political parties.
    "Republican Party" Programme ["Republicans", "GOP", "Grand Old Party"] "United States";
    "Democratic Party" Programme [] "United States";
    "Conservative Party" Programme ["Tories"] "United Kingdom";
    "Labour Party" Programme ["Labour"] "United Kingdom";
    "Interpol" GovernmentBody [] "";
    // News organisations.
    "Xinhua" Media ["Xinhua News Agency"] "China";
    "China Daily" Media [] "China";
    "Global Times" Media [] "China";
    "People's Daily" Media [] "China";
    "CCTV" Media [] "China";
    "Reuters" Media [] "";
    "Associated Press" Media ["AP"] "";
    "Agence France-Presse" Media ["AFP"] "";
    "Bloomberg" Media [] "";
    "BBC" Media [] "United Kingdom";
    "The Guardian" Media ["Guardian"] "United Kingdom";
    "Financial Times" Media ["FT"] "United Kingdom";
    "The Times" Media [] "United Kingdom";
    "The Telegraph" Media ["Telegraph"] "United Kingdom";
    "The Independent" Media [] "United Kingdom";
    "Sky News" Media [] "United Kingdom";
    "The New York Times" Media ["New York Times", "NYT"] "United States";
    "The Washington Post" Media ["Washington Post"] "United States";
    "The Wall Street Journal" Media ["Wall Street Journal", "WSJ"] "United States";
    "CNN" Media [] "United States";
    "NBC News" Media ["NBC"] "United States";
    "Politico" Media [] "";
    "Computer Weekly" Media ["ComputerWeekly"] "United Kingdom";
    "Kyodo" Media [] "Japan";
    "Yonhap" Media [] "South Korea";
    "TASS" Media [] "Russia";
    "RIA Novosti" Media [] "Russia";
    // Companies of the security beat.
    "Mandiant" Company [] "United States";
    "FireEye" Company [] "United States";
    "CrowdStrike" Company [] "United States";
    "Microsoft" Company [] "United States";
    "Google" Company [] "United States";
    "Apple" Company [] "United States";
    "Amazon" Company [] "United States";
    "Meta" Company ["Meta Platforms"] "United States";
    "Facebook" Company [] "United States";
    "Cisco" Company [] "United States";
    "Symantec" Company [] "United States";
    "Palo Alto Networks" Company [] "United States";
    "Recorded Future" Company [] "United States";
    "SolarWinds" Company [] "United States";
    "Huawei" Company [] "China";
    "ZTE" Company [] "China";
    "TikTok" Company [] "China";
    "ByteDance" Company [] "China";
    "Tencent" Company [] "China";
    "Alibaba" Company [] "China";
    "Kaspersky" Company ["Kaspersky Lab"] "Russia";
    "BAE Systems" Company [] "United Kingdom";
    "Check Point" Company [] "Israel";
    "NSO Group" Company [] "Israel";
    // Threat actors.
    "APT1" ThreatActor ["Comment Crew", "Unit 61398"] "China";
    "APT10" ThreatActor ["Stone Panda"] "China";
    "APT31" ThreatActor ["Zirconium"] "China";
    "APT40" ThreatActor [] "China";
    "APT41" ThreatActor [] "China";
    "Volt Typhoon" ThreatActor [] "China";
    "Salt Typhoon" ThreatActor [] "China";
    "Silk Typhoon" ThreatActor ["Hafnium"] "China";
    "Fancy Bear" ThreatActor ["APT28"] "Russia";
    "Cozy Bear" ThreatActor ["APT29"] "Russia";
    "Sandworm" ThreatActor [] "Russia";
    "Lazarus Group" ThreatActor ["Lazarus"] "North Korea";
    "Charming Kitten" ThreatActor ["APT35"] "Iran";
    // Places that are not capitals.
    "Shanghai" Place [] "China";
    "Shenzhen" Place [] "China";
    "Guangzhou" Place [] "China";
    "Xinjiang" Place [] "China";
    "Tibet" Place [] "China";
    "Macau" Place [] "China";
    "California" Place [] "United States";
    "New York City" Place ["NYC"] "United States";
    "New York" Place [] "United States";
    "Silicon Valley" Place [] "United States";
    "Virginia" Place [] "United States";
    "Texas" Place [] "United States";
    "Washington DC" Place ["Washington, DC", "Washington D.C."] "United States";
    "Westminster" Place [] "United Kingdom";
    "Whitehall" Place [] "United Kingdom";
    "Scotland" Place [] "United Kingdom";
    "Wales" Place [] "United Kingdom";
    "England" Place [] "United Kingdom";
    "Northern Ireland" Place [] "United Kingdom";
    "Manchester" Place [] "United Kingdom";
    "Cheltenham" Place [] "United Kingdom";
    "St Petersburg" Place [] "Russia";
    "Geneva" Place [] "Switzerland";
    "Davos" Place [] "Switzerland";
    "Munich" Place [] "Germany";
    // The other US states ("Georgia" is the country; "Washington" the capital).
    "Alabama" Place [] "United States";
    "Alaska" Place [] "United States";
    "Arizona" Place [] "United States";
    "Arkansas" Place [] "United States";
    "Colorado" Place [] "United States";
    "Connecticut" Place [] "United States";
    "Delaware" Place [] "United States";
    "Florida" Place [] "United States";
    "Hawaii" Place [] "United States";
    "Idaho" Place [] "United States";
    "Illinois" Place [] "United States";
    "Indiana" Place [] "United States";
    "Iowa" Place [] "United States";
    "Kansas" Place [] "United States";
    "Kentucky" Place [] "United States";
    "Louisiana" Place [] "United States";
    "Maine" Place [] "United States";
    "Maryland" Place [] "United States";
    "Massachusetts" Place [] "United States";
    "Michigan" Place [] "United States";
    "Minnesota" Place [] "United States";
    "Mississippi" Place [] "United States";
    "Missouri" Place [] "United States";
    "Montana" Place [] "United States";
    "Nebraska" Place [] "United States";
    "Nevada" Place [] "United States";
    "New Hampshire" Place [] "United States";
    "New Jersey" Place [] "United States";
    "New Mexico" Place [] "United States";
    "North Carolina" Place [] "United States";
    "North Dakota" Place [] "United States";
    "Ohio" Place [] "United States";
    "Oklahoma" Place [] "United States";
    "Oregon" Place [] "United States";
    "Pennsylvania" Place [] "United States";
    "Rhode Island" Place [] "United States";
    "South Carolina" Place [] "United States";
    "South Dakota" Place [] "United States";
    "Tennessee" Place [] "United States";
    "Utah" Place [] "United States";
    "Vermont" Place [] "United States";
    "West Virginia" Place [] "United States";
    "Wisconsin" Place [] "United States";
    "Wyoming" Place [] "United States";
    "North America" Place [] "";
    "South America" Place [] "";
    "Latin America" Place [] "";
    "Antarctica" Place [] "";
    "Oceania" Place [] "";
    // Militant groups of the world news.
    "Islamic State" ThreatActor ["ISIS", "ISIL", "Daesh", "Islamic State group"] "";
    "al-Qaeda" ThreatActor ["al Qaeda", "Al Qaeda", "Al-Qaeda", "al-Qaida", "Al-Qaida"] "";
    "Europe" Place [] "";
    "Asia" Place [] "";
    "Africa" Place [] "";
    "Middle East" Place [] "";
    "South China Sea" Place [] "";
    // Events everyone writes about.
    "Second World War" Event ["World War II", "WWII"] "";
    "First World War" Event ["World War I", "WWI"] "";
    "Cold War" Event [] "";
}
