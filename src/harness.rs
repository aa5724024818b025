//! The test harness: find claim files, load their sources (each once), check every claim
//! and compare with its expectation. Produces a [`Report`] that the renderers print.
//!
//! ```no_run
//! use factcheck::harness::{run, Options};
//! let report = run(&["claims".into()], &Options::default()).unwrap();
//! assert!(report.summary.failed == 0);
//! ```

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use crate::check::{self, Evidence, Part, Verdict};
use crate::claims::{Claim, ClaimFile};
use crate::error::{Error, Result};
use crate::extract::Document;
use crate::source::{self, Source};

/// Largest claim file accepted, in bytes.
pub const MAX_CLAIM_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// How to run the harness.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Allow `source:` paths that leave the claim file's directory.
    pub allow_outside: bool,
    /// Check every source's title against its body, as for `headline: true`.
    pub headline: bool,
    /// May draw a progress bar on stderr for long runs (see [`crate::output`]).
    pub progress: bool,
}

/// Runs with at least this many claims, or this many files, are long enough for a
/// progress bar.
const PROGRESS_MIN_CLAIMS: usize = 200;
const PROGRESS_MIN_FILES: usize = 10;

/// The result of one claim.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimResult {
    /// Claim id.
    pub id: String,
    /// The assertion.
    pub claim: String,
    /// The verdict.
    pub verdict: Verdict,
    /// The expected verdict, if any.
    pub expect: Option<Verdict>,
    /// Whether the expectation holds (true when there is none).
    pub passed: bool,
    /// Share of the claim the evidence backs.
    pub score: f64,
    /// One line a reader can check.
    pub reason: String,
    /// Evidence sentences.
    pub evidence: Vec<Evidence>,
    /// Atomic parts, for claims of several sentences.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
    /// The claim's note.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// 1-based line of the claim in its file.
    pub line: usize,
    /// 1-based column of the claim in its file.
    pub column: usize,
}

/// The results of one claim file.
#[derive(Debug, Clone, Serialize)]
pub struct FileReport {
    /// The claim file, as shown.
    pub path: String,
    /// Its sources, as shown.
    pub sources: Vec<String>,
    /// One result per claim, in file order.
    pub claims: Vec<ClaimResult>,
}

/// Counts over a run.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Summary {
    /// Claims checked.
    pub claims: usize,
    /// Claims whose expectation holds (or that have none).
    pub passed: usize,
    /// Claims whose expectation fails.
    pub failed: usize,
    /// Verdict counts.
    pub supported: usize,
    /// Verdict counts.
    pub contradicted: usize,
    /// Verdict counts.
    pub missing: usize,
}

/// A whole run.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// One entry per claim file, in path order.
    pub files: Vec<FileReport>,
    /// Counts.
    pub summary: Summary,
    /// Loaded sources by shown path, for renderers that show the article.
    #[serde(skip)]
    pub documents: BTreeMap<String, Arc<Document>>,
}

impl Report {
    /// Whether every expectation holds.
    pub fn passed(&self) -> bool {
        self.summary.failed == 0
    }
}

/// Finds claim files: files as given, directories searched for `*.yaml`/`*.yml`, sorted.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p).map_err(|e| {
            Error::io(
                p.display().to_string(),
                &e,
                "name a claim file or a directory of them",
            )
        })?;
        if meta.is_file() {
            out.push(p.clone());
            continue;
        }
        for entry in walkdir::WalkDir::new(p).sort_by_file_name() {
            let entry = entry.map_err(|e| {
                let path = e
                    .path()
                    .map_or_else(|| p.display().to_string(), |x| x.display().to_string());
                Error::input(
                    path,
                    format!("cannot read: {e}"),
                    "check the directory's permissions",
                )
            })?;
            let is_yaml = entry
                .path()
                .extension()
                .and_then(|x| x.to_str())
                .is_some_and(|x| x == "yaml" || x == "yml");
            if entry.file_type().is_file() && is_yaml {
                out.push(entry.into_path());
            }
        }
    }
    if out.is_empty() {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(Error::input(
            shown.join(", "),
            "no claim files (*.yaml, *.yml) found",
            "name a claim file, or a directory that holds some",
        ));
    }
    Ok(out)
}

