//! Checkpoints: heap images that bound recovery time.
//!
//! Between turns (engine idle, every turn committed and flushed), once the
//! engine thread has used `cpu_ms` of CPU or the journal has grown by
//! `journal_bytes` since the last image, the driver makes the journal
//! durable up to its last record and has the engine's memory written to
//! `images/<lsn>.img` by a copy-on-write fork (`persha_image`). The image
//! records that lsn, the turn, and the driver's own state at that point.
//!
//! Recovery takes the newest image this binary can load whose position the
//! journal still confirms, loads it (checksum verified before the engine is
//! built), and replays only the journal after it; a damaged or foreign image
//! is reported and the next older one (or replay from the start) is used.
//! The journal is read only from the oldest candidate's segment on
//! ([`candidates`], `JournalWriter::open_from`), so restart time does not
//! grow with the history.

use crate::{Driver, DriverError, LoopState, Sink, recover};
use persha_engine::{Engine, EngineFactory, HeapRestore, Host};
use persha_image::{ImageMeta, Pending};
use persha_journal::{Entry, Record};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::time::Duration;

/// When to checkpoint, and where images go.
#[derive(Clone, Debug)]
pub struct CheckpointConfig {
    /// `<store>/images`.
    pub dir: PathBuf,
    /// Engine-thread CPU time since the last image that calls for a new one.
    pub cpu_ms: u64,
    /// Journal bytes written since the last image that call for a new one.
    pub journal_bytes: u64,
    /// Print one line per image to stderr (for benchmarks).
    pub trace: bool,
}

/// PersHA.js's interval: about 3 s of JavaScript CPU time.
pub const DEFAULT_CPU_MS: u64 = 3000;
/// One journal segment's worth.
pub const DEFAULT_JOURNAL_BYTES: u64 = 64 << 20;

/// The driver's own state, saved beside the heap: what it would otherwise
/// learn by replaying the turns the image covers.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
struct Saved {
    turn: u64,
    timer: Option<f64>,
    immediate: bool,
    alive: bool,
    stdin: bool,
    sigint: bool,
    /// `process.hrtime`'s floor (u128 split for postcard).
    hrtime_hi: u64,
    hrtime_lo: u64,
    /// CRC-32 of the journal's first record: ties the image to this program
    /// (a store started anew with `-init --force` has another).
    start_crc: u32,
}

/// The checkpoint side of a running driver.
#[derive(Default)]
pub(crate) struct Checkpointer {
    cfg: Option<CheckpointConfig>,
    pending: Option<Pending>,
    cpu_at_last: Duration,
    bytes_at_last: u64,
    start_crc: u32,
}

fn thread_cpu() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

pub(crate) fn record_crc(r: &Record) -> u32 {
    crc32fast::hash(&postcard::to_stdvec(r).unwrap_or_default())
}

impl Checkpointer {
    pub(crate) fn new(cfg: Option<CheckpointConfig>, engine: &mut dyn Engine) -> Self {
        // Only an engine that can image its heap gets checkpoints.
        let cfg =
            cfg.filter(|_| engine.as_snapshotable().is_some() && engine.capabilities().heap_image);
        Checkpointer {
            cfg,
            cpu_at_last: thread_cpu(),
            ..Default::default()
        }
    }

    pub(crate) fn set_start(&mut self, first: &Record) {
        self.start_crc = record_crc(first);
    }

    /// Wait for an image being written (the process is about to stop: the
    /// writer dies with the engine thread).
    pub(crate) fn finish(&mut self, sink: &mut dyn Sink) {
        if let Some(p) = self.pending.take() {
            let r = p.wait();
            self.settle(r, sink);
        }
    }

    fn settle(
        &mut self,
        r: Result<persha_image::Finished, persha_image::ImageError>,
        sink: &mut dyn Sink,
    ) {
        let Some(cfg) = &self.cfg else { return };
        match r {
            Ok(f) => {
                if cfg.trace {
                    let msg = format!(
                        "persha: checkpoint lsn={} bytes={} pause_us={} write_ms={:.1}\n",
                        f.lsn,
                        f.bytes,
                        f.pause.as_micros(),
                        f.elapsed.as_secs_f64() * 1e3
                    );
                    sink.write(2, msg.as_bytes());
                }
                // The new image is durable: older ones can go.
                let _ = persha_image::prune(&cfg.dir, persha_image::KEEP, None);
            }
            Err(e) => {
                let msg = format!(
                    "persha: a checkpoint failed (recovery will replay more of the journal): {e}\n"
                );
                sink.write(2, msg.as_bytes());
            }
        }
    }
}

