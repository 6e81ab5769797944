use persha_engine::{HostError, Value};
use persha_journal::*;
use proptest::prelude::*;
use std::fs;

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Undefined),
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<f64>()
            .prop_filter("NaN != NaN", |f| !f.is_nan())
            .prop_map(Value::Number),
        ".{0,40}".prop_map(Value::String),
        proptest::collection::vec(any::<u8>(), 0..200).prop_map(Value::Bytes),
    ];
    leaf.prop_recursive(2, 16, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::vec(("[a-z]{0,6}", inner), 0..4).prop_map(Value::Object),
        ]
    })
}

fn record() -> impl Strategy<Value = Record> {
    prop_oneof![
        (any::<u64>(), value()).prop_map(|(turn, event)| Record::TurnStart { turn, event }),
        ("[a-zA-Z.]{1,12}", value()).prop_map(|(op, v)| Record::Op { op, result: Ok(v) }),
        ("[a-z]{1,8}", ".{0,30}").prop_map(|(op, m)| Record::Op {
            op,
            result: Err(HostError::with_code("EIO", m)),
        }),
        any::<u64>().prop_map(|polls| Record::Interrupt { polls }),
        (any::<u64>(), any::<u32>(), any::<Option<i32>>())
            .prop_map(|(turn, digest, exit)| Record::TurnEnd { turn, digest, exit }),
        any::<u64>().prop_map(|turn| Record::Flushed { turn }),
        any::<u64>().prop_map(|turn| Record::Retry { turn }),
        any::<u64>().prop_map(|turn| Record::Skip { turn }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Cut the byte stream (segments concatenated) anywhere: recovery keeps
    /// exactly the records wholly before the cut and appending resumes.
    #[test]
    fn random_records_random_cut(
        records in proptest::collection::vec(record(), 1..40),
        seg in prop_oneof![Just(200u64), Just(1000), Just(DEFAULT_SEGMENT_SIZE)],
        cut_frac in 0.0f64..=1.0,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let opts = JournalOptions { fsync: FsyncPolicy::Never, segment_size: seg };
        let (mut w, _) = JournalWriter::open_with(dir.path(), opts).unwrap();
        // Global stream offset at which each record ends.
        let mut ends = Vec::new();
        let mut done_segs: u64 = 0; // bytes of segments before the current one
        let mut cur = w.position().0.to_path_buf();
        for r in &records {
            w.append(r).unwrap();
            w.flush().unwrap();
            let (p, off) = w.position();
            if p != cur {
                done_segs += fs::metadata(&cur).unwrap().len();
                cur = p.to_path_buf();
            }
            ends.push(done_segs + off);
        }
        drop(w);
        let segs = read_journal(dir.path()).unwrap().segments;
        let total: u64 = segs.iter().map(|p| fs::metadata(p).unwrap().len()).sum();
        prop_assert_eq!(total, *ends.last().unwrap());

        let cut = ((total as f64) * cut_frac) as u64;
        let mut base = 0;
        for s in &segs {
            let len = fs::metadata(s).unwrap().len();
            if cut < base {
                fs::remove_file(s).unwrap();
            } else if cut < base + len {
                fs::OpenOptions::new().write(true).open(s).unwrap().set_len(cut - base).unwrap();
            }
            base += len;
        }
        let keep = ends.iter().take_while(|&&e| e <= cut).count();
        let (mut w, rec) = JournalWriter::open(dir.path(), FsyncPolicy::Always).unwrap();
        let got: Vec<Record> = rec.entries.iter().map(|e| e.record.clone()).collect();
        prop_assert_eq!(&got[..], &records[..keep]);
        let good = if keep == 0 { 0 } else { ends[keep - 1] };
        // Bytes beyond the last whole record that are not just a segment header.
        if let Some(t) = &rec.torn_tail {
            prop_assert!(t.dropped_bytes > 0 && t.dropped_bytes <= cut - good);
        } else {
            prop_assert!(cut == good || cut - good <= 24);
        }
        let extra = Record::Flushed { turn: 7 };
        prop_assert_eq!(w.append(&extra).unwrap(), keep as u64 + 1);
        w.commit().unwrap();
        drop(w);
        let after = read_journal(dir.path()).unwrap();
        prop_assert_eq!(after.entries.len(), keep + 1);
        prop_assert_eq!(&after.entries[keep].record, &extra);
        prop_assert!(after.entries.iter().enumerate().all(|(i, e)| e.lsn == i as u64 + 1));
        prop_assert_eq!(after.torn_tail, None);
    }
}
