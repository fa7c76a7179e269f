//! Attribution in the patterns news prose uses, on invented sentences.

use super::*;
use tests_support::claims;

fn who(paras: &[&str]) -> Vec<String> {
    claims(paras).into_iter().map(|c| c.0).collect()
}

#[test]
fn quote_first_attributions() {
    assert_eq!(
        who(&["Minister Anna Holt spoke on Monday.", "“We will respond in kind,” said Anna Holt, the defence minister.", "“It is a matter of time,” she said."]),
        ["Anna Holt", "Anna Holt"]
    );
    assert_eq!(who(&["“The data shows it,” Ivan Petrov from the Moscow Institute told the newspaper."]), ["Ivan Petrov"]);
    assert_eq!(
        who(&["“It matters,” Deputy Minister Lars Olsen, who spoke at the summit, was quoted as saying."]),
        ["Lars Olsen"]
    );
}

#[test]
fn the_words_after_an_inverted_verb_are_not_its_speaker_when_they_are_a_clause() {
    let c = claims(&[
        "Officials at Darktrace briefed reporters.",
        "Thomas Reed, a professor at Oxford University, said the case showed how hard it was to punish state hackers.",
        "“We are ready,” said he.",
    ]);
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(c[0].0, "Thomas Reed");
    assert_eq!(c[1].0, "Thomas Reed", "a lone pronoun after the verb still speaks");
}

#[test]
fn a_subordinate_clause_has_its_own_subject() {
    let c = claims(&[
        "Germany summoned Russia’s ambassador after federal prosecutors concluded that a group linked to Moscow was behind the attack.",
        "The talks stalled because China denied the claims.",
        "Maria Lind, after meeting Oleg Sokolov in Geneva, said the talks had been useful.",
        "Officials once again said the talks had failed.",
    ]);
    assert_eq!(c[0].0, "Federal prosecutors", "{c:?}");
    assert_eq!((c[1].0.as_str(), c[1].2), ("China", Polarity::Deny), "{c:?}");
    assert_eq!(c[2].0, "Maria Lind", "an aside between commas is not the clause: {c:?}");
    assert_eq!(c[3].0, "Officials", "{c:?}");
}

#[test]
fn subject_verb_with_adverbials_appositives_and_relatives() {
    let c = claims(&[
        "In March, Russia’s foreign minister, Oleg Sokolov, said both sides should stop the war of words.",
        "Maria Lind, founder and CEO of Nordlys Labs, a security company, described the move as pragmatic.",
        "Iran, which officially opposes hacking, has also claimed that it is the victim of attacks from Israel.",
        "The Iranian embassy in Paris dismissed the claims as fabricated.",
        "In a statement, the embassy said Iran opposes all hacking.",
        "Lena Berg, a researcher at the Nordic Policy Institute (NPI), said: “It was expected.”",
    ]);
    assert_eq!((c[3].0.as_str(), c[3].2), ("Iranian embassy", Polarity::Deny));
    assert_eq!(c[4].0, "Iranian embassy");
    assert_eq!(c[5].0, "Lena Berg");
    assert_eq!(c[0].0, "Oleg Sokolov");
    assert_eq!(c[0].2, Polarity::Other);
    assert_eq!(c[1].0, "Maria Lind");
    assert_eq!(c[2].0, "Iran");
    assert_eq!(c[2].2, Polarity::Accuse);
}

#[test]
fn inverted_nested_nominal_and_according_to() {
    let c = claims(&[
        "The forum will ease tensions, revealed Bloomberg, which first reported the move.",
        "Techwatch reports that Helen Park said that Japan and Canada agree on standards.",
        "The leak gave Japan an argument to counter Canadian complaints that it steals trade secrets from Canada.",
        "The talks went well, according to Reuters.",
        "Hackers hit the grid, according to reports.",
    ]);
    assert_eq!(c[0].0, "Bloomberg");
    assert_eq!(c[1].0, "Helen Park");
    assert_eq!(c[1].2, Polarity::Agree);
    assert_eq!(c[2].0, "Canada");
    assert_eq!(c[2].2, Polarity::Accuse);
    assert_eq!(c[3].0, "Reuters");
    assert_eq!((c[4].0.as_str(), c[4].1.as_deref()), ("-", Some("according to reports")));
}

#[test]
fn pronouns_groups_descriptions_and_continuations() {
    let c = claims(&[
        "The Daily Courier said the sites were hacked.",
        "It claimed that the breach began in May.",
        "Officials concerned allegedly told the Courier that talks would go on.",
        "In addition, 40 sites were hit from abroad, the English-language daily said.",
        "“The two sides agreed to meet again before the next round of talks.”",
        "Chinese state media said the talks went well.",
    ]);
    let who: Vec<&str> = c.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(who, ["Daily Courier", "Daily Courier", "Officials", "Daily Courier", "Daily Courier", "Chinese state media"]);
    assert_eq!(c[4].1, None);
}

