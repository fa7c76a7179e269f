//! Who speaks, rule by rule, on invented sentences: appositives that hold
//! a role, asides, "according to" and the descriptions and pronouns that
//! point back to an entity.

use super::tests_support::claims;

/// The speaker of each claim in `paras` ("-" for the writer's voice).
fn who(paras: &[&str]) -> Vec<String> {
    claims(paras).into_iter().map(|c| c.0).collect()
}

#[test]
fn a_role_after_a_named_person_leaves_the_person_speaking() {
    let cases: &[(&[&str], &str)] = &[
        (&["“The suit was expected,” Jake Holm, co-founder and CTO at Brightline Labs, said by email."], "Jake Holm"),
        (&["Last week, Sen. Anna Quist (D-Ore.), the vice chair of the Senate Budget Committee, asked the Treasury to explain the delay."], "Anna Quist"),
        (&["On Monday, Lumio Networks -- one of the largest carriers in the country -- denied that its systems were breached."], "Lumio Networks"),
    ];
    for (paras, want) in cases {
        assert_eq!(who(paras).first().map(String::as_str), Some(*want), "{paras:?}");
    }
}

#[test]
fn according_to_names_the_issuer_or_the_person_in_the_phrase() {
    let cases: &[(&[&str], &str)] = &[
        (&["Ivo Marsh was charged on Friday.", "According to an indictment unsealed today by the Department of Justice, Marsh stole the files in May."], "Department of Justice"),
        (&["According to Lumio security researcher Dara Quill, the flaw let anyone send mail from the company's servers."], "Dara Quill"),
    ];
    for (paras, want) in cases {
        assert_eq!(who(paras).last().map(String::as_str), Some(*want), "{paras:?}");
    }
    // A participle inside the clause "according to" opens is the source's.
    let c = who(&["According to the FBI, Ivo Marsh sent Lumio an email asking the company to pay a ransom."]);
    assert_eq!(c, ["FBI"]);
}

#[test]
fn a_description_naming_a_body_or_place_means_the_person_named_beside_it() {
    let paras = [
        "Quarry Radio host Ivo Marsh said the bureau had read his mail.",
        "The bureau's researcher Lena Brandt said on Monday that a review was under way.",
        "The Quarry Radio host accused the bureau of spying on him.",
        "Ohio Senator Claire Lund criticised the bureau.",
        "The researcher said the review would take months.",
        "A new statement from the Ohio lawmaker praised the review.",
    ];
    assert_eq!(who(&paras), ["Ivo Marsh", "Lena Brandt", "Ivo Marsh", "Claire Lund", "Lena Brandt", "Claire Lund"]);
}

#[test]
fn a_lead_describes_before_it_names() {
    let c = who(&[
        "The top Republican on the Budget Committee says she will press the treasury for answers about Ivo Marsh’s claims.",
        "Sen. Claire Lund (D-Ore.) told the Daily Ledger on Thursday that she plans to write to the treasury.",
    ]);
    assert_eq!(c.first().map(String::as_str), Some("Claire Lund"), "{c:?}");
    let c = who(&["The company said the intruders were selling data stolen from a client.", "French transport giant Lumio has denied that its own data was stolen."]);
    assert_eq!(c.first().map(String::as_str), Some("Lumio"), "{c:?}");
}

#[test]
fn a_description_means_what_the_article_introduced_with_its_noun() {
    // "the group" after "a group called Vexa", though an outlet spoke last.
    let c = who(&[
        "A group called Vexa said it had stolen data from the refinery.",
        "The Harbor Ledger reported that the data was on sale.",
        "The group also said it stole records of 9,000 employees.",
    ]);
    assert_eq!(c.last().map(String::as_str), Some("Vexa"), "{c:?}");
    // "the company" stays the protagonist, also introduced as a company.
    let c = who(&[
        "Software company Lumio has denied paying a ransom.",
        "Lumio said it was working with security company Tessel to help victims.",
        "The company said it is encouraging any victims to come forward.",
    ]);
    assert_eq!(c.last().map(String::as_str), Some("Lumio"), "{c:?}");
    // Not a clause's subject after an adverbial that ends in a name.
    let c = who(&[
        "Lumio Mobile, a wireless company, said some accounts were hijacked.",
        "According to a copy of the message seen by the Harbor Ledger, the company claims that no systems were breached.",
    ]);
    assert_eq!(c.last().map(String::as_str), Some("Lumio Mobile"), "{c:?}");
}

