//! `--format html`: one self-contained review page. Each claim file gets a section with
//! its claims (verdict, expectation, score, reason, links to the evidence) beside its
//! sources, in which every claim's evidence is highlighted (one colour per verdict, plus
//! an icon and a pattern: ✓ solid underline, ✗ stripes, ? dotted underline) with badges
//! that link back to the claims. Filters by verdict and "failed only" run in a small
//! inline script.
//!
//! Safety: every piece of article and claim text goes through [`escape`]; element ids
//! are generated numbers, never user text. A Content-Security-Policy meta tag allows no
//! network access at all and only the page's own inline script and style, named by
//! their SHA-256 hashes, which are computed from constant text, so the page stays
//! byte-identical from run to run.
//!
//! ```
//! use factcheck::report::html::escape;
//! assert_eq!(escape(r#"<img src=x onerror="alert('1')">"#),
//!            "&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;");
//! ```

use std::collections::BTreeMap;
use std::fmt::Write as _;

use base64::Engine as _;
use sha2::{Digest, Sha256};

use crate::check::Verdict;
use crate::harness::{ClaimResult, FileReport, Report};

/// Escapes text for HTML element content and quoted attribute values. Control
/// characters other than tab and line breaks become U+FFFD.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// The page's only style sheet.
const STYLE: &str = r#"
:root{--sup:#1a7f37;--sup-bg:#dafbe1;--con:#cf222e;--con-bg:#ffebe9;--con-bg2:#ffcecb;--mis:#8a5a00;--mis-bg:#fff8c5;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--focus:#0969da;color:var(--fg);background:#fff;font:15px/1.45 system-ui,"Segoe UI","DejaVu Sans",sans-serif}
body{margin:0}
header{padding:12px 20px;border-bottom:1px solid var(--line);background:#f6f8fa}
h1{font-size:20px;margin:0 0 4px}
h2{font-size:17px;margin:18px 0 10px}
h3{font-size:15px;margin:0 0 6px;color:var(--muted)}
code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:13px}
.status{margin:0 0 8px;font-weight:600}
.status.ok{color:var(--sup)}
.status.fail{color:var(--con)}
#filters{display:flex;flex-wrap:wrap;gap:8px;align-items:center;margin:0}
.chip{border:1px solid var(--line);border-radius:16px;padding:2px 10px;background:#fff;cursor:pointer;user-select:none}
.chip b{font-variant-numeric:tabular-nums}
#shown{color:var(--muted);margin-left:4px}
.legend{color:var(--muted);font-size:13px;margin:6px 0 0}
main{padding:0 20px 20px}
.cols{display:grid;grid-template-columns:minmax(0,5fr) minmax(0,6fr);gap:20px;align-items:start}
.claims{list-style:none;margin:0;padding:0}
.claim{border:1px solid var(--line);border-left:6px solid var(--line);border-radius:6px;padding:6px 10px;margin:0 0 8px;cursor:pointer;background:#fff}
.claim.v-supported{border-left-color:var(--sup)}
.claim.v-contradicted{border-left-color:var(--con);border-left-style:double}
.claim.v-missing{border-left-color:var(--mis);border-left-style:dotted}
.claim.fail{background:var(--con-bg)}
.claim.hl,.claim.sel,.claim:target{outline:3px solid var(--focus);outline-offset:1px}
.claim p{margin:2px 0}
.head{display:flex;flex-wrap:wrap;gap:6px 10px;align-items:baseline}
.num{color:var(--muted);font-variant-numeric:tabular-nums}
.badge{font-weight:700;white-space:nowrap}
.badge.v-supported{color:var(--sup)}
.badge.v-contradicted{color:var(--con)}
.badge.v-missing{color:var(--mis)}
.exp{color:var(--muted);font-size:13px}
.fail .exp{color:var(--con);font-weight:700}
.score{font-size:13px;color:var(--muted);white-space:nowrap}
meter{width:60px;height:10px;vertical-align:middle}
.text{font-weight:600}
.reason,.note,.evs,.parts{font-size:13px;color:var(--muted)}
.parts{margin:2px 0;padding-left:20px}
.evs a{color:var(--focus)}
.sources{position:sticky;top:0;max-height:100vh;overflow:auto;padding:0 2px}
.source{margin:0 0 16px}
pre.text-src{white-space:pre-wrap;overflow-wrap:anywhere;margin:0;padding:10px;border:1px solid var(--line);border-radius:6px;background:#fcfcfd;font:13px/1.7 ui-monospace,"DejaVu Sans Mono",monospace}
.ev{border-radius:3px;padding:1px 0;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.ev.v-supported{background:var(--sup-bg);border-bottom:2px solid var(--sup)}
.ev.v-contradicted{background:repeating-linear-gradient(135deg,var(--con-bg) 0 6px,var(--con-bg2) 6px 9px);border-bottom:2px solid var(--con)}
.ev.v-missing{background:var(--mis-bg);border-bottom:2px dotted var(--mis)}
.ev.dim{background:none;border-bottom-color:transparent}
.ev.hl,.ev:target{outline:3px solid var(--focus);outline-offset:1px}
.ev mark{background:none;color:inherit;text-decoration:underline;text-decoration-thickness:1px;text-underline-offset:2px}
.ev mark.on{font-weight:700;text-decoration-thickness:2px;background:rgba(9,105,218,.12)}
.ref{font:700 11px/1 system-ui,"DejaVu Sans",sans-serif;text-decoration:none;border-radius:8px;padding:1px 4px;margin-left:2px;color:#fff;vertical-align:super;white-space:nowrap}
.ref.v-supported{background:var(--sup)}
.ref.v-contradicted{background:var(--con)}
.ref.v-missing{background:var(--mis)}
[hidden]{display:none!important}
@media (max-width:900px){.cols{grid-template-columns:1fr}.sources{position:static;max-height:none}}
"#;

/// The page's only script: filters, and scrolling between claims and evidence.
const SCRIPT: &str = r##"
(function () {
  "use strict";
  var boxes = Array.prototype.slice.call(document.querySelectorAll("#filters input[name=verdict]"));
  var failedOnly = document.getElementById("only-failed");
  var shown = document.getElementById("shown");
  var claims = Array.prototype.slice.call(document.querySelectorAll("li.claim"));
  var refs = Array.prototype.slice.call(document.querySelectorAll("a.ref"));
  var spans = Array.prototype.slice.call(document.querySelectorAll("span.ev"));
  function apply() {
    var on = {};
    boxes.forEach(function (b) { on[b.value] = b.checked; });
    var n = 0;
    claims.forEach(function (c) {
      var visible = on[c.dataset.verdict] && (!failedOnly.checked || c.dataset.passed === "false");
      c.hidden = !visible;
      if (visible) { n += 1; }
    });
    refs.forEach(function (r) {
      var c = document.getElementById(r.dataset.claim);
      r.hidden = !c || c.hidden;
    });
    spans.forEach(function (s) {
      s.classList.toggle("dim", !s.querySelector("a.ref:not([hidden])"));
    });
    shown.textContent = "showing " + n + " of " + claims.length;
  }
  function focus(id) {
    var el = document.getElementById(id);
    if (!el) { return; }
    Array.prototype.forEach.call(document.querySelectorAll(".hl"), function (x) { x.classList.remove("hl"); });
    el.classList.add("hl");
    el.scrollIntoView({ block: "center", inline: "nearest" });
  }
  function words(claim) {
    Array.prototype.forEach.call(document.querySelectorAll("li.claim.sel"), function (c) { c.classList.remove("sel"); });
    var chosen = document.getElementById(claim);
    if (chosen) { chosen.classList.add("sel"); }
    Array.prototype.forEach.call(document.querySelectorAll("mark.on"), function (m) { m.classList.remove("on"); });
    Array.prototype.forEach.call(document.querySelectorAll("mark.m-" + claim), function (m) { m.classList.add("on"); });
  }
  boxes.concat([failedOnly]).forEach(function (b) { b.addEventListener("change", apply); });
  claims.forEach(function (c) {
    function go() {
      var first = (c.dataset.evidence || "").split(" ")[0];
      if (first) { focus(first); }
    }
    c.addEventListener("click", function (ev) {
      if (!ev.target.closest("a")) { go(); }
      words(c.id);
    });
    c.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" && !ev.target.closest("a")) { go(); words(c.id); }
    });
  });
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest("a[href^='#']");
    if (!a) { return; }
    ev.preventDefault();
    var target = a.getAttribute("href").slice(1);
    focus(target);
    var claim = a.closest("li.claim");
    words(claim ? claim.id : target);
  });
  apply();
})();
"##;

/// `'sha256-…'` of an inline script or style, as CSP names it.
fn csp_hash(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "'sha256-{}'",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// The page's Content-Security-Policy: nothing from the network, no plugins, no forms,
/// and only the page's own inline script and style.
pub fn content_security_policy() -> String {
    format!(
        "default-src 'none'; script-src {}; style-src {}; img-src 'none'; base-uri 'none'; form-action 'none'",
        csp_hash(SCRIPT),
        csp_hash(STYLE)
    )
}

fn icon(v: Verdict) -> &'static str {
    match v {
        Verdict::Supported => "✓",
        Verdict::Contradicted => "✗",
        Verdict::Missing => "?",
    }
}

fn severity(v: Verdict) -> u8 {
    match v {
        Verdict::Supported => 0,
        Verdict::Missing => 1,
        Verdict::Contradicted => 2,
    }
}

/// The largest char boundary of `s` at or below `i`.
fn floor(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// One highlighted span of a source: the union of overlapping evidence spans.
struct Group {
    id: String,
    start: usize,
    end: usize,
    /// (claim element id, number shown, verdict, claim id) of the claims citing it.
    claims: Vec<(String, usize, Verdict, String)>,
    /// Spans of words that match claims, each with the claims (element ids) it matches.
    marks: Vec<(usize, usize, Vec<String>)>,
}

/// Cuts overlapping (start, end, claim number) marks into disjoint spans, each with
/// the element ids of the claims it matches.
fn segments(marks: &[(usize, usize, usize)]) -> Vec<(usize, usize, Vec<String>)> {
    let mut cuts: Vec<usize> = marks.iter().flat_map(|&(a, b, _)| [a, b]).collect();
    cuts.sort_unstable();
    cuts.dedup();
    let mut out: Vec<(usize, usize, Vec<String>)> = Vec::new();
    for w in cuts.windows(2) {
        let (x, y) = (w[0], w[1]);
        let mut claims: Vec<usize> = marks
            .iter()
            .filter(|&&(a, b, _)| a <= x && y <= b)
            .map(|&(_, _, c)| c)
            .collect();
        if claims.is_empty() {
            continue;
        }
        claims.sort_unstable();
        claims.dedup();
        let ids: Vec<String> = claims.iter().map(|c| format!("c{c}")).collect();
        match out.last_mut() {
            Some(last) if last.1 == x && last.2 == ids => last.1 = y,
            _ => out.push((x, y, ids)),
        }
    }
    out
}

/// Evidence of one claim file, grouped per source; also which group each claim's
/// evidence falls in.
struct Highlights {
    per_source: BTreeMap<String, Vec<Group>>,
    links: Vec<Vec<(String, String)>>,
}

fn highlights(f: &FileReport, first: usize, next_group: &mut usize) -> Highlights {
    // (source, start, end, claim index) of every evidence span.
    let mut spans: BTreeMap<String, Vec<(usize, usize, usize)>> = BTreeMap::new();
    for (i, r) in f.claims.iter().enumerate() {
        for e in &r.evidence {
            spans
                .entry(e.source.clone())
                .or_default()
                .push((e.start, e.end.max(e.start), i));
        }
    }
    let mut per_source: BTreeMap<String, Vec<Group>> = BTreeMap::new();
    for (source, mut list) in spans {
        list.sort_unstable();
        let mut groups: Vec<Group> = Vec::new();
        for (start, end, i) in list {
            let r = &f.claims[i];
            let claim = (format!("c{}", first + i), i + 1, r.verdict, r.id.clone());
            match groups.last_mut() {
                Some(g) if start < g.end || (start == g.start && end == g.end) => {
                    g.end = g.end.max(end);
                    if !g.claims.iter().any(|c| c.0 == claim.0) {
                        g.claims.push(claim);
                    }
                }
                _ => {
                    *next_group += 1;
                    groups.push(Group {
                        id: format!("e{next_group}"),
                        start,
                        end,
                        claims: vec![claim],
                        marks: Vec::new(),
                    });
                }
            }
        }
        // Every mark, with its claim, in the group that holds it.
        let mut raw_marks: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); groups.len()];
        for (i, r) in f.claims.iter().enumerate() {
            for e in r.evidence.iter().filter(|e| e.source == source) {
                for &(a, b) in &e.marks {
                    let at = groups.partition_point(|g| g.start <= a);
                    if let Some(k) = at.checked_sub(1) {
                        let (a, b) = (a.max(groups[k].start), b.min(groups[k].end));
                        if a < b {
                            raw_marks[k].push((a, b, first + i));
                        }
                    }
                }
            }
        }
        for (g, marks) in groups.iter_mut().zip(raw_marks) {
            g.marks = segments(&marks);
            g.claims.sort_by_key(|c| c.1);
        }
        per_source.insert(source, groups);
    }
    let links = f
        .claims
        .iter()
        .map(|r| {
            let mut out: Vec<(String, String)> = Vec::new();
            for e in &r.evidence {
                let group = per_source.get(&e.source).and_then(|gs| {
                    gs.iter()
                        .find(|g| g.start <= e.start && e.start < g.end.max(g.start + 1))
                });
                if let Some(g) = group
                    && !out.iter().any(|(id, _)| *id == g.id)
                {
                    out.push((
                        g.id.clone(),
                        format!("{}:{}:{}", e.source, e.line, e.column),
                    ));
                }
            }
            out
        })
        .collect();
    Highlights { per_source, links }
}

fn render_claim(
    out: &mut String,
    r: &ClaimResult,
    element: &str,
    n: usize,
    links: &[(String, String)],
) {
    let v = r.verdict.as_str();
    let status = if r.passed { "pass" } else { "fail" };
    let evidence_ids: Vec<&str> = links.iter().map(|(id, _)| id.as_str()).collect();
    let _ = write!(
        out,
        "<li class=\"claim v-{v} {status}\" id=\"{element}\" data-verdict=\"{v}\" data-passed=\"{}\" data-evidence=\"{}\" tabindex=\"0\">\n<div class=\"head\"><span class=\"num\">{n}.</span> <span class=\"badge v-{v}\"><span aria-hidden=\"true\">{}</span> {v}</span> <code class=\"id\">{}</code> ",
        r.passed,
        evidence_ids.join(" "),
        icon(r.verdict),
        escape(&r.id),
    );
    let expectation = match r.expect {
        Some(e) if !r.passed => format!("FAIL: expected {e}"),
        Some(e) => format!("expected {e}"),
        None => "no expectation".to_string(),
    };
    let _ = writeln!(
        out,
        "<span class=\"exp\">{expectation}</span> <span class=\"score\"><meter min=\"0\" max=\"1\" value=\"{:.2}\"></meter> score {:.2}</span></div>",
        r.score, r.score
    );
    let _ = writeln!(out, "<p class=\"text\">{}</p>", escape(&r.claim));
    let _ = writeln!(out, "<p class=\"reason\">{}</p>", escape(&r.reason));
    if let Some(note) = &r.note {
        let _ = writeln!(out, "<p class=\"note\">note: {}</p>", escape(note));
    }
    if !r.parts.is_empty() {
        out.push_str("<ol class=\"parts\">\n");
        for p in &r.parts {
            let _ = writeln!(
                out,
                "<li><span class=\"badge v-{}\"><span aria-hidden=\"true\">{}</span> {}</span> {} — {}</li>",
                p.verdict,
                icon(p.verdict),
                p.verdict,
                escape(&p.claim),
                escape(&p.reason)
            );
        }
        out.push_str("</ol>\n");
    }
    if links.is_empty() {
        out.push_str("<p class=\"evs\">no evidence</p>\n");
    } else {
        out.push_str("<p class=\"evs\">evidence:");
        for (id, place) in links {
            let _ = write!(out, " <a href=\"#{id}\">{}</a>", escape(place));
        }
        out.push_str("</p>\n");
    }
    out.push_str("</li>\n");
}

fn render_source(out: &mut String, raw: &str, groups: &[Group]) {
    out.push_str("<pre class=\"text-src\">");
    let mut at = 0;
    for g in groups {
        let start = floor(raw, g.start.max(at));
        let end = floor(raw, g.end);
        if end <= start {
            continue;
        }
        out.push_str(&escape(&raw[at..start]));
        let worst = g
            .claims
            .iter()
            .map(|c| c.2)
            .max_by_key(|v| severity(*v))
            .unwrap_or(Verdict::Missing);
        let _ = write!(out, "<span class=\"ev v-{worst}\" id=\"{}\">", g.id);
        let mut pos = start;
        for (a, b, claims) in &g.marks {
            let (a, b) = (floor(raw, (*a).max(pos)), floor(raw, (*b).min(end)));
            if a >= b {
                continue;
            }
            out.push_str(&escape(&raw[pos..a]));
            let classes: Vec<String> = claims.iter().map(|c| format!("m-{c}")).collect();
            let _ = write!(
                out,
                "<mark class=\"{}\">{}</mark>",
                classes.join(" "),
                escape(&raw[a..b])
            );
            pos = b;
        }
        out.push_str(&escape(&raw[pos..end]));
        for (element, n, v, id) in &g.claims {
            let _ = write!(
                out,
                "<a class=\"ref v-{v}\" href=\"#{element}\" data-claim=\"{element}\" title=\"{} [{}]\">{}{n}</a>",
                v,
                escape(id),
                icon(*v)
            );
        }
        out.push_str("</span>");
        at = end;
    }
    out.push_str(&escape(&raw[at.min(raw.len())..]));
    out.push_str("</pre>\n");
}

/// Renders the whole page.
pub fn render(report: &Report) -> String {
    let s = &report.summary;
    let mut out = String::with_capacity(64 * 1024);
    let status = if s.failed == 0 { "ok" } else { "FAILED" };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"generator\" content=\"factcheck {}\">\n<title>factcheck: {} claims, {} failed</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        content_security_policy(),
        env!("CARGO_PKG_VERSION"),
        s.claims,
        s.failed
    );
    let _ = writeln!(
        out,
        "<header>\n<h1>factcheck report</h1>\n<p class=\"status {}\" id=\"status\">{status}: <span id=\"count-claims\">{}</span> claims in {} files; <span id=\"count-passed\">{}</span> passed, <span id=\"count-failed\">{}</span> failed</p>",
        if s.failed == 0 { "ok" } else { "fail" },
        s.claims,
        report.files.len(),
        s.passed,
        s.failed
    );
    out.push_str("<form id=\"filters\" aria-label=\"Filter claims\">\n");
    for (v, n) in [
        (Verdict::Supported, s.supported),
        (Verdict::Contradicted, s.contradicted),
        (Verdict::Missing, s.missing),
    ] {
        let _ = writeln!(
            out,
            "<label class=\"chip\"><input type=\"checkbox\" name=\"verdict\" value=\"{v}\" checked> <span class=\"badge v-{v}\"><span aria-hidden=\"true\">{}</span> {v}</span> <b id=\"count-{v}\">{n}</b></label>",
            icon(v)
        );
    }
    let _ = writeln!(
        out,
        "<label class=\"chip\"><input type=\"checkbox\" id=\"only-failed\"> failed only <b>{}</b></label>\n<span id=\"shown\" aria-live=\"polite\">showing {} of {}</span>\n</form>",
        s.failed, s.claims, s.claims
    );
    out.push_str("<p class=\"legend\">Evidence in the sources: ✓ supported (solid underline), ✗ contradicted (stripes), ? missing (dotted underline); underlined words match a claim. Click a claim to see its evidence and its words in bold; click a badge in the source to go back to the claim.</p>\n</header>\n<main>\n");
    let mut first = 1;
    let mut next_group = 0;
    for (fi, f) in report.files.iter().enumerate() {
        let h = highlights(f, first, &mut next_group);
        let _ = writeln!(
            out,
            "<section class=\"file\" id=\"f{}\">\n<h2><code>{}</code></h2>\n<div class=\"cols\">\n<ol class=\"claims\">",
            fi + 1,
            escape(&f.path)
        );
        for (i, r) in f.claims.iter().enumerate() {
            let element = format!("c{}", first + i);
            render_claim(&mut out, r, &element, i + 1, &h.links[i]);
        }
        out.push_str("</ol>\n<div class=\"sources\">\n");
        for name in &f.sources {
            let _ = writeln!(
                out,
                "<article class=\"source\">\n<h3><code>{}</code></h3>",
                escape(name)
            );
            match report.documents.get(name) {
                Some(doc) => {
                    let groups = h.per_source.get(name).map_or(&[][..], Vec::as_slice);
                    render_source(&mut out, doc.source.raw(), groups);
                }
                None => out.push_str("<p>(source not loaded)</p>\n"),
            }
            out.push_str("</article>\n");
        }
        out.push_str("</div>\n</div>\n</section>\n");
        first += f.claims.len();
    }
    let _ = write!(
        out,
        "</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n"
    );
    out
}
