use persha_engine::{HostError, Value};
use persha_journal::*;
use std::fs;
use std::path::{Path, PathBuf};

fn sample(i: u64) -> Record {
    match i % 7 {
        0 => Record::TurnStart {
            turn: i,
            event: Value::object([
                ("type", Value::from("stdin")),
                ("data", Value::Bytes((0..(i % 50) as u8).collect())),
            ]),
        },
        1 => Record::Op {
            op: "Date.now".into(),
            result: Ok(Value::Number(i as f64 * 1.5)),
        },
        2 => Record::Op {
            op: "fs.readFile".into(),
            result: Err(HostError::with_code("ENOENT", format!("no such file {i}"))),
        },
        3 => Record::Interrupt { polls: i * 1000 },
        4 => Record::TurnEnd {
            turn: i,
            digest: i as u32 ^ 0xdead_beef,
            exit: i.is_multiple_of(2).then_some(3),
        },
        5 => Record::Flushed { turn: i },
        _ => {
            if i.is_multiple_of(2) {
                Record::Retry { turn: i }
            } else {
                Record::Skip { turn: i }
            }
        }
    }
}

/// Where one record's frame lies on disk.
#[derive(Clone, Debug)]
struct Pos {
    file: PathBuf,
    start: u64,
    end: u64,
}

/// Writes `records` flushing after each, so positions are exact.
fn write_all(dir: &Path, records: &[Record], segment_size: u64) -> Vec<Pos> {
    let opts = JournalOptions {
        fsync: FsyncPolicy::Never,
        segment_size,
    };
    let (mut w, rec) = JournalWriter::open_with(dir, opts).unwrap();
    assert!(rec.entries.is_empty());
    let mut out = Vec::new();
    for (i, r) in records.iter().enumerate() {
        let (before_file, before) = {
            let (f, o) = w.position();
            (f.to_path_buf(), o)
        };
        assert_eq!(w.append(r).unwrap(), i as u64 + 1);
        w.flush().unwrap();
        let (file, end) = w.position();
        let start = if file == before_file { before } else { 24 };
        out.push(Pos {
            file: file.to_path_buf(),
            start,
            end,
        });
    }
    w.sync_now().unwrap();
    out
}

fn entries(records: &[Record]) -> Vec<Entry> {
    records
        .iter()
        .enumerate()
        .map(|(i, r)| Entry {
            lsn: i as u64 + 1,
            record: r.clone(),
        })
        .collect()
}

fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut v: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let d = fs::read(&p).unwrap();
            (p, d)
        })
        .collect();
    v.sort();
    v
}

/// Copies a journal directory into a fresh temp dir; returns the copy and a
/// function mapping original paths to copied ones.
fn copy_dir(src: &Path) -> tempfile::TempDir {
    let dst = tempfile::tempdir().unwrap();
    for e in fs::read_dir(src).unwrap() {
        let p = e.unwrap().path();
        fs::copy(&p, dst.path().join(p.file_name().unwrap())).unwrap();
    }
    dst
}

fn moved(p: &Path, to: &Path) -> PathBuf {
    to.join(p.file_name().unwrap())
}

/// Cuts the journal stream at byte `cut` of `file`: truncates it and removes
/// every later segment (which could not exist yet at that point).
fn cut_at(dir: &Path, file: &Path, cut: u64) {
    let f = fs::OpenOptions::new().write(true).open(file).unwrap();
    f.set_len(cut).unwrap();
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.file_name().unwrap() > file.file_name().unwrap() {
            fs::remove_file(p).unwrap();
        }
    }
}

