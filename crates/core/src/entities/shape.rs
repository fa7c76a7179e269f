//! The shape of a word or a line, as entity recognition reads it: CamelCase
//! product and company names ("PayPal", "iPhone"), acronyms of technologies
//! rather than actors ("HTML", "VPN"), the lowercase particles of personal
//! names ("el", "van"), party–state tags ("R-Fla"), demonym adjectives and
//! title-case lines (headlines and subheadings, where every word is
//! capitalised and a capital says nothing about a name).

/// A word with a capital inside it after a lowercase letter: "PayPal",
/// "iPhone", "YouTube", "ZDNet". Such a word is written that way on purpose,
/// as a brand.
pub fn is_camel(w: &str) -> bool {
    // Quick path, one pass: most words are ASCII with no capital after
    // their first letter.
    let mut bytes = w.bytes();
    if bytes.next().is_none_or(|b| b.is_ascii()) && bytes.all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return false;
    }
    if !w.chars().all(|c| c.is_alphanumeric() || c == '-') || matches!(w, "PhD" | "PhDs" | "PoC" | "PoCs") {
        return false;
    }
    let upper = w.chars().filter(|c| c.is_uppercase()).count();
    let lower = w.chars().filter(|c| c.is_lowercase()).count();
    // "IDs", "CVEs": an acronym's plural is no brand.
    let plural_acronym = lower == 1 && w.ends_with('s');
    lower > 0 && !plural_acronym && (upper >= 2 || (upper == 1 && w.starts_with(char::is_lowercase)))
}

/// A brand written with a lowercase first letter: "iPhone", "eBay".
pub fn is_lower_camel(w: &str) -> bool {
    w.starts_with(|c: char| c.is_lowercase()) && is_camel(w)
}

/// All capitals (two letters or more, digits allowed): "NSA", "MI5".
pub fn is_all_caps(w: &str) -> bool {
    let w = plural_stem(w);
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| !c.is_lowercase())
}

/// "NGOs" → "NGO": the plural of an acronym.
fn plural_stem(w: &str) -> &str {
    match w.strip_suffix('s') {
        Some(stem) if stem.chars().count() >= 2 && stem.chars().all(|c| !c.is_lowercase()) => stem,
        _ => w,
    }
}

/// Acronyms of technologies, formats and common nouns, not of actors.
const THING_ACRONYMS: &[&str] = &[
    "html", "css", "xml", "json", "api", "apis", "sdk", "url", "urls", "dns", "http", "https", "ssl",
    "tls", "smtp", "sms", "pin", "pins", "mfa", "2fa", "otp", "nda", "ndas", "poc", "pdf", "usb",
    "gps", "lte", "4g", "5g", "wifi", "os", "ios", "sql", "xss", "csrf", "rce", "cve", "cves",
    "dkim", "dmarc", "spf", "vpn", "vpns", "ddos", "dos", "ceo", "cto", "cfo", "ciso", "cio", "coo",
    "vp", "svp", "evp", "ip", "it", "ai", "ml", "llm", "faq", "ui", "ux", "gb", "mb", "tb", "kb",
    "usd", "eur", "gbp", "btc", "eth", "nft", "nfts", "q1", "q2", "q3", "q4", "pm", "am", "est",
    "edt", "pst", "pdt", "gmt", "utc", "ok", "tv", "pc", "id", "ids", "atm", "ngo", "ngos",
    "apt", "apts", "ransomware", "iot", "ot", "ics", "scada", "edr", "xdr", "siem", "soc",
];

pub fn is_thing_acronym(w: &str) -> bool {
    let w = plural_stem(w);
    let mut buf = [0u8; 16];
    let b = w.as_bytes();
    if b.len() > buf.len() {
        return false;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).is_ok_and(|l| THING_ACRONYMS.contains(&l))
}

/// "I", "I’m", "We're", "It’s": a pronoun, however it is written.
pub fn is_pronoun_form(w: &str) -> bool {
    let head = w.split(['\'', '’']).next().unwrap_or(w);
    head == "I" || (head.len() < w.len() && matches!(head, "We" | "It" | "They" | "You" | "He" | "She" | "Let" | "That" | "There" | "What"))
}

