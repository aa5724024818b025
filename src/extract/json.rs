//! serde_json's pretty layout (two spaces a level) with fewer writes: its
//! `PrettyFormatter` writes a line break and then the indent one level at a time, a
//! write per level, for every key and every array item — most of the writes of
//! `extract`'s output, which is seven times the size of the article. This formatter
//! writes the line break and the whole indent as one slice. The bytes are the same
//! (checked against `serde_json::to_string_pretty` in the tests).

use std::io;

/// A comma, a line break, and the spaces of the deepest indent written in one slice.
const BREAK: &[u8] = b",\n                                                                ";
/// Levels [`BREAK`] holds; deeper ones are written in pieces.
const MAX_LEVELS: usize = (BREAK.len() - 2) / 2;

/// `serde_json::ser::PrettyFormatter::new()`, writing each line break with its indent at
/// once.
#[derive(Default)]
pub(crate) struct Pretty {
    level: usize,
    has_value: bool,
}

impl Pretty {
    /// A line break (after a comma unless `first`) and the indent of the current level.
    #[inline]
    fn line<W: ?Sized + io::Write>(&self, w: &mut W, comma: bool) -> io::Result<()> {
        let from = if comma { 0 } else { 1 };
        if self.level <= MAX_LEVELS {
            return w.write_all(&BREAK[from..2 + 2 * self.level]);
        }
        w.write_all(&BREAK[from..2])?;
        for _ in 0..self.level {
            w.write_all(b"  ")?;
        }
        Ok(())
    }

    #[inline]
    fn open<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level += 1;
        self.has_value = false;
        w.write_all(bracket)
    }

    #[inline]
    fn close<W: ?Sized + io::Write>(&mut self, w: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.level -= 1;
        if self.has_value {
            self.line(w, false)?;
        }
        w.write_all(bracket)
    }
}

impl serde_json::ser::Formatter for Pretty {
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
        self.line(w, !first)
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
        self.line(w, !first)
    }

    #[inline]
    fn begin_object_value<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        w.write_all(b": ")
    }

    #[inline]
    fn end_object_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// Writes `value` as serde_json's pretty JSON.
pub(crate) fn write_pretty<T: serde::Serialize + ?Sized, W: io::Write>(
    out: W,
    value: &T,
) -> serde_json::Result<()> {
    let mut ser = serde_json::Serializer::with_formatter(out, Pretty::default());
    value.serialize(&mut ser)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pretty<T: serde::Serialize>(value: &T) -> String {
        let mut out = Vec::new();
        write_pretty(&mut out, value).expect("a Vec takes every write");
        String::from_utf8(out).expect("serde_json writes UTF-8")
    }

    #[test]
    fn same_bytes_as_serde_json_pretty() {
        // Nested past the levels `BREAK` holds, empty containers, and escapes.
        let mut deep = serde_json::json!([1, {"a": []}, {}]);
        for i in 0..40 {
            deep = serde_json::json!({ "k": deep, "i": i, "s": "a\"b\n\u{1}é" });
        }
        for value in [
            deep,
            serde_json::json!([]),
            serde_json::json!({}),
            serde_json::json!(null),
            serde_json::json!([[], [[]], {"x": {}}]),
        ] {
            let want = serde_json::to_string_pretty(&value).expect("a Value serialises");
            assert_eq!(pretty(&value), want);
        }
    }
}