#[test]
fn round_trip_across_segments() {
    let dir = tempfile::tempdir().unwrap();
    let records: Vec<Record> = (0..500).map(sample).collect();
    let pos = write_all(dir.path(), &records, 1024);
    let r = read_journal(dir.path()).unwrap();
    assert_eq!(r.entries, entries(&records));
    assert_eq!(r.torn_tail, None);
    assert_eq!(r.next_lsn, 501);
    assert!(
        r.segments.len() > 5,
        "expected several segments, got {}",
        r.segments.len()
    );
    // Segment names are their first lsn; no segment exceeds the size limit.
    for (i, p) in pos.iter().enumerate() {
        let name = p.file.file_name().unwrap().to_str().unwrap();
        let first: u64 = name.trim_end_matches(".seg").parse().unwrap();
        assert!(first <= i as u64 + 1);
        assert!(p.end <= 1024);
    }
    let total: u64 = r
        .segments
        .iter()
        .map(|p| fs::metadata(p).unwrap().len())
        .sum();
    assert_eq!(r.bytes, total);

    // Reopen, append, read back.
    let (mut w, rec) = JournalWriter::open(dir.path(), FsyncPolicy::Always).unwrap();
    assert_eq!(rec.entries.len(), 500);
    assert_eq!(w.append(&sample(1000)).unwrap(), 501);
    w.commit().unwrap();
    drop(w);
    let mut all = records.clone();
    all.push(sample(1000));
    assert_eq!(read_journal(dir.path()).unwrap().entries, entries(&all));
}

#[test]
fn empty_and_missing_journal() {
    let dir = tempfile::tempdir().unwrap();
    let r = read_journal(&dir.path().join("nope")).unwrap();
    assert_eq!((r.entries.len(), r.next_lsn, r.torn_tail), (0, 1, None));
    assert!(
        !dir.path().join("nope").exists(),
        "read_journal must not create anything"
    );
    let (w, r) = JournalWriter::open(&dir.path().join("j"), FsyncPolicy::Always).unwrap();
    assert_eq!((r.entries.len(), w.next_lsn()), (0, 1));
    drop(w);
    let r = read_journal(&dir.path().join("j")).unwrap();
    assert_eq!((r.entries.len(), r.next_lsn, r.segments.len()), (0, 1, 1));
}

/// Recovery after a cut at `cut` bytes of `file` (a copy of `orig`).
fn check_cut(orig: &Path, records: &[Record], pos: &[Pos], file: &Path, cut: u64) {
    let copy = copy_dir(orig);
    let d = copy.path();
    let file_c = moved(file, d);
    cut_at(d, &file_c, cut);
    // Records wholly before the cut survive.
    let keep = pos
        .iter()
        .take_while(|p| p.file < file.to_path_buf() || (p.file == file && p.end <= cut))
        .count();
    let expected = entries(&records[..keep]);
    let good_end = if keep > 0 && pos[keep - 1].file == file {
        pos[keep - 1].end
    } else {
        24
    };
    let dropped = if cut < 24 { cut } else { cut - good_end };

    let before = snapshot(d);
    let r = read_journal(d).unwrap();
    assert_eq!(snapshot(d), before, "read_journal modified files");
    assert_eq!(r.entries, expected, "cut {cut} of {}", file.display());
    if dropped > 0 {
        let t = r.torn_tail.as_ref().expect("torn tail not reported");
        assert_eq!(t.file, file_c);
        assert_eq!(t.dropped_bytes, dropped);
        assert_eq!(t.offset, if cut < 24 { 0 } else { good_end });
    } else {
        assert_eq!(r.torn_tail, None, "cut {cut}");
    }

    let (mut w, r2) = JournalWriter::open(d, FsyncPolicy::Always).unwrap();
    assert_eq!(r2, r);
    assert_eq!(w.next_lsn(), keep as u64 + 1);
    let extra = Record::Op {
        op: "after-recovery".into(),
        result: Ok(Value::Null),
    };
    assert_eq!(w.append(&extra).unwrap(), keep as u64 + 1);
    w.commit().unwrap();
    drop(w);
    let r3 = read_journal(d).unwrap();
    let mut want = expected;
    want.push(Entry {
        lsn: keep as u64 + 1,
        record: extra,
    });
    assert_eq!(r3.entries, want);
    assert_eq!(r3.torn_tail, None);
}