#[test]
fn role_phrases_reports_and_pronouns_after_according_to() {
    let c = claims(&[
        "A spokeswoman for the Russian embassy in Berlin said the claims were unfounded.",
        "According to a report by the German newspaper Der Spiegel, investigators named a suspect.",
        "FBI Director Anne Lowe spoke on Monday. According to her, the hackers had operated for years.",
        "The Justice Department has charged two Iranian nationals with hacking the utility.",
    ]);
    assert_eq!(c[0].0, "Spokeswoman for the Russian embassy in Berlin");
    assert_eq!(c[0].2, Polarity::Deny);
    assert_eq!(c[1].0, "Der Spiegel");
    assert_eq!(c[2].0, "Anne Lowe");
    assert_eq!((c[3].0.as_str(), c[3].2), ("Department of Justice", Polarity::Accuse));
}

#[test]
fn passives_hedges_non_responses_and_sources() {
    let c = claims(&[
        "The group is widely believed to be part of the Lakeland military.",
        "The Iranian embassy did not respond to a request for comment.",
        "Harlow Bank did not respond.",
        "Although no group claimed responsibility, the blast raised fears of more attacks.",
        "Nobody has said who paid for the tools.",
        "People familiar with the matter said the talks had stalled.",
        "An Ohio man was arrested and charged today with hacking his employer.",
        "Norvik reportedly paid the ransom before the deadline.",
        "The firm seems to be aware of the flaw but has not fixed it.",
    ]);
    let who: Vec<(&str, Option<&str>)> = c.iter().map(|c| (c.0.as_str(), c.1.as_deref())).collect();
    // A hedge reports without a source; a non-response, or a report by
    // nobody, is no claim.
    assert_eq!(
        who,
        [
            ("-", Some("is widely believed")),
            ("People familiar with the matter", Some("said")),
            ("-", Some("was arrested and charged")),
            ("-", Some("reportedly")),
            ("-", Some("seems")),
        ],
        "{c:?}"
    );
}

#[test]
fn lead_ins_blocks_and_split_sentences() {
    let c = claims(&[
        "Norvik Telecom said in a statement on Monday:",
        "Norvik Telecom is aware of an issue affecting some accounts. No payment systems were breached.",
        "If you see a charge you do not recognise, please contact us.",
        "The outage began on Friday.",
        "Many customers said the attacks were still going on, but the company denied a breach.",
        "Dana Ruiz, who has accused the carrier of negligence, said she would sue.",
        "The researcher advised:",
        "Asked about a fix, Dana Ruiz told the Ledger,",
    ]);
    let who: Vec<&str> = c.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(who, ["Norvik Telecom", "Norvik Telecom", "Norvik Telecom", "Norvik Telecom", "Many customers", "Norvik Telecom", "Dana Ruiz"], "{c:?}");
    // The quoted paragraph splits where its polarity changes.
    assert_eq!((c[1].2, c[2].2), (Polarity::Agree, Polarity::Deny), "{c:?}");
    assert_eq!(c[5].3, "but the company denied a breach.");
    assert_eq!(c[5].2, Polarity::Deny);
}

#[test]
fn narrative_sentences_give_no_claim_but_evaluations_do() {
    let c = claims(&[
        "The two countries have traded barbs on the subject for months.",
        "Officials and executives attended the forum in Oslo.",
        "However, it would be naïve to think that Norway and Sweden are at peace.",
    ]);
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "-");
}

#[test]
fn descriptions_collectives_and_the_first_person() {
    let c = claims(&[
        "Bug bounty hunter Mira Kovac found a flaw in Telvana's billing system.",
        "The researcher who found the flaw warns it can be abused.",
        "In a post on Fenwick, a Telvana spokesperson said the flaw was minor.",
        "“Our review shows no customer data was exposed,” the company said.",
        "One Fenwick user wrote that the bills were still wrong.",
        "Kovac said that Telvana was ignoring the reports she sent, which it said it had read.",
    ]);
    let who: Vec<&str> = c.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(who, ["Mira Kovac", "Telvana", "Telvana", "One Fenwick user", "Mira Kovac"], "{c:?}");
}

