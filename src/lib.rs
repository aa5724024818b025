//! factcheck: fact-check assertions about news articles, as a test harness.
//!
//! The pipeline is plain data flowing one way:
//! [`source`] (load, clean, segment) → [`extract`] (facts) → [`check`] (align claims
//! with evidence, compare, verdict) → [`report`] (one renderer per format).
//! [`consistency`] compares documents with each other instead of with claims.
//!
//! ```
//! use factcheck::{check, extract::Document, source::{Format, Source}};
//! let text = "Violence has intensified, killing over 5,400 people in total.";
//! let doc = Document::analyse(Source::from_text("a.txt", text.into(), Format::Text));
//! let outcome = check::check_claim("more than 5,000 killed", &[&doc]);
//! assert_eq!(outcome.verdict, check::Verdict::Supported);
//! ```

pub mod batch;
pub mod bless;
pub mod check;
pub mod claims;
pub mod consistency;
pub mod error;
pub mod extract;
pub mod harness;
pub mod init;
pub mod intern;
pub mod lexicon;
pub mod output;
pub mod report;
pub mod source;
pub mod text;

pub use error::{Error, Result};