#[test]
fn a_relative_clause_holding_the_verb_speaks_for_the_phrase_before_it() {
    let c = claims(&["Lumio has faced criticism from subscribers, who took to forums to say their accounts had been hacked."]);
    assert_eq!(c.first().map(|c| c.0.as_str()), Some("Subscribers"), "{c:?}");
}

#[test]
fn a_state_body_known_by_its_place_speaks_as_itself() {
    let cases: &[(&str, &str)] = &[
        ("Earlier this month, a U.S. appeals court rejected Lumio’s argument that it was immune.", "U.S. appeals court"),
        ("In July, an Israeli court rejected a case filed by rights groups.", "Israeli court"),
        ("On Wednesday, the Paris prosecutor’s office confirmed it was investigating the spyware.", "Paris prosecutor’s office"),
        ("The U.S. government has also pushed back on that notion, banning trade with the company.", "U.S. government"),
    ];
    for (text, want) in cases {
        assert_eq!(who(&[text]).first().map(String::as_str), Some(*want), "{text}");
    }
    let c = who(&["A report released by a U.S. computer security firm in February said a military unit was behind the attacks."]);
    assert_eq!(c, ["U.S. computer security firm"]);
}

#[test]
fn a_quotation_closed_by_a_speech_verb_is_attributed() {
    let c = who(&["Lumio published a post by Dara Quill, Lumio VP of Integrity.", "“The council is calling for a joint approach to this challenge,” Quill added."]);
    assert_eq!(c.last().map(String::as_str), Some("Dara Quill"), "{c:?}");
}

#[test]
fn collectives_and_unnamed_documents_speak_as_written() {
    let c = who(&[
        "Angry customers took to TalkHub and other forums.",
        "A TalkHub user said on Monday that a charge had appeared on their account.",
        "“I asked them what happened and they asked me for the order number,” the user wrote.",
    ]);
    assert_eq!(c, ["A TalkHub user", "A TalkHub user"]);
    let c = who(&["Various media outlets have alleged that Lumio’s malware was used to monitor journalists."]);
    assert_eq!(c, ["Various media outlets"]);
    let c = who(&["According to court documents, the engineer chose to receive his visa on a separate paper."]);
    assert_eq!(c, ["Court documents"]);
}

#[test]
fn adding_a_thing_inside_a_report_is_not_a_nested_report() {
    let c = who(&["In August, Tessel International warned that Vexa had added a zero-click exploit to its kit."]);
    assert_eq!(c, ["Tessel International"]);
    let c = who(&["Reports have widely identified that “member” as Ivo Marsh."]);
    assert_eq!(c, ["Reports"]);
}

#[test]
fn records_and_verbs_are_no_collective_of_speakers() {
    // Plural records say things without being anyone; an "-s" verb is no
    // plural noun; reports nobody is named for speak for nobody.
    let cases: &[(&[&str], &str)] = &[
        (&["Ostrow Bank was hit last week.", "The emails in the archive hinted at Ostrow Bank's failure to patch its servers."], "-"),
        (&["Pellan Freight issued a statement on Friday.", "The statement goes on to address reports suggesting that Pellan Freight paid the hackers."], "-"),
    ];
    for (paras, want) in cases {
        assert_eq!(who(paras).last().map(String::as_str), Some(*want), "{paras:?}");
    }
}

#[test]
fn blame_drawn_from_someone_is_theirs_not_the_subjects() {
    let cases: &[(&[&str], &str)] = &[
        (&["Halvard Shipping's new tracking app drew sharp criticism from privacy groups."], "Privacy groups"),
        (&["News of the Ostrow leak has drawn a rebuke by those in the banking community."], "Banking community"),
        (&["The Pellan merger drew fire on Monday."], "-"),
    ];
    for (paras, want) in cases {
        assert_eq!(who(paras).first().map(String::as_str), Some(*want), "{paras:?}");
    }
}

