//! The words polarity reads, by the stance they lend a claim: deeds that
//! blame ("hacked", "stole"), condemnation ("reckless", "unacceptable"),
//! denial ("untrue", "baseless"), playing down ("limited", "handful"),
//! confirmation and praise, plans and requests, negation. Lists hold
//! lemmas; [`inflect`] writes their -s, -ed and -ing forms by the common
//! English spelling rules (and a small table of irregular verbs), so a list
//! never misses "stealing" because it names "steal". Every form is looked up
//! in one map, word → [`Cues`], built once.

use crate::lexicon::inflect::inflect;
use crate::text::FastMap;
use std::sync::OnceLock;

/// The stance cues a word carries, as bits.
pub type Cues = u64;

/// A finite or participle form of a blameworthy deed: "hacked", "steals".
pub const DEED: Cues = 1;
/// A deed word that is also a noun or a base form ("hack", "hacking",
/// "espionage"): blames only with a perpetrator in view.
pub const DEED_NOUN: Cues = 1 << 1;
/// Condemnation: "reckless", "unacceptable", "failure", "misuse".
pub const BLAME: Cues = 1 << 2;
/// Denial by itself: "untrue", "baseless", "denied".
pub const DENIAL: Cues = 1 << 3;
/// What is alleged: "allegation", "claims", "notion".
pub const ALLEGED: Cues = 1 << 4;
/// Negation: "not", "no", "never" (and every "-n't", read by shape).
pub const NEG: Cues = 1 << 5;
/// Harm or involvement a denial negates: "affected", "evidence", "responsible".
pub const HARM: Cues = 1 << 6;
/// Playing down: "limited", "handful", "minor", "isolated".
pub const SMALL: Cues = 1 << 7;
/// A quantity "only" can restrict: "small", "few", "number", "one".
pub const QUANTITY: Cues = 1 << 8;
/// Whose data it was: "client", "contractor", "vendor".
pub const ELSEWHERE: Cues = 1 << 9;
/// Plans and intentions: "plans", "intends", "aims".
pub const INTENT: Cues = 1 << 10;
/// Obligation and advice: "should", "must", "recommend", "advise".
pub const OUGHT: Cues = 1 << 11;
/// Confirming or admitting: "confirmed", "acknowledges", "admitted".
pub const CONFIRM: Cues = 1 << 12;
/// Praise and endorsement: "praised", "welcomes", "applauded".
pub const PRAISE: Cues = 1 << 13;
/// Criticism and formal complaint: "criticised", "complained", "sued".
pub const CRITICISE: Cues = 1 << 14;
/// The speaker in the first person: "we", "our", "I".
pub const FIRST_PERSON: Cues = 1 << 15;
/// A subject pronoun that can point back to the speaker: "it", "they".
pub const PRONOUN: Cues = 1 << 16;
/// The passive's auxiliaries: "was", "been", "got".
pub const PASSIVE_AUX: Cues = 1 << 17;
/// Uncertainty that blames no one: "unclear", "whether".
pub const UNSURE: Cues = 1 << 18;
/// An instruction a quotation can open with: "use", "change", "tell".
pub const IMPERATIVE: Cues = 1 << 19;
/// The first word of a phrase polarity reads as a whole ("join forces",
/// "nothing to do with", "declined to comment"): content with none of
/// them is not scanned for each phrase.
pub const OPENS_PHRASE: Cues = 1 << 20;
/// Belief a negation turns into disbelief: "believe", "think".
pub const BELIEVE: Cues = 1 << 21;
/// "will", "'ll", "shall": a plan or a forecast, by its subject.
pub const WILL: Cues = 1 << 22;
/// A doer of wrong: "hackers", "attackers", "cybercriminals".
pub const DOER: Cues = 1 << 23;
/// A hedged suspicion: "allegedly", "suspected", "potential".
pub const SUSPECT: Cues = 1 << 24;
/// Announcing: "announced", "unveils", "introduced".
pub const ANNOUNCE: Cues = 1 << 25;
/// A measure one announces: "regulations", "updates", "rules".
pub const MEASURE: Cues = 1 << 26;
/// What an incident touches, for playing it down: "data", "accounts".
pub const INCIDENT: Cues = 1 << 27;
/// A grievance told as an account: "complained", "locked", "stuck".
pub const GRIEVANCE: Cues = 1 << 28;
/// What a party owes the wronged, blamed when not done: "fixed",
/// "responded", "notify" ("has not fixed it", "no response").
pub const REMEDY: Cues = 1 << 29;
/// Possibility, not a deed done: "can", "could", "may", "might", "would".
pub const MODAL: Cues = 1 << 30;
/// Lawful use, for "only for legitimate purposes": "legitimate", "lawful".
pub const LAWFUL: Cues = 1 << 31;
/// Access a victim is kept from: "unable to log in", "couldn't reach".
pub const ACCESS: Cues = 1 << 32;
/// Dismissing blame as a game ("finger-pointing", "witch hunt"): the
/// first word of such a phrase.
pub const DEFLECT: Cues = 1 << 33;
/// Putting goods up for sale: "auctioning", "hawked", "peddles".
pub const SALE: Cues = 1 << 34;
/// What a thief sells: "dump", "trove", "stolen" (the sale of it blames).
pub const HAUL: Cues = 1 << 35;
/// A thing of the trade a condemning word can describe: "code", "text"
/// (not "fake accounts": a deception someone runs).
pub const ARTEFACT: Cues = 1 << 36;
/// A deed of violence against a person: "killed", "tortured".
pub const VIOLENCE: Cues = 1 << 37;
/// People a tool is turned against: "dissidents", "journalists".
pub const PERSECUTED: Cues = 1 << 38;
/// Watching someone's words: "monitoring", "intercepted", "read".
pub const WATCH: Cues = 1 << 39;
/// A person's communications: "emails", "calls", "texts".
pub const COMMS: Cues = 1 << 40;
/// Knowing of a wrong: "knew", "aware" (blames with a deed kept up).
pub const KNOW: Cues = 1 << 41;
/// Going on regardless: "anyway", "kept", "continued", "still".
pub const PERSIST: Cues = 1 << 42;
/// Making someone act against their will: "forcing", "pressured".
pub const COERCE: Cues = 1 << 43;
/// Holding back a public good: "stifle", "hamper", "diminish".
pub const STIFLE: Cues = 1 << 44;
/// What a public may be kept from: "debate", "scrutiny", "research".
pub const PUBLIC_GOOD: Cues = 1 << 45;
/// Furthering something, blamed when denied: "further", "advance".
pub const ADVANCE: Cues = 1 << 46;
/// Disbelief: "unlikely", "implausible" (of a claimed ignorance).
pub const DISBELIEF: Cues = 1 << 47;
/// What one professes not to have known or held: "idea", "knowledge".
pub const KNOWLEDGE: Cues = 1 << 48;
/// Steering clear: "avoid", "dodge", "sidestep".
pub const AVOID: Cues = 1 << 49;
/// What wrongdoers steer clear of: "detection", "scrutiny", "evidence".
pub const EVADED: Cues = 1 << 50;
/// Rejecting verbs a speaker uses of itself: "reject", "dispute".
pub const REJECT: Cues = 1 << 51;
/// Saying the accuser misread: "misunderstood", "misinterpreted".
pub const MISREAD: Cues = 1 << 52;
/// Conduct that invites wrongdoing: "encourages", "emboldens", "fuels".
pub const INVITE: Cues = 1 << 53;
/// The first word of each reading of a speaker standing firm ("complied",
/// "stand by", "without merit"): a claim with none is not read for it.
pub const FIRM: Cues = 1 << 54;