/// Months and days: capitalised, never names.
pub fn is_calendar(w: &str) -> bool {
    const CALENDAR: &[&str] = &[
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    ];
    CALENDAR.contains(&w)
}

/// Lowercase particles inside personal names: "Soufiane el Habti",
/// "Ursula von der Leyen", "Ana da Silva".
pub fn is_name_particle(w: &str) -> bool {
    matches!(w, "el" | "de" | "der" | "den" | "du" | "da" | "dos" | "das" | "di" | "del" | "della" | "la" | "le" | "von" | "van" | "ter" | "ten" | "al" | "bin" | "ibn")
}

/// A party–state tag after a politician's name: "(R-Fla.)", "(D-CA)".
pub fn is_party_tag(w: &str, next: Option<&str>) -> bool {
    matches!(w, "R" | "D" | "I") && next == Some("-")
}

/// An adjective of nationality or origin not in the gazetteer
/// ("Moroccan", "Nicaraguan", "Congolese"): on its own it names nothing.
pub fn looks_like_demonym(w: &str) -> bool {
    w.chars().count() > 4 && ["ian", "ean", "ese", "can", "uan", "ran", "ish", "ini", "iti", "ari", "aqi", "ali"].iter().any(|s| w.ends_with(s))
}

/// A word for members of a people, faith or creed, or its adjective
/// ("Muslims", "Catholic", "Islamists", "Africans", "Europeans"): it names
/// a multitude, never one actor, however it is capitalised.
pub fn is_people_word(w: &str) -> bool {
    let is_faith = |l: &str| {
        matches!(
            l,
            "muslim" | "christian" | "catholic" | "protestant" | "jew" | "jewish" | "hindu" | "sikh" | "buddhist" | "mormon"
                | "copt" | "coptic" | "sunni" | "shia" | "shiite" | "evangelical" | "orthodox" | "arab" | "kurd" | "kurdish"
                | "latino" | "hispanic" | "indigenous" | "aboriginal" | "roman" | "anglican" | "lutheran" | "baptist"
                | "methodist" | "islamic" | "islamist" | "jihadist" | "salafist" | "zionist" | "marxist" | "maoist"
                | "leninist" | "baathist" | "loyalist" | "unionist" | "nationalist" | "socialist" | "communist"
        )
    };
    let faith_or_creed = with_lowercase(w, |lower| {
        let stem = lower.strip_suffix('s').unwrap_or(lower);
        let creeds = lower.len() > 7 && lower.ends_with("ists");
        is_faith(stem) || is_faith(lower) || creeds
    });
    faith_or_creed || w.strip_suffix('s').is_some_and(|st| st.ends_with("an") && looks_like_demonym(st))
}

/// `f` of `w` lower-cased as `str::to_lowercase` would, in a buffer on the
/// stack when `w` is a short ASCII word (as nearly all are).
fn with_lowercase<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    match buf.get_mut(..w.len()).filter(|_| w.is_ascii()) {
        Some(b) => {
            b.copy_from_slice(w.as_bytes());
            b.make_ascii_lowercase();
            f(std::str::from_utf8(b).expect("ASCII is UTF-8"))
        }
        None => f(&w.to_lowercase()),
    }
}

/// A point of the compass as the first word of a name: "South Carolina",
/// "North African", "West Bank".
pub fn is_compass(w: &str) -> bool {
    matches!(w, "North" | "South" | "East" | "West" | "Central" | "Northern" | "Southern" | "Eastern" | "Western" | "Middle")
}

/// The last word of the name of a piece of land or water, a road or a
/// district: "Attu Island", "Bering Sea", "Mercer Island", "Harbour Street".
pub fn is_place_head(w: &str) -> bool {
    matches!(
        w,
        "Island" | "Islands" | "Isle" | "Beach" | "Sea" | "Ocean" | "Harbour" | "Harbor" | "Bay" | "River" | "Lake"
            | "Mountain" | "Mountains" | "Valley" | "Coast" | "Peninsula" | "Strait" | "Straits" | "Passage" | "Gulf"
            | "Desert" | "Canyon" | "Falls" | "Street" | "Avenue" | "Road" | "Square" | "Bridge" | "County" | "Province"
            | "Region" | "District" | "Heights" | "Hills" | "Creek" | "Reef" | "Delta" | "Plateau" | "Archipelago"
    )
}

