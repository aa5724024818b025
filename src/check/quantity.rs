//! Quantity entailment: each figure becomes an interval from its qualifier and the
//! rounding it shows, and intervals are compared.
//!
//! ```
//! use factcheck::check::quantity::{Side, interval, compare, Relation};
//! use factcheck::extract::quantity::quantities;
//! use factcheck::text::tokenize;
//! let q = |t: &str| quantities(&tokenize(t, 0), &[]).remove(0);
//! let source = interval(&q("over 5,400 people"), Side::Source);
//! assert_eq!(compare(source, interval(&q("more than 5,000"), Side::Claim), false), Relation::Entails);
//! assert_eq!(compare(source, interval(&q("over 10,000"), Side::Claim), false), Relation::Conflicts);
//! ```

use crate::extract::Quantity;
use crate::lexicon::Qualifier;

/// Which side of a comparison a figure is on: a source reporting "over X" means a
/// figure a little above X; a claim saying "over X" is true of anything above X.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The article.
    Source,
    /// The claim being checked.
    Claim,
}

/// How far above "over X" a reported figure is taken to lie.
const OVER_REACH: f64 = 0.25;

/// The rounding a figure shows: one significant digit ±10%, two ±5%, more ±1%.
fn rounding(q: &Quantity) -> f64 {
    match q.significant {
        0 | 1 => 0.10,
        2 => 0.05,
        _ => 0.01,
    }
}

/// The closed interval a quantity stands for.
pub fn interval(q: &Quantity, side: Side) -> (f64, f64) {
    let (lo, hi) = q.bounds();
    let v = lo;
    let open_end = |x: f64| {
        if side == Side::Claim {
            x
        } else {
            x * (1.0 + OVER_REACH)
        }
    };
    let low_end = |x: f64| {
        if side == Side::Claim {
            0.0
        } else {
            x * (1.0 - OVER_REACH)
        }
    };
    match q.qualifier {
        Qualifier::Exact => (lo, hi),
        Qualifier::Between | Qualifier::Vague => (lo.min(hi), hi.max(lo)),
        Qualifier::About => {
            let r = rounding(q);
            (v * (1.0 - r), v * (1.0 + r))
        }
        Qualifier::Over | Qualifier::AtLeast => {
            let top = if side == Side::Claim {
                f64::INFINITY
            } else {
                open_end(v)
            };
            (v, top)
        }
        Qualifier::Under | Qualifier::AtMost => (low_end(v), v),
        Qualifier::Nearly => (v * (1.0 - rounding(q).max(0.05)), v),
    }
}

/// What a source figure says about a claim figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// The source interval lies inside the claim's.
    Entails,
    /// The intervals do not meet.
    Conflicts,
    /// They overlap without one settling the other.
    Overlaps,
}

/// Compares a source interval with a claim interval; `approximate` claims ("about",
/// "nearly", vague amounts) are backed by any overlap.
pub fn compare(source: (f64, f64), claim: (f64, f64), approximate: bool) -> Relation {
    const EPS: f64 = 1e-9;
    let tol = |x: f64| x.abs() * EPS + EPS;
    if source.0 >= claim.0 - tol(claim.0) && source.1 <= claim.1 + tol(claim.1) {
        Relation::Entails
    } else if source.1 < claim.0 - tol(claim.0) || source.0 > claim.1 + tol(claim.1) {
        Relation::Conflicts
    } else if approximate {
        Relation::Entails
    } else {
        Relation::Overlaps
    }
}

/// Whether a claim figure is approximate by its qualifier.
pub fn is_approximate(q: &Quantity) -> bool {
    matches!(
        q.qualifier,
        Qualifier::About | Qualifier::Nearly | Qualifier::Vague
    )
}

