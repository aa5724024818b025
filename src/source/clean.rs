//! Markup removal that remembers where every kept byte came from.
//!
//! HTML parsers such as html5ever do not report source positions, and every fact must
//! point at the bytes on disk, so the cleaners here are small scanners that copy text
//! runs verbatim and record one segment per run.

/// A run of cleaned text and the raw bytes it came from.
#[derive(Debug, Clone, Copy)]
struct Segment {
    clean: usize,
    raw: usize,
    clean_len: usize,
    raw_len: usize,
}

/// Maps byte offsets in cleaned text back to the file on disk.
#[derive(Debug, Clone, Default)]
pub struct OffsetMap {
    segments: Vec<Segment>,
}

impl OffsetMap {
    fn find(&self, clean: usize) -> Option<&Segment> {
        let i = self.segments.partition_point(|s| s.clean <= clean);
        i.checked_sub(1).map(|i| &self.segments[i])
    }

    /// Raw span of a cleaned span. Verbatim runs map byte for byte; a decoded entity
    /// maps to the whole entity.
    pub fn to_raw(&self, start: usize, end: usize) -> (usize, usize) {
        let map_start = |x: usize| match self.find(x) {
            Some(s) if s.clean_len == s.raw_len => s.raw + (x - s.clean).min(s.raw_len),
            Some(s) if x < s.clean + s.clean_len => s.raw,
            Some(s) => s.raw + s.raw_len,
            None => x,
        };
        let raw_start = map_start(start);
        let raw_end = if end > start {
            match self.find(end - 1) {
                Some(s) if s.clean_len == s.raw_len => s.raw + (end - s.clean).min(s.raw_len),
                Some(s) => s.raw + s.raw_len,
                None => end,
            }
        } else {
            raw_start
        };
        (raw_start, raw_end.max(raw_start))
    }
}

/// Builds cleaned text and its offset map together.
#[derive(Default)]
struct Builder {
    out: String,
    map: OffsetMap,
}

impl Builder {
    /// Copies `raw[range]` verbatim.
    fn copy(&mut self, raw: &str, start: usize, end: usize) {
        if start >= end {
            return;
        }
        self.push(&raw[start..end], start, end - start);
    }

    /// Emits `text` standing for `raw_len` bytes at `raw_start`.
    fn push(&mut self, text: &str, raw_start: usize, raw_len: usize) {
        if text.is_empty() {
            return;
        }
        self.map.segments.push(Segment {
            clean: self.out.len(),
            raw: raw_start,
            clean_len: text.len(),
            raw_len,
        });
        self.out.push_str(text);
    }

    fn ends_with_space(&self) -> bool {
        self.out.is_empty() || self.out.ends_with([' ', '\n'])
    }

    fn break_block(&mut self, raw_pos: usize) {
        let trimmed = self.out.trim_end_matches(' ').len();
        if trimmed < self.out.len() {
            self.out.truncate(trimmed);
            self.map.segments.retain(|s| s.clean < trimmed);
            if let Some(last) = self.map.segments.last_mut()
                && last.clean + last.clean_len > trimmed
            {
                let cut = last.clean + last.clean_len - trimmed;
                last.clean_len -= cut;
                if last.raw_len >= cut && last.clean_len + cut == last.raw_len {
                    last.raw_len -= cut;
                }
            }
        }
        if !self.out.is_empty() && !self.out.ends_with("\n\n") {
            let nl = if self.out.ends_with('\n') {
                "\n"
            } else {
                "\n\n"
            };
            self.push(nl, raw_pos, 0);
        }
    }

    fn finish(self) -> (String, OffsetMap) {
        (self.out, self.map)
    }
}

/// Plain text is read as it is; a byte-order mark is skipped. Returns where the text
/// starts in `raw` (it is not copied) and the map of its offsets.
pub fn plain(raw: &str) -> (usize, OffsetMap) {
    let start = if raw.starts_with('\u{feff}') { 3 } else { 0 };
    let len = raw.len() - start;
    let segments = if len > 0 {
        vec![Segment {
            clean: 0,
            raw: start,
            clean_len: len,
            raw_len: len,
        }]
    } else {
        Vec::new()
    };
    (start, OffsetMap { segments })
}

/// Markdown: headings, emphasis, list markers, block quotes, code fences, images and
/// link targets are dropped; link text is kept.
pub fn markdown(raw: &str) -> (String, OffsetMap) {
    let mut b = Builder::default();
    let mut in_fence = false;
    let mut pos = if raw.starts_with('\u{feff}') { 3 } else { 0 };
    for line in raw[pos..].split_inclusive('\n') {
        let line_start = pos;
        pos += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        let trimmed = body.trim_start();
        if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
            in_fence = !in_fence;
            continue;
        }
        if in_fence || is_rule(trimmed) || trimmed.starts_with("<!--") {
            b.break_block(line_start);
            continue;
        }
        if trimmed.is_empty() {
            b.break_block(line_start);
            continue;
        }
        let lead = body.len() - trimmed.len();
        let skip = block_marker_len(trimmed);
        inline_markdown(
            &mut b,
            raw,
            line_start + lead + skip,
            line_start + body.len(),
        );
        if trimmed.starts_with('#') {
            b.break_block(line_start + body.len());
        } else {
            b.push("\n", line_start + body.len(), 0);
        }
    }
    b.finish()
}