/// Family words before a name: "his wife Grace", "her son, Tamati".
pub fn is_kin(w: &str) -> bool {
    matches!(
        w,
        "wife" | "husband" | "son" | "daughter" | "brother" | "sister" | "father" | "mother" | "uncle" | "aunt" | "cousin"
            | "widow" | "widower" | "nephew" | "niece" | "grandson" | "granddaughter" | "grandfather" | "grandmother"
            | "partner" | "fiancée" | "fiancé" | "stepson" | "stepdaughter"
    )
}

/// The oceans and seas named by an adjective alone: "the Pacific".
pub fn is_ocean(w: &str) -> bool {
    matches!(w, "Pacific" | "Atlantic" | "Arctic" | "Antarctic" | "Mediterranean" | "Caribbean" | "Baltic" | "Adriatic" | "Aegean")
}

/// The first word of a place's name: "Port Darrow", "Mount Kell".
pub fn is_place_prefix(w: &str) -> bool {
    matches!(w, "Port" | "Mount" | "Lake" | "Cape" | "Fort" | "Isle")
}

/// Occupations before a name: "the priest, Ana Reyes", "skipper Tom Hale".
pub fn is_occupation(w: &str) -> bool {
    matches!(
        w,
        "priest" | "pastor" | "bishop" | "imam" | "rabbi" | "cleric" | "prophet" | "elder" | "skipper" | "captain" | "ranger"
            | "farmer" | "fisherman" | "teacher" | "doctor" | "nurse" | "singer" | "actor" | "actress" | "writer" | "artist"
            | "player" | "coach" | "pilot" | "soldier" | "worker" | "economist" | "historian" | "novelist" | "photographer"
            | "driver" | "chef" | "banker" | "investor" | "trader" | "broker" | "columnist" | "blogger" | "candidate"
            | "campaigner" | "activist"
    )
}

/// Last words of named events: "Arab Spring", "Velvet Revolution".
pub fn is_event_head(w: &str) -> bool {
    matches!(w, "Spring" | "Revolution" | "Uprising" | "Massacre" | "Festival" | "Championship" | "Championships" | "Marathon" | "Referendum")
}

/// A surname by its Gaelic prefix: "McCartney", "MacLeod", "O'Brien".
pub fn is_gaelic_surname(w: &str) -> bool {
    let rest = w.strip_prefix("Mac").or_else(|| w.strip_prefix("Mc")).or_else(|| w.strip_prefix("O'")).or_else(|| w.strip_prefix("O’"));
    rest.is_some_and(|r| r.chars().count() >= 2 && r.starts_with(char::is_uppercase))
}

/// The model word that ends a product's name: "Vision Pro", "Galaxy Ultra".
pub fn is_model_word(w: &str) -> bool {
    matches!(w, "Pro" | "Max" | "Plus" | "Mini" | "Ultra" | "Lite" | "XL" | "SE")
}

/// Head nouns of universities, associations and other bodies of civil
/// society, which the lexicon's institution heads leave out.
pub fn civil_head(w: &str) -> bool {
    // Only ASCII can spell these words, in any case.
    let w = w.trim_end_matches('.');
    w.is_ascii() && with_lowercase(w, |l| matches!(
        l,
        "university" | "college" | "school" | "academy" | "foundation" | "association" | "society" | "federation"
            | "union" | "league" | "institution" | "fund" | "trust" | "party" | "consortium" | "collective" | "watch"
            | "museum" | "gallery" | "library" | "hospital" | "church" | "mosque" | "brotherhood"
    ))
}

/// Last words of capitalised phrases that are common nouns, not names:
/// "the Dark Web", "New Year's Eve".
pub fn is_common_head(w: &str) -> bool {
    matches!(w, "Web" | "Internet" | "Year" | "Eve" | "Concept" | "Republican" | "Democrat")
        || is_state_abbreviation(w)
}

