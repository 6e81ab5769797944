//! Golden REPL transcripts (insta), one per engine: they differ only in the
//! stack frame an engine reports for a thrown error, which the test checks.

mod common;
use common::*;

const SESSION: &str = r#"x = "Hello World"
1 + 2
var o = { a: 1, b: 'two', c: [1, 2, 3], d: { e: { f: { g: 1 } } } }
o
[1, 'a', null, undefined, true]
function named() {}
named
(function () {})
'quote\'s'
-0
[]
{}
null
undefined
new Error('oops').message
throw new Error('thrown')
_
typeof _
"#;

fn repl_transcript(engine: &'static str) {
    let d = Data::new(engine);
    let out = d.run(&["-init"], SESSION);
    assert_eq!(out.code, Some(0), "{out:?}");
    insta::assert_snapshot!(format!("repl_values_{engine}"), out.stdout);
    // Apart from stack frames, both engines print the same transcript.
    let other = if engine == "quickjs" {
        "boa"
    } else {
        "quickjs"
    };
    let other = std::fs::read_to_string(format!(
        "{}/tests/snapshots/transcripts__repl_values_{other}.snap",
        env!("CARGO_MANIFEST_DIR")
    ));
    if let Ok(other) = other {
        let body = |s: &str| -> Vec<String> {
            s.lines()
                .filter(|l| !l.trim_start().starts_with("at "))
                .map(|l| l.trim_end().to_owned())
                .collect()
        };
        let other_body: Vec<String> = body(&other)
            .into_iter()
            .skip_while(|l| l != "---")
            .skip(1)
            .collect();
        let other_body: Vec<String> = other_body
            .into_iter()
            .skip_while(|l| l != "---")
            .skip(1)
            .collect();
        assert_eq!(
            body(&out.stdout),
            other_body,
            "the engines' transcripts differ"
        );
    }
}

on_both_engines!(repl_transcript);
