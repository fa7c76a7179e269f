//! Counterclaims and disputes: which claims dispute which, grouped into
//! questions with two sides — between any parties: companies and their
//! customers, researchers and vendors, agencies and commentators, states.
//!
//! - [`parties`]: who speaks for whom (a company and its spokesperson, a
//!   country and its minister), so claims on one side are never paired;
//! - [`words`]: what a claim is about, as rare words and names, and how it
//!   points back ("denied the allegations");
//! - [`answer`]: accusations, assertions and confirmations paired with the
//!   denials and counter-accusations that answer them most directly in one
//!   article;
//! - [`across`]: an accusation (or an accuser's finding) and the accused
//!   side's denial in two articles, through indexes (never all claims with
//!   all claims), and two accounts of fact that cannot both hold ("still
//!   happening" / "not ongoing", "has fixed" / "has not fixed");
//! - [`hopes`]: hopes and doubts about one relationship between countries.
//!
//! Pairs are then grouped into disputes: everything said against one party
//! (the accused, on side 1, against its accusers on side 0), or the hopes
//! and doubts about one pair of countries; each titled by its parties and
//! what the accusation is about.

mod across;
mod answer;
mod hopes;
mod parties;
mod words;

use crate::model::*;
use crate::text::slug;
use crate::text::FastSet;
use answer::{Context, Found};
use parties::Parties;
use std::collections::BTreeMap;
use words::Vocabulary;

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    /// Against this entity.
    Against(u32),
    /// Against an unnamed party, in this article.
    InArticle(u32),
    /// Hopes and doubts about this pair of countries.
    Hopes(u32, u32),
}

/// The date key of an undated article.
const UNDATED: u32 = u32::MAX / 2;

/// An article's date as a count of days (roughly: months of 32, years of
/// 400), or [`UNDATED`].
fn date_key(a: &Article) -> u32 {
    a.date
        .map(|d| {
            let d = d.date;
            u32::from(d.year) * 400 + u32::from(d.month.unwrap_or(6)) * 32 + u32::from(d.day.unwrap_or(15))
        })
        .unwrap_or(UNDATED)
}

/// Pair counterclaims and group them into disputes.
pub fn pair(snap: &Snapshot) -> (Vec<Pair>, Vec<Dispute>) {
    let parties = Parties::new(snap);
    let words = Vocabulary::new(snap);
    let cx = Context {
        snap,
        parties: &parties,
        words: &words,
        when: snap.claims.iter().enumerate().map(|(i, c)| (date_key(&snap.articles[c.article as usize]), i as u32)).collect(),
    };
    let mut found = Found::new();
    answer::in_articles(&cx, &mut found);
    across::across_articles(&cx, &mut found);
    let hopes = hopes::pair(snap, &cx.when, |a, b| parties.same(a, b));

    // Each pair as (side-0 claim, side-1 claim) under its dispute.
    let mut groups: BTreeMap<Key, Vec<(usize, usize, f32)>> = BTreeMap::new();
    for (&(a, b), &score) in &found {
        let (key, accuser, accused) = orient(&cx, a, b);
        groups.entry(key).or_default().push((accuser, accused, score));
    }
    for (&(hopeful, doubtful), &(x, y)) in &hopes {
        if !found.contains_key(&(hopeful.min(doubtful), hopeful.max(doubtful))) {
            groups.entry(Key::Hopes(x, y)).or_default().push((hopeful, doubtful, 0.0));
        }
    }

    merge_exchanges(&cx, &mut groups);

    let mut disputes = Vec::new();
    let mut pairs = Vec::new();
    for (key, members) in groups {
        let di = disputes.len() as u32;
        let mut sides: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
        let mut placed: FastSet<usize> = FastSet::default();
        for &(a, b, _) in &members {
            for (side, c) in [(0, a), (1, b)] {
                if placed.insert(c) {
                    sides[side].push(c);
                }
            }
            pairs.push(Pair { claim: a as u32, counter: b as u32, dispute: di });
        }
        for s in &mut sides {
            s.sort_unstable_by_key(|&i| cx.when[i]);
        }
        let speakers = |v: &[usize]| {
            let mut seen: FastSet<u32> = FastSet::default();
            v.iter().filter_map(|&i| parties.entity(i)).filter(|&e| seen.insert(e)).collect::<Vec<u32>>()
        };
        let topic = title(&cx, key, &sides, &members);
        disputes.push(Dispute {
            id: slug(&topic),
            topic,
            sides: [speakers(&sides[0]), speakers(&sides[1])],
            claims: [sides[0].iter().map(|&i| i as u32).collect(), sides[1].iter().map(|&i| i as u32).collect()],
        });
    }
    (pairs, disputes)
}

