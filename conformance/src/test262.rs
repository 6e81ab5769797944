//! test262's file format: the `/*--- ... ---*/` front matter, and composing
//! a case with its harness files into one persha program.

use std::path::Path;

/// What a case's front matter says.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Meta {
    pub description: String,
    pub flags: Vec<String>,
    pub includes: Vec<String>,
    /// `negative:` — (phase, type).
    pub negative: Option<(String, String)>,
}

impl Meta {
    pub fn has_flag(&self, f: &str) -> bool {
        self.flags.iter().any(|x| x == f)
    }
    pub fn is_async(&self) -> bool {
        self.has_flag("async")
    }
}

fn list(v: &str) -> Vec<String> {
    v.trim()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .split(',')
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

/// Parse the YAML front matter (the subset test262 uses: scalars, flow
/// lists, the `negative:` mapping, block lists for `includes`/`flags`).
pub fn parse_meta(src: &str) -> Result<Meta, String> {
    let start = src.find("/*---").ok_or("no /*--- front matter")?;
    let end = src[start..]
        .find("---*/")
        .ok_or("front matter not closed with ---*/")?;
    let body = &src[start + 5..start + end];
    let mut m = Meta::default();
    let mut section = String::new();
    let (mut phase, mut typ) = (None, None);
    for line in body.lines() {
        if line.trim().is_empty() {
            continue;
        }
        let indented = line.starts_with(' ') || line.starts_with('\t');
        let t = line.trim();
        if indented {
            if let Some(item) = t.strip_prefix("- ") {
                match section.as_str() {
                    "includes" => m.includes.push(item.trim().to_owned()),
                    "flags" => m.flags.push(item.trim().to_owned()),
                    _ => {}
                }
                continue;
            }
            if section == "negative" {
                if let Some((k, v)) = t.split_once(':') {
                    match k.trim() {
                        "phase" => phase = Some(v.trim().to_owned()),
                        "type" => typ = Some(v.trim().to_owned()),
                        _ => {}
                    }
                }
            } else if section == "description" {
                if !m.description.is_empty() {
                    m.description.push(' ');
                }
                m.description.push_str(t);
            }
            continue;
        }
        let Some((k, v)) = t.split_once(':') else {
            continue;
        };
        section = k.trim().to_owned();
        let v = v.trim();
        match section.as_str() {
            "description" if v != "|" && v != ">" => m.description = v.to_owned(),
            "flags" => m.flags.extend(list(v)),
            "includes" => m.includes.extend(list(v)),
            _ => {}
        }
    }
    match (phase, typ) {
        (Some(p), Some(t)) => m.negative = Some((p, t)),
        (None, None) => {}
        _ => return Err("negative: needs both phase and type".into()),
    }
    Ok(m)
}

/// How a case is run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    Strict,
    Sloppy,
    /// `flags: [raw]`: the source as is, no harness, no prefix.
    Raw,
}

impl Variant {
    pub fn name(self) -> &'static str {
        match self {
            Variant::Strict => "strict",
            Variant::Sloppy => "sloppy",
            Variant::Raw => "raw",
        }
    }
}

/// The variants the flags ask for (default: both strict and sloppy).
pub fn variants(m: &Meta) -> Vec<Variant> {
    if m.has_flag("raw") {
        vec![Variant::Raw]
    } else if m.has_flag("onlyStrict") {
        vec![Variant::Strict]
    } else if m.has_flag("noStrict") {
        vec![Variant::Sloppy]
    } else {
        vec![Variant::Strict, Variant::Sloppy]
    }
}

/// The program persha runs: `"use strict";` (strict variant), the harness
/// (`assert.js`, `sta.js`, `doneprintHandle.js` for async cases, then the
/// case's includes), then the case.
pub fn compose(harness: &Path, m: &Meta, src: &str, v: Variant) -> Result<String, String> {
    let mut out = String::new();
    if v == Variant::Strict {
        out.push_str("\"use strict\";\n");
    }
    if v != Variant::Raw {
        let mut files = vec!["assert.js".to_owned(), "sta.js".to_owned()];
        if m.is_async() {
            files.push("doneprintHandle.js".to_owned());
        }
        files.extend(m.includes.iter().cloned());
        for f in files {
            let p = harness.join(&f);
            let text = std::fs::read_to_string(&p)
                .map_err(|e| format!("harness file {}: {e}", p.display()))?;
            out.push_str(&text);
            if !text.ends_with('\n') {
                out.push('\n');
            }
        }
    }
    out.push_str(src);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_front_matter() {
        let src = "// c\n/*---\ndescription: a thing\n  continued\nflags: [onlyStrict, async]\n\
                   includes:\n  - compareArray.js\nnegative:\n  phase: parse\n  type: SyntaxError\n---*/\nx";
        let m = parse_meta(src).unwrap();
        assert_eq!(m.description, "a thing continued");
        assert_eq!(m.flags, vec!["onlyStrict", "async"]);
        assert_eq!(m.includes, vec!["compareArray.js"]);
        assert_eq!(
            m.negative,
            Some(("parse".to_owned(), "SyntaxError".to_owned()))
        );
        assert_eq!(variants(&m), vec![Variant::Strict]);
        assert!(parse_meta("no meta").is_err());
    }
}
