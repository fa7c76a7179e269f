//! Word lists of news prose: reporting verbs, titles and roles, group nouns,
//! institutional head nouns. These are facts about how English news is
//! written (who "said", "denied" or "was quoted as saying"), not about any
//! corpus; every rule that reads a word list reads it from here.

use crate::text::FastSet;
use std::sync::OnceLock;

/// ASCII-lowercase `word` into a stack buffer (words longer than 32 bytes are
/// never in a list), so lookups allocate nothing; a word with no capital is
/// its own lower case.
fn lower<'b>(word: &'b str, buf: &'b mut [u8; 32]) -> Option<&'b str> {
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return Some(word);
    }
    let b = word.as_bytes();
    if b.len() > buf.len() {
        return None;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

/// A word list as a hash set, built once.
macro_rules! set_of {
    ($list:ident) => {{
        static SET: OnceLock<FastSet<&'static str>> = OnceLock::new();
        SET.get_or_init(|| $list.iter().copied().collect())
    }};
}

/// Is the ASCII-lowercased `word` (less a trailing full stop) in the set?
fn in_set(set: &FastSet<&'static str>, word: &str) -> bool {
    let mut buf = [0u8; 32];
    lower(word.trim_end_matches('.'), &mut buf).is_some_and(|w| set.contains(w))
}

pub mod inflect;
pub mod verbs;

/// A reporting verb and the polarity it lends a claim on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerbClass {
    /// said, told, added, noted: neutral speech.
    Say,
    /// denied, rejected, dismissed, pushed back.
    Deny,
    /// accused, blamed, alleged, criticised, sued.
    Accuse,
    /// agreed, pledged, praised, admitted.
    Agree,
    /// confirmed, acknowledged: agreement when it confirms another's claim,
    /// a plain statement when a body confirms its own act.
    Confirm,
    /// called on, urged, asked, demanded, vowed: requests, advice, intentions.
    Request,
    /// declined / refused to comment.
    Decline,
}

/// Lemmas whose base form is more often a noun or adjective than a verb
/// ("state media", "a fine", "the report"): only their inflections report.
const NOUNISH: &[&str] = &[
    "state", "fine", "report", "link", "protest", "blast", "note", "charge", "sanction", "fault",
    "tweet", "comment", "reply", "request", "demand", "dispute", "question", "counter", "brand",
    "label", "double", "point", "hit", "push", "play", "raise", "express", "talk", "answer", "quote",
    "welcome", "pin", "signal", "hint", "joke", "quip", "muse", "appeal", "find", "add",
    "contest", "cite", "stress", "plead", "dub", "recall", "list", "rule", "file",
];

/// The class of a reporting verb, any inflection ("denied", "pushes").
pub fn reporting_verb(word: &str) -> Option<VerbClass> {
    reporting_lemma(word).map(|l| l.class)
}

/// The lemma of a reporting verb, any inflection; a base form that is
/// mostly a noun ("report", "state") is not one.
pub fn reporting_lemma(word: &str) -> Option<&'static verbs::Lemma> {
    if !verbs::may_be_form(word) {
        return None;
    }
    // A word already in lower case (as the claim stage reads words) is
    // looked up as it is; the sieve has turned away any longer than a form.
    let mut buf = [0u8; 32];
    let w = lower(word, &mut buf)?;
    verbs::lookup(w).filter(|l| !(l.lemma == w && NOUNISH.contains(&w)))
}

/// Nouns that carry reported content: "US complaints that …".
pub const REPORTING_NOUNS: &[&str] = &[
    "complaints", "complaint", "claims", "claim", "allegations", "allegation", "accusations",
    "accusation", "assertion", "assertions", "warnings", "warning", "statement", "denial", "denials",
];

/// Nouns for what one party said that another answers, in the singular:
/// "…, a claim the company says is overstated".
pub fn is_answer_noun(lower: &str) -> bool {
    matches!(lower, "claim" | "allegation" | "accusation" | "charge" | "assertion" | "account" | "characterization" | "characterisation" | "suggestion" | "contention")
}

/// Auxiliaries and adverbs that stand between a subject and its verb.
pub const AUXILIARIES: &[&str] = &[
    "has", "have", "had", "was", "were", "is", "are", "be", "been", "will", "would", "could", "can",
    "may", "might", "should", "did", "does", "do", "also", "then", "later", "previously", "still",
    "repeatedly", "consistently", "officially", "publicly", "reportedly", "allegedly", "supposedly",
    "apparently", "once", "again", "not", "never", "already", "recently", "now", "today", "yesterday",
    "continues", "continue", "continued", "to",
];

