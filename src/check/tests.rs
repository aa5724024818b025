use super::*;
use crate::extract::Document;
use crate::source::{Format, Source};

fn doc(text: &str) -> Document {
    Document::analyse(Source::from_text("t.txt", text.to_string(), Format::Text))
}

fn verdict(source: &str, claim: &str) -> Verdict {
    let d = doc(source);
    check_claim(claim, &[&d]).verdict
}

const TOLL: &str = "Since then, violence has intensified, killing over 5,400 people in total, with 80 dead in clashes on Sunday alone.";

#[test]
fn quantity_entailment_follows_the_issue() {
    assert_eq!(verdict(TOLL, "more than 5,000 killed"), Verdict::Supported);
    assert_eq!(verdict(TOLL, "at least 5,400 killed"), Verdict::Supported);
    assert_eq!(verdict(TOLL, "about 5,400 killed"), Verdict::Supported);
    assert_eq!(verdict(TOLL, "thousands killed"), Verdict::Supported);
    assert_eq!(verdict(TOLL, "over 10,000 killed"), Verdict::Contradicted);
    assert_eq!(
        verdict(TOLL, "fewer than 5,000 died"),
        Verdict::Contradicted
    );
}

#[test]
fn a_figure_is_compared_with_the_figure_it_is_about() {
    assert_eq!(
        verdict(TOLL, "80 people died in clashes on Sunday"),
        Verdict::Supported
    );
    assert_eq!(
        verdict(TOLL, "200 people died in clashes on Sunday"),
        Verdict::Contradicted
    );
}

#[test]
fn negation_flips_the_verdict() {
    let src = "Russia will not back a new draft resolution on Syria.";
    assert_eq!(
        verdict(src, "Russia will back the new draft resolution"),
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(src, "Russia won't back the new draft resolution"),
        Verdict::Supported
    );
    let src = "Russia will back a new draft resolution on Syria.";
    assert_eq!(
        verdict(src, "Russia will not back the draft resolution"),
        Verdict::Contradicted
    );
}

#[test]
fn antonyms_contradict() {
    assert_eq!(
        verdict(TOLL, "violence has eased since then"),
        Verdict::Contradicted
    );
    assert_eq!(
        verdict(TOLL, "violence has intensified since then"),
        Verdict::Supported
    );
}

#[test]
fn another_day_contradicts() {
    assert_eq!(
        verdict(TOLL, "80 dead in clashes on Monday"),
        Verdict::Contradicted
    );
}

#[test]
fn conjunction_parts_are_supported() {
    let src = "Russia and China placed a rare double veto on the first draft resolution last year.";
    assert_eq!(
        verdict(src, "China placed a veto on the first draft resolution"),
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            src,
            "Russia and China vetoed the first draft resolution this year"
        ),
        Verdict::Contradicted
    );
}

#[test]
fn attribution_may_be_dropped_but_not_changed() {
    let src = "\"The draft calls on member states to stop arms deliveries,\" Gennady Gatilov told Interfax.";
    assert_eq!(
        verdict(
            src,
            "The draft calls on member states to stop arms deliveries"
        ),
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            src,
            "Gatilov said the draft calls on member states to stop arms deliveries"
        ),
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            src,
            "Bashar al-Assad said the draft calls on member states to stop arms deliveries"
        ),
        Verdict::Contradicted
    );
}

#[test]
fn unrelated_claims_are_missing() {
    assert_eq!(
        verdict(TOLL, "Vladimir Putin visited Paris"),
        Verdict::Missing
    );
    assert_eq!(verdict(TOLL, ""), Verdict::Missing);
}

#[test]
fn several_sentences_take_the_worst_part() {
    let d = doc(TOLL);
    let out = check_claim(
        "Violence has intensified. Over 10,000 people were killed.",
        &[&d],
    );
    assert_eq!(out.verdict, Verdict::Contradicted);
    assert_eq!(out.parts.len(), 2);
    assert_eq!(out.parts[0].verdict, Verdict::Supported);
    assert!(out.reason.starts_with("part 2 of 2"), "{}", out.reason);
}

#[test]
fn several_sources_contradiction_wins() {
    let a = doc("At least 112 people died in the fire.");
    let b = doc("At least 87 people died in the fire.");
    let out = check_claim("At least 112 people died in the fire", &[&a, &b]);
    assert_eq!(out.verdict, Verdict::Contradicted);
    assert!(out.reason.contains("supports it"), "{}", out.reason);
    let out = check_claim("At least 112 people died in the fire", &[&a]);
    assert_eq!(out.verdict, Verdict::Supported);
}

