//! Embeds every module under `js/`: the loader first, then each file as a
//! registered module (named by its path, as Node names it). Adding a module
//! is adding a file.

use std::fmt::Write;
use std::path::Path;

fn collect(dir: &Path, prefix: &str, out: &mut Vec<String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("read js/")
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name().to_string_lossy().into_owned();
        let path = e.path();
        if path.is_dir() {
            collect(&path, &format!("{prefix}{name}/"), out);
        } else if let Some(stem) = name.strip_suffix(".js") {
            out.push(format!("{prefix}{stem}"));
        }
    }
}

fn main() {
    let js = Path::new(env!("CARGO_MANIFEST_DIR")).join("js");
    println!("cargo:rerun-if-changed={}", js.display());
    let mut names = Vec::new();
    collect(&js, "", &mut names);
    names.retain(|n| n != "internal/loader");
    let mut src = String::from("const MODULES: &[(&str, &str)] = &[\n");
    for n in &names {
        let path = js.join(format!("{n}.js"));
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(
            src,
            "    ({n:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .unwrap();
    }
    src.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("modules.rs");
    std::fs::write(out, src).unwrap();
}