/// The party a claim's speaker stands for as a side: a person answers for
/// the body they speak for ("a Veltrix spokesperson", "Veltrix's chief
/// executive"), anyone else for themselves.
fn party(cx: &Context, c: usize) -> Option<u32> {
    let e = cx.parties.entity(c)?;
    Some(if cx.snap.entities[e as usize].kind == EntityKind::Person { cx.parties.voices_for(e).unwrap_or(e) } else { e })
}

/// Two parties blaming each other are one dispute, not two: the case
/// against X brought by Y alone and the case against Y brought by X alone
/// merge under the larger, the smaller's pairs turned round (Y's denials
/// and X's accusations of Y join Y's side and X's side). A case brought by
/// several parties, or against an unnamed one, stays as it is.
fn merge_exchanges(cx: &Context, groups: &mut BTreeMap<Key, Vec<(usize, usize, f32)>>) {
    // The one party that accuses in each case against a named party.
    let sole_accuser = |members: &[(usize, usize, f32)]| -> Option<u32> {
        let mut found: Option<u32> = None;
        for &(a, _, _) in members {
            match (party(cx, a), found) {
                (None, _) => return None,
                (Some(p), None) => found = Some(p),
                (Some(p), Some(q)) if p != q => return None,
                _ => {}
            }
        }
        found
    };
    let cases: Vec<(u32, u32)> = groups
        .iter()
        .filter_map(|(k, m)| match k {
            Key::Against(x) => sole_accuser(m).filter(|y| y != x).map(|y| (*x, y)),
            _ => None,
        })
        .collect();
    for &(x, y) in &cases {
        // Each exchange once, from the side of the smaller case.
        if !cases.contains(&(y, x)) {
            continue;
        }
        let (Some(nx), Some(ny)) = (groups.get(&Key::Against(x)).map(Vec::len), groups.get(&Key::Against(y)).map(Vec::len)) else { continue };
        let (keep, fold) = if (nx, std::cmp::Reverse(x)) >= (ny, std::cmp::Reverse(y)) { (x, y) } else { (y, x) };
        if keep != x {
            continue;
        }
        let folded = groups.remove(&Key::Against(fold)).unwrap_or_default();
        groups.entry(Key::Against(keep)).or_default().extend(folded.into_iter().map(|(a, b, score)| (b, a, score)));
    }
}

