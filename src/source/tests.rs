use super::*;

fn texts(src: &Source) -> Vec<&str> {
    src.sentences.iter().map(|s| src.sentence_text(s)).collect()
}

fn text(raw: &str) -> Source {
    Source::from_text("t.txt", raw.to_string(), Format::Text)
}

#[test]
fn abbreviations_and_acronyms_do_not_end_sentences() {
    let src = text("Mr. Smith met the U.N. envoy in Washington, D.C. on Monday. He left.");
    assert_eq!(
        texts(&src),
        [
            "Mr. Smith met the U.N. envoy in Washington, D.C. on Monday.",
            "He left."
        ]
    );
}

#[test]
fn initials_do_not_end_sentences() {
    let src = text("George W. Bush spoke. Then J. K. Rowling spoke.");
    assert_eq!(
        texts(&src),
        ["George W. Bush spoke.", "Then J. K. Rowling spoke."]
    );
}

#[test]
fn closing_quotes_stay_with_their_sentence() {
    let src = text("\"It is over.\" He left. \"Why?\" she asked.");
    assert_eq!(
        texts(&src),
        ["\"It is over.\"", "He left.", "\"Why?\" she asked."]
    );
}

#[test]
fn ellipsis_inside_a_quote_does_not_split() {
    let src = text("guidelines: inadmissibility of violence..., appeal to the authorities.");
    assert_eq!(texts(&src).len(), 1);
}

#[test]
fn lower_cased_tokenised_summaries_split_on_spaced_stops() {
    let src = text("the man was arrested . he was charged with murder .");
    assert_eq!(
        texts(&src),
        ["the man was arrested .", "he was charged with murder ."]
    );
}

#[test]
fn title_and_boilerplate_are_marked() {
    let src = text("Russia Says Won't Back Draft\n\nRussia will not back it.\n\nComments 0\n");
    let roles: Vec<Role> = src.sentences.iter().map(|s| s.role).collect();
    assert_eq!(roles, [Role::Title, Role::Body, Role::Boilerplate]);
}

#[test]
fn a_line_in_another_script_is_boilerplate() {
    assert!(is_boilerplate("إقرأ هذا الخبر بالعربية W460"));
    assert!(!is_boilerplate(
        "Russia will not back a new draft resolution."
    ));
}

#[test]
fn bylines_are_boilerplate() {
    assert!(is_boilerplate("By Jane Smith"));
    assert!(is_boilerplate("By Jane Smith, Security Correspondent"));
    assert!(!is_boilerplate("By Monday the toll had risen."));
}

#[test]
fn hard_wrapped_lines_join() {
    let src = text(
        "The ministry said on Tuesday that the number of people killed in the\nfloods had risen to 40. Rescue work goes on.",
    );
    assert_eq!(texts(&src).len(), 2);
}

#[test]
fn crlf_and_bom_are_read_as_text() {
    let src = text("\u{feff}Title line\r\n\r\nFirst sentence here. Second one.\r\n");
    assert_eq!(
        texts(&src),
        ["Title line", "First sentence here.", "Second one."]
    );
    let s = &src.sentences[1];
    let loc = src.locate(s.start, s.end);
    assert_eq!((loc.line, loc.column), (3, 1));
    assert_eq!(&src.raw()[loc.start..loc.end], "First sentence here.");
}

#[test]
fn markdown_markup_is_dropped_and_spans_map_back() {
    let raw = "# Floods hit town\n\nThe **river** rose by [two metres](http://x.y) on *Sunday*.\n";
    let src = Source::from_text("a.md", raw.to_string(), Format::Markdown);
    assert_eq!(
        texts(&src),
        ["Floods hit town", "The river rose by two metres on Sunday."]
    );
    let body = &src.sentences[1];
    let token = body
        .tokens
        .iter()
        .find(|t| t.norm == "metres")
        .expect("token");
    let loc = src.locate(token.start, token.end);
    assert_eq!(&raw[loc.start..loc.end], "metres");
    assert_eq!((loc.line, loc.column), (3, 28));
}

#[test]
fn html_keeps_the_article_and_drops_furniture() {
    let raw = "<html><head><title>T</title><script>var x = 1;</script></head><body>\
        <nav><a href=/>Home</a></nav><article><h1>Floods &amp; storms</h1>\
        <p>The river rose by 2 metres.</p><div class=\"comments\"><p>Great!</p></div>\
        <p>Police said &ldquo;stay home&rdquo;.</p></article><footer>(c) Paper</footer></body></html>";
    let src = Source::from_text("a.html", raw.to_string(), Format::Html);
    assert_eq!(
        texts(&src),
        [
            "Floods & storms",
            "The river rose by 2 metres.",
            "Police said “stay home”."
        ]
    );
    let s = &src.sentences[2];
    let loc = src.locate(s.start, s.end);
    assert_eq!(
        &raw[loc.start..loc.end],
        "Police said &ldquo;stay home&rdquo;."
    );
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let err = decode(b"ok\n\xffbad".to_vec(), "a.txt").expect_err("invalid");
    assert_eq!(err.location, Some((2, 1)));
    assert!(err.message.contains("byte offset 3"), "{}", err.message);
}

#[test]
fn the_prefix_filter_never_refuses_a_line_a_pattern_matches() {
    let lines = [
        "Comments (3)",
        "comment",
        "COMMENTS 12",
        "12 comments",
        "Share this article",
        "SHARE",
        "Tweet",
        "Email a friend",
        "Print",
        "Advertisement",
        "ADVERTISEMENT",
        "Related: more on Syria",
        "Read more",
        "READ MORE about it",
        "Click here to subscribe",
        "Follow us on Twitter",
        "By Jane Smith",
        "BY Jane Smith",
        "from Jane Smith, Moscow",
        "Copyright 2012 Reuters",
        "© 2012 AP",
        "(c) 2012 AFP",
        "(C) 2012 AFP",
        "All rights reserved.",
        "ALL RIGHTS RESERVED",
        "Last updated: 12:00",
        "Updated 3 March",
        "Published: today",
        "Posted at 9pm",
        "Photo: Reuters",
        "IMAGE: AP",
        "Picture : a view",
        "Video: watch",
        "Tags: Syria, Russia",
        "Topic: war",
        "Filed under: news",
        "Sign up now",
        "SUBSCRIBE",
        "Log in to comment",
        "Register today",
        "Kelvin: 5",
        "3 comments",
        "12\u{a0}COMMENT",
        "٣ comments",
        "The council met on Monday.",
        "ſhare this",
        "\u{212a}",
        "By Jane O'Brien-Smith, Security Correspondent",
        "By Jane O'Brien-Smith, Security Correspondent, Moscow",
        "From Jean Dupont, Paris",
        "by jane smith",
        "By Jane Smith Was Here And There Too",
        "By Zoë Smith",
        "By Jane Smith, Correspondent 2",
        "Share: this article with friends and family and everyone you know today",
        "Comments ()",
    ];
    for pattern in boilerplate_patterns() {
        let re = regex::Regex::new(pattern.source).expect("boilerplate patterns compile");
        for line in lines {
            assert_eq!(
                pattern.is_match(line),
                re.is_match(line),
                "{line:?} against {:?}",
                pattern.source
            );
        }
        assert!(
            pattern.filter.is_some(),
            "{:?} gives no literal prefix or suffix: every line would run it",
            pattern.source
        );
    }
}
