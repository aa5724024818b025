//! Property tests: for any text (news-like or arbitrary, in every format), every fact's
//! span slices the file on char boundaries and equals its `text` (also when the file is
//! read window by window), and so does every piece of evidence; figures written the way news writes them read back their value.

use factcheck::check::{Evidence, check_claim};
use factcheck::extract::quantity::{parse_digits, quantities};
use factcheck::extract::{Document, FactStream, to_json};
use factcheck::source::{Format, Source};
use factcheck::text::tokenize;
use proptest::prelude::*;

/// Pieces news text is made of, including the awkward ones: typographic quotes,
/// fractions, accents, non-Latin script, markup, entities, CRLF, blank lines.
const PIECES: &[&str] = &[
    "Russia",
    "China",
    "the",
    "U.N.",
    "Mr.",
    "Assad",
    "said",
    "who",
    "which",
    "vetoed",
    "will",
    "not",
    "back",
    "killed",
    "over",
    "5,400",
    "people",
    "on",
    "Sunday",
    "in",
    "Syria",
    "about",
    "12",
    "7.8",
    "11½",
    "$4.5bn",
    "64.3%",
    "two",
    "dozen",
    "half",
    "a",
    "million",
    "1,234,567",
    "March",
    "3",
    "2012",
    "“",
    "”",
    "\"",
    "'",
    "’",
    "—",
    "-",
    ",",
    ".",
    "!",
    "?",
    ";",
    ":",
    "(",
    ")",
    "café",
    "Zürich",
    "Москва",
    "العربية",
    "日本",
    "🙂",
    "e\u{301}",
    "\u{feff}",
    "&amp;",
    "&nbsp;",
    "&#8220;",
    "&",
    "&x",
    "&لعربية",
    "<p>",
    "</p>",
    "<script>x</script>",
    "<b>",
    "<!--",
    "-->",
    "# ",
    "**",
    "_",
    "[link](http://x)",
    "![img](y)",
    "> ",
    "- ",
    "```",
    " ",
    " ",
    " ",
    "\n",
    "\r\n",
    "\n\n",
    "\t",
];

fn news_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|pieces| {
        let mut out = String::new();
        for (i, p) in pieces.iter().enumerate() {
            if i > 0 && p.chars().next().is_some_and(char::is_alphanumeric) {
                out.push(' ');
            }
            out.push_str(p);
        }
        out
    })
}

fn any_format() -> impl Strategy<Value = Format> {
    prop_oneof![
        Just(Format::Text),
        Just(Format::Markdown),
        Just(Format::Html)
    ]
}

fn assert_facts_slice_the_file(raw: &str, format: Format) -> Result<(), TestCaseError> {
    let doc = Document::analyse(Source::from_text("p", raw.to_string(), format));
    for f in doc.facts() {
        prop_assert!(f.start <= f.end && f.end <= raw.len(), "{f:?}");
        prop_assert!(
            raw.is_char_boundary(f.start) && raw.is_char_boundary(f.end),
            "{f:?}"
        );
        prop_assert_eq!(&raw[f.start..f.end], f.text.as_str());
        prop_assert!(f.line >= 1 && f.column >= 1);
    }
    Ok(())
}

fn assert_evidence_slices(raw: &str, evidence: &[Evidence]) -> Result<(), TestCaseError> {
    for e in evidence {
        prop_assert!(e.start <= e.end && e.end <= raw.len(), "{e:?}");
        prop_assert!(
            raw.is_char_boundary(e.start) && raw.is_char_boundary(e.end),
            "{e:?}"
        );
        prop_assert_eq!(&raw[e.start..e.end], e.text.as_str());
        for &(s, t) in &e.marks {
            prop_assert!(s <= t && t <= raw.len(), "{e:?}");
            prop_assert!(raw.is_char_boundary(s) && raw.is_char_boundary(t), "{e:?}");
        }
    }
    Ok(())
}

