//! The source loaders (text, Markdown, HTML): every sentence and token lies on char
//! boundaries of the cleaned text, and every span maps back inside the file.
#![no_main]

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
    let src = Source::from_text("fuzz", text.to_string(), format);
    assert_eq!(src.raw(), text);
    for s in &src.sentences {
        assert!(s.start <= s.end && s.end <= src.text().len());
        assert!(src.text().is_char_boundary(s.start) && src.text().is_char_boundary(s.end));
        for t in &s.tokens {
            assert!(s.start <= t.start && t.start <= t.end && t.end <= s.end);
            assert!(src.text().is_char_boundary(t.start) && src.text().is_char_boundary(t.end));
        }
        let loc = src.locate(s.start, s.end);
        assert!(loc.start <= loc.end && loc.end <= src.raw().len());
        assert!(src.raw().is_char_boundary(loc.start) && src.raw().is_char_boundary(loc.end));
        assert!(loc.line >= 1 && loc.column >= 1);
        let _ = src.raw_line(loc.line);
    }
});
