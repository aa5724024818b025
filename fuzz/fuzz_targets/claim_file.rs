//! The claim-file loader: any text is either a claim file or an error with a position
//! inside the text; never a panic, a hang or unbounded memory.
#![no_main]

use factcheck::claims::ClaimFile;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match ClaimFile::parse(text, "fuzz.yaml") {
        Ok(file) => {
            assert!(!file.claims.is_empty());
            assert!(!file.sources.is_empty());
        }
        Err(e) => {
            assert_eq!(e.path, "fuzz.yaml");
            assert!(!e.message.is_empty());
            assert!(!e.hint.is_empty());
            if let Some((line, column)) = e.location {
                assert!(line >= 1 && column >= 1, "{e}");
            }
        }
    }
});