pub fn is_auxiliary(word: &str) -> bool {
    in_set(set_of!(AUXILIARIES), word) || (word.len() > 4 && word.ends_with("ly"))
}

/// Titles and roles that precede or follow a person's name.
pub const TITLES: &[&str] = &[
    "president", "premier", "minister", "secretary", "chancellor", "ambassador", "spokesman",
    "spokeswoman", "spokesperson", "director", "chief", "ceo", "cto", "ciso", "cfo", "founder",
    "co-founder", "chairman", "chairwoman", "chair", "head", "analyst", "researcher", "professor",
    "prof", "dr", "mr", "mrs", "ms", "sir", "dame", "lord", "lady", "senator", "sen", "rep",
    "representative", "congressman", "congresswoman", "governor", "gov", "mayor", "general", "gen",
    "admiral", "colonel", "col", "commissioner", "contractor", "official", "officer", "adviser",
    "advisor", "king", "queen", "prince", "princess", "leader", "deputy", "vice", "under", "prime",
    "foreign", "defence", "defense", "home", "state", "envoy", "diplomat", "executive", "expert",
    "manager", "partner", "editor", "correspondent", "reporter", "author", "lawyer", "attorney",
    "judge", "justice", "inspector", "superintendent", "commander", "councillor", "mp", "mep",
    "speaker", "principal", "fellow", "lecturer", "scientist", "engineer", "consultant", "whistleblower",
    "hacker", "spy", "agent", "staff", "assistant", "associate", "senior", "junior", "acting",
    "former", "new", "then", "ex", "economic", "affairs", "trade", "commerce", "interior",
    "treasury", "finance", "security", "intelligence", "cyber", "national", "general's",
];

pub fn is_title(word: &str) -> bool {
    in_set(set_of!(TITLES), word)
}

/// Roles strong enough to mark the next capitalised name as a person.
pub const PERSON_ROLES: &[&str] = &[
    "president", "premier", "minister", "secretary", "chancellor", "ambassador", "spokesman",
    "spokeswoman", "spokesperson", "director", "ceo", "founder", "chairman", "chairwoman", "analyst",
    "researcher", "professor", "prof", "dr", "mr", "mrs", "ms", "sir", "senator", "congressman",
    "congresswoman", "governor", "mayor", "general", "admiral", "commissioner", "contractor",
    "official", "adviser", "advisor", "king", "queen", "prince", "leader", "envoy", "diplomat",
    "executive", "expert", "manager", "editor", "correspondent", "lawyer", "attorney", "judge", "counsel",
    "commander", "mp", "lecturer", "scientist", "consultant", "whistleblower", "chief", "deputy",
    "officer", "head", "fellow", "partner",
];

pub fn is_person_role(word: &str) -> bool {
    in_set(set_of!(PERSON_ROLES), word)
}

/// Plural or collective nouns that speak as a group: "officials said".
pub const GROUP_NOUNS: &[&str] = &[
    "officials", "official", "commentators", "analysts", "experts", "media", "sources", "critics",
    "researchers", "diplomats", "authorities", "executives", "lawmakers", "legislators", "ministers",
    "spokesman", "spokeswoman", "spokesperson", "observers", "investigators", "prosecutors",
    "police", "insiders", "people", "residents", "activists", "campaigners", "scientists",
    "government", "administration", "ministry", "embassy", "military", "regulators", "agencies",
    "companies", "firms", "hackers", "reports", "report", "newspaper", "agency", "state",
    "indictment", "statement", "study", "filing", "lawsuit", "spokesmen", "spokeswomen", "community",
];

pub fn is_group_noun(word: &str) -> bool {
    in_set(set_of!(GROUP_NOUNS), word)
}

