//! The checker on arbitrary source and claim: a verdict, a score in [0, 1], and evidence
//! that slices the source; never a panic.
#![no_main]

use factcheck::check::check_claim;
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
    // The source and the claim are separated by the first NUL (no NUL: claim = source's
    // first half, which exercises support).
    let (source, claim) = match text.split_once('\0') {
        Some(pair) => pair,
        None => {
            let mut mid = text.len() / 2;
            while !text.is_char_boundary(mid) {
                mid -= 1;
            }
            (text, &text[..mid])
        }
    };
    let format = match selector % 3 {
        0 => Format::Text,
        1 => Format::Markdown,
        _ => Format::Html,
    };
    let doc = Document::analyse(Source::from_text("fuzz", source.to_string(), format));
    let outcome = check_claim(claim, &[&doc]);
    assert!((0.0..=1.0).contains(&outcome.score), "{outcome:?}");
    for e in &outcome.evidence {
        assert!(e.start <= e.end && e.end <= source.len(), "{e:?}");
        assert_eq!(&source[e.start..e.end], e.text, "{e:?}");
        for &(s, t) in &e.marks {
            assert!(
                s <= t
                    && t <= source.len()
                    && source.is_char_boundary(s)
                    && source.is_char_boundary(t)
            );
        }
    }
});
