//! Link `persha` as a non-PIE executable on Linux x86_64: its code and data
//! then sit at the same addresses in every run, which QuickJS heap images
//! rely on (they hold pointers to built-in functions and Rust vtables; see
//! docs/ARCHITECTURE.md, "Checkpoints"). Only the binaries get the flag:
//! proc-macros and build scripts are linked as usual, and the target
//! directory's layout does not change.

fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let arch = std::env::var("CARGO_CFG_TARGET_ARCH").unwrap_or_default();
    if os == "linux" && arch == "x86_64" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
