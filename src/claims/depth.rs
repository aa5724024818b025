//! A guard run before the YAML parser: libyaml's scanner does work proportional to the
//! flow nesting depth for every token, so `[[[[…]]]]` nested 100,000 deep takes minutes
//! and 4 million deep (an 8 MiB file) hours. Claim files nest flow collections (`[…]`,
//! `{…}`) a level or two deep; past [`MAX_FLOW_DEPTH`] the file is refused here, in one
//! linear pass, with the position of the bracket that goes too deep.
//!
//! The scan follows YAML's token rules where they decide what a bracket is (quoted
//! scalars, plain scalars, comments, block scalars) and errs on the side of counting: an
//! opening bracket inside text that the scan skips still counts unless the same text
//! closes it, so a misread can only make the estimate deeper, not shallower.

/// Deepest flow nesting (`[` and `{`) a claim file may have.
pub const MAX_FLOW_DEPTH: usize = 64;

/// Byte offset of the first `[` or `{` that opens a flow collection deeper than
/// [`MAX_FLOW_DEPTH`], if any.
pub fn too_deep(raw: &str) -> Option<usize> {
    Scan {
        b: raw.as_bytes(),
        i: 0,
        depth: 0,
        unclosed: 0,
    }
    .run()
    .err()
}

struct Scan<'a> {
    b: &'a [u8],
    i: usize,
    /// Flow depth as the scan reads the file (decides flow or block rules).
    depth: usize,
    /// Openers left unclosed inside skipped text: counted, never subtracted.
    unclosed: usize,
}

fn is_blank(c: Option<&u8>) -> bool {
    matches!(c, None | Some(b' ' | b'\t' | b'\r' | b'\n'))
}

fn is_flow_indicator(c: Option<&u8>) -> bool {
    matches!(c, Some(b',' | b'[' | b']' | b'{' | b'}'))
}

