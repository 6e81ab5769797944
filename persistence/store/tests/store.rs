use persha_journal::{FsyncPolicy, JournalWriter, Record};
use persha_store::*;
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

fn meta(program: Program) -> StoreMeta {
    StoreMeta {
        format: STORE_FORMAT,
        persha_version: "0.1.0".into(),
        engine: "quickjs".into(),
        program,
        created_ms: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis() as u64
            - (3 * 3600 + 12 * 60) * 1000,
        argv: vec!["persha".into(), "-init".into(), "app.js".into()],
        cwd: "/home/u".into(),
    }
}

fn script() -> Program {
    Program::Script {
        path: "app.js".into(),
    }
}

fn mode(p: &Path) -> u32 {
    fs::metadata(p).unwrap().permissions().mode() & 0o777
}

fn write_turns(store: &Store, exit: Option<i32>) {
    let (mut w, _) = JournalWriter::open(&store.journal_dir(), FsyncPolicy::Always).unwrap();
    for turn in 1..=3 {
        w.append(&Record::TurnStart {
            turn,
            event: persha_engine::Value::Null,
        })
        .unwrap();
        let exit = if turn == 3 { exit } else { None };
        w.append(&Record::TurnEnd {
            turn,
            digest: 0,
            exit,
        })
        .unwrap();
    }
    w.commit().unwrap();
}

#[test]
fn create_open_status_round_trip() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("a/b/.persha");
    let m = meta(script());
    let store = Store::create(&dir, m.clone(), false).unwrap();
    assert_eq!(store.meta(), &m);
    assert_eq!(store.dir(), dir);
    assert_eq!(store.journal_dir(), dir.join("journal"));
    assert_eq!(mode(&dir), 0o700);
    assert_eq!(mode(&dir.join("store.json")), 0o600);
    assert_eq!(mode(&dir.join("lock")), 0o600);
    assert!(!dir.join("store.json.tmp").exists());
    write_turns(&store, None);

    // While held: running, with our pid.
    let st = status(&dir).unwrap();
    assert_eq!(
        st.state,
        State::Running {
            pid: Some(std::process::id())
        }
    );
    assert_eq!((st.records, st.turns), (6, 3));
    assert_eq!(st.engine, "quickjs");
    assert_eq!(st.program, script());
    assert!(st.journal_bytes > 24);
    assert_eq!(st.torn_tail, None);
    // The probe did not steal the lock: we can still tell others no.
    assert!(matches!(Store::open(&dir), Err(StoreError::Locked { .. })));
    drop(store);

    let st = status(&dir).unwrap();
    assert_eq!(st.state, State::Suspended);
    let text = st.to_string();
    for want in [
        "state:     suspended",
        "3h 12m ago",
        "script app.js",
        "quickjs",
        "3 turns, 6 records",
    ] {
        assert!(text.contains(want), "missing {want:?} in\n{text}");
    }
    let store = Store::open(&dir).unwrap();
    assert_eq!(store.meta(), &m);
    write_turns(&store, Some(7));
    drop(store);
    let st = status(&dir).unwrap();
    assert_eq!(st.state, State::Finished { code: 7 });
    assert!(st.to_string().contains("finished with exit code 7"));
}

#[test]
fn second_lock_refused_with_pid_and_released_on_drop() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let store = Store::create(dir, meta(Program::Repl), false).unwrap();
    // flock is per open file description: a second open in this process conflicts.
    let err = Store::open(dir).unwrap_err();
    match &err {
        StoreError::Locked { dir: d, pid } => {
            assert_eq!(d, dir);
            assert_eq!(*pid, Some(std::process::id()));
        }
        other => panic!("expected Locked, got {other}"),
    }
    let msg = err.to_string();
    assert!(
        msg.contains(&format!(
            "another persha (pid {}) is running on {}",
            std::process::id(),
            dir.display()
        )),
        "{msg}"
    );
    let err = Store::create(dir, meta(Program::Repl), true).unwrap_err();
    assert!(
        matches!(err, StoreError::Locked { .. }),
        "force must not break a lock: {err}"
    );
    drop(store);
    let _again = Store::open(dir).unwrap();
}

/// A lock held by another process is refused with that process's pid, and
/// released by the OS when it is killed.
#[test]
fn lock_held_by_child_process() {
    const ENV: &str = "PERSHA_STORE_LOCK_CHILD";
    if let Ok(dir) = std::env::var(ENV) {
        let _s = Store::open(Path::new(&dir)).unwrap();
        println!("LOCKED");
        std::thread::sleep(std::time::Duration::from_secs(60));
        return;
    }
    use std::io::{BufRead, BufReader};
    let tmp = tempfile::tempdir().unwrap();
    drop(Store::create(tmp.path(), meta(script()), false).unwrap());
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "lock_held_by_child_process",
            "--nocapture",
            "--test-threads",
            "1",
        ])
        .env(ENV, tmp.path())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    assert!(lines.any(|l| l.unwrap().contains("LOCKED")));
    match Store::open(tmp.path()) {
        Err(StoreError::Locked { pid, .. }) => assert_eq!(pid, Some(child.id())),
        other => panic!("expected Locked, got {other:?}"),
    }
    assert_eq!(
        status(tmp.path()).unwrap().state,
        State::Running {
            pid: Some(child.id())
        }
    );
    child.kill().unwrap(); // SIGKILL: no cleanup runs
    child.wait().unwrap();
    let _s = Store::open(tmp.path()).unwrap();
}

