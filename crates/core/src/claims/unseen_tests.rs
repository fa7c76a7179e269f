//! Kinds of attribution failure found on prose nobody tuned on, each on
//! invented sentences: nouns and participles that look like reporting
//! verbs, titled inverted speakers and the writer's own first person.

use super::tests_support::claims;
use crate::model::Polarity;

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

/// (speaker, polarity, text) of each claim in `paras`.
fn said(paras: &[&str]) -> Vec<(String, Polarity, String)> {
    claims(paras).into_iter().map(|c| (c.0, c.2, c.3)).collect()
}

#[test]
fn a_report_rejected_in_the_passive_is_rejected_by_whom_it_was_sent_to() {
    let c = said(&["Analyst Kira Holt found a flaw in Norrick Bank's app.", "On Monday, she reported the flaw to Norrick Bank through its bounty programme.", "However, her report was rejected as out of scope."]);
    assert_eq!(c.last().map(|c| (c.0.as_str(), c.1)), Some(("Norrick Bank", Polarity::Deny)), "{c:?}");
    // Sent nowhere named: nobody named rejects it.
    let c = said(&["Kira Holt found a flaw in Norrick Bank's app.", "However, her report was rejected as out of scope."]);
    assert_eq!(c.last().map(|c| c.0.as_str()), Some("-"), "{c:?}");
}

#[test]
fn a_submission_and_its_rejection_in_one_sentence_are_two_claims() {
    let c = said(&["Analyst Kira Holt spoke to the Daily Ledger.", "She also submitted a bug report to Norrick Bank, but the issue was rejected because the triage team thought it needed user action."]);
    let got: Vec<(&str, Polarity)> = c.iter().map(|c| (c.0.as_str(), c.1)).collect();
    assert_eq!(got, [("Kira Holt", Polarity::Assert), ("Norrick Bank", Polarity::Deny)], "{c:?}");
    assert!(c[1].2.starts_with("but the issue"), "{c:?}");
}

#[test]
fn a_relative_after_a_preposition_has_its_own_subject() {
    let c = said(&["A security researcher recently found and disclosed a flaw to Norrick Bank for which the banking giant refused to acknowledge.", "Researcher Kira Holt said the flaw was serious."]);
    let who: Vec<&str> = c.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(who, ["Kira Holt", "Norrick Bank", "Kira Holt"], "{c:?}");
}

#[test]
fn a_clause_of_time_with_its_own_speaker_is_a_claim_of_its_own() {
    let c = said(&["Velmar Freight has denied that any of its data was stolen after cybercriminals claimed to have 50GB of files and threatened to leak them on Sunday."]);
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!((c[0].0.as_str(), c[0].1), ("Velmar Freight", Polarity::Deny));
    assert!(c[1].2.starts_with("cybercriminals claimed") && c[1].0 != "Velmar Freight", "{c:?}");
}

#[test]
fn whom_a_cause_moves_to_speak_is_the_speaker() {
    let c = said(&["Talk show host Dan Pruitt said his ratings were up.", "That led the host to proclaim that the agency was spying on him — despite having no evidence."]);
    assert_eq!(c.get(1).map(|c| (c.0.as_str(), c.1)), Some(("Dan Pruitt", Polarity::Accuse)), "{c:?}");
}

#[test]
fn an_outlet_closing_an_added_remark_only_passes_it_on() {
    let c = said(&["Following the report, Senator Ann Roy criticized the agency publicly, adding that its earlier statements were evasive, the AP reported."]);
    assert!(c.iter().all(|c| c.0 == "Ann Roy"), "{c:?}");
}

#[test]
fn an_unnamed_source_keeps_speaking_as_this_person() {
    let c = said(&["The audit began in March, according to a source familiar with the review.", "The board doesn't believe the firm's account of the loss, this person said.", "The source did say that the audit would end soon."]);
    let who: Vec<&str> = c.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(who, ["Source familiar with the review"; 3], "{c:?}");
}

#[test]
fn a_possessive_owns_a_noun_not_a_verb() {
    assert_eq!(verbs("The panel sent questions about Holt's claims to the ministry."), Vec::<String>::new());
}

#[test]
fn doubt_put_down_to_a_named_party_is_its_denial() {
    let c = said(&["Norrick Bank sued Velmar Freight on Monday.", "It's also not clear to Kira Holt how Norrick Bank has been harmed."]);
    assert_eq!(c.get(1).map(|c| (c.0.as_str(), c.1)), Some(("Kira Holt", Polarity::Deny)), "{c:?}");
    // Doubt with nobody named is the writer's.
    assert_eq!(said(&["It's not clear to anyone how the bank was harmed."]).len(), 0);
}