/// The dispute a pair belongs to, and which claim accuses (side 0) and
/// which answers for the accused (side 1).
fn orient(cx: &Context, a: usize, b: usize) -> (Key, usize, usize) {
    let claims = &cx.snap.claims;
    let rejects = |c: usize| claims[c].polarity == Polarity::Deny || (claims[c].polarity != Polarity::Accuse && cx.words.claims[c].negated);
    // The answer: the rejection, or of two accusations the later one.
    let (accuser, accused) = match (rejects(a), rejects(b)) {
        (true, false) => (b, a),
        (false, true) => (a, b),
        _ if claims[a].polarity == Polarity::Deny => (b, a),
        _ => (a, b),
    };
    let key = match party(cx, accused) {
        // A minister answers for the country, a spokesman for the firm.
        Some(e) => Key::Against(e),
        // An unvoiced answer ("the report was rejected") answers for whom
        // it names; naming nobody, for whom the accusation names first
        // (not its own side); else for an unnamed party of its article.
        None if claims[accused].about.is_empty() => claims[accuser]
            .about
            .iter()
            .copied()
            .find(|&e| !cx.parties.claim_speaks_for(accuser, e))
            .map_or(Key::InArticle(claims[accused].article), Key::Against),
        None => claims[accused]
            .about
            .iter()
            .copied()
            .find(|&e| claims[accuser].about.contains(&e) || claims[accuser].speaker == Speaker::Writer)
            .map_or(Key::InArticle(claims[accused].article), Key::Against),
    };
    (key, accuser, accused)
}

/// Words too common to say what a dispute is about.
const FILLERS: &[&str] = &[
    "since", "seems", "right", "there", "their", "about", "would", "could", "should", "which", "where", "while",
    "after", "before", "being", "other", "these", "those", "still", "first", "later", "according", "people",
    "company", "statement", "thing", "things", "years", "month", "today", "week", "because", "however", "without",
    "several", "himself", "herself", "itself", "themselves",
];

/// "Accusers vs Accused: what about?" from the two sides' names and the
/// words the most direct pair shares.
fn title(cx: &Context, key: Key, sides: &[Vec<usize>; 2], members: &[(usize, usize, f32)]) -> String {
    let snap = cx.snap;
    let name = |e: u32| snap.entities[e as usize].name.clone();
    let named = |v: &[usize]| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for n in v.iter().filter_map(|&i| side_name(cx, i)) {
            if !out.contains(&n) {
                out.push(n);
            }
        }
        out
    };
    let join = |mut v: Vec<String>, none: &str| match v.len() {
        0 => none.to_string(),
        1 | 2 => v.join(" and "),
        _ => {
            v.truncate(2);
            format!("{} and others", v.join(", "))
        }
    };
    if let Key::Hopes(a, b) = key {
        return format!("Will it work? Hopes and doubts over {} and {}", name(a), name(b));
    }
    let accused = match key {
        Key::Against(e) => name(e),
        _ => join(named(&sides[1]), "the accused"),
    };
    let accusers: Vec<String> = named(&sides[0]).into_iter().filter(|n| *n != accused).collect();
    let accusers = join(accusers, "Reports");
    // What about: the rarest words of the most direct pair.
    let best = members.iter().max_by(|x, y| x.2.total_cmp(&y.2).then(y.0.cmp(&x.0))).map(|m| (m.0, m.1));
    // Words a reader can take as the subject: whole words of five letters
    // or more, the deed first ("hacked, refineries"), never a filler
    // ("since", "seems").
    let about: Vec<String> = best.map_or(Vec::new(), |(a, b)| {
        let mut words: Vec<String> = cx
            .words
            .shared_words(a, b)
            .into_iter()
            .filter(|w| subject_word(w))
            .map(str::to_lowercase)
            .filter(|w| !accused.to_lowercase().contains(w.as_str()) && !accusers.to_lowercase().contains(w.as_str()))
            .collect();
        let deed = |w: &String| crate::stance_words::cues(w) & (crate::stance_words::DEED | crate::stance_words::DEED_NOUN | crate::stance_words::BLAME) != 0;
        words.sort_by_key(|w| !deed(w));
        words.truncate(2);
        words
    });
    if about.is_empty() {
        format!("{accusers} vs {accused}")
    } else {
        format!("{accusers} vs {accused}: {}?", about.join(", "))
    }
}

/// Whom a claim's speaker is as a side of a dispute: its party's name,
/// but never a document taken for a speaker ("The statement goes on…",
/// "Messages"): a document speaks for whoever issued it, not as a side.
fn side_name(cx: &Context, c: usize) -> Option<String> {
    let name = cx.parties.name(c)?;
    (cx.parties.entity(c).is_some() || !names_a_document(&name)).then_some(name)
}