#[test]
fn truncate_at_every_offset_of_last_three_records() {
    // One big segment; then small segments so the last records span a roll.
    for (n, seg) in [
        (40u64, DEFAULT_SEGMENT_SIZE),
        (40, 300),
        (41, 300),
        (42, 300),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let records: Vec<Record> = (0..n).map(sample).collect();
        let pos = write_all(dir.path(), &records, seg);
        let mut cuts = Vec::new();
        for p in &pos[pos.len() - 3..] {
            for cut in p.start..=p.end {
                cuts.push((p.file.clone(), cut));
            }
            if p.start == 24 {
                // The record opens a segment: also cut inside its header.
                for cut in 0..24 {
                    cuts.push((p.file.clone(), cut));
                }
            }
        }
        for (file, cut) in cuts {
            check_cut(dir.path(), &records, &pos, &file, cut);
        }
    }
}

fn flip(file: &Path, offset: u64, mask: u8) {
    let mut d = fs::read(file).unwrap();
    d[offset as usize] ^= mask;
    fs::write(file, d).unwrap();
}

fn expect_corrupt(d: &Path, file: &Path, offset: u64) {
    let before = snapshot(d);
    for attempt in 0..2 {
        let err = if attempt == 0 {
            read_journal(d).unwrap_err()
        } else {
            JournalWriter::open(d, FsyncPolicy::Always).unwrap_err()
        };
        match &err {
            JournalError::Corrupt {
                file: f, offset: o, ..
            } => {
                assert_eq!((f.as_path(), *o), (file, offset), "{err}");
            }
            other => panic!("expected Corrupt, got {other}"),
        }
        let msg = err.to_string();
        assert!(msg.contains(&file.display().to_string()), "{msg}");
        assert!(msg.contains(&format!("offset {offset}")), "{msg}");
        assert!(msg.contains("left unchanged"), "{msg}");
        assert_eq!(snapshot(d), before, "files modified on corruption");
    }
}

#[test]
fn flipped_byte_in_middle_record_is_corruption() {
    for (n, seg, mid) in [
        (20u64, DEFAULT_SEGMENT_SIZE, 10usize),
        (40, 300, 2),
        (40, 300, 20),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let records: Vec<Record> = (0..n).map(sample).collect();
        let pos = write_all(dir.path(), &records, seg);
        let p = &pos[mid];
        for off in p.start..p.end {
            for mask in [0x01, 0x80, 0xff] {
                let copy = copy_dir(dir.path());
                let f = moved(&p.file, copy.path());
                flip(&f, off, mask);
                expect_corrupt(copy.path(), &f, p.start);
            }
        }
    }
}

#[test]
fn last_record_of_a_non_last_segment_is_not_a_torn_tail() {
    let dir = tempfile::tempdir().unwrap();
    let records: Vec<Record> = (0..40).map(sample).collect();
    let pos = write_all(dir.path(), &records, 300);
    let i = (0..pos.len() - 1)
        .find(|&i| pos[i].file != pos[i + 1].file)
        .unwrap();
    let copy = copy_dir(dir.path());
    let f = moved(&pos[i].file, copy.path());
    flip(&f, pos[i].end - 1, 0x10);
    expect_corrupt(copy.path(), &f, pos[i].start);
    // Truncated non-last segment: also corruption.
    let copy = copy_dir(dir.path());
    let f = moved(&pos[i].file, copy.path());
    fs::OpenOptions::new()
        .write(true)
        .open(&f)
        .unwrap()
        .set_len(pos[i].end - 3)
        .unwrap();
    expect_corrupt(copy.path(), &f, pos[i].start);
}