const MISREADINGS: &[&str] = &[
    "misread", "misreads", "misreading", "misunderstood", "misunderstands", "misinterpreted", "misinterprets",
    "misinterpreting", "misconstrued",
];

const INVITING: &[&str] = &[
    "encourage", "encourages", "encouraged", "embolden", "emboldens", "emboldened", "invites", "fuels", "fuelled",
    "fueled",
];

/// Keep in step with `polarity`'s `stands_firm`: each of its readings
/// starts at one of these.
const FIRM_WORDS: &[&str] = &[
    "complied", "comply", "complies", "abided", "abide", "abides", "adhered", "adhere", "adheres", "compliant",
    "met", "meets", "exceeded", "exceeds", "accordance", "compliance", "line", "stand", "stands", "stood", "merit",
    "basis", "foundation", "substance",
];

/// Verbs whose doer is blamed: attacks, theft, spying, deceit, neglect.
const DEED_VERBS: &[&str] = &[
    "hack", "steal", "spy", "leak", "extort", "abuse", "misuse", "lie", "mislead", "deceive",
    "attack", "breach", "infiltrate", "sabotage", "hijack", "exploit", "weaponise", "weaponize",
    "surveil", "eavesdrop", "wiretap", "unmask", "blackmail", "defraud", "scam", "phish",
    "impersonate", "harass", "intimidate", "persecute", "kill", "murder", "torture", "censor",
    "meddle", "interfere", "manipulate", "launder", "bribe", "conspire", "smuggle", "loot",
    "ransom", "target", "break", "evade", "violate", "ignore", "neglect", "conceal", "hide",
    "threaten", "coerce", "snoop", "compromise", "kidnap",
];