/// Whether a speaker's label names a document ("The statement goes",
/// "Messages"), singular or plural.
fn names_a_document(label: &str) -> bool {
    label.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        crate::lexicon::is_document_noun(&w) || w.strip_suffix('s').is_some_and(crate::lexicon::is_document_noun)
    })
}

/// Whether a word (as written) can say what a dispute is about: a common
/// word of five letters or more, in lower case where it stands (not a name
/// or a demonym, "PayPal", "Israeli"), not a filler ("since", "seems") and
/// not a reporting verb ("reported").
fn subject_word(w: &str) -> bool {
    w.chars().count() >= 5
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && w.chars().next().is_some_and(char::is_lowercase)
        && !FILLERS.contains(&w.to_lowercase().as_str())
        // "reported", "received": how it was said or had, not what about.
        && crate::lexicon::reporting_lemma(w).is_none()
        && !matches!(w, "received" | "receive" | "receives")
}

#[cfg(test)]
mod tests {
    use crate::corpus::{Corpus, FileMeta, SourceFile};
    use crate::model::*;

    /// The snapshot of invented articles (the across-article tests use it too).
    pub(super) fn analyse(files: &[(&str, &str)]) -> Snapshot {
        let mut c = Corpus::default();
        for (name, text) in files {
            c.files.push(SourceFile { name: name.to_string(), raw: text.to_string() });
            c.meta.insert(name.to_string(), FileMeta::default());
        }
        crate::analyse::analyse(&c)
    }

    /// A claim's text.
    pub(super) fn text(s: &Snapshot, c: u32) -> &str {
        let c = &s.claims[c as usize];
        &s.articles[c.article as usize].text[c.span.range()]
    }

    // Invented: a phone company, its customers, a researcher.
    const CARRIER: &str = "Brightwave customers report hijacked accounts\n\n\
        Security researcher Tomas Varga accused Brightwave of leaving its customer portal open to hackers.\n\n\
        Brightwave denied that its systems had been breached by hackers.\n\n\
        The company said it would contact affected customers next week.\n";
    const FOLLOW_UP: &str = "Brightwave under pressure over portal\n\n\
        Brightwave again denied that hackers had breached its customer portal.\n\n\
        The carrier said it would publish a report.\n";

    #[test]
    fn an_accusation_pairs_with_the_accused_companys_denial() {
        let s = analyse(&[("a.txt", CARRIER)]);
        let p = s.pairs.iter().find(|p| text(&s, p.counter).contains("denied")).unwrap_or_else(|| panic!("{:?}", s.claims));
        assert!(text(&s, p.claim).contains("accused"), "{}", text(&s, p.claim));
        let d = &s.disputes[p.dispute as usize];
        // The accuser on side 0, the accused on side 1, both in the title.
        assert!(d.claims[0].contains(&p.claim) && d.claims[1].contains(&p.counter));
        assert!(d.topic.contains("Varga") && d.topic.contains("vs Brightwave"), "{}", d.topic);
        // The plan to contact customers disputes nothing.
        assert!(s.pairs.iter().all(|p| !text(&s, p.claim).contains("next week") && !text(&s, p.counter).contains("next week")));
    }

    // Invented: two firms blaming each other, over and over.
    const FEUD: &str = "Veltrix and Norcada trade blame\n\n\
        Veltrix accused Norcada of stealing the designs of its turbines.\n\n\
        Norcada accused Veltrix of spying on its engineers.\n\n\
        Veltrix also accused Norcada of bribing its suppliers.\n\n\
        Norcada accused Veltrix of hacking its servers last year.\n";

