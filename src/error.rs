//! The one error type: every bad input becomes a message that names the file (and line
//! and column where there is one) and says what to do. The binary exits 2 on any of them.
//!
//! ```
//! let err = factcheck::Error::input("claims/a.yaml", "the file is empty", "add a `claims:` list");
//! assert!(err.to_string().starts_with("claims/a.yaml: the file is empty"));
//! ```

use std::fmt;

/// An input or usage problem, reported to the user and turned into exit code 2.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// The file the problem is in, as the user named it.
    pub path: String,
    /// 1-based line and column, where known.
    pub location: Option<(usize, usize)>,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub hint: String,
}

impl Error {
    /// A problem with a whole file.
    pub fn input(
        path: impl Into<String>,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Error {
            path: path.into(),
            location: None,
            message: message.into(),
            hint: hint.into(),
        }
    }

    /// A problem at a line and column of a file.
    pub fn at(
        path: impl Into<String>,
        line: usize,
        column: usize,
        message: impl Into<String>,
        hint: impl Into<String>,
    ) -> Self {
        Error {
            location: Some((line, column)),
            ..Error::input(path, message, hint)
        }
    }

    /// An unreadable file: says which file and why.
    pub fn io(path: impl Into<String>, err: &std::io::Error, hint: &str) -> Self {
        let what = match err.kind() {
            std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => err.to_string(),
        };
        Error::input(path, format!("cannot read: {what}"), hint)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.location {
            Some((line, col)) => write!(f, "{}:{line}:{col}: {}", self.path, self.message)?,
            None => write!(f, "{}: {}", self.path, self.message)?,
        }
        if !self.hint.is_empty() {
            write!(f, "\n  help: {}", self.hint)?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// Result with the crate's error.
pub type Result<T, E = Error> = std::result::Result<T, E>;
