//! Reading the journal back as turns: what to replay, what to re-run, and
//! whether the program has already finished.

use crate::DriverError;
use persha_engine::Value;
use persha_journal::{Entry, Record};

/// One turn as the journal holds it.
#[derive(Debug, Clone)]
pub(crate) struct LoggedTurn {
    pub turn: u64,
    pub event: Value,
    /// `Op` and `Interrupt` records, in order (across a `Retry`).
    pub ops: Vec<Record>,
    pub end: Option<(u32, Option<i32>)>,
    pub retried: bool,
    pub skipped: bool,
}

#[derive(Debug)]
pub(crate) struct Plan {
    /// Completed turns, to replay in order.
    pub turns: Vec<Replayed>,
    /// The incomplete final turn, to re-run once.
    pub retry: Option<Replayed>,
    /// A `--skip-turn` to record before replaying.
    pub skip: Option<u64>,
    /// Outputs of turns up to here were written out before the stop.
    pub flushed: u64,
    pub last_turn: u64,
    /// The program already ended with this exit code.
    pub finished: Option<i32>,
}

#[derive(Debug)]
pub(crate) struct Replayed {
    pub turn: u64,
    pub event: Value,
    pub ops: Vec<Record>,
    pub digest: u32,
}

fn inconsistent(e: &Entry, why: &str) -> DriverError {
    DriverError::JournalWrite(format!(
        "the journal is inconsistent at record {}: {why}; the store is unchanged",
        e.lsn
    ))
}

/// Group journal entries into turns.
pub(crate) fn turns(entries: &[Entry]) -> Result<(Vec<LoggedTurn>, u64), DriverError> {
    let mut out: Vec<LoggedTurn> = Vec::new();
    let mut flushed = 0;
    for e in entries {
        let open = out.last_mut().filter(|t| t.end.is_none() && !t.skipped);
        match (&e.record, open) {
            (Record::TurnStart { turn, event }, None) => out.push(LoggedTurn {
                turn: *turn,
                event: event.clone(),
                ops: Vec::new(),
                end: None,
                retried: false,
                skipped: false,
            }),
            (Record::Op { .. } | Record::Interrupt { .. }, Some(t)) => t.ops.push(e.record.clone()),
            (Record::TurnEnd { turn, digest, exit }, Some(t)) if *turn == t.turn => {
                t.end = Some((*digest, *exit))
            }
            (Record::Retry { turn }, Some(t)) if *turn == t.turn => t.retried = true,
            (Record::Skip { turn }, Some(t)) if *turn == t.turn => t.skipped = true,
            (Record::Flushed { turn }, _) => flushed = *turn,
            (Record::TurnStart { .. }, Some(t)) => {
                return Err(inconsistent(e, &format!("turn {} never ended", t.turn)));
            }
            (rec, _) => return Err(inconsistent(e, &format!("unexpected {rec:?}"))),
        }
    }
    Ok((out, flushed))
}

fn describe_event(ev: &Value) -> String {
    match ev.get("type").and_then(Value::as_str).unwrap_or("?") {
        "stdin" => {
            let line = match ev.get("data") {
                Some(Value::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
                Some(Value::String(s)) => s.clone(),
                _ => String::new(),
            };
            let short: String = line.trim_end().chars().take(60).collect();
            format!("standard-input line {short:?}")
        }
        "start" => "the start of the program".into(),
        "timer" => "timers falling due".into(),
        other => format!("a '{other}' event"),
    }
}

pub(crate) fn plan(entries: &[Entry], skip_turn: Option<u64>) -> Result<Plan, DriverError> {
    let (logged, flushed) = turns(entries)?;
    if logged.is_empty() {
        return Err(DriverError::NeverStarted);
    }
    let last_turn = logged.last().map(|t| t.turn).unwrap_or(0);
    let mut plan = Plan {
        turns: Vec::new(),
        retry: None,
        skip: None,
        flushed,
        last_turn,
        finished: None,
    };
    let n = logged.len();
    for (i, t) in logged.into_iter().enumerate() {
        if t.skipped {
            continue;
        }
        match t.end {
            Some((digest, exit)) => {
                if exit.is_some() {
                    plan.finished = exit;
                }
                plan.turns.push(Replayed {
                    turn: t.turn,
                    event: t.event,
                    ops: t.ops,
                    digest,
                })
            }
            None if i + 1 == n => {
                if skip_turn == Some(t.turn) {
                    plan.skip = Some(t.turn);
                } else if t.retried {
                    return Err(DriverError::TurnFailedBefore {
                        turn: t.turn,
                        what: describe_event(&t.event),
                    });
                } else {
                    plan.retry = Some(Replayed {
                        turn: t.turn,
                        event: t.event,
                        ops: t.ops,
                        digest: 0,
                    });
                }
            }
            None => unreachable!("turns() only leaves the last turn open"),
        }
    }
    if let Some(asked) = skip_turn
        && plan.skip != Some(asked)
    {
        return Err(DriverError::BadSkip {
            asked,
            why: format!(
                "only a turn that never completed can be skipped, and turn {asked} is not one (the journal's last turn is {last_turn})"
            ),
        });
    }
    Ok(plan)
}

/// What `persha status` shows about the journal's turns.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TurnSummary {
    pub turns: u64,
    pub finished: Option<i32>,
    pub incomplete: Option<u64>,
}

