//! Unit tests that need the writer's internal failure hook.

use crate::*;
use persha_engine::Value;

fn rec(i: u64) -> Record {
    Record::TurnStart {
        turn: i,
        event: Value::String(format!("event number {i}")),
    }
}

/// A write that fails halfway (ENOSPC) must leave no half frame behind, keep
/// the records buffered, and succeed when retried.
#[test]
fn failed_flush_truncates_back_and_retries() {
    let dir = tempfile::tempdir().unwrap();
    let (mut w, _) = JournalWriter::open(dir.path(), FsyncPolicy::Always).unwrap();
    for i in 0..3 {
        w.append(&rec(i)).unwrap();
    }
    w.commit().unwrap();
    let (path, good) = w.position();
    let path = path.to_path_buf();
    assert_eq!(std::fs::metadata(&path).unwrap().len(), good);

    w.append(&rec(3)).unwrap();
    w.append(&rec(4)).unwrap();
    w.fail_after = Some(13); // mid-frame
    let err = w.commit().unwrap_err();
    match &err {
        JournalError::Io { path: p, source } => {
            assert_eq!(p, &path);
            assert_eq!(source.kind(), std::io::ErrorKind::StorageFull);
        }
        other => panic!("expected Io, got {other:?}"),
    }
    assert!(err.to_string().contains("disk is full"), "{err}");
    assert_eq!(
        std::fs::metadata(&path).unwrap().len(),
        good,
        "half frame left behind"
    );
    assert_eq!(w.position().1, good);

    // A reader now sees exactly the committed records, no torn tail.
    let r = read_journal(dir.path()).unwrap();
    assert_eq!(r.entries.len(), 3);
    assert_eq!(r.torn_tail, None);

    // Retry writes the still-buffered records.
    w.commit().unwrap();
    w.append(&rec(5)).unwrap();
    w.commit().unwrap();
    drop(w);
    let r = read_journal(dir.path()).unwrap();
    let got: Vec<_> = r
        .entries
        .iter()
        .map(|e| (e.lsn, e.record.clone()))
        .collect();
    let want: Vec<_> = (0..6).map(|i| (i + 1, rec(i))).collect();
    assert_eq!(got, want);
}

/// Failure while rolling to a new segment: the old segment keeps only whole
/// frames and the append that triggered the roll is not counted.
#[test]
fn failed_flush_during_roll() {
    let dir = tempfile::tempdir().unwrap();
    let opts = JournalOptions {
        fsync: FsyncPolicy::Never,
        segment_size: 200,
    };
    let (mut w, _) = JournalWriter::open_with(dir.path(), opts).unwrap();
    // Buffer a few records (no I/O yet: they fit the first segment).
    for i in 0..5 {
        w.append(&rec(i)).unwrap();
    }
    assert_eq!(w.position().1, 24);
    let before = w.next_lsn();
    w.fail_after = Some(1);
    // Keep appending until a roll happens (and fails).
    let err = loop {
        match w.append(&rec(99)) {
            Ok(_) => continue,
            Err(e) => break e,
        }
    };
    assert!(matches!(err, JournalError::Io { .. }));
    let seg1 = dir.path().join("00000000000000000001.seg");
    assert_eq!(
        std::fs::metadata(&seg1).unwrap().len(),
        24,
        "only the header survives"
    );
    assert!(w.next_lsn() >= before);
    let n = w.next_lsn();
    // Retry: the buffered records land, then the next append rolls fine.
    w.append(&rec(100)).unwrap();
    w.sync_now().unwrap();
    drop(w);
    let r = read_journal(dir.path()).unwrap();
    assert_eq!(r.entries.len() as u64, n);
    assert_eq!(r.next_lsn, n + 1);
    assert!(r.segments.len() >= 2);
}