/// Nouns of wrongdoing (and deed verbs' base and -ing forms, which read as
/// nouns as often as verbs).
const DEED_NOUNS: &[&str] = &[
    "hacking", "hacker", "hackers", "cyberattack", "cyberattacks", "cyber-attack", "cyber-attacks",
    "espionage", "spying", "theft", "thefts", "intrusion", "intrusions", "surveillance", "sabotage",
    "malware", "ransomware", "spyware", "interference", "extortion", "fraud", "scam", "scams",
    "troll", "trolls", "disinformation", "misinformation", "propaganda", "crime", "crimes",
    "wrongdoing", "misconduct", "corruption", "attackers", "attacker", "criminals",
    "cybercriminals", "perpetrator", "perpetrators", "culprit", "culprits", "exploit", "exploits",
    "infiltration", "aggression", "intimidation", "harassment", "ops", "operations", "campaign",
    "threat", "actor", "actors", "breach", "breaches", "attack", "attacks", "hack", "hacks",
    "stealing", "stolen", "leak", "leaks", "spies", "spy", "thief", "thieves",
];

/// Condemnation and fault.
const BLAME_WORDS: &[&str] = &[
    "unacceptable", "egregious", "flagrant", "reckless", "recklessly", "negligent", "negligence",
    "negligently", "irresponsible", "misleading", "deceptive", "troubling", "outrageous",
    "shameful", "disgraceful", "appalling", "unlawful", "unlawfully", "illegal", "illegally",
    "illicit", "violation", "violations", "misuse", "misuses", "abuse", "abuses", "abusive",
    "failure", "failures", "failed", "fails", "malicious", "nefarious", "complicit", "accountable",
    "accountability", "weaponization", "weaponisation", "oppressive", "repressive", "authoritarian",
    "dangerous", "bizarre", "unresponsive", "fake", "lax", "inadequate", "insecure",
    "careless", "carelessly", "sloppy", "harmful", "damaging", "undermining", "undermines",
    "undermined", "culpable", "irresponsibly", "unethical", "predatory", "scandal", "mess",
    "consequence", "frustrating", "frustrated", "unhelpful", "unjust", "unjustly", "unfair",
    "unfairly", "wrongful", "wrongfully", "misunderstanding", "misunderstood", "mishandled",
    "mishandling", "mismanagement", "mismanaged", "appalled", "outraged", "disgusted", "dismayed",
    "horrified", "incensed", "draconian", "heavy-handed",
];

