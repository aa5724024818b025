//! The `factcheck` command: parses flags and calls the library.

use std::io::{BufReader, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use factcheck::Error;
use factcheck::extract::Document;
use factcheck::harness::{self, Options};
use factcheck::output;
use factcheck::report::{self, Format};
use factcheck::source::{Source, WINDOW_BYTES};

// The engine makes many small allocations per sentence (tokens, facts, word sets);
// glibc's malloc and free were a quarter of a batch run's time, mimalloc's are a
// fraction of that. The library leaves the choice of allocator to its users.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Fact-check assertions about news articles: check YAML claim files against their
/// sources and fail CI when a verdict differs from its expectation.
#[derive(Parser)]
#[command(name = "factcheck", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check claim files (or directories of them) and compare verdicts with `expect:`.
    ///
    /// Exit status: 0 when every expectation holds, 1 when any fails, 2 on invalid input.
    Check {
        /// Claim files or directories searched for *.yaml and *.yml.
        #[arg(default_value = "claims")]
        paths: Vec<PathBuf>,
        /// Report format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Write the report to FILE (written whole, or not at all) instead of stdout.
        #[arg(long, short)]
        output: Option<PathBuf>,
        /// Accept `source:` paths outside the claim file's directory.
        #[arg(long)]
        allow_outside: bool,
        /// Also check each source's title line against its own body.
        #[arg(long)]
        headline: bool,
        /// Write each claim's current verdict into its `expect:` in place (keeping
        /// comments and layout) and print what changed, instead of a report. For after an
        /// editor has reviewed the new verdicts.
        #[arg(long, conflicts_with_all = ["format", "output"])]
        bless: bool,
    },
    /// Print the JSON Schema of claim files (for editors: completion and validation).
    ///
    /// Point a claim file at it with `# yaml-language-server: $schema=factcheck.schema.json`.
    Schema {
        /// Write to FILE instead of stdout.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Write a starter claim file for an article.
    ///
    /// Without --from: every quantity, quote and relation found in SOURCE becomes a claim
    /// with `expect: supported`. With --from: each sentence of TEXT_FILE becomes a claim
    /// to check against SOURCE, without `expect:`.
    Init {
        /// The article, as it should appear in `source:` (relative to the claim file).
        source: PathBuf,
        /// A derived text (summary, headline, post, translation) whose sentences to check.
        #[arg(long, value_name = "TEXT_FILE")]
        from: Option<PathBuf>,
        /// Write to FILE instead of stdout.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Report every pair of statements that disagree, across sources and within each:
    /// figures, quotes' speakers, spellings of names, days of events.
    ///
    /// Exit status: 0 when none is found, 1 when one is, 2 on invalid input.
    Consistency {
        /// Versions of a story: text, Markdown (.md) or HTML (.html) articles.
        #[arg(required = true)]
        sources: Vec<PathBuf>,
        /// Report format.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Write the report to FILE (written whole, or not at all) instead of stdout.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Print the facts extracted from a source file.
    Extract {
        /// A text, Markdown (.md) or HTML (.html) article.
        source: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = DataFormat::Json)]
        format: DataFormat,
        /// Write to FILE instead of stdout.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Check JSON Lines of {"id", "source", "claim"}: one verdict line out per line in.
    ///
    /// Exit status: 0, or 1 when any line could not be checked.
    Batch {
        /// Read from FILE instead of stdin.
        #[arg(long)]
        input: Option<PathBuf>,
        /// Write to FILE instead of stdout.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
}

/// Formats of `extract`.
#[derive(Clone, Copy, ValueEnum)]
enum DataFormat {
    /// JSON: `{"facts": [...]}`, one fact a line, each written compactly.
    Json,
    /// YAML: `facts: [...]`.
    Yaml,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<u8, Error> {
    match cli.command {
        Command::Check {
            paths,
            format,
            output,
            allow_outside,
            headline,
            bless,
        } => {
            let options = Options {
                allow_outside,
                headline,
                progress: output::progress_allowed_here(output.as_deref()),
            };
            let report = harness::run(&paths, &options)?;
            if bless {
                let changes = factcheck::bless::bless(&report)?;
                let mut text: String = changes.iter().map(|c| format!("{c}\n")).collect();
                text.push_str(&match changes.len() {
                    0 => "nothing to bless: every expectation matches its verdict\n".to_string(),
                    n => format!("blessed {n} expectations\n"),
                });
                emit(None, text.as_bytes())?;
                return Ok(0);
            }
            let color = output.is_none() && format == Format::Human && use_color();
            let text = report::render(&report, format, color);
            emit(output.as_deref(), text.as_bytes())?;
            Ok(if report.passed() { 0 } else { 1 })
        }
        Command::Schema { output } => {
            emit(
                output.as_deref(),
                factcheck::claims::schema_text().as_bytes(),
            )?;
            Ok(0)
        }
        Command::Init {
            source,
            from,
            output,
        } => {
            let given = source.to_string_lossy().replace('\\', "/");
            let doc = Document::analyse(Source::load(&source, &given)?);
            let text = match from {
                None => factcheck::init::starter(&given, &doc),
                Some(path) => {
                    let shown = path.to_string_lossy().replace('\\', "/");
                    let derived = Source::load(&path, &shown)?;
                    factcheck::init::from_text(&given, &derived, &shown)
                }
            };
            emit(output.as_deref(), text.as_bytes())?;
            Ok(0)
        }
        Command::Consistency {
            sources,
            format,
            output,
        } => {
            let report = factcheck::consistency::run(&sources)?;
            let color = output.is_none() && format == Format::Human && use_color();
            let text = report::render(&report, format, color);
            emit(output.as_deref(), text.as_bytes())?;
            Ok(if report.passed() { 0 } else { 1 })
        }
        Command::Extract {
            source,
            format,
            output,
        } => {
            let shown = source.to_string_lossy().replace('\\', "/");
            let source = Source::load_unsplit(&source, &shown)?;
            let facts = factcheck::extract::FactStream::new(source, WINDOW_BYTES);
            if let (DataFormat::Json, None) = (format, &output) {
                // Streamed, not built as one string first: the JSON is several times
                // the size of the article. A closed pipe is not an error, as in `emit`.
                // 256 KiB at a time: with the default 8 KiB, the write calls for 26 MB of
                // JSON from a 5 MB article cost 4% of the run.
                let mut out = std::io::BufWriter::with_capacity(1 << 18, std::io::stdout().lock());
                let _ = factcheck::extract::write_json(&facts, &mut out).and_then(|_| out.flush());
                return Ok(0);
            }
            let text = match format {
                DataFormat::Json => factcheck::extract::to_json(&facts),
                DataFormat::Yaml => factcheck::claims::to_yaml(&facts),
            };
            emit(output.as_deref(), text.as_bytes())?;
            Ok(0)
        }
        Command::Batch { input, output } => {
            let mut buffer = Vec::new();
            let stats = match &input {
                Some(path) => {
                    let shown = path.display().to_string();
                    let file = std::fs::File::open(path)
                        .map_err(|e| Error::io(&shown, &e, "name a JSON Lines file"))?;
                    batch_to(BufReader::new(file), output.as_deref(), &mut buffer)?
                }
                None => batch_to(std::io::stdin().lock(), output.as_deref(), &mut buffer)?,
            };
            Ok(if stats.failed > 0 { 1 } else { 0 })
        }
    }
}

fn batch_to<R: std::io::BufRead>(
    input: R,
    output: Option<&Path>,
    buffer: &mut Vec<u8>,
) -> Result<factcheck::batch::Stats, Error> {
    let progress = output::spinner(output::progress_allowed_here(output), "lines checked");
    let io_err = |e: std::io::Error| {
        Error::input(
            "batch",
            format!("I/O error: {e}"),
            "check the input and output streams",
        )
    };
    match output {
        Some(path) => {
            let stats =
                factcheck::batch::run_with_progress(input, buffer, &progress).map_err(io_err)?;
            emit(Some(path), buffer)?;
            Ok(stats)
        }
        None => {
            let stdout = std::io::stdout();
            let mut lock = std::io::BufWriter::new(stdout.lock());
            factcheck::batch::run_with_progress(input, &mut lock, &progress).map_err(io_err)
        }
    }
}

/// Colour on a terminal, unless `NO_COLOR` is set.
fn use_color() -> bool {
    std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
}

/// Writes to a file whole (through a temporary file and a rename) or to stdout.
fn emit(output: Option<&Path>, bytes: &[u8]) -> Result<(), Error> {
    let Some(path) = output else {
        let mut out = std::io::stdout().lock();
        // A closed pipe (`| head`) is not an error worth a message.
        let _ = out.write_all(bytes).and_then(|_| out.flush());
        return Ok(());
    };
    output::write_atomic(path, bytes)
}
