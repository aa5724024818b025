//! Throughput of the three ways factcheck is used: extraction (MB/s of article text),
//! checking claims against analysed sources (claims/s), and `factcheck batch` (pairs/s).
//!
//! ```sh
//! cargo bench --bench throughput                                   # all cores
//! RAYON_NUM_THREADS=1 taskset -c 0 cargo bench --bench throughput  # one core
//! ```
//!
//! The corpus is built at bench time (`benches/support/corpus.rs`): the example sources under
//! `claims/` and generated news-like articles. Nothing of it is committed.

#[path = "support/corpus.rs"]
mod corpus;

use divan::Bencher;
use divan::counter::{BytesCount, ItemsCount};
use factcheck::extract::{Document, FactList, to_json};
use factcheck::source::{Format, Source};

/// Generated articles and their approximate size: like the benchmark's news articles.
const ARTICLES: usize = 150;
const ARTICLE_BYTES: usize = 3_000;
const SEED: u64 = 8;

fn main() {
    divan::main();
}

/// Every text of the extraction corpus: the example sources, then the generated articles.
fn texts() -> Vec<(String, String)> {
    let mut out = corpus::example_sources();
    for (i, a) in corpus::articles(ARTICLES, ARTICLE_BYTES, SEED)
        .into_iter()
        .enumerate()
    {
        out.push((format!("generated-{i:03}.txt"), a.text));
    }
    out
}

fn extract_json(name: &str, text: &str) -> String {
    let format = Format::from_path(std::path::Path::new(name));
    let doc = Document::analyse(Source::from_text(name, text.to_string(), format));
    to_json(&FactList { facts: doc.facts() })
}

/// `factcheck extract --format json`, in process: load, clean, split, extract, print.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn extract(bencher: Bencher) {
    let texts = texts();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        texts
            .iter()
            .map(|(n, t)| extract_json(n, t).len())
            .sum::<usize>()
    });
}

/// Claims checked against sources analysed beforehand (three claims per article).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn check(bencher: Bencher) {
    let articles = corpus::articles(ARTICLES, ARTICLE_BYTES, SEED);
    let mut rng = corpus::Rng::new(SEED);
    let docs: Vec<Document> = articles
        .iter()
        .map(|a| Document::analyse(Source::from_text("a.txt", a.text.clone(), Format::Text)))
        .collect();
    let claims: Vec<(usize, String)> = (0..articles.len() * 3)
        .map(|i| (i / 3, corpus::claim(&articles[i / 3], &mut rng)))
        .collect();
    bencher.counter(ItemsCount::new(claims.len())).bench(|| {
        claims
            .iter()
            .map(|(d, c)| factcheck::check::check_claim(c, &[&docs[*d]]).score)
            .sum::<f64>()
    });
}

/// `factcheck batch` in process: JSON Lines in, verdict lines out, two pairs per source.
#[divan::bench(sample_count = 10, sample_size = 1)]
fn batch(bencher: Bencher) {
    let articles = corpus::articles(ARTICLES, ARTICLE_BYTES, SEED);
    let pairs = articles.len() * 2;
    let input = corpus::batch_lines(&articles, pairs, SEED);
    bencher.counter(ItemsCount::new(pairs)).bench(|| {
        let mut out = Vec::with_capacity(input.len() / 4);
        factcheck::batch::run(input.as_bytes(), &mut out).expect("in-memory batch");
        out.len()
    });
}