#[test]
fn headings_update_notes_and_hypotheticals_report_nothing() {
    let c = claims(&[
        "Telvana Denies Breach Claims",
        "Update 9:40 AM: Telvana said the outage was over.",
        "Imagine getting a message from Telvana saying your bill is due.",
        "Some of the posts may have misled thousands of readers.",
        "Attackers can potentially send phishing emails to millions of users.",
        "The regulator in Ostland fined Telvana €2 million, along with the privacy office in Westland fining the company €600,000.",
    ]);
    let got: Vec<(&str, Option<&str>)> = c.iter().map(|c| (c.0.as_str(), c.1.as_deref())).collect();
    assert_eq!(got.len(), 3, "{c:?}");
    assert_eq!(got[0], ("-", Some("may have")));
    assert!(c[2].3.starts_with("along with"), "a second actor and act is a claim of its own: {c:?}");
}

#[test]
fn objects_are_not_inverted_speakers_and_one_more_of_a_collective() {
    let c = claims(&[
        "Last week, Jo Park asked Director Lee Amos to explain.",
        "Several customers said the app was down.",
        "Another said the bills were wrong.",
    ]);
    let who: Vec<&str> = c.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(who, ["Jo Park", "Several customers", "Several customers"], "{c:?}");
    // A lead that describes before it names.
    let c = claims(&["The analyst who first spotted the leak said it was old.", "Dana Voss, an analyst at Brightline, later wrote a report."]);
    assert_eq!(c[0].0, "Dana Voss", "{c:?}");
}

#[test]
fn an_accusation_naming_nobody_is_about_the_article_s_protagonist() {
    let (_, out, ents) = tests_support::extracted(&[
        "Telvana Telecom said its billing system was working again.",
        "Telvana Telecom added that it was reviewing its logs.",
        "A ransomware gang called Quartz said it had stolen customer records and threatened to leak them.",
    ]);
    let last = out.last().expect("the gang's claim");
    let names: Vec<&str> = last.about.iter().map(|&e| ents.entities[e].name.as_str()).collect();
    assert!(names.contains(&"Telvana Telecom"), "{names:?} {out:?}");
}

// ---- Claim spans and what counts as a claim (quotations, blocks,
// signatures, lead-ins, narrative that only looks reported). ----

/// The claim texts extracted from `paras`.
fn texts(paras: &[&str]) -> Vec<String> {
    claims(paras).into_iter().map(|c| c.3).collect()
}

#[test]
fn claim_spans_follow_the_rule_book() {
    // (paragraphs, the claim texts expected, what the case is about)
    let cases: &[(&[&str], &[&str], &str)] = &[
        (
            &["“We have been reviewing the matter with outside experts since March. The claims made against us are false,” Norvik said."],
            &["“We have been reviewing the matter with outside experts since March.", "The claims made against us are false,” Norvik said."],
            "a quotation is cut where it turns to a denial",
        ),
        (
            &["“The report about our network is not accurate and we deny it. In fact, our own audit of every server found nothing of the kind,” Norvik said."],
            &["“The report about our network is not accurate and we deny it. In fact, our own audit of every server found nothing of the kind,” Norvik said."],
            "'In fact' goes on with the denial it supports",
        ),
        (
            &["Norvik said on Friday that its stores were open.", "If your card was charged twice, please call us and we will refund you in full. —Norvik’s Friday statement"],
            &["Norvik said on Friday that its stores were open.", "If your card was charged twice, please call us and we will refund you in full. —Norvik’s Friday statement"],
            "a closing dash signs the statement",
        ),
        (
            &["Norvik Telecom said its stores were open.", "Going forward, every order will need a second code sent to your phone.", "Norvik Telecom"],
            &["Norvik Telecom said its stores were open.", "Going forward, every order will need a second code sent to your phone."],
            "a lone cite line signs the paragraph above it",
        ),
        (
            &["Norvik Telecom said its stores were open.", "From Norvik Telecom’s statement on Monday: “We have found no sign that any of our systems were breached.”"],
            &["Norvik Telecom said its stores were open.", "From Norvik Telecom’s statement on Monday: “We have found no sign that any of our systems were breached.”"],
            "a quotation introduced by where it comes from",
        ),
        (
            &["The risk is real because the same passwords are reused everywhere, the researcher Dana Voss pointed out:", "“Nobody checks them.”"],
            &["The risk is real because the same passwords are reused everywhere, the researcher Dana Voss pointed out:", "“Nobody checks them.”"],
            "a lead-in with content of its own before its verb is a claim",
        ),
        (
            &["Halvor Bank has made three claims against Norvik, specifically:", "Breach of contract", "Unjust enrichment"],
            &["Breach of contract", "Unjust enrichment"],
            "a counted lead-in announces its list and is no claim",
        ),
        (
            &["Dana Voss reported the flaw to Norvik, for which the company refused to acknowledge."],
            &["Dana Voss reported the flaw to Norvik", "for which the company refused to acknowledge."],
            "a relative clause with an act of its own is a second claim",
        ),
        (
            &["Norvik Telecom said its stores were open on Sunday, adding that its staff had restocked the shelves."],
            &["Norvik Telecom said its stores were open on Sunday, adding that its staff had restocked the shelves."],
            "'adding that' in the same polarity stays one claim",
        ),
    ];
    for (paras, want, why) in cases {
        assert_eq!(texts(paras), *want, "{why}");
    }
}