#[test]
fn flipped_byte_in_last_record_is_a_torn_tail() {
    let dir = tempfile::tempdir().unwrap();
    let records: Vec<Record> = (0..20).map(sample).collect();
    let pos = write_all(dir.path(), &records, DEFAULT_SEGMENT_SIZE);
    let p = pos.last().unwrap();
    // Checksum and payload bytes (a damaged length is covered above).
    for off in p.start + 4..p.end {
        let copy = copy_dir(dir.path());
        let f = moved(&p.file, copy.path());
        flip(&f, off, 0x04);
        let r = read_journal(copy.path()).unwrap();
        assert_eq!(r.entries, entries(&records[..19]));
        assert_eq!(
            r.torn_tail,
            Some(TornTail {
                file: f.clone(),
                offset: p.start,
                dropped_bytes: p.end - p.start
            })
        );
        let (_w, r2) = JournalWriter::open(copy.path(), FsyncPolicy::Always).unwrap();
        assert_eq!(r2, r);
        assert_eq!(
            fs::metadata(&f).unwrap().len(),
            p.start,
            "torn tail not truncated"
        );
    }
}

#[test]
fn zeroed_tail_is_torn_but_zeros_before_data_are_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    let records: Vec<Record> = (0..5).map(sample).collect();
    let pos = write_all(dir.path(), &records, DEFAULT_SEGMENT_SIZE);
    let f = pos[0].file.clone();
    let len = fs::metadata(&f).unwrap().len();

    // Zeros appended (file extended, data lost): torn.
    let copy = copy_dir(dir.path());
    let fc = moved(&f, copy.path());
    fs::OpenOptions::new()
        .write(true)
        .open(&fc)
        .unwrap()
        .set_len(len + 100)
        .unwrap();
    let r = read_journal(copy.path()).unwrap();
    assert_eq!(r.entries, entries(&records));
    assert_eq!(
        r.torn_tail,
        Some(TornTail {
            file: fc.clone(),
            offset: len,
            dropped_bytes: 100
        })
    );

    // A record zeroed out in the middle: corrupt.
    let copy = copy_dir(dir.path());
    let fc = moved(&f, copy.path());
    let mut d = fs::read(&fc).unwrap();
    for b in &mut d[pos[2].start as usize..pos[2].end as usize] {
        *b = 0;
    }
    fs::write(&fc, d).unwrap();
    expect_corrupt(copy.path(), &fc, pos[2].start);
}

#[test]
fn bad_headers_and_missing_segments_are_corrupt() {
    let dir = tempfile::tempdir().unwrap();
    let records: Vec<Record> = (0..60).map(sample).collect();
    let pos = write_all(dir.path(), &records, 300);
    let segs = read_journal(dir.path()).unwrap().segments;
    assert!(segs.len() >= 4);
    for off in [0u64, 7, 8, 12, 19, 20, 23] {
        for seg in [&segs[1], segs.last().unwrap()] {
            let copy = copy_dir(dir.path());
            let f = moved(seg, copy.path());
            flip(&f, off, 0x01);
            let err = read_journal(copy.path()).unwrap_err();
            assert!(
                matches!(&err, JournalError::Corrupt { file, offset, .. } if *file == f && *offset == 0),
                "{err}"
            );
        }
    }
    // A missing middle segment breaks lsn density.
    let copy = copy_dir(dir.path());
    fs::remove_file(moved(&segs[1], copy.path())).unwrap();
    expect_corrupt(copy.path(), &moved(&segs[2], copy.path()), 0);
    // Garbage file names are ignored.
    let copy = copy_dir(dir.path());
    fs::write(copy.path().join("notes.txt"), "hi").unwrap();
    assert_eq!(read_journal(copy.path()).unwrap().entries.len(), pos.len());
}

