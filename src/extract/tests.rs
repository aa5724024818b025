use super::*;
use crate::source::{Format, Source};

fn doc(text: &str) -> Document {
    Document::analyse(Source::from_text("t.txt", text.to_string(), Format::Text))
}