/// `n` with thousands separators, as news writes it: 5400 → "5,400".
fn with_separators(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn fact_spans_slice_news_like_text(text in news_text(), format in any_format()) {
        assert_facts_slice_the_file(&text, format)?;
    }

    #[test]
    fn windowed_facts_slice_the_file_in_order(
        text in news_text(),
        format in any_format(),
        window in 1usize..200,
    ) {
        let source = Source::unsplit("p", text.clone(), format);
        let windows = source.windows(window);
        prop_assert_eq!(windows.first().map(|w| w.start), Some(0));
        prop_assert_eq!(windows.last().map(|w| w.end), Some(source.text().len()));
        for pair in windows.windows(2) {
            prop_assert_eq!(pair[0].end, pair[1].start);
        }
        for w in &windows {
            prop_assert!(w.start < w.end || source.text().is_empty(), "{w:?}");
            prop_assert!(source.text().is_char_boundary(w.start) && source.text().is_char_boundary(w.end));
        }
        let json: serde_json::Value =
            serde_json::from_str(&to_json(&FactStream::new(source, window))).expect("JSON");
        // In source order, with sentence numbers of the whole file.
        let (mut last_start, mut last_sentence) = (0, 0);
        for f in json["facts"].as_array().into_iter().flatten() {
            let (start, end) = (f["start"].as_u64().unwrap_or(0) as usize, f["end"].as_u64().unwrap_or(0) as usize);
            prop_assert!(start <= end && end <= text.len(), "{f}");
            prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "{f}");
            prop_assert_eq!(&text[start..end], f["text"].as_str().unwrap_or_default());
            let sentence = f["sentence"].as_u64().unwrap_or(0) as usize;
            prop_assert!(start >= last_start && sentence >= last_sentence, "{f}");
            (last_start, last_sentence) = (start, sentence);
        }
    }

    #[test]
    fn fact_spans_slice_arbitrary_text(text in any::<String>(), format in any_format()) {
        assert_facts_slice_the_file(&text, format)?;
    }

    #[test]
    fn evidence_spans_slice_the_source(
        source in news_text(),
        claim in news_text(),
        format in any_format(),
    ) {
        let doc = Document::analyse(Source::from_text("p", source.clone(), format));
        let outcome = check_claim(&claim, &[&doc]);
        prop_assert!((0.0..=1.0).contains(&outcome.score), "{outcome:?}");
        assert_evidence_slices(&source, &outcome.evidence)?;
        for part in &outcome.parts {
            assert_evidence_slices(&source, &part.evidence)?;
        }
    }

    #[test]
    fn a_sentence_of_the_source_supports_itself_with_evidence_on_disk(
        source in news_text(),
        format in any_format(),
    ) {
        let doc = Document::analyse(Source::from_text("p", source.clone(), format));
        if let Some(s) = doc.source.content_sentences().next() {
            let claim = doc.source.sentence_text(s).to_string();
            let outcome = check_claim(&claim, &[&doc]);
            assert_evidence_slices(&source, &outcome.evidence)?;
        }
    }

    #[test]
    fn whole_numbers_with_separators_round_trip(n in 0u64..1_000_000_000_000) {
        let written = with_separators(n);
        let (value, significant) = parse_digits(&written).expect("parses");
        prop_assert_eq!(value, n as f64, "{}", written);
        let digits = n.to_string();
        let expected = digits.trim_end_matches('0').len().max(1) as u32;
        prop_assert_eq!(significant, expected, "{}", written);
    }

    #[test]
    fn decimals_round_trip(whole in 0u64..1_000_000, frac in 0u32..1000, places in 1usize..=3) {
        let frac = frac % 10u32.pow(places as u32);
        let written = format!("{}.{:0width$}", with_separators(whole), frac, width = places);
        let (value, _) = parse_digits(&written).expect("parses");
        let expected: f64 = format!("{whole}.{frac:0places$}").parse().expect("float");
        prop_assert!((value - expected).abs() <= expected.abs() * 1e-12, "{written}: {value} != {expected}");
    }

    #[test]
    fn figures_in_sentences_read_back_their_value(
        n in 1u64..1_000_000_000,
        decimal in proptest::option::of(1u32..10),
    ) {
        let written = match decimal {
            Some(d) => format!("{}.{d}", with_separators(n)),
            None => with_separators(n),
        };
        let expected: f64 = written.replace(',', "").parse().expect("float");
        let sentence = format!("Officials said {written} people were displaced by the floods.");
        let found = quantities(&tokenize(&sentence, 0), &[]);
        let q = found.iter().find(|q| q.value.is_some()).expect("a figure");
        prop_assert_eq!(q.value, Some(expected), "{}", sentence);
        prop_assert_eq!(q.counted.as_deref(), Some("people"), "{}", sentence);
        prop_assert_eq!(&sentence[q.start..q.end], written.as_str());
    }
}
