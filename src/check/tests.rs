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