fn is_rule(line: &str) -> bool {
    let chars: Vec<char> = line.chars().filter(|c| !c.is_whitespace()).collect();
    chars.len() >= 3
        && chars
            .iter()
            .all(|&c| c == chars[0] && matches!(c, '-' | '*' | '_' | '='))
}

/// Length of a leading heading, quote or list marker ("## ", "> ", "- ", "1. ").
fn block_marker_len(line: &str) -> usize {
    let mut len = 0;
    let mut rest = line;
    loop {
        let before = rest.len();
        let hashes = rest.len() - rest.trim_start_matches('#').len();
        if hashes > 0 && rest[hashes..].starts_with(' ') {
            rest = &rest[hashes + 1..];
        } else if let Some(r) = rest.strip_prefix("> ").or_else(|| rest.strip_prefix('>')) {
            rest = r;
        } else if let Some(r) = ["- ", "* ", "+ "].iter().find_map(|m| rest.strip_prefix(m)) {
            rest = r;
        } else {
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits > 0 && (rest[digits..].starts_with(". ") || rest[digits..].starts_with(") "))
            {
                rest = &rest[digits + 2..];
            }
        }
        len += before - rest.len();
        if before == rest.len() {
            return len;
        }
    }
}

fn inline_markdown(b: &mut Builder, raw: &str, start: usize, end: usize) {
    let s = &raw[start..end];
    let mut run = start;
    let mut i = 0;
    let bytes = s.as_bytes();
    while i < bytes.len() {
        let c = bytes[i];
        let at = start + i;
        match c {
            b'*' | b'_' | b'`' => {
                // Emphasis and code markers; an underscore inside a word is text.
                let inner_word = c == b'_'
                    && i > 0
                    && bytes[i - 1].is_ascii_alphanumeric()
                    && bytes.get(i + 1).is_some_and(|n| n.is_ascii_alphanumeric());
                if !inner_word {
                    b.copy(raw, run, at);
                    run = at + 1;
                }
                i += 1;
            }
            b'!' if bytes.get(i + 1) == Some(&b'[') => {
                b.copy(raw, run, at);
                let close = link_end(s, i + 1).unwrap_or(i + 1);
                i = close;
                run = start + i;
            }
            b'[' => match s[i..].find("](").map(|k| i + k) {
                Some(mid) if s[mid..].contains(')') => {
                    b.copy(raw, run, at);
                    inline_markdown(b, raw, at + 1, start + mid);
                    i = link_end(s, i).unwrap_or(mid + 2);
                    run = start + i;
                }
                _ => i += 1,
            },
            b'<' if s[i..].starts_with("<!--") => {
                b.copy(raw, run, at);
                i = s[i..].find("-->").map_or(bytes.len(), |k| i + k + 3);
                run = start + i;
            }
            _ => i += 1,
        }
    }
    b.copy(raw, run, end);
}

/// Index one past the `)` closing a `[text](target)` that starts at `i`.
fn link_end(s: &str, i: usize) -> Option<usize> {
    let mid = i + s[i..].find("](")?;
    let close = mid + s[mid..].find(')')?;
    Some(close + 1)
}

const SKIPPED_ELEMENTS: [&str; 14] = [
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe",
    "button", "select", "template", "head",
];

const BLOCK_ELEMENTS: [&str; 22] = [
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "article",
    "section",
    "blockquote",
    "tr",
    "table",
    "figcaption",
    "figure",
    "main",
    "hr",
    "title",
];

/// Class or id words that mark page furniture rather than article text.
const FURNITURE: [&str; 14] = [
    "comment",
    "share",
    "social",
    "related",
    "nav",
    "menu",
    "cookie",
    "advert",
    "promo",
    "newsletter",
    "footer",
    "sidebar",
    "byline",
    "breadcrumb",
];

/// HTML: the text of `<article>` (or `<main>`, or `<body>`), without scripts, styles,
/// navigation, comment sections and other page furniture; entities decoded.
pub fn html(raw: &str) -> (String, OffsetMap) {
    let lower = raw.to_ascii_lowercase();
    let (from, to) = ["article", "main", "body"]
        .iter()
        .find_map(|tag| {
            let open = lower.find(&format!("<{tag}"))?;
            let body_start = open + lower[open..].find('>')? + 1;
            let close = lower
                .rfind(&format!("</{tag}"))
                .filter(|&c| c >= body_start);
            Some((body_start, close.unwrap_or(raw.len())))
        })
        .unwrap_or((0, raw.len()));
    let mut b = Builder::default();
    let mut i = from;
    let mut text_start = from;
    while i < to {
        if raw.as_bytes()[i] != b'<' {
            i += 1;
            continue;
        }
        emit_html_text(&mut b, raw, text_start, i);
        i = skip_tag(raw, &lower, i, to, &mut b);
        text_start = i;
    }
    emit_html_text(&mut b, raw, text_start, to);
    b.finish()
}

