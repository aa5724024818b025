//! Helpers shared by the CLI-level test files: fresh workspaces, running the binary,
//! and measuring a run's peak memory.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A fresh directory for one test under the target's temporary directory.
pub fn workspace(group: &str, name: &str, files: &[(&str, &[u8])]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(group)
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("mkdir");
    for (path, bytes) in files {
        let full = dir.join(path);
        std::fs::create_dir_all(full.parent().expect("parent")).expect("mkdir");
        std::fs::write(full, bytes).expect("write");
    }
    dir
}

/// What a run of the binary did.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    /// Peak resident memory in KiB, when `/usr/bin/time` is there to measure it.
    pub peak_kib: Option<u64>,
}

fn finish(out: Output, measured: bool) -> Run {
    let mut stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let mut peak_kib = None;
    if measured {
        // `/usr/bin/time -f` appends its line last; take it off.
        if let Some(pos) = stderr.trim_end().rfind("peak_kib=") {
            peak_kib = stderr[pos + 9..].trim().parse().ok();
            stderr.truncate(pos);
        }
    }
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr,
        peak_kib,
    }
}

/// The factcheck command, under `/usr/bin/time` when it is there to measure peak memory;
/// the flag says whether it is.
fn command() -> (Command, bool) {
    let time = Path::new("/usr/bin/time");
    if time.exists() {
        let mut c = Command::new(time);
        c.args(["-f", "peak_kib=%M", env!("CARGO_BIN_EXE_factcheck")]);
        (c, true)
    } else {
        (Command::new(env!("CARGO_BIN_EXE_factcheck")), false)
    }
}

/// Runs factcheck in `dir` with `envs`, measuring peak memory when possible.
pub fn factcheck_env(dir: &Path, args: &[&str], envs: &[(&str, &str)]) -> Run {
    let (mut cmd, measured) = command();
    cmd.args(args).current_dir(dir).env("NO_COLOR", "1");
    for (k, v) in envs {
        cmd.env(k, v);
    }
    finish(cmd.output().expect("runs"), measured)
}

/// Runs factcheck in `dir`.
pub fn factcheck(dir: &Path, args: &[&str]) -> Run {
    factcheck_env(dir, args, &[])
}

/// Runs factcheck in `dir` with `input` on stdin.
pub fn factcheck_stdin(dir: &Path, args: &[&str], input: &[u8]) -> Run {
    use std::io::Write;
    use std::process::Stdio;
    let (mut cmd, measured) = command();
    let mut child = cmd
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawns");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        // The child may stop reading early; a broken pipe is not the test's concern.
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().expect("runs");
    let _ = writer.join();
    finish(out, measured)
}

/// Asserts a run refused its input the documented way: exit 2, an `error:` naming
/// `names` and a `help:` line, no panic, nothing on stdout.
pub fn assert_refused(run: &Run, names: &str) {
    assert_eq!(run.code, 2, "exit code; stderr: {}", run.stderr);
    assert!(
        run.stderr.starts_with("error: ") && run.stderr.contains(names),
        "message names {names}: {}",
        run.stderr
    );
    assert!(
        run.stderr.contains("\n  help: "),
        "says what to do: {}",
        run.stderr
    );
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(
        run.stdout.is_empty(),
        "nothing half-written: {}",
        run.stdout
    );
}

/// Asserts no file but `keep` is in `dir` (no partial report, no temporary file).
pub fn assert_only(dir: &Path, keep: &[&str]) {
    let mut found: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .filter(|n| !keep.contains(&n.as_str()))
        .collect();
    found.sort();
    assert!(found.is_empty(), "unexpected files left: {found:?}");
}