/// The last word of an organisation's name, and the kind it suggests.
pub fn institution_head(word: &str) -> Option<crate::model::EntityKind> {
    use crate::model::EntityKind::*;
    let mut buf = [0u8; 32];
    Some(match lower(word.trim_end_matches('.'), &mut buf)? {
        "agency" | "centre" | "center" | "office" | "department" | "ministry" | "council" | "committee"
        | "bureau" | "service" | "services" | "command" | "army" | "navy" | "unit" | "authority"
        | "commission" | "team" | "parliament" | "congress" | "senate" | "police" | "directorate"
        | "administration" | "cabinet" | "court" | "assembly" | "embassy" | "force" | "forces"
        | "guard" | "secretariat" | "board" | "institute" | "organisation" | "organization"
        | "management" | "bank" => GovernmentBody,
        "inc" | "ltd" | "corp" | "corporation" | "co" | "plc" | "llc" | "gmbh" | "incorporated"
        | "labs" | "lab" | "technologies" | "technology" | "systems" | "holdings" | "group"
        | "networks" | "software" | "security" | "solutions" | "telecom" | "airways" | "motors"
        // The trade a company names itself by: "Kestrel Foods", "Corran
        // Builders", "Vasa Pharmaceuticals".
        | "foods" | "builders" | "airlines" | "pharmaceuticals" | "pharma" | "industries" | "brands"
        | "partners" | "insurance" | "logistics" | "shipping" | "communications" | "electronics"
        | "entertainment" | "studios" | "hotels" | "resorts" | "stores" | "mining" | "chemicals" | "steel"
        | "enterprises" | "ventures" | "robotics" | "semiconductor" | "semiconductors" | "therapeutics"
        | "biotech" | "investments" | "consulting" | "construction" | "engineering" | "aerospace"
        | "automotive" | "beverages" | "trading" | "manufacturing" | "wireless" | "analytics"
        | "petroleum" | "utilities" | "freight" | "railways" | "cruises" | "breweries" | "bancorp" | "imaging"
        | "copper" | "metals" | "minerals" | "dairies" | "farms" | "bakeries" | "textiles" | "apparel" | "cosmetics"
        | "healthcare" | "research" | "capital" | "consultants"
        // Sports clubs: "Hartfield United", "Dunmore Rovers".
        | "united" | "rovers" | "wanderers" | "athletic" | "fc" | "hotspur" | "albion" => Company,
        "daily" | "times" | "post" | "news" | "journal" | "herald" | "tribune" | "telegraph"
        | "gazette" | "wire" | "radio" | "tv" | "television" | "magazine" | "weekly" | "monitor"
        | "review" | "press" | "broadcasting" | "courier" | "observer" | "mirror" | "mail"
        | "express" | "chronicle" | "standard" | "register" | "economist" | "wired" | "media" => Media,
        "forum" | "summit" | "conference" | "dialogue" | "talks" | "war" | "games" | "olympics"
        | "congress's" | "meeting" | "expo" | "week" | "day" => Event,
        "partnership" | "programme" | "program" | "initiative" | "scheme" | "project" | "campaign"
        | "alliance" | "coalition" | "network" | "framework" => Programme,
        "strategy" | "act" | "order" | "treaty" | "agreement" | "accord" | "bill" | "law"
        | "convention" | "charter" | "declaration" | "review's" => Document,
        "typhoon" | "panda" | "bear" | "kitten" | "chollima" | "spider" | "tempest" | "blizzard"
        | "sleet" | "sandstorm" => ThreatActor,
        _ => return None,
    })
}

/// Capitalised words that are not names: days, months, sentence adverbs,
/// common acronyms of things rather than actors.
pub const NOT_NAMES: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "i", "it", "he", "she", "they", "we", "you", "the", "a", "an", "this", "that",
    "these", "those", "there", "but", "and", "or", "in", "on", "at", "for", "from", "with", "by",
    "as", "of", "to", "if", "when", "while", "after", "before", "although", "however", "meanwhile",
    "yet", "so", "also", "just", "now", "then", "today", "yesterday", "last", "next", "according",
    "it's", "its", "his", "her", "their", "our", "my", "your", "what", "who", "which", "where",
    "why", "how", "western", "eastern", "northern", "southern", "internet", "web", "it", "ai", "ip",
    "ceo", "cto", "ciso", "cfo", "vpn", "pr", "tv", "ok", "pc", "id", "mp", "ddos", "apt", "covid",
    "english", "english-language", "cyber", "north", "south", "east", "west", "prime", "secretary",
    "president", "minister", "premier", "officials", "official", "government", "state", "read",
    "published", "updated", "image", "photo", "both", "each", "all", "some", "many", "most",
    "several", "such", "other", "another", "one", "two", "three", "no", "not", "new", "old",
    "first", "second", "third", "christmas", "easter", "mr", "mrs", "ms", "dr", "sir",
    // Prepositions and sentence adverbs that open a sentence ("Upon finding
    // the flaw, …", "Amid the row, …").
    "upon", "amid", "amidst", "despite", "during", "since", "until", "unless", "without",
    "within", "through", "throughout", "across", "among", "against", "under", "into", "toward",
    "towards", "because", "though", "whether", "whereas", "instead", "indeed", "still", "thus",
    "perhaps", "here", "later", "earlier", "again", "once", "even", "only", "following",
    "regarding", "including", "unlike",
];

pub fn is_not_name(word: &str) -> bool {
    in_set(set_of!(NOT_NAMES), word)
}

