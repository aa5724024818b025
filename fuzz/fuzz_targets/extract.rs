//! Extraction: any text has facts (possibly none), and every fact's span slices the file
//! on char boundaries and equals its text.
#![no_main]

use factcheck::extract::Document;
use factcheck::source::{Format, Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let format = match selector % 3 {
        0 => Format::Text,
        1 => Format::Markdown,
        _ => Format::Html,
    };
    let doc = Document::analyse(Source::from_text("fuzz", text.to_string(), format));
    assert_eq!(doc.sentences.len(), doc.source.sentences.len());
    for f in doc.facts() {
        assert!(f.start <= f.end && f.end <= text.len(), "{f:?}");
        assert!(
            text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
            "{f:?}"
        );
        assert_eq!(&text[f.start..f.end], f.text, "{f:?}");
        assert!(f.line >= 1 && f.column >= 1);
        assert!(f.sentence < doc.sentences.len());
    }
});