#[test]
fn a_closing_attribution_after_a_quoted_phrase_holds_the_sentence() {
    let c = said(&["The review began in March, according to a source familiar with the review.", "The board doesn't believe the firm's story of a so-called “glitch,” this person said."]);
    assert_eq!(c.get(1).map(|c| c.0.as_str()), Some("Source familiar with the review"), "{c:?}");
}

#[test]
fn a_description_the_last_speaker_used_for_another_is_not_that_speaker() {
    let c = said(&["In a recent post, bug hunter Kira Holt shared a screenshot of Norrick Bank's reply.", "Elaborating further, the Daily Ledger revealed that the researcher found a flaw in the app. The researcher observed that exploiting the flaw lets an attacker send emails."]);
    assert_eq!(c.last().map(|c| c.0.as_str()), Some("Kira Holt"), "{c:?}");
}

#[test]
fn an_opening_concession_is_background_and_a_bare_quantifier_names_nobody() {
    let c = said(&["Norrick Bank released a decryptor on Friday.", "While the news of a fix was welcomed by hundreds of customers, some noted that there was a gag clause in the deal."]);
    assert_eq!(c.last().map(|c| c.0.as_str()), Some("-"), "{c:?}");
    assert_eq!(verbs("While the news of a fix was welcomed by hundreds of customers, some noted that there was a gag clause in the deal."), ["noted"]);
}

#[test]
fn an_accusation_in_the_passive_with_no_accuser_still_accuses() {
    let c = said(&["Norrick Bank has been accused of hiding the breach from regulators."]);
    assert_eq!(c.first().map(|c| (c.0.as_str(), c.1)), Some(("-", Polarity::Accuse)), "{c:?}");
}

#[test]
fn a_ministry_or_embassy_speaks_as_itself_through_its_unnamed_spokesperson() {
    let said_by = |p: &str| said(&["Brazil has been accused of hacking the Lumio grid.", p]).last().map(|c| c.0.clone()).unwrap_or_default();
    assert_eq!(said_by("A spokesperson for the Brazilian foreign ministry said the claims were groundless."), "Brazilian foreign ministry");
    assert_eq!(said_by("A Brazilian embassy spokesperson said the claims were groundless."), "Brazilian embassy");
    assert_eq!(said_by("The Brazilian defence ministry said the claims were groundless."), "Brazilian defence ministry");
    // A named spokesperson speaks as themself.
    assert_eq!(said_by("Foreign ministry spokesman Tomas Verde said the claims were groundless."), "Tomas Verde");
}

#[test]
fn two_joined_acts_of_the_speaker_are_read_together() {
    // A verdict on the accusations is a denial of its own; what he said
    // next is another act (as the rule book splits "… and said …").
    let c = said(&["Norrick Bank has been accused of hiding the breach.", "Spokesman Tomas Verde called the accusations groundless and said the bank would keep serving its clients."]);
    let verdict = c.iter().find(|c| c.2.contains("groundless")).map(|c| (c.0.as_str(), c.1));
    assert_eq!(verdict, Some(("Tomas Verde", Polarity::Deny)), "{c:?}");
}

#[test]
fn a_contrast_with_no_subject_of_its_own_keeps_the_speaker() {
    let c = said(&["Norrick Bank acknowledged the breach but denied that customer data was stolen."]);
    let who: Vec<(&str, Polarity)> = c.iter().map(|c| (c.0.as_str(), c.1)).collect();
    assert_eq!(who, [("Norrick Bank", Polarity::Agree), ("Norrick Bank", Polarity::Deny)], "{c:?}");
}

#[test]
fn a_non_comment_is_no_claim_and_a_familiar_person_is_a_source() {
    let c = said(&["Norrick Bank has not commented on the claims, but a person familiar with the matter said the bank was investigating."]);
    let who: Vec<&str> = c.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(who, ["Person familiar with the matter"], "{c:?}");
}