/// Words that reject a claim by themselves.
const DENIAL_WORDS: &[&str] = &[
    "untrue", "false", "falsely", "baseless", "groundless", "unfounded", "fabricated",
    "fabrication", "smear", "smearing", "slander", "slanderous", "nonsense", "absurd", "ridiculous",
    "preposterous", "lies", "inaccurate", "incorrect", "erroneous", "unsubstantiated", "deny",
    "denies", "denied", "denying", "reject", "rejects", "rejected", "rejecting", "dismiss",
    "dismisses", "dismissed", "refute", "refutes", "refuted", "oppose", "opposes", "opposed",
    "unrelated", "debunked", "misrepresent", "misrepresents", "misrepresented", "irresponsible",
    "bogus", "mischaracterize", "mischaracterizes", "mischaracterized", "mischaracterise",
    "mischaracterises", "mischaracterised", "mischaracterization", "mischaracterisation", "frivolous",
    "meritless", "vexatious",
];

const ALLEGED_WORDS: &[&str] = &[
    "allegation", "allegations", "accusation", "accusations", "claim", "claims", "charges",
    "charge", "reports", "report", "notion", "suggestion", "suggestions", "narrative",
    "characterisation", "characterization", "assertion", "assertions", "speculation", "rumours",
    "rumors",
];

const NEGATIONS: &[&str] = &[
    "not", "no", "never", "nor", "neither", "none", "nothing", "cannot", "t", "lack", "lacking",
    "absence",
];

const HARM_WORDS: &[&str] = &[
    "affected", "impacted", "impact", "evidence", "indication", "sign", "signs", "responsible",
    "involved", "involvement", "role", "reason", "compromised", "breached", "hacked", "accessed",
    "exposed", "stolen", "targeted", "unauthorized", "unauthorised", "wrongdoing", "ransom",
    "nefarious", "fault", "blame", "due", "link", "linked", "connection", "connected",
];

const SMALL_WORDS: &[&str] = &[
    "limited", "handful", "minor", "isolated", "minimal", "negligible", "contained", "fraction",
];

const QUANTITY_WORDS: &[&str] = &[
    "a", "small", "few", "number", "one", "two", "three", "some", "fraction", "minority", "handful",
    "limited", "part", "those", "for", "authorized", "authorised", "permitted", "allowed", "used",
];

const ELSEWHERE_WORDS: &[&str] = &[
    "client", "clients", "contractor", "contractors", "vendor", "vendors", "supplier", "suppliers",
    "third-party", "subsidiary", "affiliate", "partner's",
];

const INTENT_LEMMAS: &[&str] = &["plan*", "intend", "aim", "vow", "promise"];

const OUGHT_WORDS: &[&str] = &[
    "should", "must", "need", "needs", "ought", "recommend", "recommends", "recommended", "advise",
    "advises", "advised", "urge", "urges", "urged", "encourage", "encourages", "encouraged",
    "encouraging", "let's", "please",
];

const CONFIRM_LEMMAS: &[&str] = &[
    "confirm", "acknowledge", "admit*", "concede", "verify", "plead", "aware",
];

const PRAISE_LEMMAS: &[&str] = &[
    "praise", "tout", "applaud", "welcome", "commend", "endorse", "hail", "laud", "salute",
    "celebrate",
    "thank",
];

const CRITICISE_LEMMAS: &[&str] = &[
    "criticise", "criticize", "complain", "condemn", "chide", "slam*", "blast", "decry", "denounce",
    "rebuke", "fault", "lambast", "berate", "scold", "castigate", "sue", "accuse", "blame",
    "allege", "indict", "sanction", "fine", "protest", "deplore", "attack", "charge",
];

const DOERS: &[&str] = &[
    "hacker", "hackers", "attacker", "attackers", "actors", "cybercriminals", "criminals",
    "perpetrator", "perpetrators", "culprit", "culprits", "thieves", "scammers", "fraudsters",
    "spies", "intruders", "intruder", "extortionists", "gang", "thief",
];
const SUSPECT_WORDS: &[&str] = &[
    "allegedly", "reportedly", "suspected", "potential", "potentially", "possible", "possibly",
    "purportedly", "presumably",
];
const ANNOUNCE_LEMMAS: &[&str] = &["announce", "unveil", "introduce", "launch", "issue"];
const MEASURES: &[&str] = &[
    "regulations", "regulation", "rules", "rule", "measures", "measure", "updates", "update",
    "policy", "policies", "guidelines", "requirements", "changes", "steps", "plan", "plans",
    "programme", "program", "initiative", "framework", "standards", "strategy",
];
const INCIDENT_WORDS: &[&str] = &[
    "data", "accounts", "account", "customers", "users", "systems", "records", "files",
    "information", "devices", "employees", "members", "people",
];

