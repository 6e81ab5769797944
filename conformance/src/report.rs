//! The console summary of a run and the `REPORT.md` document.

use crate::{Mode, Outcome, RunResults, Suite, Verdict};
use std::collections::BTreeMap;
use std::fmt::Write;
use std::time::Duration;

/// pass / fail / known-failure counts (fail counts unexpected passes too:
/// both are unexpected results).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub pass: usize,
    pub fail: usize,
    pub known: usize,
    pub unexpected_pass: usize,
}

impl Counts {
    fn add(&mut self, o: &Outcome) {
        match o.verdict() {
            Verdict::Pass => self.pass += 1,
            Verdict::Fail => self.fail += 1,
            Verdict::KnownFail => self.known += 1,
            Verdict::UnexpectedPass => {
                self.pass += 1;
                self.unexpected_pass += 1
            }
        }
    }
    pub fn total(&self) -> usize {
        self.pass + self.fail + self.known
    }
    fn cell(&self) -> String {
        if self.total() == 0 {
            return "-".into();
        }
        let mut s = format!("{}/{}/{}", self.pass, self.fail, self.known);
        if self.unexpected_pass > 0 {
            write!(s, " ({}!)", self.unexpected_pass).unwrap();
        }
        s
    }
}

/// A table cell: `n/a` where the mode does not run on the engine.
fn cell(c: Counts, engine: &str, mode: Mode) -> String {
    if mode.applies(engine) {
        c.cell()
    } else {
        "n/a".into()
    }
}

/// Whether a mode's results count towards the recommendation: only modes
/// every engine runs (crash-images runs on QuickJS alone).
fn counts_for_recommendation(r: &RunResults, mode: Mode) -> bool {
    r.engines.iter().all(|e| mode.applies(e))
}

/// One line for an unexpected result.
pub fn failure_line(o: &Outcome) -> String {
    match o.verdict() {
        Verdict::UnexpectedPass => format!(
            "UNEXPECTED PASS [{} {}] {} (known failure: {})",
            o.engine,
            o.mode.name(),
            o.case,
            o.known.as_deref().unwrap_or("")
        ),
        _ => format!(
            "FAIL [{} {}] {}: {}",
            o.engine,
            o.mode.name(),
            o.case,
            o.detail
        ),
    }
}

fn suite_label(s: Suite, group: &str) -> String {
    match s {
        Suite::Node => format!("node:{group}"),
        Suite::Test262 => format!("test262:{group}"),
    }
}

type Key = (Suite, String, String, Mode);

fn tally(r: &RunResults) -> BTreeMap<Key, Counts> {
    let mut m: BTreeMap<Key, Counts> = BTreeMap::new();
    for o in &r.outcomes {
        m.entry((o.suite, o.group.clone(), o.engine.clone(), o.mode))
            .or_default()
            .add(o);
    }
    m
}

fn per_engine(r: &RunResults) -> BTreeMap<(String, Mode), Counts> {
    let mut m: BTreeMap<(String, Mode), Counts> = BTreeMap::new();
    for o in &r.outcomes {
        m.entry((o.engine.clone(), o.mode)).or_default().add(o);
    }
    m
}

/// Time spent running each engine's cases (summed over parallel jobs).
pub fn engine_time(r: &RunResults, engine: &str) -> Duration {
    r.outcomes
        .iter()
        .filter(|o| o.engine == engine)
        .map(|o| o.elapsed)
        .sum()
}

fn groups(r: &RunResults) -> Vec<(Suite, String)> {
    let mut g: Vec<(Suite, String)> = r
        .outcomes
        .iter()
        .map(|o| (o.suite, o.group.clone()))
        .collect();
    g.sort();
    g.dedup();
    g
}

