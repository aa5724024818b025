//! The HTML report in a real headless Chromium (Debian's `chromium`): the counts shown,
//! the verdict filters, clicking a claim scrolls its evidence into view and back, the
//! page's own script and style run under its Content-Security-Policy, and a hostile
//! article's markup stays text. Saves a screenshot to `target/tmp/browser/report.png`
//! as an artifact (and to `docs/report.png` with `FACTCHECK_UPDATE_SCREENSHOT=1`).
//!
//! Without chromium the test prints a notice and passes, unless
//! `FACTCHECK_REQUIRE_CHROMIUM=1` (set by `.ci/run`), where it fails.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use headless_chrome::protocol::cdp::Page::CaptureScreenshotFormatOption;
use headless_chrome::{Browser, LaunchOptions, Tab};

use factcheck::harness::{Options, Report, run};
use factcheck::report::{Format, render};

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("FACTCHECK_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.exists())
}

fn report(path: &str) -> Report {
    std::env::set_current_dir(env!("CARGO_MANIFEST_DIR")).expect("crate root");
    run(&[path.into()], &Options::default()).expect("claim file loads")
}

fn eval(tab: &Tab, js: &str) -> serde_json::Value {
    tab.evaluate(js, false)
        .unwrap_or_else(|e| panic!("evaluate {js}: {e}"))
        .value
        .unwrap_or(serde_json::Value::Null)
}

fn text(tab: &Tab, selector: &str) -> String {
    eval(
        tab,
        &format!("document.querySelector({selector:?}).textContent"),
    )
    .as_str()
    .unwrap_or_default()
    .to_string()
}

/// Waits until a JS expression is true (the page reacts to clicks asynchronously).
fn wait_for(tab: &Tab, js: &str) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if eval(tab, js) == serde_json::Value::Bool(true) {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

/// JS: whether element `id` is inside the window's and its scroll container's view.
fn in_view(id: &str) -> String {
    format!(
        "(function () {{
            var el = document.getElementById({id:?});
            var r = el.getBoundingClientRect();
            var box = el.closest('.sources').getBoundingClientRect();
            var top = Math.max(0, box.top), bottom = Math.min(window.innerHeight, box.bottom);
            return r.top >= top - 1 && r.top < bottom && r.height > 0;
        }})()"
    )
}

fn write_page(dir: &Path, name: &str, report: &Report) -> String {
    let path = dir.join(name);
    std::fs::write(&path, render(report, Format::Html, false)).expect("write page");
    format!("file://{}", path.display())
}