#[test]
fn fsync_policies() {
    for (policy, max_fsyncs, min_fsyncs) in [
        (FsyncPolicy::Always, 52, 52),
        (FsyncPolicy::Never, 2, 2),
        (FsyncPolicy::Batch, 4, 2),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let (mut w, _) = JournalWriter::open(dir.path(), policy).unwrap();
        for i in 0..50 {
            w.append(&sample(i)).unwrap();
            w.commit().unwrap();
        }
        let s = w.stats();
        assert!(
            (min_fsyncs..=max_fsyncs).contains(&s.fsyncs),
            "{policy:?}: {} fsyncs",
            s.fsyncs
        );
        assert_eq!(s.records, 50);
        let len = fs::metadata(w.position().0).unwrap().len();
        assert_eq!(s.bytes_written, len);
        if policy != FsyncPolicy::Always {
            assert!(w.has_unsynced() || policy == FsyncPolicy::Batch);
            w.sync_now().unwrap();
            assert!(!w.has_unsynced());
        }
    }
}

/// Real short writes: RLIMIT_FSIZE makes write() fail with EFBIG once the
/// file reaches the limit, after a partial write, like a full disk. Runs in a
/// child process because the limit is process-wide.
#[test]
fn write_failure_at_size_limit_leaves_whole_frames() {
    const ENV: &str = "PERSHA_JOURNAL_RLIMIT_CHILD";
    if let Ok(dir) = std::env::var(ENV) {
        rlimit_child(Path::new(&dir));
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "write_failure_at_size_limit_leaves_whole_frames",
            "--nocapture",
        ])
        .args(["--test-threads", "1"])
        .env(ENV, dir.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("CHILD OK"),
        "child failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn rlimit_child(dir: &Path) {
    const LIMIT: u64 = 4000;
    let mut old = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: plain libc calls with valid pointers.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
        assert_eq!(libc::getrlimit(libc::RLIMIT_FSIZE, &mut old), 0);
        let lim = libc::rlimit {
            rlim_cur: LIMIT as libc::rlim_t,
            rlim_max: old.rlim_max,
        };
        assert_eq!(libc::setrlimit(libc::RLIMIT_FSIZE, &lim), 0);
    }
    let (mut w, _) = JournalWriter::open(dir, FsyncPolicy::Always).unwrap();
    let big = |i: u64| Record::Op {
        op: format!("op{i}"),
        result: Ok(Value::Bytes(vec![i as u8; 150])),
    };
    let mut committed = Vec::new();
    let err = loop {
        let r = big(committed.len() as u64);
        w.append(&r).unwrap();
        match w.commit() {
            Ok(()) => committed.push(r),
            Err(e) => break e,
        }
    };
    match &err {
        JournalError::Io { source, .. } => {
            assert_eq!(source.raw_os_error(), Some(libc::EFBIG), "{err}")
        }
        other => panic!("expected Io, got {other}"),
    }
    let (path, good) = w.position();
    let len = fs::metadata(path).unwrap().len();
    assert!(good < LIMIT);
    assert_eq!(len, good, "a partial frame was left behind");
    let r = read_journal(dir).unwrap();
    assert_eq!(r.entries, entries(&committed));
    assert_eq!(r.torn_tail, None);

    // Space is back: the buffered record is retried.
    // SAFETY: as above.
    unsafe {
        assert_eq!(libc::setrlimit(libc::RLIMIT_FSIZE, &old), 0);
    }
    committed.push(big(committed.len() as u64));
    w.commit().unwrap();
    drop(w);
    assert_eq!(read_journal(dir).unwrap().entries, entries(&committed));
    println!("CHILD OK");
}

/// The first lsn of a segment, from its file name.
fn seg_first_lsn(p: &Path) -> u64 {
    p.file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .trim_end_matches(".seg")
        .parse()
        .unwrap()
}

fn opts() -> JournalOptions {
    JournalOptions {
        fsync: FsyncPolicy::Never,
        segment_size: 300,
    }
}