impl Driver<'_> {
    /// Called between turns: note a finished image, start a new one when due.
    pub(crate) fn maybe_checkpoint(&mut self) -> Result<(), DriverError> {
        let Some(cfg) = self.ckpt.cfg.clone() else {
            return Ok(());
        };
        if let Some(p) = self.ckpt.pending.as_mut() {
            match p.poll() {
                None => return Ok(()),
                Some(r) => {
                    self.ckpt.pending = None;
                    self.ckpt.settle(r, &mut *self.sink);
                }
            }
        }
        // Every turn so far committed and its outputs released: the journal
        // ends with a `Flushed` record and the heap matches it exactly.
        if self.group > 0 || !self.held.is_empty() {
            return Ok(());
        }
        let bytes = self.shared.borrow().journal.stats().bytes_written;
        let cpu = thread_cpu();
        let due = cpu.saturating_sub(self.ckpt.cpu_at_last) >= Duration::from_millis(cfg.cpu_ms)
            || bytes.saturating_sub(self.ckpt.bytes_at_last) >= cfg.journal_bytes;
        if !due {
            return Ok(());
        }
        // The image must never be ahead of the durable journal.
        self.journal(|j| j.sync_now())?;
        let lsn = self.shared.borrow().journal.next_lsn() - 1;
        let hr = self.shared.borrow().input_ctx.last_hrtime_ns;
        let saved = Saved {
            turn: self.turn,
            timer: self.state.timer,
            immediate: self.state.immediate,
            alive: self.state.alive,
            stdin: self.state.stdin,
            sigint: self.state.sigint,
            hrtime_hi: (hr >> 64) as u64,
            hrtime_lo: hr as u64,
            start_crc: self.ckpt.start_crc,
        };
        let Some(image) = self.engine.as_snapshotable().and_then(|s| s.heap_image()) else {
            self.ckpt.cfg = None;
            return Ok(());
        };
        let meta = ImageMeta {
            lsn,
            turn: self.turn,
            created_ms: crate::now_ms() as u64,
            identity: image.identity.clone(),
            driver: postcard::to_stdvec(&saved).unwrap_or_default(),
        };
        let spawned = persha_image::spawn(&cfg.dir, &meta, &image.ranges);
        drop(image);
        self.ckpt.cpu_at_last = thread_cpu();
        self.ckpt.bytes_at_last = bytes;
        match spawned {
            Ok(p) => self.ckpt.pending = Some(p),
            Err(e) => self.ckpt.settle(Err(e), &mut *self.sink),
        }
        Ok(())
    }

    /// Put the driver where the image left it.
    pub(crate) fn apply_image(&mut self, loaded: &Restored) {
        let s = &loaded.saved;
        self.turn = s.turn;
        self.state = LoopState {
            timer: s.timer,
            immediate: s.immediate,
            alive: s.alive,
            stdin: s.stdin,
            sigint: s.sigint,
            exit: None,
        };
        self.shared.borrow_mut().input_ctx.last_hrtime_ns =
            (u128::from(s.hrtime_hi) << 64) | u128::from(s.hrtime_lo);
    }
}

/// An image read into memory and checked, waiting for its host.
pub(crate) struct Loaded {
    pub restore: Box<dyn HeapRestore>,
    pub meta: ImageMeta,
    saved: Saved,
}

pub(crate) struct Restored {
    saved: Saved,
}

impl Loaded {
    pub(crate) fn finish(self, host: Box<dyn Host>) -> Result<(Box<dyn Engine>, Restored), String> {
        let engine = self.restore.finish(host)?;
        Ok((engine, Restored { saved: self.saved }))
    }
}

/// An image this binary could load, its meta read, not yet checked against
/// the journal.
pub(crate) struct Candidate {
    pub lsn: u64,
    opened: persha_image::Opened,
    saved: Saved,
}