#[test]
fn create_over_existing_refused_then_forced() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let store = Store::create(dir, meta(script()), false).unwrap();
    write_turns(&store, Some(2));
    drop(store);

    let err = Store::create(dir, meta(Program::Repl), false).unwrap_err();
    let msg = err.to_string();
    let StoreError::AlreadyExists { description, .. } = &err else {
        panic!("{err}")
    };
    for want in [
        "script app.js",
        "quickjs",
        "finished with exit code 2",
        "3 turns",
        "3h 12m ago",
    ] {
        assert!(
            description.contains(want),
            "missing {want:?}: {description}"
        );
    }
    assert!(
        msg.contains("persha -restart") && msg.contains("persha -init --force"),
        "{msg}"
    );
    assert!(msg.contains(&dir.display().to_string()));
    // Refusal left everything in place.
    assert_eq!(status(dir).unwrap().records, 6);

    let store = Store::create(dir, meta(Program::Repl), true).unwrap();
    assert_eq!(store.meta().program, Program::Repl);
    drop(store);
    let st = status(dir).unwrap();
    assert_eq!(
        (st.program, st.records, st.state),
        (Program::Repl, 0, State::Suspended)
    );

    // A journal without store.json also counts as an existing program.
    let tmp2 = tempfile::tempdir().unwrap();
    let store = Store::create(tmp2.path(), meta(script()), false).unwrap();
    write_turns(&store, None);
    drop(store);
    fs::remove_file(tmp2.path().join("store.json")).unwrap();
    let err = Store::create(tmp2.path(), meta(script()), false).unwrap_err();
    assert!(matches!(err, StoreError::AlreadyExists { .. }), "{err}");
    assert!(matches!(
        Store::open(tmp2.path()),
        Err(StoreError::BadMeta { .. })
    ));
}

#[test]
fn existing_dir_keeps_its_mode_but_new_files_are_private() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("d");
    fs::create_dir(&dir).unwrap();
    fs::set_permissions(&dir, fs::Permissions::from_mode(0o755)).unwrap();
    drop(Store::create(&dir, meta(script()), false).unwrap());
    assert_eq!(mode(&dir), 0o755);
    assert_eq!(mode(&dir.join("store.json")), 0o600);
    assert_eq!(mode(&dir.join("lock")), 0o600);
    assert_eq!(mode(&dir.join("journal")), 0o700);
}

#[test]
fn not_found() {
    let tmp = tempfile::tempdir().unwrap();
    for dir in [tmp.path().join("missing"), tmp.path().to_path_buf()] {
        let err = Store::open(&dir).unwrap_err();
        assert!(matches!(err, StoreError::NotFound { .. }), "{err}");
        assert_eq!(
            err.to_string(),
            format!(
                "no persha program in {} to restart; start one with `persha -init [app.js]`",
                dir.display()
            )
        );
        assert!(matches!(status(&dir), Err(StoreError::NotFound { .. })));
    }
    assert!(
        !tmp.path().join("missing").exists(),
        "open must not create the directory"
    );
}

#[test]
fn garbled_meta_names_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    drop(Store::create(tmp.path(), meta(script()), false).unwrap());
    let file = tmp.path().join("store.json");
    fs::write(&file, "{ not json").unwrap();
    for err in [
        Store::open(tmp.path()).unwrap_err(),
        status(tmp.path()).unwrap_err(),
    ] {
        assert!(matches!(err, StoreError::BadMeta { .. }), "{err}");
        let msg = err.to_string();
        assert!(
            msg.contains(&file.display().to_string()) && msg.contains("--force"),
            "{msg}"
        );
    }
    // A newer format is refused, not misread.
    let mut m = meta(script());
    m.format = STORE_FORMAT + 1;
    fs::write(&file, serde_json::to_string(&m).unwrap()).unwrap();
    let err = Store::open(tmp.path()).unwrap_err();
    assert!(err.to_string().contains("not supported"), "{err}");
    // --force replaces an unreadable store too.
    let err = Store::create(tmp.path(), meta(script()), false).unwrap_err();
    assert!(matches!(err, StoreError::AlreadyExists { .. }), "{err}");
    drop(Store::create(tmp.path(), meta(script()), true).unwrap());
    Store::open(tmp.path()).unwrap();
}

#[test]
fn status_reports_torn_tail_without_touching_it() {
    let tmp = tempfile::tempdir().unwrap();
    let store = Store::create(tmp.path(), meta(script()), false).unwrap();
    write_turns(&store, None);
    drop(store);
    let seg = tmp.path().join("journal/00000000000000000001.seg");
    let len = fs::metadata(&seg).unwrap().len();
    fs::OpenOptions::new()
        .write(true)
        .open(&seg)
        .unwrap()
        .set_len(len - 2)
        .unwrap();
    let st = status(tmp.path()).unwrap();
    assert_eq!(st.records, 5);
    let t = st.torn_tail.clone().expect("torn tail");
    assert_eq!(t.file, seg);
    assert_eq!(
        fs::metadata(&seg).unwrap().len(),
        len - 2,
        "status modified the journal"
    );
    assert!(st.to_string().contains("torn tail:"), "{st}");

    // Corruption is shown, not fatal to status.
    let mut d = fs::read(&seg).unwrap();
    d[30] ^= 0xff;
    fs::write(&seg, d).unwrap();
    let st = status(tmp.path()).unwrap();
    assert!(
        st.journal_error.as_deref().unwrap().contains("corrupt"),
        "{st}"
    );
}
