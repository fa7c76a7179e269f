//! Disputes written for this test, between parties no word list knows (a
//! regulator and a food company, a senator and a newspaper, a researcher
//! and a router maker, an athlete and an anti-doping agency, a studio and
//! an app store; then a riders' union and a delivery app in two outlets'
//! dated Markdown pages, a ransomware gang and a hospital group, a rights
//! group and a miner, a minister and the opposition, a football club and
//! its league; a singer and a tabloid in a libel suit, a city council and
//! a bridge builder, two chipmakers over patents, a ministry and a
//! neighbour over an expelled diplomat, a university and a dismissed
//! professor, a patient group and a drugmaker), read as a corpus folder
//! (`tests/fixtures/disputes/`): who speaks in the sentences that carry
//! each side, and that each accusation meets the denial that answers it.
//! They were written after the development set, to find kinds of failure
//! on prose the engine was not tuned on; each kind found was fixed with a
//! rule of news prose and a unit test of its own.

use counterpoint_core::model::{EntityKind, Polarity, Snapshot, Speaker};
use counterpoint_core::{analyse, corpus};
use std::path::Path;

fn snapshot() -> Snapshot {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/disputes");
    analyse::analyse(&corpus::load_dir(&dir).unwrap())
}

fn text(s: &Snapshot, c: usize) -> &str {
    let claim = &s.claims[c];
    &s.articles[claim.article as usize].text[claim.span.range()]
}

fn speaker(s: &Snapshot, c: usize) -> String {
    match &s.claims[c].speaker {
        Speaker::Writer => "-".to_string(),
        Speaker::Entity(e) => s.entities[*e as usize].name.clone(),
        Speaker::Group(g) => g.clone(),
    }
}

/// The claim whose text starts with `start`.
fn claim(s: &Snapshot, start: &str) -> usize {
    (0..s.claims.len()).find(|&c| text(s, c).starts_with(start)).unwrap_or_else(|| panic!("no claim starts {start:?}"))
}