#[test]
fn html_report_in_headless_chromium() {
    let Some(binary) = chromium() else {
        if std::env::var("FACTCHECK_REQUIRE_CHROMIUM").as_deref() == Ok("1") {
            panic!("chromium not found and FACTCHECK_REQUIRE_CHROMIUM=1: apt-get install chromium");
        }
        eprintln!(
            "notice: chromium not found; skipping the browser test of the HTML report (apt-get install chromium)"
        );
        return;
    };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("browser");
    let profile = dir.join(format!("profile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&profile);
    std::fs::create_dir_all(&profile).expect("profile dir");

    let seed = report("claims/russia-syria.yaml");
    let hostile = report("tests/fixtures/hostile/claims.yaml");
    let seed_url = write_page(&dir, "seed.html", &seed);
    let hostile_url = write_page(&dir, "hostile.html", &hostile);

    let args: Vec<&OsStr> = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--hide-scrollbars",
    ]
    .iter()
    .map(OsStr::new)
    .collect();
    let options = LaunchOptions::default_builder()
        .path(Some(binary))
        .headless(true)
        .sandbox(false)
        .window_size(Some((1280, 900)))
        .user_data_dir(Some(profile.clone()))
        .args(args)
        .idle_browser_timeout(Duration::from_secs(120))
        .build()
        .expect("launch options");
    let browser = Browser::new(options).expect("chromium starts");
    let tab = browser.new_tab().expect("tab");
    tab.set_default_timeout(Duration::from_secs(30));

    // The seed report: counts, style and script under the CSP, filters.
    tab.navigate_to(&seed_url)
        .and_then(|t| t.wait_until_navigated())
        .expect("page loads");
    let s = &seed.summary;
    assert_eq!(text(&tab, "#count-claims"), s.claims.to_string());
    assert_eq!(text(&tab, "#count-passed"), s.passed.to_string());
    assert_eq!(text(&tab, "#count-failed"), s.failed.to_string());
    assert_eq!(text(&tab, "#count-supported"), s.supported.to_string());
    assert_eq!(
        text(&tab, "#count-contradicted"),
        s.contradicted.to_string()
    );
    assert_eq!(text(&tab, "#count-missing"), s.missing.to_string());
    assert_eq!(
        eval(&tab, "document.querySelectorAll('li.claim').length"),
        s.claims
    );
    assert_eq!(
        eval(
            &tab,
            "getComputedStyle(document.querySelector('.ev.v-supported, .ev.v-contradicted')).borderBottomWidth"
        ),
        "2px",
        "the inline style applies under the CSP"
    );
    tab.find_element("input[value=supported]")
        .and_then(|e| e.click().map(|_| ()))
        .expect("filter click");
    let others = s.claims - s.supported;
    assert!(
        wait_for(
            &tab,
            &format!(
                "document.getElementById('shown').textContent === 'showing {others} of {}'",
                s.claims
            )
        ),
        "the script runs under the CSP and filters: {}",
        text(&tab, "#shown")
    );
    assert_eq!(
        eval(
            &tab,
            "document.querySelectorAll('li.claim:not([hidden])').length"
        ),
        others
    );
    tab.find_element("input[value=supported]")
        .and_then(|e| e.click().map(|_| ()))
        .expect("filter click");
    assert!(wait_for(
        &tab,
        "document.querySelectorAll('li.claim[hidden]').length === 0"
    ));

    // Click a claim whose evidence is out of view: the evidence scrolls into view.
    let target = eval(
        &tab,
        &format!(
            "(function () {{
                var cs = Array.prototype.slice.call(document.querySelectorAll('li.claim')).reverse();
                for (var i = 0; i < cs.length; i++) {{
                    var ev = (cs[i].dataset.evidence || '').split(' ')[0];
                    if (ev && !{}) {{ return cs[i].id + ' ' + ev; }}
                }}
                return null;
            }})()",
            in_view("EV").replace("\"EV\"", "ev")
        ),
    );
    let target = target.as_str().expect("a claim with evidence out of view");
    let (claim, evidence) = target.split_once(' ').expect("claim and evidence ids");
    tab.find_element(&format!("#{claim} .reason"))
        .and_then(|e| e.click().map(|_| ()))
        .expect("claim click");
    assert!(
        wait_for(&tab, &in_view(evidence)),
        "clicking {claim} scrolls {evidence} into view"
    );
    assert_eq!(
        eval(
            &tab,
            &format!("document.getElementById('{evidence}').classList.contains('hl')")
        ),
        true
    );
    // And back: a badge in the source leads to its claim.
    let first_claim = "c1";
    tab.find_element(&format!("#{evidence} a.ref"))
        .and_then(|e| e.click().map(|_| ()))
        .expect("badge click");
    assert!(wait_for(
        &tab,
        &format!(
            "(function () {{ var id = document.querySelector('#{evidence} a.ref').dataset.claim;
               var r = document.getElementById(id).getBoundingClientRect();
               return document.getElementById(id).classList.contains('hl') && r.top >= 0 && r.top < window.innerHeight; }})()"
        )
    ));

    // The screenshot: the top of the page with the first claim's evidence in focus.
    eval(&tab, "window.scrollTo(0, 0)");
    tab.find_element(&format!("#{first_claim} .text"))
        .and_then(|e| e.click().map(|_| ()))
        .expect("first claim click");
    eval(&tab, "window.scrollTo(0, 0)");
    std::thread::sleep(Duration::from_millis(200));
    let png = tab
        .capture_screenshot(CaptureScreenshotFormatOption::Png, None, None, true)
        .expect("screenshot");
    std::fs::write(dir.join("report.png"), &png).expect("artifact");
    if std::env::var("FACTCHECK_UPDATE_SCREENSHOT").as_deref() == Ok("1") {
        let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
        std::fs::create_dir_all(&docs).expect("docs");
        std::fs::write(docs.join("report.png"), &png).expect("docs/report.png");
    }

    // The hostile fixture: markup in the article and the claims stays text.
    tab.navigate_to(&hostile_url)
        .and_then(|t| t.wait_until_navigated())
        .expect("page loads");
    assert_eq!(text(&tab, "#count-failed"), "1");
    assert_eq!(eval(&tab, "typeof window.pwned"), "undefined");
    assert_eq!(eval(&tab, "document.querySelectorAll('img').length"), 0);
    assert_eq!(eval(&tab, "document.querySelectorAll('script').length"), 1);
    let body = eval(&tab, "document.body.innerText");
    let body = body.as_str().unwrap_or_default();
    assert!(body.contains("Storm <script>window.pwned = 1</script> hits the coast"));
    assert!(body.contains("<img src=x onerror=\"window.pwned = 2\">"));
    assert!(body.contains("<script>alert('id')</script>"));
    assert!(wait_for(
        &tab,
        "document.querySelector('li.claim.fail') !== null"
    ));

    drop(tab);
    drop(browser);
    let _ = std::fs::remove_dir_all(&profile);
}
