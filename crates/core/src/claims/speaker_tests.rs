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
        (&["Last week, Sen. Nora Quist (D-Ore.), the vice chair of the Senate Budget Committee, asked the Treasury to explain the delay."], "Nora Quist"),
        (&["Telvana -- one of the largest carriers in the country -- has denied that its systems were breached."], "Telvana"),
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