#[test]
fn narrative_that_only_looks_reported_is_no_claim() {
    let cases: &[(&[&str], &str)] = &[
        (&["The fake page had a form asking visitors for their card numbers."], "a participle describing a noun"),
        (&["Dana Voss criticised the lock.", "He’s talking about the firmware: unsigned code runs at boot."], "the writer's gloss"),
        (&["The review will look at whether any officials asked for the files."], "an embedded question"),
        (&["For safety reasons, the researcher did not disclose the vulnerable address."], "a withheld disclosure"),
        (&["Dana Voss sent me a message that appeared to come from the bank."], "the writer's own experience"),
        (&["Mayor Ilse Brandt was asked by a reporter what the plan would be."], "a question put to someone"),
        (&["The leak held invoices, network diagrams, analysis reports, unit prices and more."], "a plural noun in a list"),
    ];
    for (paras, why) in cases {
        let got = texts(paras);
        assert!(!got.iter().any(|t| t == paras.last().expect("a paragraph")), "{why}: {got:?}");
    }
}

#[test]
fn closing_speech_verbs_and_passive_rejections_are_claims() {
    let got = texts(&["That ruling probably cleared the way for the suit, analysts noted."]);
    assert_eq!(got.len(), 1, "a speech verb closing the sentence: {got:?}");
    let c = claims(&["Dana Voss said she had reported the bug to Norvik.", "However, her report was rejected as out of scope."]);
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(c[1].1.as_deref(), Some("was rejected"), "a passive rejection is a hedged report: {c:?}");
}

#[test]
fn a_quotation_nested_in_a_quotation_does_not_end_it() {
    let got = texts(&["“The vendor tried to wall the app off behind a so-called “shield” called Bastion. But walls like that rarely hold for long,” Dana Voss wrote."]);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].ends_with("Dana Voss wrote."), "{got:?}");
}

#[test]
fn conditions_and_noun_forms_do_not_cut_or_report() {
    // A conditional sentence inside a quotation does not turn it.
    let got = texts(&["“We do not want to tip our hand to the gangs behind these attacks. If the agreement is not for that reason, that is disappointing,” Dana Voss said."]);
    assert_eq!(got.len(), 1, "{got:?}");
    // "sanctions" after a verb is the noun.
    let got = texts(&["He flew to Valdoria to teach officials how to move money and evade sanctions."]);
    assert!(got.is_empty(), "{got:?}");
    // The participle after a noun phrase that a verb ends is no report.
    let got = texts(&["That fake email had a form asking the reader for a card number."]);
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_statement_s_promise_to_the_reader_is_no_denial() {
    let c = claims(&["Norvik Telecom said on Friday:", "If there is a wrong charge on your bill, you will not be held liable and it will be refunded."]);
    let last = c.last().expect("the block's sentence");
    assert_eq!(last.0, "Norvik Telecom", "{c:?}");
    assert_ne!(last.2, Polarity::Deny, "{c:?}");
}

#[test]
fn an_opening_according_to_reports_what_follows_the_source() {
    let c = claims(&[
        "According to court filings, Dario Vance stole the designs from his employer.",
        "According to Ostrava Labs, no customer data was stolen in the intrusion.",
        "The intruders stole payroll files from Kestrel Bank, according to Ostrava Labs.",
    ]);
    assert_eq!(c.len(), 3, "{c:?}");
    assert_eq!(c[0].2, Polarity::Accuse, "{:?}", c[0]);
    assert_eq!(c[1].2, Polarity::Deny, "{:?}", c[1]);
    assert_eq!(c[2].2, Polarity::Accuse, "{:?}", c[2]);
}

#[test]
fn a_quotation_introduced_by_its_document_names_the_document_as_its_verb() {
    let c = claims(&["Norvik Telecom said its stores were open.", "From Norvik Telecom’s Monday statement on its blog: “We have found no sign that any of our systems were breached.”"]);
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!((c[1].0.as_str(), c[1].1.as_deref()), ("Norvik Telecom", Some("statement")));
}