impl Scan<'_> {
    fn at(&self, k: usize) -> Option<&u8> {
        self.b.get(k)
    }

    /// Column (in bytes) of offset `k` in its line.
    fn column(&self, k: usize) -> usize {
        k - self.b[..k]
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(0, |p| p + 1)
    }

    /// Counts brackets in skipped text `from..to`: openers the same text does not close
    /// count towards the depth for the rest of the file. Returns the offset of an opener
    /// that goes too deep.
    fn skipped(&mut self, from: usize, to: usize) -> Result<(), usize> {
        let mut open = 0usize;
        for k in from..to.min(self.b.len()) {
            match self.b[k] {
                b'[' | b'{' => {
                    open += 1;
                    if self.depth + self.unclosed + open > MAX_FLOW_DEPTH {
                        return Err(k);
                    }
                }
                b']' | b'}' => open = open.saturating_sub(1),
                _ => {}
            }
        }
        self.unclosed += open;
        Ok(())
    }

    /// Scans the whole file; `Err` holds the offset of the opener that goes too deep.
    fn run(&mut self) -> Result<(), usize> {
        // Column of the last key or `-` that started on the current line (block context):
        // the indentation a block scalar's text must exceed.
        let mut parent_col = 0;
        loop {
            while let Some(&c) = self.at(self.i) {
                if c == b'\n' {
                    parent_col = 0;
                } else if !matches!(c, b' ' | b'\t' | b'\r') {
                    break;
                }
                self.i += 1;
            }
            let Some(&c) = self.at(self.i) else {
                return Ok(());
            };
            let start = self.i;
            let flow = self.depth > 0;
            match c {
                b'#' => {
                    self.i = self.line_end(start);
                    self.skipped(start, self.i)?;
                }
                b'[' | b'{' => {
                    self.depth += 1;
                    if self.depth + self.unclosed > MAX_FLOW_DEPTH {
                        return Err(start);
                    }
                    self.i += 1;
                }
                b']' | b'}' => {
                    self.depth = self.depth.saturating_sub(1);
                    self.i += 1;
                }
                b',' => self.i += 1,
                b'"' | b'\'' => {
                    if !flow {
                        parent_col = self.column(start);
                    }
                    self.i = self.quoted(start);
                    self.skipped(start, self.i)?;
                }
                b'|' | b'>' if !flow => {
                    self.i = self.block_scalar(start, parent_col);
                    self.skipped(start, self.i)?;
                }
                b'&' | b'!' | b'*' => {
                    self.i += 1;
                    while !(is_blank(self.at(self.i)) || flow && is_flow_indicator(self.at(self.i)))
                    {
                        self.i += 1;
                    }
                    self.skipped(start, self.i)?;
                }
                b'-' | b'?' | b':'
                    if is_blank(self.at(start + 1))
                        || (flow && is_flow_indicator(self.at(start + 1))) =>
                {
                    if c != b':' && !flow {
                        parent_col = self.column(start);
                    }
                    self.i += 1;
                }
                _ => {
                    if !flow {
                        parent_col = self.column(start);
                    }
                    self.i = self.plain(start, flow).max(start + 1);
                    self.skipped(start, self.i)?;
                }
            }
        }
    }

    fn line_end(&self, from: usize) -> usize {
        self.b[from..]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(self.b.len(), |p| from + p)
    }

    /// End of a quoted scalar starting at `start` (one past the closing quote).
    fn quoted(&self, start: usize) -> usize {
        let quote = self.b[start];
        let mut k = start + 1;
        while let Some(&c) = self.at(k) {
            if quote == b'"' && c == b'\\' {
                k += 2;
            } else if c == quote {
                if quote == b'\'' && self.at(k + 1) == Some(&b'\'') {
                    k += 2;
                } else {
                    return k + 1;
                }
            } else {
                k += 1;
            }
        }
        self.b.len()
    }

    /// End of a plain scalar: a flow indicator (in flow context), `: `, ` #`, or (in block
    /// context, where a continuation line is read as new tokens, which only counts more)
    /// the end of the line.
    fn plain(&self, start: usize, flow: bool) -> usize {
        let mut k = start;
        while let Some(&c) = self.at(k) {
            let next = self.at(k + 1);
            if flow && is_flow_indicator(Some(&c)) {
                break;
            }
            if c == b':' && (is_blank(next) || (flow && is_flow_indicator(next))) {
                break;
            }
            if c == b'#' && k > start && is_blank(self.at(k - 1)) {
                break;
            }
            if c == b'\n' && !flow {
                break;
            }
            k += 1;
        }
        k
    }

    /// End of a block scalar (`|` or `>` header at `start`): the lines after the header
    /// indented deeper than the node that holds it, as YAML reads them.
    fn block_scalar(&self, start: usize, parent_col: usize) -> usize {
        let header_end = self.line_end(start);
        let explicit = self.b[start + 1..header_end]
            .iter()
            .take_while(|c| !c.is_ascii_whitespace() && **c != b'#')
            .find(|c| c.is_ascii_digit())
            .map(|c| usize::from(c - b'0'));
        let mut indent = explicit.map(|n| parent_col + n);
        let mut leading_blank = 0;
        let mut k = header_end;
        while k < self.b.len() {
            let line = k + 1;
            let end = self.line_end(line.min(self.b.len()));
            let text = &self.b[line.min(end)..end];
            let spaces = text.iter().take_while(|&&c| c == b' ').count();
            let blank = text[spaces..].iter().all(|c| c.is_ascii_whitespace());
            match indent {
                None if blank => leading_blank = leading_blank.max(spaces),
                None => {
                    let need = (parent_col + 1).max(leading_blank);
                    if spaces < need {
                        return k;
                    }
                    indent = Some(spaces);
                }
                Some(n) if !blank && spaces < n => return k,
                Some(_) => {}
            }
            k = end;
        }
        self.b.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn nested(n: usize) -> String {
        format!("claims: {}{}\n", "[".repeat(n), "]".repeat(n))
    }

    #[test]
    fn shallow_files_pass_and_deep_ones_are_refused_at_the_bracket() {
        assert_eq!(too_deep(&nested(MAX_FLOW_DEPTH)), None);
        assert_eq!(too_deep(&nested(5000)), Some(8 + MAX_FLOW_DEPTH));
        assert_eq!(
            too_deep("claims: [{id: a, claim: \"[x\"}, {id: b, claim: y}]\n"),
            None
        );
    }

    #[test]
    fn brackets_in_text_do_not_count_when_the_text_closes_them() {
        let many = "claims:\n".to_string()
            + &"  - id: a\n    claim: \"the [sic] and {x}\" # [note]\n    note: |\n      see [1]\n"
                .repeat(200);
        assert_eq!(too_deep(&many), None);
        let plain = "claims:\n".to_string() + &"  - claim: it's [1] here's {2}\n".repeat(200);
        assert_eq!(too_deep(&plain), None);
    }

    #[test]
    fn closers_hidden_in_quotes_do_not_hide_depth() {
        let sneaky = format!("claims: {}\n", "[ ']' ".repeat(100));
        assert!(too_deep(&sneaky).is_some());
        let sneaky = format!("claims: {}\n", "[ # ]\n".repeat(100));
        assert!(too_deep(&sneaky).is_some());
        let sneaky = format!("claims: {}\n", "[ \"]\" ".repeat(100));
        assert!(too_deep(&sneaky).is_some());
    }

    #[test]
    fn block_scalars_end_where_yaml_ends_them() {
        let after = format!(
            "claims:\n  - claim: |\n      text ]]]]\n    note: {}\n",
            "[".repeat(100)
        );
        assert!(too_deep(&after).is_some());
    }
}