/// Handles the tag at `i`; returns where text resumes.
fn skip_tag(raw: &str, lower: &str, i: usize, to: usize, b: &mut Builder) -> usize {
    if lower[i..].starts_with("<!--") {
        return lower[i..to].find("-->").map_or(to, |k| i + k + 3);
    }
    let Some(close) = lower[i..to].find('>').map(|k| i + k + 1) else {
        return to;
    };
    let tag = &lower[i + 1..close - 1];
    let closing = tag.starts_with('/');
    let name: String = tag
        .trim_start_matches('/')
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    if BLOCK_ELEMENTS.contains(&name.as_str()) {
        b.break_block(i);
    }
    let self_closing = tag.ends_with('/');
    let furniture =
        !closing && attribute_words(tag).any(|w| FURNITURE.iter().any(|f| w.contains(f)));
    if !closing && !self_closing && (SKIPPED_ELEMENTS.contains(&name.as_str()) || furniture) {
        return skip_element(lower, &name, close, to);
    }
    let _ = raw;
    close
}

/// Words of the class and id attributes of a tag.
fn attribute_words(tag: &str) -> impl Iterator<Item = &str> {
    ["class=", "id="].into_iter().flat_map(move |attr| {
        tag.match_indices(attr)
            .filter(move |(k, _)| *k == 0 || tag.as_bytes()[k - 1].is_ascii_whitespace())
            .flat_map(move |(k, _)| {
                let rest = &tag[k + attr.len()..];
                let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'');
                let value = match quote {
                    Some(q) => rest[1..].split(q).next().unwrap_or(""),
                    None => rest.split_whitespace().next().unwrap_or(""),
                };
                value.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
            })
    })
}

/// Skips to after the element `name` that opened before `from`, counting nesting.
fn skip_element(lower: &str, name: &str, from: usize, to: usize) -> usize {
    if name.is_empty() {
        return from;
    }
    let open = format!("<{name}");
    let close = format!("</{name}");
    let mut depth = 1;
    let mut i = from;
    while i < to {
        let next_open = lower[i..to].find(&open).map(|k| i + k);
        let next_close = lower[i..to].find(&close).map(|k| i + k);
        match (next_open, next_close) {
            (Some(o), Some(c)) if o < c => {
                depth += 1;
                i = o + open.len();
            }
            (_, Some(c)) => {
                depth -= 1;
                i = lower[c..to].find('>').map_or(to, |k| c + k + 1);
                if depth == 0 {
                    return i;
                }
            }
            _ => return to,
        }
    }
    to
}

/// Emits text between tags: whitespace runs become one space, entities are decoded.
fn emit_html_text(b: &mut Builder, raw: &str, start: usize, end: usize) {
    let s = &raw[start..end];
    let mut run = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((k, c)) = chars.next() {
        if c.is_whitespace() {
            b.copy(raw, start + run, start + k);
            let mut stop = k + c.len_utf8();
            while let Some(&(k2, c2)) = chars.peek() {
                if !c2.is_whitespace() {
                    break;
                }
                stop = k2 + c2.len_utf8();
                chars.next();
            }
            if !b.ends_with_space() {
                b.push(" ", start + k, stop - k);
            }
            run = stop;
        } else if c == '&'
            && let Some((decoded, len)) = decode_entity(&s[k..])
        {
            b.copy(raw, start + run, start + k);
            b.push(&decoded, start + k, len);
            for _ in 1..s[k..k + len].chars().count() {
                chars.next();
            }
            run = k + len;
        }
    }
    b.copy(raw, start + run, end);
}

/// Decodes the entity at the start of `s`; returns the text and the entity's length.
fn decode_entity(s: &str) -> Option<(String, usize)> {
    // Bytes, not a slice: the 12th byte may fall inside a character.
    let end = s.bytes().take(12).position(|b| b == b';')?;
    let name = &s[1..end];
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        char::from_u32(code).filter(|c| !c.is_control() || c.is_whitespace())?
    } else {
        match name {
            "amp" => '&',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            "nbsp" => ' ',
            "rsquo" => '’',
            "lsquo" => '‘',
            "rdquo" => '”',
            "ldquo" => '“',
            "mdash" => '—',
            "ndash" => '–',
            "hellip" => '…',
            "pound" => '£',
            "euro" => '€',
            "eacute" => 'é',
            "frac12" => '½',
            _ => return None,
        }
    };
    Some((c.to_string(), end + 1))
}