/// Compares two quantities of the same measure.
pub fn relate(source: &Quantity, claim: &Quantity) -> Relation {
    if source.unit.as_deref() == Some("score") || claim.unit.as_deref() == Some("score") {
        // A score is an ordered pair; "2-1" and "1-2" name the same result from two sides.
        let s = (source.low, source.high);
        let c = (claim.low, claim.high);
        return if s == c || (s.0 == c.1 && s.1 == c.0) {
            Relation::Entails
        } else {
            Relation::Conflicts
        };
    }
    if plain_of_approximate(source, claim) {
        return Relation::Entails;
    }
    compare(
        interval(source, Side::Source),
        interval(claim, Side::Claim),
        is_approximate(claim),
    )
}

/// The source's "about four months" said as "four months": the same number without its
/// "about" is the same approximate figure (a plain round number is read as approximate
/// too), not a claim of more precision. Only "about": "nearly" and "over" put the figure
/// on one side of the number.
fn plain_of_approximate(source: &Quantity, claim: &Quantity) -> bool {
    source.qualifier == Qualifier::About
        && claim.qualifier == Qualifier::Exact
        && source.bounds() == claim.bounds()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quantity::quantities;
    use crate::text::tokenize;

    fn q(text: &str) -> Quantity {
        quantities(&tokenize(text, 0), &[]).remove(0)
    }

    fn rel(source: &str, claim: &str) -> Relation {
        relate(&q(source), &q(claim))
    }

    #[test]
    fn the_issue_examples_hold() {
        let src = "over 5,400 people";
        assert_eq!(rel(src, "more than 5,000 killed"), Relation::Entails);
        assert_eq!(rel(src, "at least 5,400 killed"), Relation::Entails);
        assert_eq!(rel(src, "about 5,400 killed"), Relation::Entails);
        assert_eq!(rel(src, "thousands killed"), Relation::Entails);
        assert_eq!(rel(src, "over 10,000 killed"), Relation::Conflicts);
        assert_eq!(rel(src, "fewer than 5,000 died"), Relation::Conflicts);
    }

    #[test]
    fn rounding_sets_the_width_of_about() {
        assert_eq!(
            interval(&q("some 4,000 troops"), Side::Claim),
            (3600.0, 4400.0)
        );
        let (lo, hi) = interval(&q("some 3,862 troops"), Side::Claim);
        assert!((lo - 3823.38).abs() < 0.01 && (hi - 3900.62).abs() < 0.01);
    }

    #[test]
    fn exact_figures_need_the_same_number() {
        assert_eq!(rel("80 dead", "80 dead"), Relation::Entails);
        assert_eq!(rel("80 dead", "90 dead"), Relation::Conflicts);
        assert_eq!(rel("over 5,400 killed", "5,400 killed"), Relation::Overlaps);
    }

    #[test]
    fn a_plain_figure_is_backed_by_the_same_one_with_about() {
        assert_eq!(rel("around four months", "four months"), Relation::Entails);
        assert_eq!(rel("about 300 homes", "300 homes"), Relation::Entails);
        assert_eq!(rel("about 300 homes", "310 homes"), Relation::Overlaps);
        assert_eq!(
            rel("nearly 5,000 people", "5,000 people"),
            Relation::Overlaps
        );
    }

    #[test]
    fn vague_and_ranges() {
        assert_eq!(
            rel("dozens of people", "hundreds of people"),
            Relation::Conflicts
        );
        assert_eq!(
            rel(
                "between 10,000 and 15,000 people",
                "more than 12,000 people"
            ),
            Relation::Overlaps
        );
        assert_eq!(
            rel("between 10,000 and 15,000 people", "thousands of people"),
            Relation::Conflicts
        );
        assert_eq!(
            rel("12,000 people", "between 10,000 and 15,000 people"),
            Relation::Entails
        );
    }

    #[test]
    fn scores_compare_as_pairs() {
        assert_eq!(rel("won 2-1", "lost 1-2"), Relation::Entails);
        assert_eq!(rel("won 2-1", "won 3-1"), Relation::Conflicts);
    }
}