const GRIEVANCE_LEMMAS: &[&str] = &["complain"];
const GRIEVANCE_WORDS: &[&str] = &[
    "complaint", "complaints", "grievance", "grievances", "locked", "stuck", "ignored",
    "unanswered", "lack", "lacking",
];
const REMEDY_LEMMAS: &[&str] = &[
    "fix", "patch", "respond", "reply", "address", "notify", "inform", "resolve", "refund",
    "protect", "secure", "answer", "warn", "remedy",
];
const REMEDY_WORDS: &[&str] = &["response", "responses", "help", "support", "fixes", "patches"];
const MODALS: &[&str] = &["can", "could", "may", "might", "would"];
const LAWFUL_WORDS: &[&str] = &[
    "legitimate", "lawful", "legal", "legally", "lawfully", "authorized", "authorised", "vetted",
    "approved", "licensed",
];
const ACCESS_WORDS: &[&str] = &[
    "log", "login", "access", "reach", "contact", "get", "sign", "use", "withdraw", "cancel",
];
const SALE_LEMMAS: &[&str] = &["auction", "sell", "hawk", "peddle"];
const SALE_WORDS: &[&str] = &["sold"];
const HAUL_WORDS: &[&str] = &[
    "dump", "dumps", "trove", "troves", "stolen", "leaked", "exfiltrated",
];
const ARTEFACTS: &[&str] = &[
    "code", "software", "program", "programs", "app", "apps", "file", "files", "link", "links",
    "text", "email", "emails", "message", "messages", "attachment", "attachments", "payload",
    "payloads", "domain", "domains", "website", "websites", "site", "sites", "traffic", "script",
    "scripts",
];
const PERSECUTED_WORDS: &[&str] = &[
    "dissidents", "dissident", "journalists", "journalist", "activists", "activist", "critics",
    "opponents", "protesters", "protestors", "reporters", "lawyers", "minorities",
];
const WATCH_LEMMAS: &[&str] = &["monitor", "intercept", "read", "track", "record"];
const COMMS_WORDS: &[&str] = &[
    "emails", "email", "messages", "texts", "calls", "communications", "phone", "phones",
    "chats", "conversations", "mail",
];
const VIOLENCE_LEMMAS: &[&str] = &["kill", "murder", "torture", "kidnap"];
const KNOW_WORDS: &[&str] = &["knew", "known", "aware", "realised", "realized"];
const PERSIST_WORDS: &[&str] = &[
    "anyway", "regardless", "nevertheless", "nonetheless", "still", "kept", "keep", "keeps",
    "continued", "continue", "continues", "went", "nothing",
];
const COERCE_WORDS: &[&str] = &[
    "forced", "forcing", "pressured", "pressuring", "pressurised", "pressurized", "compelled",
    "compels", "bullied", "strong-armed", "browbeat", "browbeaten",
];
const STIFLE_LEMMAS: &[&str] = &[
    "stifle", "hinder", "hamper", "impede", "obstruct", "suppress", "diminish", "erode", "muzzle",
    "stymie", "curtail", "silence",
];
const PUBLIC_GOODS: &[&str] = &[
    "analysis", "discussion", "discussions", "debate", "debates", "transparency", "trust",
    "scrutiny", "oversight", "understanding", "research", "reporting", "journalism", "openness",
    "disclosure", "speech", "dissent", "criticism", "inquiry", "inquiries", "investigation",
    "investigations", "competition",
];
const ADVANCE_LEMMAS: &[&str] = &["further", "advance", "improve", "serve", "promote", "aid"];
const DISBELIEF_WORDS: &[&str] = &[
    "unlikely", "implausible", "inconceivable", "unbelievable", "doubt", "doubts", "doubtful",
];
const KNOWLEDGE_WORDS: &[&str] = &[
    "idea", "knowledge", "know", "knew", "aware", "awareness", "control", "clue", "inkling",
];
const AVOID_LEMMAS: &[&str] = &["avoid", "dodge", "escape", "skirt", "sidestep", "circumvent"];
const EVADED_WORDS: &[&str] = &[
    "detection", "scrutiny", "evidence", "oversight", "accountability", "sanctions", "taxes",
    "tax", "liability", "tracing", "notice", "suspicion", "regulators", "investigators",
];
const REJECT_LEMMAS: &[&str] = &[
    "reject", "dispute", "contest", "refute", "deny", "disagree", "repudiate",
];
const DEFLECT_WORDS: &[&str] = &["finger-pointing", "finger", "witch", "blame", "scapegoat", "politically", "motivated"];