#[test]
fn a_people_in_the_plural_speaks_as_a_collective() {
    let cases: &[(&[&str], &str)] = &[
        (&["Many Ukrainians accuse the ministry of hiding the scale of the outage."], "Ukrainians"),
        (&["Some Brazilians said the new tax was unfair."], "Brazilians"),
    ];
    for (paras, want) in cases {
        assert_eq!(who(paras).first().map(String::as_str), Some(*want), "{paras:?}");
    }
}

#[test]
fn people_of_a_named_party_who_do_not_speak_for_it_speak_for_themselves() {
    let cases: &[(&[&str], &str)] = &[
        (&["The policies Mr Karsk's critics have long blamed on him ruined the economy."], "Critics"),
        (&["Ostrow Bank was fined on Monday.", "Ostrow Bank's customers said the fees were unfair."], "Customers"),
        (&["Ostrow Bank was fined on Monday.", "Ostrow Bank's lawyers said the fine was unlawful."], "Ostrow Bank"),
    ];
    for (paras, want) in cases {
        assert_eq!(who(paras).last().map(String::as_str), Some(*want), "{paras:?}");
    }
}

#[test]
fn descriptions_of_bodies_mean_the_body_named() {
    let paras = [
        "The Nordic Food Safety Authority on Tuesday accused Halvard Foods of concealing an outbreak at its Bergen plant.",
        "\"Halvard knew about it,\" said Ingrid Solberg, the authority's director of inspections.",
        "Halvard Foods denied the allegations. In a statement, the company said it had \"acted swiftly\".",
        "\"We reject the findings,\" a Halvard spokesperson told reporters.",
        "The authority said it would decide next month whether to fine the company.",
    ];
    let want = ["Nordic Food Safety Authority", "Ingrid Solberg", "Halvard Foods", "Halvard Foods", "Halvard Foods", "Nordic Food Safety Authority"];
    assert_eq!(who(&paras), want);
    let paras = [
        "The Herald reported in March that the senator had received payments from Corran Builders.",
        "Corran Builders also denied making any payments to the senator. A company spokesman said the firm \"has never paid any public official\".",
    ];
    assert_eq!(who(&paras), ["Herald", "Corran Builders", "Corran Builders"]);
}

#[test]
fn a_persons_body_and_an_answer_in_apposition_speak_for_themselves() {
    let paras = [
        "The agency charged sprinter Kofi Mensah with doping.",
        "Mensah's national federation said it would support the athlete.",
    ];
    assert_eq!(who(&paras).last().map(String::as_str), Some("Mensah's national federation"));
    // One sentence, two claims: the accusation, and the answer to it.
    let c = claims(&["A researcher, Dara Quill, has accused networking firm Quillon Systems of leaving routers open to attack, a claim the company says is overstated."]);
    let got: Vec<(&str, &str)> = c.iter().map(|c| (c.0.as_str(), c.3.as_str())).collect();
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1], ("Quillon Systems", "a claim the company says is overstated."));
    // The same in the plural, with no article.
    for answer in ["allegations the company denies.", "allegations the company called \"entirely false\"."] {
        let c = claims(&[&format!("A tenants' group on Monday accused landlord Brackley Homes of ignoring mould complaints, {answer}")]);
        let got: Vec<(&str, crate::model::Polarity, &str)> = c.iter().map(|c| (c.0.as_str(), c.2, c.3.as_str())).collect();
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[1], ("Brackley Homes", crate::model::Polarity::Deny, answer), "{got:?}");
    }
}

#[test]
fn a_verdict_on_a_claim_is_a_claim_and_a_studio_is_a_company() {
    let c = claims(&[
        "Brightwater Games sued Norrland Digital on Thursday.",
        "The studio said Norrland had blocked its latest game.",
        "Norrland Digital called the suit meritless.",
        "Regulators called the practice reckless.",
        "Norrland called the police on Friday.",
        "A gang called the Grey Heron said it was illegal.",
        "Pellan called the regulator who said fees were unlawful.",
    ]);
    let got: Vec<(&str, crate::model::Polarity)> = c.iter().map(|c| (c.0.as_str(), c.2)).collect();
    use crate::model::Polarity::*;
    assert_eq!(got[1..4], [("Brightwater Games", Assert), ("Norrland Digital", Deny), ("Regulators", Accuse)], "{c:?}");
    // A name given ("a group called …") and a verdict in another clause
    // are no verdicts of the caller.
    assert!(!c.iter().any(|c| c.1.as_deref() == Some("called") && !c.3.contains("meritless") && !c.3.contains("reckless")), "{c:?}");
}