#[test]
fn bounded_read_is_the_suffix_of_the_full_read() {
    let dir = tempfile::tempdir().unwrap();
    let records: Vec<Record> = (0..120).map(sample).collect();
    let pos = write_all(dir.path(), &records, 300);
    let full = read_journal(dir.path()).unwrap();
    assert!(full.segments.len() > 5);
    // Every lsn, segment boundaries included, and past the end.
    for from in 1..=125u64 {
        let r = read_journal_from(dir.path(), from).unwrap();
        let want: Vec<Entry> = full
            .entries
            .iter()
            .filter(|e| e.lsn >= from)
            .cloned()
            .collect();
        assert_eq!(r.entries, want, "from {from}");
        assert_eq!(r.next_lsn, full.next_lsn);
        assert_eq!(r.torn_tail, None);
        assert_eq!(r.segments, full.segments);
        // Only the segment holding `from` (or the last) and later ones are read.
        let start_seg = pos
            .get(from as usize - 1)
            .map(|p| seg_first_lsn(&p.file))
            .unwrap_or_else(|| seg_first_lsn(&pos.last().unwrap().file));
        let read: u64 = r
            .segments
            .iter()
            .filter(|p| seg_first_lsn(p) >= start_seg)
            .map(|p| fs::metadata(p).unwrap().len())
            .sum();
        assert_eq!(r.bytes, read, "from {from}");
    }
    // The writer opened that way appends after the last record.
    let (mut w, rec) = JournalWriter::open_from(dir.path(), opts(), 100).unwrap();
    assert_eq!(rec.entries.first().map(|e| e.lsn), Some(100));
    assert_eq!(w.append(&sample(1000)).unwrap(), 121);
    w.sync_now().unwrap();
    drop(w);
    let mut all = records.clone();
    all.push(sample(1000));
    assert_eq!(read_journal(dir.path()).unwrap().entries, entries(&all));
}

#[test]
fn bounded_read_does_not_need_the_skipped_segments() {
    let dir = tempfile::tempdir().unwrap();
    let records: Vec<Record> = (0..80).map(sample).collect();
    let pos = write_all(dir.path(), &records, 300);
    let last_seg = seg_first_lsn(&pos.last().unwrap().file);
    let from = last_seg + 1;
    // Damage a middle record of the first segment, and a whole later
    // (skipped) segment's header.
    let copy = copy_dir(dir.path());
    let f = moved(&pos[2].file, copy.path());
    flip(&f, pos[2].start + 9, 0x40);
    let skipped = (0..pos.len())
        .map(|i| &pos[i].file)
        .find(|p| (11..last_seg).contains(&seg_first_lsn(p)))
        .unwrap();
    flip(&moved(skipped, copy.path()), 3, 0xff);
    assert!(matches!(
        read_journal(copy.path()),
        Err(JournalError::Corrupt { .. })
    ));
    let r = read_journal_from(copy.path(), from).unwrap();
    assert_eq!(r.entries, entries(&records)[from as usize - 1..].to_vec());
    let (w, r) = JournalWriter::open_from(copy.path(), opts(), from).unwrap();
    assert_eq!((w.next_lsn(), r.entries.len() as u64), (81, 81 - from));
    // The first record is still readable on its own.
    assert_eq!(
        read_first_record(copy.path()).unwrap(),
        Some(entries(&records)[0].clone())
    );
}

