//! The layout of `extract`'s JSON: the outer object and the `facts` array broken over
//! lines and indented as serde_json's pretty printer does, each fact on one line of its
//! own, written compactly (as `batch` writes its lines).
//!
//! ```text
//! {
//!   "facts": [
//!     {"text":"Over 5,400","start":0,"end":10,…,"kind":"quantity",…},
//!     {"text":"Sunday","start":57,…}
//!   ]
//! }
//! ```
//!
//! One fact a line keeps the output a list a reader can `grep`, `diff` and stream line by
//! line; indenting every field too made it seven times the size of the article, and
//! writing those bytes was the larger part of `extract`'s cost.

use std::io;

/// Containers opened at most this deep (the outer object is 1, `facts` 2) break lines;
/// deeper ones are written on one line.
const LINE_LEVELS: usize = 2;

/// A comma, a line break, and the spaces of the deepest broken level, written as one slice.
const BREAK: &[u8] = b",\n    ";

/// serde_json's pretty layout down to [`LINE_LEVELS`], compact below it.
#[derive(Default)]
pub(crate) struct FactPerLine {
    level: usize,
    has_value: bool,
}

impl FactPerLine {
    fn broken(&self) -> bool {
        self.level <= LINE_LEVELS
    }

    /// Before a value or key: a line break with the indent of its level (after a comma
    /// unless `first`), or only the comma on one line.
    #[inline]
    fn separate<W: ?Sized + io::Write>(&self, w: &mut W, first: bool) -> io::Result<()> {
        let from = usize::from(first);
        if self.broken() {
            w.write_all(&BREAK[from..2 + 2 * self.level])
        } else if first {
            Ok(())
        } else {
            w.write_all(b",")
        }
    }

    #[inline]
    fn open<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    #[inline]
    fn close<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        let was_broken = self.broken();
        self.level -= 1;
        if was_broken && self.has_value {
            w.write_all(&BREAK[1..2 + 2 * self.level])?;
        }
        w.write_all(bracket)
    }
}

impl serde_json::ser::Formatter for FactPerLine {
    #[inline]
    fn begin_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"[")
    }

    #[inline]
    fn end_array<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"]")
    }

    #[inline]
    fn begin_array_value<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.separate(w, first)
    }

    #[inline]
    fn end_array_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    #[inline]
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open(w, b"{")
    }

    #[inline]
    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.close(w, b"}")
    }

    #[inline]
    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.separate(w, first)
    }

    #[inline]
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(if self.broken() { b": " } else { b":" })
    }

    #[inline]
    fn end_object_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Writes `value` in the layout of this module.
pub(crate) fn write<T: serde::Serialize + ?Sized, W: io::Write>(
    out: W,
    value: &T,
) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(out, FactPerLine::default());
    value.serialize(&mut ser)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    fn layout(value: &Value) -> String {
        let mut out = Vec::new();
        write(&mut out, value).expect("a Vec takes every write");
        String::from_utf8(out).expect("serde_json writes UTF-8")
    }

    #[test]
    fn two_levels_as_serde_json_pretty() {
        for value in [
            json!({"facts": [1, "a\"b\n\u{1}é", null]}),
            json!({"facts": [], "other": {}}),
            json!([]),
            json!({}),
            json!(null),
        ] {
            let want = serde_json::to_string_pretty(&value).expect("a Value serialises");
            assert_eq!(layout(&value), want);
        }
    }

    #[test]
    fn one_compact_line_per_fact() {
        let facts = json!({"facts": [
            {"text": "Over 5,400", "value": 5400.0, "anchor": null, "nested": {"a": [1, {}]}},
            {"text": "line\nbreak", "empty": []},
        ]});
        let text = layout(&facts);
        assert_eq!(
            text,
            "{\n  \"facts\": [\n    \
             {\"anchor\":null,\"nested\":{\"a\":[1,{}]},\"text\":\"Over 5,400\",\"value\":5400.0},\n    \
             {\"empty\":[],\"text\":\"line\\nbreak\"}\n  ]\n}"
        );
        let back: Value = serde_json::from_str(&text).expect("the layout is JSON");
        assert_eq!(back, facts);
    }

    #[test]
    fn deep_values_round_trip() {
        let mut deep = json!([1, {"a": []}, {}]);
        for i in 0..40 {
            deep = json!({ "k": deep, "i": i, "s": "a\"b\n\u{1}é" });
        }
        let back: Value = serde_json::from_str(&layout(&deep)).expect("the layout is JSON");
        assert_eq!(back, deep);
    }
}