/// Lowercase words that may sit inside a multi-word name.
pub fn is_name_connector(word: &str) -> bool {
    matches!(word, "of" | "for" | "&" | "de" | "du" | "la" | "von" | "van" | "al" | "bin")
}

/// Common given names: with a capitalised word after them they are a person.
pub const GIVEN_NAMES: &[&str] = &[
    "adam", "alan", "alex", "alexander", "alice", "amy", "andrew", "angela", "ann", "anna", "anne",
    "anthony", "antony", "barack", "ben", "benjamin", "bill", "bob", "boris", "brian", "carl",
    "caroline", "catherine", "charles", "chris", "christopher", "claire", "daniel", "david",
    "donald", "edward", "elizabeth", "emily", "emma", "eric", "gary", "george", "gordon", "graham",
    "hillary", "ian", "jack", "jake", "james", "jane", "janet", "jason", "jeff", "jeffrey",
    "jennifer", "jeremy", "jessica", "jim", "joe", "john", "jonathan", "joseph", "julia", "karen",
    "kate", "keir", "kevin", "kim", "laura", "lisa", "liz", "mark", "martin", "mary", "matt",
    "matthew", "michael", "michelle", "mike", "nancy", "neil", "nick", "nicola", "oliver", "paul",
    "peter", "philip", "rachel", "richard", "rishi", "robert", "sarah", "simon", "stephen", "steve",
    "steven", "susan", "theresa", "thomas", "tim", "tom", "tony", "vladimir", "william", "yvette",
    "marco", "antonio", "jean", "pierre", "hans", "olaf", "emmanuel", "angela", "sergei", "sergey",
    "dmitry", "kamala", "joe", "ursula", "jens", "ken", "jake", "lloyd", "chuck", "mitch", "rex",
    "priti", "sajid", "dominic", "grant", "ben", "tobias", "ciaran", "lindy", "jen", "rob",
];

/// Common Chinese (and other one-syllable East Asian) surnames: a surname
/// followed by a capitalised given name is a person ("Wang Yi", "Du Yuejin").
pub const EAST_ASIAN_SURNAMES: &[&str] = &[
    "li", "wang", "zhang", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun", "hu",
    "zhu", "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "han", "tang",
    "feng", "yu", "dong", "xiao", "cheng", "cao", "yuan", "deng", "fu", "shen", "zeng", "peng",
    "lu", "su", "jiang", "cai", "jia", "ding", "wei", "xue", "ye", "yan", "pan", "du", "dai",
    "xia", "zhong", "tian", "ren", "fan", "fang", "shi", "yao", "tan", "liao", "zou", "xiong",
    "jin", "hao", "kong", "bai", "cui", "kang", "mao", "qiu", "qin", "gu", "hou", "shao", "meng",
    "long", "wan", "duan", "lei", "qian", "yin", "yi", "chang", "wen", "xi", "hua", "geng", "kim",
    "park", "lee", "choi", "moon", "yoon",
];

pub fn is_given_name(word: &str) -> bool {
    in_set(set_of!(GIVEN_NAMES), word)
}

pub fn is_east_asian_surname(word: &str) -> bool {
    in_set(set_of!(EAST_ASIAN_SURNAMES), word)
}

/// Nouns after which a capitalised name is an organisation of that kind:
/// "security firm Mandiant", "the newspaper Global Times".
pub fn descriptor_kind(word: &str) -> Option<crate::model::EntityKind> {
    use crate::model::EntityKind::*;
    let mut buf = [0u8; 32];
    Some(match lower(word, &mut buf)? {
        "firm" | "company" | "vendor" | "provider" | "giant" | "maker" | "startup" | "start-up"
        | "operator" | "carrier" | "manufacturer" | "group" | "studio" | "publisher" | "retailer" | "insurer"
        | "airline" | "automaker" | "carmaker" | "chipmaker" | "lender" | "supplier" | "platform" | "bank"
        | "contractor" | "app" | "drugmaker" => Company,
        "agency" | "newspaper" | "daily" | "broadcaster" | "outlet" | "tabloid" | "website"
        | "magazine" => Media,
        "ministry" | "department" | "regulator" | "watchdog" | "authority" | "commission" | "council" => GovernmentBody,
        "hackers" | "gang" | "actor" | "apt" => ThreatActor,
        "union" | "association" | "federation" | "charity" | "nonprofit" | "foundation" | "league" | "organisation"
        | "organization" | "alliance" | "coalition" | "university" | "college" => Programme,
        // A product ("its heart drug Veltrin") is no company: "the
        // company" after it still means its maker.
        "drug" | "vaccine" | "medicine" | "pill" | "painkiller" | "treatment" | "device" | "handset" | "smartphone" | "console" => Programme,
        "club" | "team" => Company,
        _ => return None,
    })
}

