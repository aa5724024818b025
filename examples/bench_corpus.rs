//! Writes the generated bench corpus to files, for end-to-end runs of the binary
//! (see benches/README.md).
//!
//! ```sh
//! cargo run --release --example bench_corpus -- DIR [ARTICLES] [BYTES]
//! ```
//!
//! Writes `DIR/articles/NNNN.txt`, `DIR/all.txt` (the articles one after another,
//! blank-line separated, for one large extraction) and `DIR/pairs.jsonl` (two batch
//! lines per article).

#[path = "../benches/support/corpus.rs"]
mod corpus;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().unwrap_or_else(|| "target/bench-corpus".into()));
    let count: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(150);
    let size: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(3_000);
    let articles = corpus::articles(count, size, 8);
    std::fs::create_dir_all(dir.join("articles"))?;
    let mut all = String::new();
    for (i, a) in articles.iter().enumerate() {
        std::fs::write(dir.join("articles").join(format!("{i:04}.txt")), &a.text)?;
        all.push_str(&a.text);
    }
    std::fs::write(dir.join("all.txt"), all)?;
    std::fs::write(
        dir.join("pairs.jsonl"),
        corpus::batch_lines(&articles, articles.len() * 2, 8),
    )?;
    Ok(())
}
