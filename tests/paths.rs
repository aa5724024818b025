//! `source:` paths that leave the claim file's directory tree are refused, before the
//! file is opened, unless `--allow-outside` is given: `..` past the top, absolute paths,
//! and symbolic links inside the tree that point outside it.

mod common;

use common::{assert_only, assert_refused, factcheck, workspace};

const ARTICLE: &[u8] = b"Floods hit the town\n\nThe river rose by two metres on Sunday, police said. At least 12 people died.\n";

fn claims(source: &str) -> Vec<u8> {
    format!("source: {source}\nclaims:\n  - id: a\n    claim: the river rose\n").into_bytes()
}

/// Refused without `--allow-outside` (naming the claim file, the source and the flag),
/// and no report written; returns the message.
fn refused_outside(dir: &std::path::Path, given: &str) -> String {
    let run = factcheck(dir, &["check", "c.yaml", "--output", "r.txt"]);
    assert_refused(
        &run,
        &format!("c.yaml: source `{given}` is outside the claim file's directory"),
    );
    assert!(
        run.stderr.contains("pass --allow-outside"),
        "{}",
        run.stderr
    );
    assert!(!dir.join("r.txt").exists());
    run.stderr
}

#[test]
fn dot_dot_to_etc_passwd_is_refused() {
    let dir = workspace(
        "paths",
        "etc-passwd/a/b",
        &[("c.yaml", &claims("../../etc/passwd"))],
    );
    // Refused from the path alone: whether the file exists is not even asked.
    refused_outside(&dir, "../../etc/passwd");
    // Enough `..` to reach the real /etc/passwd.
    let ups = "../".repeat(dir.components().count() + 1);
    let real = format!("{ups}etc/passwd");
    std::fs::write(dir.join("c.yaml"), claims(&real)).expect("write");
    refused_outside(&dir, &real);
    if std::path::Path::new("/etc/passwd").is_file() {
        let run = factcheck(&dir, &["check", "c.yaml", "--allow-outside"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
    }
    // `..` that stays inside is fine.
    let dir = workspace(
        "paths",
        "inside-dot-dot",
        &[
            ("c.yaml", &claims("sub/../article.txt")),
            ("article.txt", ARTICLE),
            ("sub/x", b""),
        ],
    );
    let run = factcheck(&dir, &["check", "c.yaml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn absolute_path_is_refused() {
    let outside = workspace("paths", "absolute-target", &[("article.txt", ARTICLE)]);
    let target = outside.join("article.txt").display().to_string();
    let dir = workspace("paths", "absolute", &[("c.yaml", &claims(&target))]);
    refused_outside(&dir, &target);
    assert_only(&dir, &["c.yaml"]);
    let run = factcheck(&dir, &["check", "c.yaml", "--allow-outside"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    // An absolute path into the tree itself is still absolute: refused all the same.
    let inside = workspace("paths", "absolute-inside", &[("article.txt", ARTICLE)]);
    let target = inside.join("article.txt").display().to_string();
    std::fs::write(inside.join("c.yaml"), claims(&target)).expect("write");
    refused_outside(&inside, &target);
}

#[cfg(unix)]
#[test]
fn symlink_pointing_outside_is_refused() {
    let outside = workspace("paths", "symlink-target", &[("secret.txt", ARTICLE)]);
    let dir = workspace("paths", "symlink", &[("c.yaml", &claims("article.txt"))]);
    std::os::unix::fs::symlink(outside.join("secret.txt"), dir.join("article.txt"))
        .expect("symlink");
    let stderr = refused_outside(&dir, "article.txt");
    assert!(
        stderr.contains("secret.txt"),
        "names where the link leads: {stderr}"
    );
    let run = factcheck(&dir, &["check", "c.yaml", "--allow-outside"]);
    assert_eq!(run.code, 0, "{}", run.stderr);

    // A linked directory leading outside, and `link/..` (which the system resolves from
    // the link's target, not lexically).
    let dir = workspace(
        "paths",
        "symlink-dir",
        &[("c.yaml", &claims("docs/secret.txt"))],
    );
    std::os::unix::fs::symlink(&outside, dir.join("docs")).expect("symlink");
    refused_outside(&dir, "docs/secret.txt");
    let nested = workspace("paths", "symlink-parent/deep", &[("x", b"")]);
    let dir = workspace(
        "paths",
        "symlink-dotdot",
        &[("c.yaml", &claims("up/../secret.txt"))],
    );
    std::os::unix::fs::symlink(&nested, dir.join("up")).expect("symlink");
    std::fs::write(nested.join("../secret.txt"), ARTICLE).expect("write");
    refused_outside(&dir, "up/../secret.txt");

    // A link that stays inside the tree is fine.
    let dir = workspace(
        "paths",
        "symlink-inside",
        &[
            ("c.yaml", &claims("link.txt")),
            ("real/article.txt", ARTICLE),
        ],
    );
    std::os::unix::fs::symlink(dir.join("real/article.txt"), dir.join("link.txt"))
        .expect("symlink");
    let run = factcheck(&dir, &["check", "c.yaml"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}