const FIRST_PERSON_WORDS: &[&str] = &[
    "we", "our", "us", "i", "my", "me", "we're", "we’ve", "we've", "we’re", "i'm", "i’m",
    "@s",
];
const PRONOUNS: &[&str] = &["it", "they", "he", "she", "its"];
const PASSIVE_AUX_WORDS: &[&str] = &[
    "was", "were", "been", "be", "being", "is", "are", "got", "get", "gets", "getting",
];
const UNSURE_WORDS: &[&str] = &[
    "unclear", "whether", "unknown", "uncertain", "unsure", "necessarily",
];
const IMPERATIVE_WORDS: &[&str] = &[
    "use", "change", "review", "tell", "check", "enable", "update", "avoid", "contact", "keep",
    "make", "be", "do", "don't", "don’t", "never", "always", "stop", "let", "remember", "turn",
    "install", "delete", "report", "reset",
];
const PHRASE_OPENERS: &[&str] = &[
    "agree", "agrees", "agreed", "pledged", "co-operate", "cooperate", "consensus", "willing",
    "mutual", "joint", "join", "work", "common", "committed", "nothing", "hard", "not",
    "pretending", "declined", "refused", "unable", "comment", "no", "unrelated", "do",
];
const BELIEVE_WORDS: &[&str] = &[
    "believe", "believes", "think", "thinks", "accept", "accepts", "buy",
];
const WILL_WORDS: &[&str] = &["will", "shall", "'ll", "going"];

/// The cues of a lowercased word (0 for a word no list holds). A "-n't"
/// contraction is a negation by its shape.
pub fn cues(word: &str) -> Cues {
    static MAP: OnceLock<FastMap<&'static str, Cues>> = OnceLock::new();
    let map = MAP.get_or_init(build);
    let neg = if word.ends_with("n't") || word.ends_with("n’t") {
        NEG
    } else {
        0
    };
    map.get(word).copied().unwrap_or(0) | neg
}