pub fn summarize(entries: &[Entry]) -> TurnSummary {
    let Ok((logged, _)) = turns(entries) else {
        return TurnSummary::default();
    };
    TurnSummary {
        turns: logged.iter().filter(|t| !t.skipped).count() as u64,
        finished: logged
            .iter()
            .rev()
            .find_map(|t| t.end.and_then(|(_, exit)| exit)),
        incomplete: logged
            .last()
            .filter(|t| t.end.is_none() && !t.skipped)
            .map(|t| t.turn),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(lsn: u64, record: Record) -> Entry {
        Entry { lsn, record }
    }

    fn start(turn: u64) -> Record {
        Record::TurnStart {
            turn,
            event: Value::Null,
        }
    }

    fn end(turn: u64) -> Record {
        Record::TurnEnd {
            turn,
            digest: 7,
            exit: None,
        }
    }

    #[test]
    fn completed_turns_replay_and_incomplete_one_retries() {
        let es = vec![
            entry(1, start(1)),
            entry(
                2,
                Record::Op {
                    op: "clock".into(),
                    result: Ok(Value::Number(1.0)),
                },
            ),
            entry(3, end(1)),
            entry(4, Record::Flushed { turn: 1 }),
            entry(5, start(2)),
        ];
        let p = plan(&es, None).unwrap();
        assert_eq!(p.turns.len(), 1);
        assert_eq!(p.turns[0].ops.len(), 1);
        assert_eq!(p.flushed, 1);
        assert_eq!(p.retry.as_ref().map(|t| t.turn), Some(2));
    }

    #[test]
    fn a_turn_that_failed_its_retry_stops_recovery_until_skipped() {
        let es = vec![
            entry(1, start(1)),
            entry(2, end(1)),
            entry(3, start(2)),
            entry(4, Record::Retry { turn: 2 }),
        ];
        let err = plan(&es, None).unwrap_err().to_string();
        assert!(err.contains("--skip-turn 2"), "{err}");
        let p = plan(&es, Some(2)).unwrap();
        assert_eq!(p.skip, Some(2));
        assert!(p.retry.is_none());
        assert!(plan(&es, Some(1)).is_err());
    }

    #[test]
    fn skipped_turns_stay_skipped() {
        let es = vec![
            entry(1, start(1)),
            entry(2, end(1)),
            entry(3, start(2)),
            entry(4, Record::Skip { turn: 2 }),
            entry(5, start(3)),
            entry(6, end(3)),
        ];
        let p = plan(&es, None).unwrap();
        assert_eq!(
            p.turns.iter().map(|t| t.turn).collect::<Vec<_>>(),
            vec![1, 3]
        );
        assert_eq!(summarize(&es).turns, 2);
    }

    #[test]
    fn finished_programs_are_reported() {
        let es = vec![
            entry(1, start(1)),
            entry(
                2,
                Record::TurnEnd {
                    turn: 1,
                    digest: 0,
                    exit: Some(3),
                },
            ),
        ];
        assert_eq!(plan(&es, None).unwrap().finished, Some(3));
        assert_eq!(summarize(&es).finished, Some(3));
    }

    #[test]
    fn stray_records_are_named() {
        let es = vec![entry(
            1,
            Record::Op {
                op: "clock".into(),
                result: Ok(Value::Null),
            },
        )];
        let err = plan(&es, None).unwrap_err().to_string();
        assert!(err.contains("record 1"), "{err}");
    }
}