#[test]
fn the_gang_and_the_hackers_are_the_attackers_named_beside_such_a_noun() {
    let who = |paras: &[&str]| said(paras).last().map(|c| c.0.clone()).unwrap_or_default();
    assert_eq!(who(&["The Grey Heron ransomware gang listed Norrick Bank on its leak site.", "The gang said it had stolen 50GB of data."]), "Grey Heron");
    assert_eq!(who(&["The Grey Heron ransomware gang listed Norrick Bank on its leak site.", "The hackers said they had stolen 50GB of data."]), "Grey Heron");
    // Named after the description, in the next paragraph.
    let c = said(&["Norrick Bank denied the breach after cybercriminals claimed to have its data.", "The Grey Heron ransomware group listed Norrick Bank on its leak site."]);
    assert_eq!(c.last().map(|c| c.0.as_str()), Some("Grey Heron"), "{c:?}");
    // No attackers named: a collective, never the victim.
    assert_eq!(who(&["Norrick Bank was hit on Monday.", "The hackers said they had stolen 50GB of data."]), "Hackers");
}

/// The speaker of the one claim found in `paras`' last paragraph.
fn last_speaker(paras: &[&str]) -> String {
    claims(paras).last().expect("a claim").0.clone()
}

#[test]
fn the_council_speaks_for_the_named_council() {
    let paras = ["Dorran Borough Council fined Halley Waste over missed collections.", "The council said the contract allowed the fine."];
    assert_eq!(last_speaker(&paras), "Dorran Borough Council");
    let paras = ["Dorran Borough Council fined Halley Waste over missed collections.", "Bins will be emptied weekly from June, the council said."];
    assert_eq!(last_speaker(&paras), "Dorran Borough Council");
}

#[test]
fn an_aside_between_commas_leaves_the_speaker_before_it() {
    // A relative clause closed by a comma: the verb after it is not inverted.
    let paras = ["Tax adviser Jonah Pirrell, who has no role in the case, said judges seldom grant such appeals."];
    assert_eq!(last_speaker(&paras), "Jonah Pirrell");
    // A participle aside: the document before it speaks for its filer.
    let paras = [
        "Orvane Foods has sued Maltby Farms over a spoiled shipment.",
        "The lawsuit, filed in a district court in Norwick, alleges that Maltby Farms ignored cold-chain rules.",
    ];
    assert_eq!(last_speaker(&paras), "Orvane Foods");
    // A claim filed in court speaks for its claimant; the words after the
    // verb are what it says, not who.
    let paras = [
        "Orvane Foods has sued Maltby Farms over a spoiled shipment.",
        "The claim, lodged at a county court on Friday, says the farm ignored repeated warnings.",
    ];
    assert_eq!(last_speaker(&paras), "Orvane Foods");
}

#[test]
fn a_lead_that_describes_its_accuser_means_the_body_named_next_not_the_accused() {
    let paras = [
        "A consumer rights group accused Tellan Foods of mislabelling its honey.",
        "The Fair Label Coalition said tests found syrup in six brands sold by Tellan Foods.",
    ];
    assert_eq!(claims(&paras)[0].0, "Fair Label Coalition");
    let paras = [
        "Ridgeway College expelled two students, a decision Norland Testing backed.",
        "\"The rules are clear,\" a Ridgeway spokesperson said.",
        "The spokesperson added that both students had been warned.",
    ];
    assert_eq!(last_speaker(&paras), "Ridgeway College");
    let paras = ["Ridgeway College expelled two students.", "The college said the students had cheated."];
    assert_eq!(last_speaker(&paras), "Ridgeway College");
}

#[test]
fn he_after_a_bodys_spokesman_is_the_body() {
    let paras = [
        "Campaigner Ines Halder said the port had dumped sludge.",
        "A spokesman for the Coastal Waters Agency confirmed it had received her complaint. He declined to say whether inspectors would visit.",
    ];
    assert_eq!(last_speaker(&paras), "Coastal Waters Agency");
    // A person named since is the one meant.
    let paras = [
        "A spokesman for the Coastal Waters Agency confirmed it had received a complaint.",
        "Campaigner Ines Halder said the port had dumped sludge. She said the agency had been slow.",
    ];
    assert_eq!(last_speaker(&paras), "Ines Halder");
}

#[test]
fn a_suit_speaks_for_whoever_brought_it() {
    // "According to …" opening the sentence attributes all of it: the
    // verb after it is what the suit says happened.
    let paras = [
        "Novelist Petra Anselm has sued the Weekly Lantern over a review.",
        "The magazine's lawyer, Colm Varney, said the review was fair comment.",
        "According to the suit, the editor refused to print a correction.",
    ];
    assert_eq!(last_speaker(&paras), "Petra Anselm");
    let paras = [
        "Novelist Petra Anselm has sued the Weekly Lantern over a review.",
        "The magazine's lawyer, Colm Varney, said the review was fair comment.",
        "The lawsuit says the editor ignored two letters.",
    ];
    assert_eq!(last_speaker(&paras), "Petra Anselm");
}