fn shown(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

/// Resolves a claim file's `source:` path, refusing paths that leave its directory.
pub fn resolve_source(claim_file: &Path, given: &str, allow_outside: bool) -> Result<PathBuf> {
    let parent = claim_file.parent().unwrap_or(Path::new(""));
    let path = parent.join(given);
    let dir = if parent.as_os_str().is_empty() {
        Path::new(".")
    } else {
        parent
    };
    let shown_claim = shown(claim_file);
    let outside = |real: &Path| {
        Error::input(
            shown_claim.clone(),
            format!(
                "source `{given}` is outside the claim file's directory ({})",
                real.display()
            ),
            "keep sources beside or below their claim file, or pass --allow-outside",
        )
    };
    // Refused before the file system is asked, so nothing outside the tree is probed.
    if !allow_outside && leaves_tree(Path::new(given)) {
        return Err(outside(&path));
    }
    if !path.exists() {
        return Err(Error::input(
            shown_claim.clone(),
            format!("source `{given}` not found (tried {})", shown(&path)),
            "source paths are relative to the claim file; fix the path or add the file",
        ));
    }
    if path.is_dir() {
        return Err(Error::input(
            shown_claim.clone(),
            format!("source `{given}` is a directory (tried {})", shown(&path)),
            "name an article file: text, Markdown (.md) or HTML (.html)",
        ));
    }
    if let Err(e) = std::fs::File::open(&path) {
        return Err(Error::input(
            shown_claim.clone(),
            format!(
                "source `{given}` cannot be read (tried {}): {e}",
                shown(&path)
            ),
            "check the file's permissions",
        ));
    }
    if !allow_outside {
        let base = dir
            .canonicalize()
            .map_err(|e| Error::io(shown(dir), &e, "check the directory"))?;
        let real = path
            .canonicalize()
            .map_err(|e| Error::io(shown(&path), &e, "check the file"))?;
        // Symbolic links are followed: a link inside the tree to a file outside is refused.
        if !real.starts_with(&base) {
            return Err(outside(&real));
        }
    }
    Ok(path)
}

/// Whether a relative path, read without the file system, leaves its base directory:
/// an absolute path, a drive or root prefix, or more `..` than names before them.
fn leaves_tree(path: &Path) -> bool {
    use std::path::Component;
    let mut depth = 0usize;
    for c in path.components() {
        match c {
            Component::Prefix(_) | Component::RootDir => return true,
            Component::CurDir => {}
            Component::ParentDir if depth == 0 => return true,
            Component::ParentDir => depth -= 1,
            Component::Normal(_) => depth += 1,
        }
    }
    false
}

/// A claim file with its sources resolved.
struct Loaded {
    file: ClaimFile,
    sources: Vec<String>,
}

/// Loads claim files and their sources (each source once), then checks every claim.
pub fn run(paths: &[PathBuf], options: &Options) -> Result<Report> {
    let files = discover(paths)?;
    let mut loaded = Vec::new();
    let mut to_load: BTreeMap<String, PathBuf> = BTreeMap::new();
    for path in &files {
        let name = shown(path);
        let raw = source::read_text(path, &name, MAX_CLAIM_FILE_BYTES)?;
        let file = ClaimFile::parse(&raw, &name)?;
        let mut sources = Vec::new();
        for given in &file.sources {
            let resolved = resolve_source(path, given, options.allow_outside)?;
            let key = shown(&resolved);
            to_load.entry(key.clone()).or_insert(resolved);
            sources.push(key);
        }
        loaded.push(Loaded { file, sources });
    }
    let claims: usize = loaded.iter().map(|l| l.file.claims.len()).sum();
    let long = claims >= PROGRESS_MIN_CLAIMS || loaded.len() >= PROGRESS_MIN_FILES;
    let bar = crate::output::bar(
        options.progress && long,
        (to_load.len() + claims) as u64,
        "sources and claims",
    );
    let documents: BTreeMap<String, Arc<Document>> = to_load
        .into_par_iter()
        .map(|(key, path)| {
            let doc = Source::load(&path, &key).map(|s| (key, Arc::new(Document::analyse(s))));
            bar.inc(1);
            doc
        })
        .collect::<Result<Vec<_>>>()?
        .into_iter()
        .collect();
    let reports: Vec<FileReport> = loaded
        .iter()
        .map(|l| check_file(l, &documents, options, &bar))
        .collect();
    bar.finish_and_clear();
    let mut summary = Summary::default();
    for r in reports.iter().flat_map(|f| &f.claims) {
        summary.claims += 1;
        if r.passed {
            summary.passed += 1;
        } else {
            summary.failed += 1;
        }
        match r.verdict {
            Verdict::Supported => summary.supported += 1,
            Verdict::Contradicted => summary.contradicted += 1,
            Verdict::Missing => summary.missing += 1,
        }
    }
    Ok(Report {
        files: reports,
        summary,
        documents,
    })
}

fn check_file(
    l: &Loaded,
    documents: &BTreeMap<String, Arc<Document>>,
    options: &Options,
    bar: &indicatif::ProgressBar,
) -> FileReport {
    let docs: Vec<&Document> = l
        .sources
        .iter()
        .filter_map(|s| documents.get(s).map(|d| d.as_ref()))
        .collect();
    // The file's claims go against every source; with `headline`, each source's title
    // line goes against its own body only.
    let mut work: Vec<(Claim, Option<usize>)> =
        l.file.claims.iter().cloned().map(|c| (c, None)).collect();
    if l.file.headline || options.headline {
        let taken: HashSet<&str> = l.file.claims.iter().map(|c| c.id.as_str()).collect();
        work.extend(
            headline_claims(&docs, &taken)
                .into_iter()
                .map(|(c, i)| (c, Some(i))),
        );
    }
    let results = work
        .par_iter()
        .map(|(c, own)| {
            let outcome = match own {
                Some(i) => check::check_claim_excluding(&c.claim, &docs[*i..=*i], true),
                None => check::check_claim(&c.claim, &docs),
            };
            bar.inc(1);
            ClaimResult {
                id: c.id.clone(),
                claim: c.claim.clone(),
                verdict: outcome.verdict,
                expect: c.expect,
                passed: c.expect.is_none_or(|e| e == outcome.verdict),
                score: outcome.score,
                reason: outcome.reason,
                evidence: outcome.evidence,
                parts: outcome.parts,
                note: c.note.clone(),
                line: c.line,
                column: c.column,
            }
        })
        .collect();
    FileReport {
        path: l.file.path.clone(),
        sources: l.sources.clone(),
        claims: results,
    }
}

/// Each source's title line as a claim that its own body must support, with the index
/// of that source. Ids are `headline` (one source) or `headline-N` (the Nth source),
/// with `-title` added while a claim of the file already has the id.
fn headline_claims(docs: &[&Document], taken: &HashSet<&str>) -> Vec<(Claim, usize)> {
    docs.iter()
        .enumerate()
        .filter_map(|(i, d)| {
            let title = d
                .source
                .sentences
                .iter()
                .find(|s| s.role == source::Role::Title)?;
            let loc = d.source.locate(title.start, title.end);
            let mut id = if docs.len() > 1 {
                format!("headline-{}", i + 1)
            } else {
                "headline".to_string()
            };
            while taken.contains(id.as_str()) {
                id.push_str("-title");
            }
            let claim = Claim {
                id,
                claim: d.source.sentence_text(title).to_string(),
                expect: Some(Verdict::Supported),
                note: Some(format!(
                    "title of {} (line {}), checked against its body",
                    d.source.name, loc.line
                )),
                line: 0,
                column: 0,
            };
            Some((claim, i))
        })
        .collect()
}
