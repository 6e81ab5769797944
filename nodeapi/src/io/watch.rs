//! `fs.watch`: inotify (through the `notify` crate) watchers whose events
//! become `io` events. A watcher is a live OS resource like a socket: it is
//! created by an act op (so a missing path fails in the turn, as in Node)
//! and re-created by JavaScript after a restart.

use super::{deliver, event};
use notify::{EventKind, RecursiveMode, Watcher};
use persha_engine::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

static WATCHERS: Mutex<Option<HashMap<u64, notify::RecommendedWatcher>>> = Mutex::new(None);

/// Start watching `path` for the handle `id`; events name the changed
/// entry as Node does: relative to a watched directory, or the watched
/// file's own name.
pub fn start(id: u64, path: &Path, recursive: bool) -> Result<(), notify::Error> {
    let root: PathBuf = path.to_path_buf();
    let is_dir = root.is_dir();
    let mut w = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        let Ok(ev) = res else { return };
        let kind = match ev.kind {
            EventKind::Create(_) | EventKind::Remove(_) => "rename",
            EventKind::Modify(notify::event::ModifyKind::Name(_)) => "rename",
            EventKind::Modify(_) => "change",
            _ => return,
        };
        for p in &ev.paths {
            let name = if is_dir {
                p.strip_prefix(&root)
                    .unwrap_or(p)
                    .to_string_lossy()
                    .into_owned()
            } else {
                p.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default()
            };
            deliver(event(
                "watch",
                id,
                vec![
                    ("event".into(), Value::from(kind)),
                    ("filename".into(), Value::from(name)),
                ],
            ));
        }
    })?;
    let mode = if recursive {
        RecursiveMode::Recursive
    } else {
        RecursiveMode::NonRecursive
    };
    w.watch(path, mode)?;
    WATCHERS
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get_or_insert_with(HashMap::new)
        .insert(id, w);
    Ok(())
}

pub fn stop(id: u64) {
    if let Some(m) = WATCHERS.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
        m.remove(&id);
    }
}