#[test]
fn several_sources_say_which_said_what() {
    let named = |name: &str, text: &str| {
        Document::analyse(Source::from_text(name, text.to_string(), Format::Text))
    };
    let a = named("v1.txt", "At least 87 people died in the fire.");
    let b = named("v2.txt", "At least 112 people died in the fire.");
    let out = check_claim("At least 112 people died in the fire", &[&a, &b]);
    assert_eq!(out.verdict, Verdict::Contradicted);
    assert!(out.reason.starts_with("v1.txt: "), "{}", out.reason);
    assert!(
        out.reason.ends_with("but v2.txt line 1 supports it"),
        "{}",
        out.reason
    );
    let out = check_claim("At least 87 people died in the fire", &[&a, &b]);
    assert_eq!(out.verdict, Verdict::Supported);
    assert!(out.reason.starts_with("v1.txt: "), "{}", out.reason);
}

#[test]
fn a_title_before_a_name_is_not_part_of_it() {
    let src = "\"We will not stop until everyone is found,\" Mayor Ahmet Yilmaz told reporters.";
    assert_eq!(
        verdict(
            src,
            "Mayor Ahmet Yilmaz said they would not stop until everyone is found."
        ),
        Verdict::Supported
    );
    assert_eq!(
        verdict(
            src,
            "Mayor Ahmed Yilmaz said they would not stop until everyone is found."
        ),
        Verdict::Contradicted
    );
}

#[test]
fn a_headline_figure_is_not_compared_with_what_it_names() {
    // "a magnitude 6.4 earthquake" counts no victims of the earthquake.
    let src = "At least 87 people were killed when a magnitude 6.4 earthquake struck the province on Sunday.";
    assert_eq!(
        verdict(src, "Earthquake Kills at Least 87 in Province"),
        Verdict::Supported
    );
    assert_eq!(
        verdict(src, "Earthquake Kills at Least 300 in Province"),
        Verdict::Contradicted
    );
}

#[test]
fn evidence_points_into_the_file() {
    let text = "Title here\n\nFirst line.\nThe river rose by two metres on Sunday.\n";
    let d = doc(text);
    let out = check_claim("the river rose two metres on Sunday", &[&d]);
    assert_eq!(out.verdict, Verdict::Supported);
    let e = &out.evidence[0];
    assert_eq!((e.line, e.column), (4, 1));
    assert_eq!(&text[e.start..e.end], e.text);
}

#[test]
fn lower_cased_tokenised_claims_work() {
    let src = "The man, who's 45, didn't attend the hearing in New York on Tuesday.";
    assert_eq!(
        verdict(
            src,
            "the man did n't attend the hearing in new york on tuesday ."
        ),
        Verdict::Supported
    );
}

#[test]
fn comparisons_rank_two_parties() {
    let read = |text: &str| {
        let tokens = crate::text::tokenize(text, 0);
        super::comparison::comparisons(&tokens)
            .into_iter()
            .map(|c| (c.higher.text, c.lower.text))
            .collect::<Vec<_>>()
    };
    let pair = |h: &str, l: &str| vec![(h.to_string(), l.to_string())];
    assert_eq!(
        read("Older residents were twice as likely as younger ones to move."),
        pair("older residents", "younger")
    );
    assert_eq!(
        read("Tenants were less likely than owners to pay."),
        pair("owners", "tenants")
    );
    assert_eq!(
        read("Girls were half as likely as boys to walk."),
        pair("boys", "girls")
    );
    assert_eq!(
        read("Nurses outnumbered doctors."),
        pair("nurses", "doctors")
    );
    assert_eq!(
        read("Doctors were outnumbered by nurses."),
        pair("nurses", "doctors")
    );
    assert_eq!(
        read("There were fewer doctors than nurses."),
        pair("nurses", "doctors")
    );
    assert_eq!(read("Women were more likely to vote."), pair("women", ""));
    assert_eq!(
        read("Rural schools were smaller than city schools."),
        pair("rural schools", "city schools")
    );
    // No ranking: equal, or no party before the comparative.
    assert!(read("Girls were as likely as boys to walk.").is_empty());
    assert!(read("He scored twice as Lillestad won.").is_empty());
}
