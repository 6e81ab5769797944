use super::*;
use persha_engine::{Engine, HeapRestore, Host};

/// A restore target over a plain buffer at a known address.
struct Buf {
    base: usize,
    mem: Vec<u8>,
}

impl HeapRestore for Buf {
    fn place(&mut self, addr: usize, len: usize) -> Result<&mut [u8], String> {
        let off = addr.checked_sub(self.base).ok_or("below")?;
        self.mem
            .get_mut(off..off + len)
            .ok_or_else(|| "above".to_string())
    }
    fn finish(self: Box<Self>, _: Box<dyn Host>) -> Result<Box<dyn Engine>, String> {
        Err("not an engine".into())
    }
}

fn meta(lsn: u64) -> ImageMeta {
    ImageMeta {
        lsn,
        turn: lsn / 2,
        created_ms: 7,
        identity: b"test-id".to_vec(),
        driver: vec![1, 2, 3],
    }
}

/// Memory with data, a free (zero) gap, and data again.
fn memory() -> Vec<u8> {
    let mut m = vec![0u8; PAGE * 8];
    m[..100].fill(0xAB);
    m[PAGE * 5 + 17] = 9;
    m[PAGE * 8 - 1] = 1;
    m
}

fn write(dir: &Path, lsn: u64, mem: &[u8]) -> Finished {
    spawn(dir, &meta(lsn), &[(mem.as_ptr() as usize, mem.len())])
        .unwrap()
        .wait()
        .unwrap()
}

#[test]
fn round_trip_skips_free_pages() {
    let d = tempfile::tempdir().unwrap();
    let mem = memory();
    let f = write(d.path(), 10, &mem);
    // 3 data pages of 8, plus framing.
    assert!(f.bytes < (PAGE * 4) as u64, "{}", f.bytes);
    let opened = open(&f.path).unwrap();
    assert_eq!(opened.meta, meta(10));
    let mut target = Buf {
        base: mem.as_ptr() as usize,
        mem: vec![0; mem.len()],
    };
    assert_eq!(opened.load(&mut target).unwrap(), meta(10));
    assert_eq!(target.mem, mem);
}

#[test]
fn any_damaged_byte_is_caught() {
    let d = tempfile::tempdir().unwrap();
    let mem = memory();
    let f = write(d.path(), 3, &mem);
    let good = std::fs::read(&f.path).unwrap();
    for at in (0..good.len()).step_by(97).chain([good.len() - 1]) {
        let mut bad = good.clone();
        bad[at] ^= 0x40;
        std::fs::write(&f.path, &bad).unwrap();
        let mut target = Buf {
            base: mem.as_ptr() as usize,
            mem: vec![0; mem.len()],
        };
        let r = open(&f.path).and_then(|o| o.load(&mut target));
        assert!(r.is_err(), "flip at {at} not caught");
    }
    // Cut short anywhere.
    for cut in [10, 40, good.len() / 2, good.len() - 1] {
        std::fs::write(&f.path, &good[..cut]).unwrap();
        let mut target = Buf {
            base: mem.as_ptr() as usize,
            mem: vec![0; mem.len()],
        };
        assert!(open(&f.path).and_then(|o| o.load(&mut target)).is_err());
    }
}

#[test]
fn retention_keeps_the_newest_two() {
    let d = tempfile::tempdir().unwrap();
    let mem = memory();
    for lsn in [5, 9, 20] {
        write(d.path(), lsn, &mem);
    }
    std::fs::write(d.path().join(".4.1.img.tmp"), b"partial").unwrap();
    assert_eq!(prune(d.path(), KEEP, None).unwrap(), 1);
    let left: Vec<u64> = list(d.path()).unwrap().iter().map(|(l, _)| *l).collect();
    assert_eq!(left, vec![20, 9]);
    assert!(!d.path().join(".4.1.img.tmp").exists());
}