    #[test]
    fn one_counter_accusation_stands_for_an_exchange_of_blame() {
        let s = analyse(&[("a.txt", FEUD)]);
        let accuse = |c: u32| s.claims[c as usize].polarity == Polarity::Accuse;
        assert!(s.claims.iter().filter(|c| c.polarity == Polarity::Accuse).count() >= 3, "{:?}", s.claims);
        let counters = s.pairs.iter().filter(|p| accuse(p.claim) && accuse(p.counter)).count();
        assert_eq!(counters, 1, "{:?}", s.pairs);
    }

    // Invented: two firms answer each other's accusations with denials.
    const EXCHANGE: &str = "Harrow and Quill trade charges\n\n\
        Harrow accused Quill of copying its chip designs.\n\n\
        Quill denied copying any designs.\n\n\
        Quill accused Harrow of poaching its engineers.\n\n\
        Harrow denied that it had poached anyone.\n";

    #[test]
    fn two_parties_blaming_each_other_are_one_dispute() {
        let s = analyse(&[("a.txt", EXCHANGE)]);
        assert!(s.pairs.len() >= 2, "{:?}", s.pairs);
        assert_eq!(s.disputes.len(), 1, "{:?}", s.disputes.iter().map(|d| &d.topic).collect::<Vec<_>>());
        let d = &s.disputes[0];
        let name = |e: &u32| s.entities[*e as usize].name.as_str();
        let sides: Vec<Vec<&str>> = d.sides.iter().map(|v| v.iter().map(name).collect()).collect();
        assert!(sides == [vec!["Harrow"], vec!["Quill"]] || sides == [vec!["Quill"], vec!["Harrow"]], "{sides:?}");
        // Each side holds its own party's claims, accusations and denials.
        for (side, who) in d.claims.iter().zip(&d.sides) {
            for &c in side {
                assert_eq!(s.claims[c as usize].speaker, Speaker::Entity(who[0]), "{}", text(&s, c));
            }
        }
    }

    // Invented: an accused firm and its partner each deny; a lab rebuts.
    const LEAK: &str = "Korvex says Delmar leaked data\n\n\
        Korvex accused Delmar of leaking the records of its customers.\n\n\
        Delmar denied that any records had leaked from its servers.\n\n\
        Finch Cloud, which hosts the servers, also denied that any Delmar records had leaked.\n\n\
        Analysts at Vantor Labs rejected that explanation, citing logs they obtained.\n";

    #[test]
    fn two_denials_side_by_side_are_no_pair_but_a_rebuttal_pointing_back_is() {
        let s = analyse(&[("a.txt", LEAK)]);
        let deny = |c: u32| s.claims[c as usize].polarity == Polarity::Deny;
        let both = |p: &&Pair, a: &str, b: &str| (text(&s, p.claim).contains(a) && text(&s, p.counter).contains(b)) || (text(&s, p.claim).contains(b) && text(&s, p.counter).contains(a));
        assert!(s.claims.iter().filter(|c| c.polarity == Polarity::Deny).count() >= 2, "{:?}", s.claims);
        assert!(!s.pairs.iter().any(|p| deny(p.claim) && deny(p.counter) && both(&p, "Delmar denied", "Finch")), "{:?}", s.pairs);
        assert!(s.pairs.iter().any(|p| both(&p, "Finch", "explanation")), "{:?} {:?}", s.claims, s.pairs);
    }

    // Invented: three restatements of one accusation, then the denial.
    const RESTATED: &str = "Pellan blames Ostrow for outage\n\n\
        Pellan accused Ostrow of sabotaging its payment network.\n\n\
        Pellan also accused Ostrow of planting malware on its routers.\n\n\
        Pellan accused Ostrow of hiding the attack from regulators.\n\n\
        Ostrow denied sabotaging the network or planting any malware.\n";

    #[test]
    fn a_denial_answers_at_most_two_restatements_of_an_accusation() {
        let s = analyse(&[("a.txt", RESTATED)]);
        assert!(s.claims.iter().filter(|c| c.polarity == Polarity::Accuse).count() >= 3, "{:?}", s.claims);
        let answered = s.pairs.iter().filter(|p| text(&s, p.claim).contains("Ostrow denied") || text(&s, p.counter).contains("Ostrow denied")).count();
        assert!((1..=2).contains(&answered), "{:?}", s.pairs);
    }