#[test]
fn a_passive_runs_on_past_and() {
    // "was arrested and charged": nobody named charges; the one described
    // as "an Oregon man" is the accused, not the accuser.
    let c = claims(&["Nick Sharp, 36, was charged on Monday.", "An Oregon man and a former employee of Lumio was arrested and charged today with hacking the company's servers."]);
    assert_eq!(c.last().map(|c| (c.0.as_str(), c.2)), Some(("-", crate::model::Polarity::Accuse)), "{c:?}");
}

#[test]
fn an_s_form_after_of_is_a_noun_not_a_verb() {
    // "heads of states potentially targeted": no one "states" here; the
    // hedge makes it a claim of no one.
    let c = claims(&["Lawmakers opened an inquiry after they learned the president topped a list of heads of states potentially targeted by the spyware."]);
    let verbs: Vec<Option<&str>> = c.iter().map(|c| c.1.as_deref()).collect();
    assert!(!verbs.contains(&Some("states")), "{c:?}");
}

#[test]
fn a_name_given_in_a_relative_clause_and_a_verb_phrase_joined_by_and() {
    // "The crew, which calls itself Vexa": the description names its
    // group; "posted … and said" shares the subject before the first verb.
    let c = who(&[
        "A ransomware crew has claimed an attack on Harlow Dairies.",
        "The crew, which calls itself Grey Wren, posted the name of Harlow Dairies on its site on Friday and said it had copied payroll files.",
    ]);
    assert_eq!(c.last().map(String::as_str), Some("Grey Wren"), "{c:?}");
    let c = who(&["Tarla Systems found the flaw in March, published a fix for Bellway Bank and said no customer was affected."]);
    assert_eq!(c, ["Tarla Systems"]);
}

#[test]
fn a_lead_that_describes_a_body_before_naming_it_means_that_body() {
    let c = who(&[
        "A union representing warehouse staff has accused the retailer Corvel of cutting breaks.",
        "The Allied Warehouse Union said on Monday that shifts had grown longer.",
    ]);
    assert_eq!(c.first().map(String::as_str), Some("Allied Warehouse Union"), "{c:?}");
    // Once a body of that kind is named, an indefinite one is not the next.
    let c = who(&["Corvel said the breaks were unchanged.", "A logistics firm said the same on Tuesday.", "Harmon Freight said it agreed."]);
    assert_ne!(c.get(1).map(String::as_str), Some("Harmon Freight"), "{c:?}");
}

#[test]
fn a_name_inside_a_participle_phrase_does_not_speak() {
    let c = who(&["Growers interviewed by the Tarrow Courier said their harvest had failed."]);
    assert_eq!(c, ["Growers"]);
}

#[test]
fn a_possessive_after_said_opens_what_was_said() {
    let c = claims(&[
        "The council has withheld a final payment.",
        "An independent engineer, Helen Osei of Brightwater Consulting, said the review's sample sizes were small.",
    ]);
    let got: Vec<&str> = c.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(got[0], "Helen Osei", "{got:?}");
}

#[test]
fn an_inverted_role_speaks_through_the_person_named_after_it_or_its_body() {
    for (p, want) in [
        ("\"The sample was small,\" said the firm's director, Ana Ruiz.", "Ana Ruiz"),
        ("\"The sample was small,\" said Acme's director, Ana Ruiz.", "Ana Ruiz"),
        ("\"The sample was small,\" said the director, Ana Ruiz.", "Ana Ruiz"),
        ("\"The sample was small,\" said Ana Ruiz, the firm's director.", "Ana Ruiz"),
        ("\"The sample was small,\" said the company's director.", "Acme Labs"),
    ] {
        let c = claims(&["Acme Labs makes test kits.", p]);
        assert_eq!(c.iter().map(|c| c.0.as_str()).collect::<Vec<_>>(), [want], "{p}");
    }
}