#[test]
fn descriptions_and_short_names_speak_for_the_party_they_mean() {
    let s = snapshot();
    let cases = [
        ("In a statement, the company said", "Halvard Foods"),
        ("\"We reject the authority's findings", "Halvard Foods"),
        ("The authority said it would decide", "Nordic Food Safety Authority"),
        ("A company spokesman said the firm", "Corrigan Builders"),
        ("Tomas Brandt, a vulnerability analyst", "Tomas Brandt"),
        ("The company has not said", "Quillon Systems"),
        ("\"The chain of custody", "World Anti-Doping Agency"),
        ("Mensah's national federation said", "Mensah's national federation"),
        ("The studio said Norrland", "Brightwater Games"),
        ("a claim the company says is overstated", "Quillon Systems"),
        ("The gang, which calls itself Black Tern", "Black Tern"),
        ("It threatened to publish", "Black Tern"),
        ("A hospital group in the north", "Meridian Health Partners"),
        ("Meridian said it would not pay", "Meridian Health Partners"),
        ("A union representing food-delivery couriers", "Independent Riders' Union"),
        ("The union disputed her account.", "Independent Riders' Union"),
        ("The delivery app says", "Parcelo"),
        ("The group said Calder Copper", "Clearwater Watch"),
        ("A human rights organisation on Wednesday", "Clearwater Watch"),
        ("The environment ministry said", "Environment ministry"),
        ("Farmers interviewed by Wire", "Farmers"),
        ("The club said in a statement", "Hartfield United"),
        ("\"Every club is treated the same", "Northern Football League"),
        ("Hartfield said they would appeal", "Hartfield United"),
        ("A spokesperson for Northgate Imaging", "Northgate Imaging"),
        ("An independent engineer, Helen Osei", "Helen Osei"),
        ("allegations the company called", "Meridane Pharma"),
    ];
    let wrong: Vec<String> = cases.iter().filter(|(t, who)| speaker(&s, claim(&s, t)) != *who).map(|(t, who)| format!("{t:?}: {} (want {who})", speaker(&s, claim(&s, t)))).collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn each_accusation_meets_the_denial_that_answers_it() {
    let s = snapshot();
    let paired = |a: &str, b: &str| {
        let (a, b) = (claim(&s, a) as u32, claim(&s, b) as u32);
        s.pairs.iter().any(|p| (p.claim, p.counter) == (a, b) || (p.claim, p.counter) == (b, a))
    };
    let cases = [
        ("The World Anti-Doping Agency has charged", "Mensah, 24, denied"),
        ("His lawyer, Ruth Adler, said", "The agency rejected those claims."),
        ("Brightwater Games filed a lawsuit", "Norrland Digital called the suit meritless."),
        ("The Herald reported in March", "Corrigan Builders also denied"),
        ("The Herald reported in March", "Whitfield called the report"),
        ("She said she reported the bug", "Quillon rejected that account."),
        ("A union representing food-delivery couriers", "\"We do not track riders"),
        // Across the two outlets: the chief executive, named in the
        // sentence after the one her role opens, answers for the app.
        ("A union representing food-delivery couriers", "The chief executive of Parcelo has rejected"),
        ("The gang, which calls itself Black Tern", "Meridian said in a statement"),
        // An answer in apposition, in the plural or the singular, after a
        // lead that a wire dateline opens (the body's lead, no summary).
        ("A patient advocacy group on Thursday accused", "allegations the company called"),
        ("A human rights organisation on Wednesday accused", "a charge the mining company called"),
        // "Rejected the findings", "the suit was baseless": what was found,
        // what brought the suit.
        ("The council said an engineering review had found", "Tarrant Construction rejected the findings."),
        ("The lawsuit, filed in a federal court", "Brellis said the suit was baseless."),
    ];
    let missed: Vec<_> = cases.iter().filter(|(a, b)| !paired(a, b)).collect();
    assert!(missed.is_empty(), "{missed:#?}");
    // A verdict on the suit is a denial; no company pairs with itself.
    assert_eq!(s.claims[claim(&s, "Norrland Digital called the suit")].polarity, Polarity::Deny);
    // A conduct disowned in the speaker's own words is a denial.
    for start in ["\"We do not track riders", "\"I have never cheated", "\"Our app never collects", "\"Our own monitoring", "Ms Venn's allies said", "\"This is a smear"] {
        assert_eq!(s.claims[claim(&s, start)].polarity, Polarity::Deny, "{start}");
    }
    for p in &s.pairs {
        assert_ne!(speaker(&s, p.claim as usize), speaker(&s, p.counter as usize), "{}", text(&s, p.claim as usize));
    }
}

#[test]
fn the_fourth_batch_speaks_and_answers_as_written() {
    let s = snapshot();
    let speakers = [
        ("The council said an engineering review", "Ashbury City Council"),
        ("The bridge will stay closed", "Ashbury City Council"),
        ("She said the cracks could have", "Helen Osei"),
        ("Media lawyer Anita Royce, who is not", "Anita Royce"),
        ("The claim, lodged at the High Court", "Lenna Marsh"),
        ("According to the suit, the paper's editor", "Lenna Marsh"),
        ("Chipmaker Vantic has sued", "Vantic"),
        ("The lawsuit, filed in a federal court", "Vantic"),
        ("A patient advocacy group on Thursday", "Joint Pain Alliance"),
        ("The alliance has called on", "Joint Pain Alliance"),
        ("He declined to say whether the agency", "Medicines Safety Agency"),
        ("The university said her dismissal", "Harrowgate University"),
        ("\"Academic freedom is central", "Harrowgate University"),
        ("The spokesperson added that the posts", "Harrowgate University"),
    ];
    let wrong: Vec<String> = speakers.iter().filter(|(t, who)| speaker(&s, claim(&s, t)) != *who).map(|(t, who)| format!("{t:?}: {} (want {who})", speaker(&s, claim(&s, t)))).collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
    let polarities = [
        ("Brellis said the suit was baseless.", Polarity::Deny),
        ("\"Every word of that article", Polarity::Deny),
        ("Meridane said it had reported all adverse", Polarity::Deny),
        ("\"Mr Varga carried out his duties", Polarity::Deny),
        ("\"Dr Okafor's views played no part", Polarity::Deny),
        ("The claim, lodged at the High Court", Polarity::Accuse),
        ("\"They must be held accountable.", Polarity::Accuse),
        ("Ostrand's interior minister, Karel Dunn", Polarity::Accuse),
        ("A professor dismissed by Harrowgate", Polarity::Accuse),
        // A "will" put back in reported speech: an intention.
        ("The Daily Courier said it would defend", Polarity::Other),
        ("Hartfield said they would appeal.", Polarity::Other),
        ("The authority said it would decide", Polarity::Other),
        // A question left unanswered is no comment.
        ("Hadar did not say whether", Polarity::Other),
    ];
    let wrong: Vec<_> = polarities.iter().filter(|(t, p)| s.claims[claim(&s, t)].polarity != *p).collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
    let kind = |n: &str| s.entities.iter().find(|e| e.name == n).map(|e| e.kind);
    assert_eq!(kind("Vantic"), Some(EntityKind::Company));
    assert_eq!(kind("Helen Osei"), Some(EntityKind::Person));
    assert_eq!(kind("Ruth Ambler"), Some(EntityKind::Person));
    assert_eq!(kind("Redcliffe Media"), Some(EntityKind::Media));
    assert_eq!(kind("Corran Research"), Some(EntityKind::Company));
    // A product introduced by its kind is no company.
    assert_eq!(kind("Lorvexa"), Some(EntityKind::Programme));
    assert!(kind("Chipmaker Vantic").is_none() && kind("Harrowgate").is_none());
    let (a, b) = (claim(&s, "A professor dismissed by Harrowgate") as u32, claim(&s, "\"Dr Okafor's views played no part") as u32);
    assert!(s.pairs.iter().any(|p| (p.claim, p.counter) == (a, b) || (p.claim, p.counter) == (b, a)), "the dismissal and the university's answer");
}