    // Invented: a denial by a bank the report never names.
    const UNNAMED: &str = "Billing systems breached\n\n\
        Researchers at Halvard Labs accused hackers of breaching the billing systems of regional lenders.\n\n\
        The lenders were not named in the report.\n\n\
        Separately, analysts said the attack used stolen credentials.\n\n\
        Meridane Bank denied that hackers had breached its billing systems.\n";

    #[test]
    fn a_denial_answers_only_what_names_its_speaker_or_what_it_points_back_at() {
        let s = analyse(&[("a.txt", UNNAMED)]);
        assert!(s.claims.iter().any(|c| c.polarity == Polarity::Deny), "{:?}", s.claims);
        assert!(s.pairs.iter().all(|p| !text(&s, p.claim).contains("Meridane") && !text(&s, p.counter).contains("Meridane")), "{:?} {:?}", s.claims, s.pairs);
    }

    // Invented: a bank's denial, then a finding opened by a contrast.
    const AUDIT: &str = "Orlin Bank app under scrutiny\n\n\
        Orlin Bank denied that its mobile app kept customer passwords in plain text.\n\n\
        Still, auditors at Vantor Labs said they found thousands of passwords stored unencrypted.\n";

    #[test]
    fn a_finding_opened_by_a_contrast_rebuts_the_denial_before_it() {
        let s = analyse(&[("a.txt", AUDIT)]);
        let p = s.pairs.iter().find(|p| text(&s, p.claim).contains("denied") || text(&s, p.counter).contains("denied"));
        let p = p.unwrap_or_else(|| panic!("{:?}", s.claims));
        assert!(text(&s, p.claim).contains("Still") || text(&s, p.counter).contains("Still"), "{:?}", p);
    }

    // Invented people; two real countries the corpus never pairs.
    const FORUM: &str = "Kenya and Brazil open a cyber forum\n\n\
        Kenya and Brazil held talks on cyber security in Nairobi.\n\n\
        Kenyan minister Ola Brekke said he was confident the new forum would improve cooperation and build trust.\n\n\
        Brazilian analyst Rosa Ibarra said it would be naive to think the talks alone can solve the problem.\n\n\
        Security adviser Tomas Lind warned that doubt and suspicion would make any progress difficult and unlikely.\n";

    #[test]
    fn a_hope_is_answered_by_the_nearest_doubt_only() {
        let s = analyse(&[("a.txt", FORUM)]);
        let hope: Vec<&Pair> = s.pairs.iter().filter(|p| text(&s, p.claim).contains("confident")).collect();
        assert_eq!(hope.len(), 1, "{:?} {:?}", s.claims, s.pairs);
        assert!(text(&s, hope[0].counter).contains("naive"), "{}", text(&s, hope[0].counter));
    }

    // Invented: a regulator accuses a firm; its executive answers for it.
    const EXECUTIVE: &str = "Torvane fined over leak\n\n\
        The Harlow Data Authority accused Torvane of hiding a leak of patient records for months.\n\n\
        Mira Solbeck, Torvane's vice president of compliance, denied that the company hid anything from the authority.\n";

    #[test]
    fn an_executives_denial_answers_for_the_company() {
        let s = analyse(&[("a.txt", EXECUTIVE)]);
        let p = s.pairs.iter().find(|p| text(&s, p.claim).contains("denied") || text(&s, p.counter).contains("denied"));
        let p = p.unwrap_or_else(|| panic!("{:?}", s.claims));
        assert!(text(&s, p.claim).contains("accused") || text(&s, p.counter).contains("accused"), "{:?}", p);
        assert!(s.disputes[p.dispute as usize].topic.contains("vs Torvane"), "{}", s.disputes[p.dispute as usize].topic);
    }

