//! Where output goes: files written whole or not at all, and whether a progress bar may
//! be drawn.
//!
//! A progress bar is for a person watching a terminal. It is drawn on stderr only when
//! stderr is a terminal, the report does not go to a pipe (stdout, or `--output` naming
//! a FIFO), and the `CI` variable is unset, so logs, pipes and files never get one.
//!
//! ```
//! use factcheck::output::{Sink, progress_allowed};
//! assert!(progress_allowed(false, true, Sink::Terminal));
//! assert!(!progress_allowed(true, true, Sink::Terminal)); // CI
//! assert!(!progress_allowed(false, true, Sink::Pipe));
//! assert!(!progress_allowed(false, false, Sink::File)); // stderr redirected
//! ```

use std::path::Path;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::error::{Error, Result};

/// Writes `bytes` to `path` through a temporary file in the same directory and a
/// rename, so readers see the old file or the new one, never half of one. A path that
/// exists and is not a regular file (a pipe, `/dev/stdout`, a terminal) is written to
/// directly: renaming over it would replace the device instead of writing to it.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let shown = path.display().to_string();
    if std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir()) {
        use std::io::Write;
        return std::fs::OpenOptions::new()
            .write(true)
            .open(path)
            .and_then(|mut f| f.write_all(bytes))
            .map_err(|e| Error::io(shown, &e, "check that the output can be written"));
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.factcheck-{}.tmp", std::process::id()));
    let write = std::fs::write(&tmp, bytes).and_then(|_| std::fs::rename(&tmp, path));
    write.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(
            shown,
            &e,
            "check that the output directory exists and is writable",
        )
    })
}

/// What the report is written to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sink {
    /// A terminal (stdout is a TTY).
    Terminal,
    /// A regular file (`--output FILE`).
    File,
    /// A pipe or anything else that is not a terminal or a file.
    Pipe,
}

impl Sink {
    /// Where the report goes: `--output` if given, else stdout.
    pub fn of(output: Option<&Path>) -> Sink {
        use std::io::IsTerminal;
        match output {
            None if std::io::stdout().is_terminal() => Sink::Terminal,
            None => Sink::Pipe,
            Some(path) => match std::fs::metadata(path) {
                Ok(m) if !m.is_file() => Sink::Pipe,
                _ => Sink::File,
            },
        }
    }
}

/// Whether a progress bar may be drawn: not in CI, only on a terminal's stderr, and
/// never while the report goes to a pipe.
pub fn progress_allowed(ci: bool, stderr_terminal: bool, sink: Sink) -> bool {
    !ci && stderr_terminal && sink != Sink::Pipe
}

/// Whether this process may draw a progress bar, for a report going to `output`.
pub fn progress_allowed_here(output: Option<&Path>) -> bool {
    use std::io::IsTerminal;
    let ci = std::env::var_os("CI").is_some_and(|v| !v.is_empty() && v != "false" && v != "0");
    progress_allowed(ci, std::io::stderr().is_terminal(), Sink::of(output))
}

/// A bar of `len` steps on stderr, or a hidden one when `show` is false.
pub fn bar(show: bool, len: u64, what: &'static str) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    let style = ProgressStyle::with_template("{bar:40.cyan/blue} {pos}/{len} {msg} ({eta})")
        .map(|s| s.progress_chars("=> "))
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    let bar =
        ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr()).with_style(style);
    bar.set_message(what);
    bar
}

/// A counter of unknown length on stderr, or a hidden one when `show` is false.
pub fn spinner(show: bool, what: &'static str) -> ProgressBar {
    if !show {
        return ProgressBar::hidden();
    }
    let style = ProgressStyle::with_template("{spinner} {pos} {msg} ({per_sec})")
        .unwrap_or_else(|_| ProgressStyle::default_spinner());
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()).with_style(style);
    bar.set_message(what);
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}