/// The console summary: unexpected results, then a table of
/// pass/fail/known per module or chapter, engine and mode, then totals.
pub fn summary(r: &RunResults) -> String {
    let mut s = String::new();
    let mut unexpected: Vec<&Outcome> = r.outcomes.iter().filter(|o| o.unexpected()).collect();
    unexpected.sort_by(|a, b| (&a.case, &a.engine, a.mode).cmp(&(&b.case, &b.engine, b.mode)));
    for o in &unexpected {
        writeln!(s, "{}", failure_line(o)).unwrap();
    }
    if !unexpected.is_empty() {
        writeln!(s).unwrap();
    }
    let t = tally(r);
    let cols: Vec<(String, Mode)> = r
        .engines
        .iter()
        .flat_map(|e| r.modes.iter().map(move |m| (e.clone(), *m)))
        .collect();
    let w = groups(r)
        .iter()
        .map(|(su, g)| suite_label(*su, g).len())
        .max()
        .unwrap_or(10)
        .max(14);
    write!(s, "{:w$}", "pass/fail/known").unwrap();
    for (e, m) in &cols {
        write!(s, " {:>15}", format!("{e} {}", m.name())).unwrap();
    }
    writeln!(s).unwrap();
    for (su, g) in groups(r) {
        write!(s, "{:w$}", suite_label(su, &g)).unwrap();
        for (e, m) in &cols {
            let c = t
                .get(&(su, g.clone(), e.clone(), *m))
                .copied()
                .unwrap_or_default();
            write!(s, " {:>15}", cell(c, e, *m)).unwrap();
        }
        writeln!(s).unwrap();
    }
    let pe = per_engine(r);
    write!(s, "{:w$}", "TOTAL").unwrap();
    for k in &cols {
        let c = pe.get(k).copied().unwrap_or_default();
        write!(s, " {:>15}", cell(c, &k.0, k.1)).unwrap();
    }
    writeln!(s).unwrap();
    let mut all = Counts::default();
    for o in &r.outcomes {
        all.add(o);
    }
    writeln!(
        s,
        "\n{} cases, {} results: {} passed, {} failed unexpectedly, {} unexpected passes, {} known failures; seed {}; wall time {:.1}s",
        r.cases,
        all.total(),
        all.pass - all.unexpected_pass,
        all.fail,
        all.unexpected_pass,
        all.known,
        r.seed,
        r.wall.as_secs_f64()
    )
    .unwrap();
    for e in &r.engines {
        writeln!(
            s,
            "  {e}: {:.1}s of case time",
            engine_time(r, e).as_secs_f64()
        )
        .unwrap();
    }
    s
}

/// The engine to recommend: the most passing results over all modes every
/// engine runs and all cases (whether expected or not), ties broken by less
/// total case time.
pub fn recommend(r: &RunResults) -> Option<String> {
    let mut best: Option<(usize, Duration, String)> = None;
    for e in &r.engines {
        let passes = passing(r, e);
        let time: Duration = r
            .outcomes
            .iter()
            .filter(|o| &o.engine == e && counts_for_recommendation(r, o.mode))
            .map(|o| o.elapsed)
            .sum();
        let better = match &best {
            None => true,
            Some((bp, bt, _)) => passes > *bp || (passes == *bp && time < *bt),
        };
        if better {
            best = Some((passes, time, e.clone()));
        }
    }
    best.map(|b| b.2)
}

fn passing(r: &RunResults, engine: &str) -> usize {
    r.outcomes
        .iter()
        .filter(|o| o.engine == engine && o.passed && counts_for_recommendation(r, o.mode))
        .count()
}

/// `Recommended engine: <name>` from a report's text.
pub fn parse_recommendation(report: &str) -> Option<String> {
    report.lines().find_map(|l| {
        l.trim()
            .trim_matches('*')
            .strip_prefix("Recommended engine:")
            .map(|r| {
                r.trim()
                    .trim_matches('*')
                    .trim_matches('`')
                    .trim()
                    .to_owned()
            })
    })
}