/// The images this binary could load, newest first. Their lsns bound how
/// much of the journal recovery needs to read.
pub(crate) fn candidates(
    checkpoints: Option<&CheckpointConfig>,
    factory: &dyn EngineFactory,
    sink: &mut dyn Sink,
) -> Vec<Candidate> {
    let (Some(cfg), Some(identity)) = (checkpoints, factory.image_identity()) else {
        return Vec::new();
    };
    let images = match persha_image::list(&cfg.dir) {
        Ok(v) => v,
        Err(e) => {
            sink.write(
                2,
                format!("persha: cannot list heap images: {e}\n").as_bytes(),
            );
            return Vec::new();
        }
    };
    let mut out = Vec::new();
    for (lsn, path) in images {
        let opened = match persha_image::open(&path) {
            Ok(o) => o,
            Err(e) => {
                skip(sink, &path, e.to_string());
                continue;
            }
        };
        let meta = &opened.meta;
        if meta.identity != identity || meta.lsn != lsn {
            // Written by another build: expected after an upgrade, not news.
            continue;
        }
        let Ok(saved) = postcard::from_bytes::<Saved>(&meta.driver) else {
            skip(sink, &path, "its driver state does not decode".into());
            continue;
        };
        out.push(Candidate { lsn, opened, saved });
    }
    out
}

fn skip(sink: &mut dyn Sink, path: &std::path::Path, why: String) {
    let msg = format!("persha: not using heap image {}: {why}\n", path.display());
    sink.write(2, msg.as_bytes());
}

/// The newest candidate the journal confirms and that loads intact, read
/// into the engine's memory; `None` to replay from the start. `entries`
/// hold at least every record from the oldest candidate's lsn on; `first`
/// is the journal's first record.
pub(crate) fn load_newest(
    checkpoints: Option<&CheckpointConfig>,
    factory: &dyn EngineFactory,
    candidates: Vec<Candidate>,
    entries: &[Entry],
    first: Option<&Entry>,
    sink: &mut dyn Sink,
) -> Result<Option<Loaded>, DriverError> {
    let (Some(cfg), Some(first)) = (checkpoints, first) else {
        return Ok(None);
    };
    let start_crc = record_crc(&first.record);
    for Candidate { lsn, opened, saved } in candidates {
        let path = opened.path.clone();
        let meta = &opened.meta;
        // The journal must still hold the image's position, as the end of
        // the turn it names, in this same program.
        let confirmed = entries
            .binary_search_by_key(&lsn, |e| e.lsn)
            .is_ok_and(|i| entries[i].record == Record::Flushed { turn: meta.turn })
            && saved.start_crc == start_crc
            && saved.turn == meta.turn;
        if !confirmed {
            skip(
                sink,
                &path,
                format!("the journal does not confirm its position (record {lsn})"),
            );
            continue;
        }
        let mut restore = match factory.begin_restore() {
            Ok(r) => r,
            Err(e) => {
                skip(sink, &path, e);
                return Ok(None);
            }
        };
        let t = std::time::Instant::now();
        match opened.load(restore.as_mut()) {
            Ok(meta) => {
                if cfg.trace {
                    let msg = format!(
                        "persha: restoring heap image lsn={lsn} turn={} load_ms={:.1} journal_from={}\n",
                        meta.turn,
                        t.elapsed().as_secs_f64() * 1e3,
                        entries.first().map_or(0, |e| e.lsn),
                    );
                    sink.write(2, msg.as_bytes());
                }
                return Ok(Some(Loaded {
                    restore,
                    meta,
                    saved,
                }));
            }
            Err(e) => {
                // Dropping `restore` gives its memory back untouched.
                drop(restore);
                skip(sink, &path, e.to_string());
            }
        }
    }
    Ok(None)
}

/// The recovery plan for the journal after an image at `turn`.
pub(crate) fn plan_after(
    tail: &[Entry],
    skip_turn: Option<u64>,
    turn: u64,
) -> Result<recover::Plan, DriverError> {
    if tail.is_empty() {
        if let Some(asked) = skip_turn {
            return Err(DriverError::BadSkip {
                asked,
                why: format!(
                    "only a turn that never completed can be skipped, and turn {asked} is not one (the journal's last turn is {turn})"
                ),
            });
        }
        return Ok(recover::Plan {
            turns: Vec::new(),
            retry: None,
            skip: None,
            flushed: turn,
            last_turn: turn,
            finished: None,
        });
    }
    let mut plan = recover::plan(tail, skip_turn)?;
    // The image was taken after the outputs of its turns were written.
    plan.flushed = plan.flushed.max(turn);
    plan.last_turn = plan.last_turn.max(turn);
    Ok(plan)
}
