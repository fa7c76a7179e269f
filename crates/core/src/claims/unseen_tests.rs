//! Kinds of attribution failure found on prose nobody tuned on, each on
//! invented sentences: nouns and participles that look like reporting
//! verbs, titled inverted speakers and the writer's own first person.

use super::tests_support::claims;

/// The verbs of the claims found in `para` (the writer's unreported
/// sentences carry none).
fn verbs(para: &str) -> Vec<String> {
    claims(&[para]).into_iter().filter_map(|c| c.1).collect()
}

#[test]
fn a_plural_after_a_participle_preposition_or_compound_modifier_is_a_noun() {
    let cases = [
        "The ministry is imposing fresh levies and imposing bans on exports from Valdoria.",
        "Following complaints from farmers, Valdoria closed its border crossings.",
        "The app sends third-party requests to servers run by Norrick Data.",
        "Norrick Data keeps records of email addresses and phone numbers.",
        "Kestrel Foods is building a stable of private-label brands for its stores.",
    ];
    for para in cases {
        assert_eq!(verbs(para), Vec::<String>::new(), "{para}");
    }
    // The verb after its subject still reports.
    assert_eq!(verbs("Norrick Data claims its servers were never breached."), ["claims"]);
}

#[test]
fn a_participle_right_after_a_noun_describes_it() {
    let cases = [
        "The raid raised fears that rebels linked to the Tarsan Front were moving south.",
        "Ivo Marsh is a respected elder, called on by villages across Valdoria for advice.",
        "The shipment comes with added costs borne by the growers.",
    ];
    for para in cases {
        assert_eq!(verbs(para), Vec::<String>::new(), "{para}");
    }
}

#[test]
fn a_sentence_opening_participle_names_or_describes_the_subject() {
    assert_eq!(verbs("Dubbed “the Iron Clerk” for his thrift, Ivo Marsh rose quickly through the Valdorian civil service."), Vec::<String>::new());
    // A clause split off after "and" keeps its verb.
    let c = claims(&["Rebels claimed to hold the pass and threatened to close it on Sunday."]);
    assert_eq!(c.iter().filter_map(|c| c.1.clone()).collect::<Vec<_>>(), ["claimed", "threatened"], "{c:?}");
}

#[test]
fn a_title_abbreviation_does_not_end_an_inverted_speaker() {
    let c = claims(&["Ivo Marsh studies the region.", "“Nothing has changed in the capital,” said Mr. Marsh, a senior fellow at the Quarry Institute."]);
    assert_eq!(c.last().map(|c| c.0.as_str()), Some("Ivo Marsh"), "{c:?}");
}

#[test]
fn reads_reports_only_a_quoted_text() {
    assert_eq!(verbs("Nobody signs a contract that no one reads."), Vec::<String>::new());
    assert_eq!(verbs("The sign in the window reads: “Closed for the strike.”"), ["reads"]);
    assert_eq!(verbs("Translated, the notice reads as: “Closed for the strike.”"), ["reads"]);
}

#[test]
fn the_writer_first_person_is_the_writer_speaking() {
    let c = claims(&["Norrick Data sells ads.", "Because I believe that reading in private matters, our site sends nothing to Norrick Data."]);
    assert!(c.iter().all(|c| c.0 == "-"), "{c:?}");
    assert!(claims(&["Ivo Marsh smiled as if to say that nothing had changed."]).is_empty());
    let c = claims(&["Kestrel Labs makes headsets.", "I could see myself using it, which is something I would never say about other headsets."]);
    assert!(c.iter().all(|c| c.0 == "-"), "{c:?}");
}

#[test]
fn a_participle_after_a_degree_adverb_is_an_adjective() {
    assert_eq!(verbs("Ivo Marsh ran what was once one of Valdoria's most promising firms."), Vec::<String>::new());
}

#[test]
fn a_plural_after_of_and_a_name_is_a_noun() {
    assert_eq!(verbs("The coup brought a second round of Valdorian sanctions and a run on the banks."), Vec::<String>::new());
}

#[test]
fn a_closing_unnamed_source_is_not_a_name_further_back() {
    let c = claims(&["Ivo Marsh met the generals on Monday, a senior government source told reporters."]);
    assert!(!c.is_empty() && c.iter().all(|c| c.0 != "Ivo Marsh"), "{c:?}");
    let c = claims(&["Ivo Marsh runs the ministry.", "The talks have stalled, a senior government source told Reuters."]);
    assert_eq!(c.last().map(|c| c.0.as_str()), Some("Senior government source"), "{c:?}");
    let c = claims(&["The envoy, Lena Brandt, is acting as a go-between for Mr Marsh and the generals, who seized power in a swift operation against \"traitors\" in his cabinet, a senior political source told Reuters."]);
    assert!(!c.is_empty() && c.iter().all(|c| c.0 != "Ivo Marsh"), "{c:?}");
}

#[test]
fn reports_after_according_to_are_a_noun() {
    let c = claims(&["About forty people were hurt in Valdoria, according to local news reports."]);
    assert_eq!(c.iter().map(|c| (c.0.as_str(), c.1.as_deref())).collect::<Vec<_>>(), [("-", Some("according to local news reports"))], "{c:?}");
}

#[test]
fn a_verb_in_an_if_clause_is_hypothetical() {
    assert_eq!(verbs("Norrick Data links people together, even if the contact hasn't agreed to it."), Vec::<String>::new());
}

#[test]
fn a_possessive_before_a_group_noun_is_not_the_speaker() {
    let c = claims(&["Ivo Marsh ran the port.", "The port was ruined by policies Mr Marsh's critics have long blamed on him."]);
    assert!(c.iter().all(|c| c.0 != "Ivo Marsh"), "{c:?}");
}

#[test]
fn who_saw_a_document_is_not_its_voice() {
    let c = claims(&["Valdorian police reports seen by Reuters suggest that Ivo Marsh fled in March."]);
    assert!(c.iter().all(|c| c.0 != "Reuters"), "{c:?}");
}

#[test]
fn a_spokesman_after_a_possessive_speaks_for_its_owner() {
    let c = claims(&["Reuters reported the talks.", "Opposition leader Ivo Marsh, who has been abroad, returned to Tarsa on Wednesday, his spokesman said."]);
    assert_eq!(c.last().map(|c| c.0.as_str()), Some("Ivo Marsh"), "{c:?}");
}

#[test]
fn a_role_pair_before_a_name_leaves_the_person_speaking() {
    let c = claims(&["Lumio co-founder and CEO Ann Roy said in a memo that prices would fall."]);
    assert_eq!(c.first().map(|c| c.0.as_str()), Some("Ann Roy"), "{c:?}");
}

#[test]
fn a_closing_attribution_reports_the_whole_sentence() {
    let c = claims(&["Ivo Marsh is under guard and is insisting that he finish his term, a source said."]);
    assert_eq!(c.iter().map(|c| (c.0.as_str(), c.1.as_deref())).collect::<Vec<_>>(), [("Source", Some("said"))], "{c:?}");
    let c = claims(&["The army holds the capital, a source said.", "The guards were loyal to Ivo Marsh, the source, who said he had spoken to them, told Reuters."]);
    assert!(c.iter().all(|c| c.0 != "Ivo Marsh"), "{c:?}");
}