/// `REPORT.md`.
pub fn markdown(r: &RunResults) -> String {
    let mut s = String::new();
    let rec = recommend(r).unwrap_or_else(|| "none".into());
    writeln!(s, "# persha conformance report\n").unwrap();
    writeln!(
        s,
        "Generated by `cargo run -p persha-conformance --release -- report` \
         (engines: {}; modes: {}; seed {}). Cells are pass/fail/known-failure; \
         `(n!)` marks unexpected passes.\n",
        r.engines.join(", "),
        r.modes
            .iter()
            .map(|m| m.name())
            .collect::<Vec<_>>()
            .join(", "),
        r.seed
    )
    .unwrap();
    writeln!(s, "Recommended engine: {rec}\n").unwrap();
    writeln!(
        s,
        "Rule: the engine with the most passing results over every case and \
         mode (plain, restart, crash; known failures count as failures); a tie \
         goes to the engine whose cases took less total time. crash-images \
         (crash mode with a heap image at every idle moment) runs only where \
         the engine takes images (QuickJS; n/a elsewhere) and is not counted.\n"
    )
    .unwrap();
    writeln!(s, "## Totals\n").unwrap();
    write!(s, "| engine |").unwrap();
    for m in &r.modes {
        write!(s, " {} |", m.name()).unwrap();
    }
    writeln!(s, " passing results | case time |").unwrap();
    write!(s, "|---|").unwrap();
    for _ in &r.modes {
        write!(s, "---|").unwrap();
    }
    writeln!(s, "---|---|").unwrap();
    let pe = per_engine(r);
    for e in &r.engines {
        write!(s, "| {e} |").unwrap();
        for m in &r.modes {
            let c = pe.get(&(e.clone(), *m)).copied().unwrap_or_default();
            write!(s, " {} |", cell(c, e, *m)).unwrap();
        }
        let passes = passing(r, e);
        writeln!(s, " {passes} | {:.1}s |", engine_time(r, e).as_secs_f64()).unwrap();
    }
    let known = r.known();
    writeln!(
        s,
        "\n{} cases, {} results, {} known failures, {} unexpected results; total wall time {:.1}s.\n",
        r.cases,
        r.outcomes.len(),
        known,
        r.unexpected(),
        r.wall.as_secs_f64()
    )
    .unwrap();

    let t = tally(r);
    for (suite, title, col) in [
        (Suite::Node, "Node modules", "module"),
        (Suite::Test262, "test262 chapters", "chapter"),
    ] {
        let gs: Vec<String> = groups(r)
            .into_iter()
            .filter(|(su, _)| *su == suite)
            .map(|(_, g)| g)
            .collect();
        if gs.is_empty() {
            continue;
        }
        writeln!(s, "## {title}\n").unwrap();
        write!(s, "| {col} |").unwrap();
        let cols: Vec<(String, Mode)> = r
            .engines
            .iter()
            .flat_map(|e| r.modes.iter().map(move |m| (e.clone(), *m)))
            .collect();
        for (e, m) in &cols {
            write!(s, " {e} {} |", m.name()).unwrap();
        }
        writeln!(s).unwrap();
        write!(s, "|---|").unwrap();
        for _ in &cols {
            write!(s, "---|").unwrap();
        }
        writeln!(s).unwrap();
        for g in gs {
            write!(s, "| {g} |").unwrap();
            for (e, m) in &cols {
                let c = t
                    .get(&(suite, g.clone(), e.clone(), *m))
                    .copied()
                    .unwrap_or_default();
                write!(s, " {} |", cell(c, e, *m)).unwrap();
            }
            writeln!(s).unwrap();
        }
        writeln!(s).unwrap();
    }

    writeln!(s, "## Crash-mode divergences\n").unwrap();
    let crash: Vec<&Outcome> = r
        .outcomes
        .iter()
        .filter(|o| {
            matches!(o.mode, Mode::Crash | Mode::CrashImages)
                && !o.passed
                && !o.detail.contains("plain run failed")
        })
        .collect();
    if crash.is_empty() {
        writeln!(
            s,
            "None: every crash and crash-images run whose plain run passed matched it.\n"
        )
        .unwrap();
    } else {
        for o in crash {
            writeln!(
                s,
                "- `{}` on {} ({}){}: {}",
                o.case,
                o.engine,
                o.mode.name(),
                if o.known.is_some() { " (known)" } else { "" },
                o.detail.replace('|', "\\|")
            )
            .unwrap();
        }
        writeln!(s).unwrap();
    }

    writeln!(s, "## Failures\n").unwrap();
    let fails: Vec<&Outcome> = r
        .outcomes
        .iter()
        .filter(|o| o.verdict() != Verdict::Pass && o.mode == Mode::Plain)
        .collect();
    if fails.is_empty() {
        writeln!(s, "No plain-mode failures.").unwrap();
    } else {
        writeln!(
            s,
            "Plain-mode failures (a plain failure also fails that case's restart and crash modes):\n"
        )
        .unwrap();
        for o in fails {
            let why = match &o.known {
                Some(k) => format!("known: {k}"),
                None => "UNEXPECTED".into(),
            };
            writeln!(
                s,
                "- `{}` on {} — {why} — {}",
                o.case,
                o.engine,
                truncate(&o.detail, 200)
            )
            .unwrap();
        }
    }
    let other: Vec<&Outcome> = r
        .outcomes
        .iter()
        .filter(|o| {
            o.mode != Mode::Plain && o.unexpected() && !o.detail.contains("plain run failed")
        })
        .collect();
    if !other.is_empty() {
        writeln!(s, "\nUnexpected restart/crash results:\n").unwrap();
        for o in other {
            writeln!(s, "- {}", truncate(&failure_line(o), 300)).unwrap();
        }
    }
    s
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        let t: String = s.chars().take(n).collect();
        format!("{t}…")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_recommendation_line() {
        assert_eq!(
            parse_recommendation("# x\n\nRecommended engine: boa\n"),
            Some("boa".into())
        );
        assert_eq!(
            parse_recommendation("**Recommended engine: quickjs**"),
            Some("quickjs".into())
        );
        assert_eq!(parse_recommendation("nothing"), None);
    }

    fn outcome(engine: &str, mode: Mode, passed: bool) -> Outcome {
        Outcome {
            case: "node/timers/test-x.js".into(),
            suite: Suite::Node,
            group: "timers".into(),
            engine: engine.into(),
            mode,
            passed,
            detail: if passed {
                String::new()
            } else {
                "diverged".into()
            },
            elapsed: Duration::from_millis(10),
            known: None,
            flaky: false,
        }
    }

    /// crash-images gets its column, n/a on Boa, and does not sway the
    /// recommendation (only QuickJS runs it).
    #[test]
    fn crash_images_column_and_recommendation() {
        let mut outcomes = Vec::new();
        for m in [Mode::Plain, Mode::Restart, Mode::Crash] {
            outcomes.push(outcome("quickjs", m, m != Mode::Crash));
            outcomes.push(outcome("boa", m, true));
        }
        outcomes.push(outcome("quickjs", Mode::CrashImages, true));
        let r = RunResults {
            outcomes,
            engines: vec!["quickjs".into(), "boa".into()],
            modes: crate::MODES.to_vec(),
            seed: 1,
            wall: Duration::from_secs(1),
            cases: 1,
        };
        assert_eq!(recommend(&r).as_deref(), Some("boa"));
        let md = markdown(&r);
        assert!(
            md.contains("| engine | plain | restart | crash | crash-images |"),
            "{md}"
        );
        assert!(
            md.contains("| quickjs | 1/0/0 | 1/0/0 | 0/1/0 | 1/0/0 | 2 |"),
            "{md}"
        );
        assert!(
            md.contains("| boa | 1/0/0 | 1/0/0 | 1/0/0 | n/a | 3 |"),
            "{md}"
        );
        assert!(md.contains("quickjs crash-images | boa plain"), "{md}");
        assert!(
            md.contains("`node/timers/test-x.js` on quickjs (crash)"),
            "{md}"
        );
        let sum = summary(&r);
        assert!(sum.contains("n/a"), "{sum}");
    }
}