/// Abbreviated US states after a city or a politician: "Cupertino, Calif.".
pub fn is_state_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "Ala" | "Ariz" | "Ark" | "Calif" | "Colo" | "Conn" | "Del" | "Fla" | "Ga" | "Ill" | "Ind" | "Kan" | "Ky" | "La" | "Md"
            | "Mass" | "Mich" | "Minn" | "Miss" | "Mo" | "Mont" | "Neb" | "Nev" | "Okla" | "Ore" | "Pa" | "Tenn" | "Tex"
            | "Va" | "Vt" | "Wash" | "Wis" | "Wyo"
    )
}

/// Words that are not content words of a title-case line.
fn is_minor(w: &str) -> bool {
    // Lower-cased into a buffer: one match, not a comparison per word.
    let mut buf = [0u8; 4];
    let Some(l) = buf.get_mut(..w.len()) else { return false };
    l.copy_from_slice(w.as_bytes());
    l.make_ascii_lowercase();
    matches!(
        &*l,
        b"a" | b"an" | b"the" | b"and" | b"or" | b"but" | b"nor" | b"of" | b"in" | b"on" | b"at" | b"to" | b"for"
            | b"by" | b"with" | b"from" | b"as" | b"vs" | b"via" | b"into" | b"over" | b"per" | b"is" | b"are"
            | b"be" | b"its" | b"it"
    )
}

/// Is this sentence set in title case (a subheading, a headline, a list
/// item in title case)? At least three content words, almost all of them
/// capitalised, and no full stop at the end unless every one is.
pub fn is_title_case<'a>(mut words: impl Iterator<Item = &'a str>, ends_with_stop: bool) -> bool {
    let (mut content, mut lower) = (0, 0);
    while let Some(w) = words.next() {
        if is_minor(w) || !w.starts_with(char::is_alphabetic) {
            continue;
        }
        content += 1;
        if w.starts_with(char::is_lowercase) && !is_camel(w) {
            lower += 1;
            // Prose is told early: a sentence with a stop may have no
            // lower-case word, and one without needs five content words
            // for each, more than the words left can bring.
            let left = words.size_hint().1;
            if ends_with_stop || left.is_some_and(|left| lower * 5 > content + left) {
                return false;
            }
        }
    }
    // "French Outraged": a short heading of capitals alone.
    (content == 2 && lower == 0 && !ends_with_stop)
        || (content >= 3 && if ends_with_stop { lower == 0 && content >= 4 } else { lower * 5 <= content })
}

/// Adjectives that open many names and stand for none alone: "New Harbour
/// Foods" is never "New", "National Grid Services" never "National".
pub fn is_name_adjective(w: &str) -> bool {
    matches!(
        w.to_ascii_lowercase().as_str(),
        "new" | "north" | "south" | "east" | "west" | "northern" | "southern" | "eastern" | "western" | "central" | "united"
            | "general" | "first" | "national" | "international" | "global" | "royal" | "great" | "american" | "british"
            | "european" | "pacific" | "atlantic" | "digital" | "advanced" | "applied" | "standard" | "premier" | "universal"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brands_are_camel_case_and_plain_words_are_not() {
        assert!(is_camel("PayPal") && is_camel("iPhone") && is_camel("ZDNet") && is_lower_camel("eBay"));
        assert!(!is_camel("Paypal") && !is_camel("NASA") && !is_camel("iphone") && !is_lower_camel("PayPal"));
    }

    #[test]
    fn subheadings_are_title_case_and_prose_is_not() {
        let t = |s: &str, stop| is_title_case(s.split(' '), stop);
        assert!(t("Borvik Bank Says the Leak Isn’t Over", false));
        assert!(!t("Borvik Bank said the leak was over", true));
        assert!(!t("Kestrel Labs and Orvane said so", true));
        // Told early from the words left, the same answer as read to the end.
        let counted = |s: &str, stop| is_title_case(s.split(' ').collect::<Vec<_>>().into_iter(), stop);
        for s in ["Borvik Bank Says the Leak Isn’t Over", "Borvik said Bank Leak Talks Over Now Here Again", "Borvik Bank Leak Talks Over Now Here Again said", "Orvane Talks", "Borvik said so"] {
            for stop in [false, true] {
                assert_eq!(counted(s, stop), t(s, stop), "{s:?} {stop}");
            }
        }
        assert!(counted("Borvik Bank Leak Talks Over Now Here Again said", false));
    }
}