fn build() -> FastMap<&'static str, Cues> {
    let mut m: FastMap<&'static str, Cues> = FastMap::default();
    let mut add = |w: &'static str, c: Cues| *m.entry(w).or_default() |= c;
    // Generated forms live as long as the map: leaked once, at build.
    let mut lemmas = |list: &[&str], every: Cues, base: Cues| {
        for l in list {
            for (i, f) in inflect(l).into_iter().enumerate() {
                // The base (0) and -ing (3) forms of a deed read as nouns too.
                let c = if base != every && (i == 0 || i == 3) {
                    base
                } else {
                    every
                };
                add(Box::leak(f.into_boxed_str()), c);
            }
        }
    };
    lemmas(DEED_VERBS, DEED, DEED_NOUN);
    lemmas(INTENT_LEMMAS, INTENT, INTENT);
    lemmas(CONFIRM_LEMMAS, CONFIRM, CONFIRM);
    lemmas(PRAISE_LEMMAS, PRAISE, PRAISE);
    lemmas(CRITICISE_LEMMAS, CRITICISE, CRITICISE);
    lemmas(ANNOUNCE_LEMMAS, ANNOUNCE, ANNOUNCE);
    lemmas(GRIEVANCE_LEMMAS, GRIEVANCE, GRIEVANCE);
    lemmas(REMEDY_LEMMAS, REMEDY, REMEDY);
    lemmas(SALE_LEMMAS, SALE, SALE);
    lemmas(VIOLENCE_LEMMAS, VIOLENCE, VIOLENCE);
    lemmas(WATCH_LEMMAS, WATCH, WATCH);
    lemmas(STIFLE_LEMMAS, STIFLE, STIFLE);
    lemmas(ADVANCE_LEMMAS, ADVANCE, ADVANCE);
    lemmas(AVOID_LEMMAS, AVOID, AVOID);
    lemmas(REJECT_LEMMAS, REJECT, REJECT);
    for (list, c) in [
        (DEED_NOUNS, DEED_NOUN),
        (BLAME_WORDS, BLAME),
        (DENIAL_WORDS, DENIAL),
        (ALLEGED_WORDS, ALLEGED),
        (NEGATIONS, NEG),
        (HARM_WORDS, HARM),
        (SMALL_WORDS, SMALL),
        (QUANTITY_WORDS, QUANTITY),
        (ELSEWHERE_WORDS, ELSEWHERE),
        (OUGHT_WORDS, OUGHT),
        (FIRST_PERSON_WORDS, FIRST_PERSON),
        (PRONOUNS, PRONOUN),
        (PASSIVE_AUX_WORDS, PASSIVE_AUX),
        (UNSURE_WORDS, UNSURE),
        (IMPERATIVE_WORDS, IMPERATIVE),
        (PHRASE_OPENERS, OPENS_PHRASE),
        (BELIEVE_WORDS, BELIEVE),
        (WILL_WORDS, WILL),
        (DOERS, DOER),
        (SUSPECT_WORDS, SUSPECT),
        (MEASURES, MEASURE),
        (INCIDENT_WORDS, INCIDENT),
        (GRIEVANCE_WORDS, GRIEVANCE),
        (REMEDY_WORDS, REMEDY),
        (MODALS, MODAL),
        (LAWFUL_WORDS, LAWFUL),
        (ACCESS_WORDS, ACCESS),
        (DEFLECT_WORDS, DEFLECT),
        (HAUL_WORDS, HAUL),
        (SALE_WORDS, SALE),
        (ARTEFACTS, ARTEFACT),
        (PERSECUTED_WORDS, PERSECUTED),
        (COMMS_WORDS, COMMS),
        (KNOW_WORDS, KNOW),
        (PERSIST_WORDS, PERSIST),
        (COERCE_WORDS, COERCE),
        (PUBLIC_GOODS, PUBLIC_GOOD),
        (DISBELIEF_WORDS, DISBELIEF),
        (KNOWLEDGE_WORDS, KNOWLEDGE),
        (EVADED_WORDS, EVADED),
        (MISREADINGS, MISREAD),
        (INVITING, INVITE),
        (FIRM_WORDS, FIRM),
    ] {
        for w in list {
            add(w, c);
        }
    }
    // "attacks", "leaks": a plural noun as often as a verb.
    for w in DEED_NOUNS {
        if let Some(c) = m.get_mut(w) {
            *c &= !DEED;
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections_follow_spelling_rules() {
        assert_eq!(inflect("hack"), ["hack", "hacks", "hacked", "hacking"]);
        assert_eq!(inflect("spy"), ["spy", "spies", "spied", "spying"]);
        assert_eq!(inflect("abuse"), ["abuse", "abuses", "abused", "abusing"]);
        assert_eq!(inflect("lie"), ["lie", "lies", "lied", "lying"]);
        assert_eq!(inflect("plan*"), ["plan", "plans", "planned", "planning"]);
        assert_eq!(
            inflect("launch"),
            ["launch", "launches", "launched", "launching"]
        );
        assert!(inflect("steal").contains(&"stolen".to_string()));
    }

    #[test]
    fn forms_carry_their_lemmas_cues() {
        assert_ne!(cues("extorted") & DEED, 0);
        assert_ne!(cues("extorting") & DEED_NOUN, 0);
        assert_eq!(cues("extorting") & DEED, 0);
        assert_ne!(cues("applauded") & PRAISE, 0);
        assert_ne!(cues("criticises") & CRITICISE, 0);
        assert_ne!(cues("wouldn't") & NEG, 0);
        assert_eq!(cues("weather"), 0);
    }
}