/// A lower-case word that looks like a plural noun ("customers",
/// "researchers", "activists"): the subject a bare present verb needs.
pub fn is_plural_noun(lower: &str) -> bool {
    lower.len() > 3
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("us")
        && !lower.ends_with("is")
        && !lower.ends_with("'s")
        && !lower.ends_with("’s")
        && !is_auxiliary(lower)
        && crate::lexicon::verbs::lookup(lower).is_none()
        // Common verbs in "-s" that are never nouns: "the statement goes on".
        && !matches!(lower, "goes" | "does" | "seems" | "appears" | "becomes" | "wants" | "knows" | "thinks" | "tries" | "happens" | "continues" | "refuses")
}

/// People who speak for a body rather than for themselves.
pub fn is_spokes_noun(lower: &str) -> bool {
    matches!(lower, "spokesperson" | "spokesman" | "spokeswoman" | "spokespeople" | "spokesmen" | "spokeswomen" | "representative" | "representatives" | "rep")
}

/// Documents that speak for whoever issued them: "the statement read",
/// "the complaint alleges", "an indictment unsealed today".
pub fn is_document_noun(lower: &str) -> bool {
    matches!(
        lower,
        "statement" | "statements" | "report" | "review" | "complaint" | "lawsuit" | "suit" | "indictment" | "filing"
            | "post" | "letter" | "tweet" | "message" | "email" | "notice" | "website" | "analysis" | "study"
            | "paper" | "memo" | "release" | "announcement" | "advisory" | "ruling" | "judgment" | "judgement" | "affidavit"
    )
}

/// Plural staff nouns: a group of them is the organisation's voice
/// ("Acme's security team", "Acme officials", "the firm's lawyers").
pub const STAFF: &[&str] = &[
    "team", "officials", "spokespeople", "executives", "engineers", "researchers", "lawyers", "attorneys",
    "representatives", "staff", "employees", "management", "leadership", "spokesperson", "spokesman", "spokeswoman",
];

pub fn is_staff_noun(lower: &str) -> bool {
    STAFF.contains(&lower)
}

/// Things that carry words without being anyone: documents, and the records
/// and pictures evidence comes in ("the screenshot shows", "the messages
/// hinted at"). In the plural they are no collective of speakers.
pub fn is_record_noun(lower: &str) -> bool {
    let singular = lower.strip_suffix('s').filter(|w| !w.ends_with('s')).unwrap_or(lower);
    lower == "news"
        || is_document_noun(singular)
        || matches!(singular, "snapshot" | "screenshot" | "banner" | "disclaimer" | "video" | "thread" | "blog" | "record" | "log" | "file" | "document" | "image" | "photo" | "chat" | "text" | "note" | "page")
}

/// Nouns by which news prose refers back to a person it has named: "the
/// researcher", "the host", "the Florida Republican", "the suspect".
pub fn is_person_description(lower: &str) -> bool {
    is_person_role(lower)
        || matches!(
            lower,
            "host" | "anchor" | "suspect" | "defendant" | "plaintiff" | "accused" | "lawmaker" | "legislator" | "republican"
                | "democrat" | "politician" | "senator" | "researcher" | "hunter" | "activist" | "journalist" | "reporter"
                | "billionaire" | "entrepreneur" | "businessman" | "businesswoman" | "employee" | "man" | "woman" | "teenager"
                | "programmer" | "developer" | "student" | "victim" | "owner" | "insider" | "commentator" | "pundit" | "critic"
        )
}

/// The words between a noun and the name it introduces: none ("security
/// firm Lumio"), a naming verb ("a group called Vexa", "an actor going by
/// Vexa"), or a relative clause of one ("the gang, which calls itself
/// Vexa", "a collective that goes by Vexa").
pub fn is_naming_gap(gap: &str) -> bool {
    fn relative(g: &str) -> Option<&str> {
        ["which ", "that ", "who "].iter().find_map(|r| g.strip_prefix(r))
    }
    let gap = gap.strip_prefix(',').map(str::trim_start).and_then(relative).or_else(|| relative(gap)).unwrap_or(gap);
    gap.is_empty()
        || matches!(
            gap,
            "called" | "named" | "dubbed" | "known as" | "going by" | "calling itself" | "calls itself" | "call themselves"
                | "calling themselves" | "goes by" | "go by" | "is called" | "is known as" | "are known as"
        )
}
