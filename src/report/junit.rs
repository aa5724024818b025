//! `--format junit`: JUnit XML for CI test dashboards (GitLab, Jenkins, GitHub test
//! reporters). One testsuite per claim file, one testcase per claim; a failure is an
//! unmet expectation, with the claim, verdict, reason and evidence in its message.
//! Built with quick-junit, which escapes XML and drops characters XML cannot hold.

use quick_junit::{NonSuccessKind, Property, Report as Junit, TestCase, TestCaseStatus, TestSuite};

use crate::harness::{ClaimResult, Report};

/// The failure text: everything a reader needs without opening another report.
fn description(r: &ClaimResult) -> String {
    let mut text = format!(
        "claim: {}\nexpected: {}\nverdict: {}\nscore: {:.2}\nreason: {}\n",
        r.claim,
        r.expect.map_or("-", |e| e.as_str()),
        r.verdict,
        r.score,
        r.reason
    );
    for e in &r.evidence {
        text.push_str(&format!(
            "evidence: {}:{}:{}: {}\n",
            e.source, e.line, e.column, e.text
        ));
    }
    for (i, p) in r.parts.iter().enumerate() {
        text.push_str(&format!(
            "part {}: {} -> {}: {}\n",
            i + 1,
            p.claim,
            p.verdict,
            p.reason
        ));
    }
    if let Some(note) = &r.note {
        text.push_str(&format!("note: {note}\n"));
    }
    text
}

fn case(path: &str, r: &ClaimResult) -> TestCase {
    let status = if r.passed {
        TestCaseStatus::success()
    } else {
        let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
        s.set_message(format!(
            "expected {}, got {}: {} ({})",
            r.expect.map_or("-", |e| e.as_str()),
            r.verdict,
            r.claim,
            r.reason
        ));
        s.set_type("expectation");
        s.set_description(description(r));
        s
    };
    let mut case = TestCase::new(r.id.as_str(), status);
    case.set_classname(path);
    case.add_property(Property::new("claim", r.claim.as_str()));
    case.add_property(Property::new("verdict", r.verdict.as_str()));
    if let Some(e) = r.expect {
        case.add_property(Property::new("expect", e.as_str()));
    }
    case.add_property(Property::new("score", format!("{:.2}", r.score)));
    case.add_property(Property::new("reason", r.reason.as_str()));
    if r.line > 0 {
        case.add_property(Property::new("file", format!("{path}:{}", r.line)));
    }
    case
}

/// Renders the report as JUnit XML.
pub fn render(report: &Report) -> String {
    let mut junit = Junit::new("factcheck");
    for f in &report.files {
        let mut suite = TestSuite::new(f.path.as_str());
        suite.add_property(Property::new("sources", f.sources.join(", ")));
        suite.add_test_cases(f.claims.iter().map(|r| case(&f.path, r)));
        junit.add_test_suite(suite);
    }
    junit
        .to_string()
        .unwrap_or_else(|e| format!("<!-- factcheck: cannot write JUnit XML: {e} -->\n"))
}