#[test]
fn bounded_read_reports_damage_in_what_it_reads() {
    let dir = tempfile::tempdir().unwrap();
    let records: Vec<Record> = (0..80).map(sample).collect();
    let pos = write_all(dir.path(), &records, 300);
    // `from` in the middle of a segment, not its first record.
    let i = (1..pos.len() - 1)
        .find(|&i| pos[i].file == pos[i - 1].file && pos[i].file == pos[i + 1].file)
        .unwrap();
    let from = i as u64 + 1;
    // Damage before `from` in its segment (checksummed, not decoded), at
    // `from`, and in a later segment: each is reported where it is.
    let later = (i + 1..pos.len() - 1)
        .find(|&j| pos[j].file != pos[i].file)
        .unwrap();
    for j in [i - 1, i, later] {
        let copy = copy_dir(dir.path());
        let f = moved(&pos[j].file, copy.path());
        flip(&f, pos[j].start + 9, 0x40);
        let before = snapshot(copy.path());
        for attempt in 0..2 {
            let err = if attempt == 0 {
                read_journal_from(copy.path(), from).unwrap_err()
            } else {
                JournalWriter::open_from(copy.path(), opts(), from).unwrap_err()
            };
            match &err {
                JournalError::Corrupt {
                    file: ef, offset, ..
                } => assert_eq!((ef.as_path(), *offset), (f.as_path(), pos[j].start)),
                other => panic!("expected Corrupt, got {other}"),
            }
        }
        assert_eq!(
            snapshot(copy.path()),
            before,
            "files modified on corruption"
        );
    }
    // A swapped-in record with the wrong lsn before `from` is caught too.
    let copy = copy_dir(dir.path());
    let f = moved(&pos[i - 1].file, copy.path());
    let mut d = fs::read(&f).unwrap();
    let (a, b) = (pos[i - 1].start as usize, pos[i - 1].end as usize);
    let (c, e) = (pos[i].start as usize, pos[i].end as usize);
    let mut frames = d[c..e].to_vec();
    frames.extend_from_slice(&d[a..b]);
    d.splice(a..e, frames);
    fs::write(&f, d).unwrap();
    assert!(matches!(
        read_journal_from(copy.path(), from),
        Err(JournalError::Corrupt { .. })
    ));
}

#[test]
fn bounded_open_drops_a_torn_tail() {
    let dir = tempfile::tempdir().unwrap();
    let records: Vec<Record> = (0..60).map(sample).collect();
    let pos = write_all(dir.path(), &records, 300);
    let last = pos.last().unwrap();
    cut_at(dir.path(), &last.file, last.end - 2);
    let r = read_journal_from(dir.path(), 30).unwrap();
    let torn = r.torn_tail.clone().expect("torn tail");
    assert_eq!((torn.offset, r.next_lsn), (last.start, 60));
    let (mut w, rec) = JournalWriter::open_from(dir.path(), opts(), 30).unwrap();
    assert_eq!(rec.torn_tail, Some(torn));
    assert_eq!(fs::metadata(&last.file).unwrap().len(), last.start);
    assert_eq!(w.append(&sample(7)).unwrap(), 60);
    w.sync_now().unwrap();
    drop(w);
    let mut want = records[..59].to_vec();
    want.push(sample(7));
    assert_eq!(read_journal(dir.path()).unwrap().entries, entries(&want));
}

#[test]
fn first_record_alone() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(read_first_record(&dir.path().join("none")).unwrap(), None);
    let (w, _) = JournalWriter::open(dir.path(), FsyncPolicy::Always).unwrap();
    drop(w);
    assert_eq!(read_first_record(dir.path()).unwrap(), None);
    let dir = tempfile::tempdir().unwrap();
    let records: Vec<Record> = (0..30).map(sample).collect();
    let pos = write_all(dir.path(), &records, 300);
    assert_eq!(
        read_first_record(dir.path()).unwrap(),
        Some(entries(&records)[0].clone())
    );
    // Damage anywhere but the first frame does not matter to it.
    let copy = copy_dir(dir.path());
    flip(&moved(&pos[1].file, copy.path()), pos[1].start + 9, 1);
    assert!(read_first_record(copy.path()).unwrap().is_some());
    // Damage in it, or in the header, is reported.
    for off in [5, pos[0].start + 9] {
        let copy = copy_dir(dir.path());
        let f = moved(&pos[0].file, copy.path());
        flip(&f, off, 1);
        match read_first_record(copy.path()) {
            Err(JournalError::Corrupt { file, .. }) => assert_eq!(file, f),
            other => panic!("expected Corrupt, got {other:?}"),
        }
    }
}