    // Invented: an accused company and then its own spokesperson reject one accusation.
    const OWN_VOICE: &str = "Kestrel blames Brenner Mobile\n\n\
        Kestrel accused Brenner Mobile of shipping faulty routers to its stores.\n\n\
        Brenner Mobile denied that any of its routers were faulty.\n\n\
        Brenner Mobile spokesperson Ilse Varn rejected these claims as baseless.\n";

    #[test]
    fn a_company_is_never_paired_with_its_own_spokesperson() {
        let s = analyse(&[("a.txt", OWN_VOICE)]);
        assert!(s.claims.iter().any(|c| text(&s, s.claims.iter().position(|x| x == c).unwrap() as u32).contains("Varn")), "{:?}", s.claims);
        let own = |p: &Pair| text(&s, p.claim).contains("Brenner Mobile denied") || text(&s, p.counter).contains("Brenner Mobile denied");
        let varn = |p: &Pair| text(&s, p.claim).contains("Varn") || text(&s, p.counter).contains("Varn");
        assert!(!s.pairs.iter().any(|p| own(p) && varn(p)), "{:?} {:?}", s.claims, s.pairs);
    }

    #[test]
    fn a_denial_in_another_article_answers_the_accusation() {
        let s = analyse(&[("a.txt", CARRIER), ("b.txt", FOLLOW_UP)]);
        let cross: Vec<&Pair> = s.pairs.iter().filter(|p| s.claims[p.claim as usize].article != s.claims[p.counter as usize].article).collect();
        assert!(cross.iter().any(|p| text(&s, p.claim).contains("accused") && text(&s, p.counter).contains("again denied")), "{:?}", s.claims);
        // Never two claims of one side.
        for p in &s.pairs {
            assert_ne!(s.claims[p.claim as usize].speaker, s.claims[p.counter as usize].speaker);
        }
    }

    // Invented: a researcher's accusation, rejected in the passive voice.
    const OUT_OF_SCOPE: &str = "Kalder Systems ignored billing flaw, researcher says\n\n\
        Researcher Mila Hornby accused Kalder Systems of ignoring a flaw in its billing portal.\n\n\
        However, her report was rejected as out of scope.\n";

    #[test]
    fn an_unvoiced_rejection_answers_for_whom_the_accusation_names() {
        let s = analyse(&[("a.txt", OUT_OF_SCOPE)]);
        let p = s.pairs.iter().find(|p| text(&s, p.counter).contains("rejected") || text(&s, p.claim).contains("rejected"));
        let p = p.unwrap_or_else(|| panic!("{:?}", s.claims));
        let topic = &s.disputes[p.dispute as usize].topic;
        assert!(topic.starts_with("Mila Hornby vs Kalder Systems"), "{topic}");
    }

    #[test]
    fn a_title_says_what_about_in_words_that_are_no_reporting_verbs() {
        assert!(!super::subject_word("reported") && !super::subject_word("claimed") && !super::subject_word("received"));
        assert!(super::subject_word("ransom") && super::subject_word("hacked"));
    }

    #[test]
    fn a_document_taken_for_a_speaker_names_no_side() {
        for label in ["The statement goes", "Messages", "Leaked emails", "The filing"] {
            assert!(super::names_a_document(label), "{label}");
        }
        for label in ["Researchers", "Two former employees", "Consortium of reporters", "Harbour Workers Union"] {
            assert!(!super::names_a_document(label), "{label}");
        }
    }

    #[test]
    fn a_dispute_is_about_common_words_not_names_or_fillers() {
        for w in ["ransom", "hacked", "breached"] {
            assert!(super::subject_word(w), "{w}");
        }
        for w in ["Paynova", "Veldish", "several", "himself", "seems", "spy"] {
            assert!(!super::subject_word(w), "{w}");
        }
    }
}
