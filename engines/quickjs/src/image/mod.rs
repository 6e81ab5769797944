//! Heap images of a QuickJS world (Linux x86_64 only).
//!
//! The whole world — QuickJS's runtime, and every Rust object rquickjs
//! makes for it (function closures, class instances, its own bookkeeping) —
//! lives in one region at a fixed address ([`arena`]). Copying the region's
//! bytes while no JavaScript runs is an image; reading them back to the same
//! address in a later run of the *same executable* is the world again. Code
//! addresses inside the heap (C function pointers of built-ins, Rust vtables
//! of closures, class names) only stay valid when the executable is loaded at
//! a fixed address, so images need a non-PIE build (`cli/build.rs`) and are
//! tied to the build-id of the binary that wrote them.

pub mod arena;

use std::sync::OnceLock;

/// The identity an image is tied to, or why this process cannot image.
pub fn identity() -> &'static Result<Vec<u8>, String> {
    static ID: OnceLock<Result<Vec<u8>, String>> = OnceLock::new();
    ID.get_or_init(|| {
        if !arena::router_installed() {
            return Err("the binary does not route its allocations through the heap region (no #[global_allocator] Router)".into());
        }
        let (bias, build_id) = exe_facts()?;
        if bias != 0 {
            return Err("the executable is position-independent (PIE): its code moves between runs, so a heap image could not point into it (build with cli/build.rs's -no-pie)".into());
        }
        let build_id = build_id.ok_or("the executable has no GNU build-id note")?;
        let mut id = b"quickjs-arena/".to_vec();
        id.extend_from_slice(&arena::LAYOUT_VERSION.to_le_bytes());
        id.extend_from_slice(&build_id);
        Ok(id)
    })
}

/// The main executable's load bias and GNU build-id, read from its program
/// headers in memory (no file reads).
fn exe_facts() -> Result<(usize, Option<Vec<u8>>), String> {
    unsafe {
        let phdr = libc::getauxval(libc::AT_PHDR) as usize;
        let phnum = libc::getauxval(libc::AT_PHNUM) as usize;
        if phdr == 0 || phnum == 0 {
            return Err("no program headers in the auxiliary vector".into());
        }
        let phdrs = std::slice::from_raw_parts(phdr as *const libc::Elf64_Phdr, phnum);
        let bias = phdrs
            .iter()
            .find(|p| p.p_type == libc::PT_PHDR)
            .map(|p| phdr - p.p_vaddr as usize)
            .ok_or("the executable has no PT_PHDR")?;
        let mut id = None;
        for p in phdrs.iter().filter(|p| p.p_type == libc::PT_NOTE) {
            let mut at = bias + p.p_vaddr as usize;
            let end = at + p.p_memsz as usize;
            while at + 12 <= end {
                let namesz = *(at as *const u32) as usize;
                let descsz = *((at + 4) as *const u32) as usize;
                let kind = *((at + 8) as *const u32);
                let name = at + 12;
                let desc = name + namesz.next_multiple_of(4);
                if kind == 3 && namesz == 4 && *(name as *const [u8; 4]) == *b"GNU\0" {
                    id = Some(std::slice::from_raw_parts(desc as *const u8, descsz).to_vec());
                }
                at = desc + descsz.next_multiple_of(4);
            }
        }
        Ok((bias, id))
    }
}

/// Words of the region that point into other mappings of this process,
/// by mapping name: the check that nothing in an image depends on where
/// shared libraries, the brk heap or stacks happened to be.
pub fn scan_foreign_pointers() -> Vec<(String, usize)> {
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap_or_default();
    let exe = std::env::current_exe().ok();
    let mut regions: Vec<(usize, usize, String)> = Vec::new();
    for l in maps.lines() {
        let mut it = l.split_whitespace();
        let (Some(range), Some(perms)) = (it.next(), it.next()) else {
            continue;
        };
        let name = it.nth(3).unwrap_or("[anon]").to_string();
        let Some((a, b)) = range.split_once('-') else {
            continue;
        };
        let (Ok(a), Ok(b)) = (usize::from_str_radix(a, 16), usize::from_str_radix(b, 16)) else {
            continue;
        };
        if a == arena::BASE {
            continue;
        }
        let is_exe = exe.as_ref().is_some_and(|e| e.as_os_str() == name.as_str());
        let name = if is_exe {
            "executable".to_string()
        } else {
            format!("{name} {perms}")
        };
        regions.push((a, b, name));
    }
    let end = arena::end();
    let words =
        unsafe { std::slice::from_raw_parts(arena::BASE as *const usize, (end - arena::BASE) / 8) };
    let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
    for (i, &w) in words.iter().enumerate() {
        if w < 0x10000 || arena::contains(w as *const u8) {
            continue;
        }
        if let Some((a, b, n)) = regions.iter().find(|(a, b, _)| w >= *a && w < *b) {
            *counts.entry(n.clone()).or_default() += 1;
            if std::env::var_os("PERSHA_IMAGE_SCAN_WORDS").is_some() && n != "executable" {
                eprintln!(
                    "  word at {:#x} = {w:#x} in {a:#x}-{b:#x} {n}",
                    arena::BASE + 8 * i
                );
                let ctx: Vec<String> = words[i.saturating_sub(6)..(i + 6).min(words.len())]
                    .iter()
                    .map(|x| format!("{x:x}"))
                    .collect();
                eprintln!("    {}", ctx.join(" "));
            }
        }
    }
    counts.into_iter().collect()
}
