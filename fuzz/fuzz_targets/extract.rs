//! Extraction: any text has facts (possibly none), every fact's span slices the file on
//! char boundaries and equals its text, and `extract`'s JSON writes each fact as
//! serde_json does.
#![no_main]

use factcheck::extract::{Document, FactList, to_json};
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
    let facts = doc.facts();
    for f in &facts {
        assert!(f.start <= f.end && f.end <= text.len(), "{f:?}");
        assert!(
            text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
            "{f:?}"
        );
        assert_eq!(&text[f.start..f.end], f.text, "{f:?}");
        assert!(f.line >= 1 && f.column >= 1);
        assert!(f.sentence < doc.sentences.len());
    }
    let json = to_json(&FactList {
        facts: facts.clone(),
    });
    let lines: Vec<&str> = json.lines().collect();
    if !facts.is_empty() {
        for (line, fact) in lines[2..lines.len() - 2].iter().zip(&facts) {
            let written = line.trim_start().trim_end_matches(',');
            assert_eq!(written, serde_json::to_string(fact).expect("a fact serialises"));
        }
        assert_eq!(lines.len(), facts.len() + 4);
    }
});
