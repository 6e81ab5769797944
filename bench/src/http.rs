//! HTTP: the plain `http` hello-world and the seed's express app, under
//! each `--fsync` policy, driven by `wrk` on loopback (installed from apt
//! when missing), against node running the same files; and the memory an
//! idle connection costs.

use crate::Config;
use crate::run;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub struct Http {
    pub rows: Vec<HttpRow>,
    /// (runner, KiB per 1,000 idle connections)
    pub conn_mem: Vec<(String, Option<u64>)>,
    pub wrk: Option<String>,
    pub notes: Vec<String>,
    pub secs: u64,
    pub conns: u32,
    /// Median time of one 4 KiB write + fsync on the temp directory's disk.
    pub fsync_ms: Option<f64>,
}

pub struct HttpRow {
    pub app: &'static str,
    /// `persha quickjs`, `node`...
    pub runner: String,
    pub fsync: &'static str,
    pub rps: f64,
    pub p50_ms: f64,
    pub p99_ms: f64,
}

/// `wrk`, installing Debian's package if it is missing and we may.
fn wrk() -> Option<String> {
    if let Some(w) = run::on_path("wrk") {
        return Some(w);
    }
    eprintln!("persha-bench: installing wrk (apt-get install -y wrk) for the HTTP benchmark");
    let ok = Command::new("apt-get")
        .args(["install", "-y", "-q", "wrk"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if ok { run::on_path("wrk") } else { None }
}

/// examples/express with node_modules from its lockfile, in a temp dir.
fn express_dir(tmp: &Path) -> Result<PathBuf, String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/express");
    let dir = tmp.join("express");
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    for f in ["package.json", "package-lock.json", "app.js"] {
        std::fs::copy(src.join(f), dir.join(f)).map_err(|e| format!("{f}: {e}"))?;
    }
    let st = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--loglevel=error"])
        .current_dir(&dir)
        .stdout(Stdio::null())
        .status()
        .map_err(|e| format!("npm: {e}"))?;
    if !st.success() {
        return Err("npm ci failed for examples/express".into());
    }
    Ok(dir)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or(38_080)
}

fn wait_listening(port: u16, child: &mut Child) -> Result<(), String> {
    let t0 = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(st)) = child.try_wait() {
            return Err(format!("the server exited ({st}) before listening"));
        }
        if t0.elapsed() > Duration::from_secs(30) {
            return Err("the server did not listen within 30 s".into());
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    Ok(())
}

/// Milliseconds from wrk's `50%   1.23ms` style values.
fn ms(v: &str) -> Option<f64> {
    let v = v.trim();
    let (num, unit) = v.split_at(v.find(|c: char| c.is_ascii_alphabetic())?);
    let n: f64 = num.parse().ok()?;
    Some(match unit {
        "us" => n / 1000.0,
        "ms" => n,
        "s" => n * 1000.0,
        "m" => n * 60_000.0,
        _ => return None,
    })
}

fn parse_wrk(out: &str) -> Option<(f64, f64, f64)> {
    let mut rps = None;
    let (mut p50, mut p99) = (None, None);
    for line in out.lines() {
        let t = line.trim();
        if let Some(v) = t.strip_prefix("Requests/sec:") {
            rps = v.trim().parse().ok();
        } else if let Some(v) = t.strip_prefix("50%") {
            p50 = ms(v);
        } else if let Some(v) = t.strip_prefix("99%") {
            p99 = ms(v);
        }
    }
    Some((rps?, p50?, p99?))
}

struct Server {
    child: Child,
    _data: Option<tempfile::TempDir>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(cfg: &Config, runner: &str, fsync: &str, app: &Path, port: u16) -> Result<Server, String> {
    let dir = app.parent().unwrap_or(Path::new("."));
    let (mut cmd, data) = if runner == "node" {
        let mut c = Command::new(cfg.node.as_deref().unwrap_or("node"));
        c.arg(app);
        (c, None)
    } else {
        let data = tempfile::tempdir().map_err(|e| e.to_string())?;
        let mut c = Command::new(&cfg.persha);
        c.args(["-init", &format!("--fsync={fsync}")])
            .arg(app)
            .env("PERSHA_DATA", data.path())
            .env("PERSHA_ENGINE", runner);
        (c, Some(data))
    };
    let child = cmd
        .current_dir(dir)
        .env("PORT", port.to_string())
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {runner}: {e}"))?;
    let mut s = Server { child, _data: data };
    wait_listening(port, &mut s.child)?;
    Ok(s)
}

fn load(wrk: &str, port: u16, secs: u64, conns: u32) -> Result<(f64, f64, f64), String> {
    let url = format!("http://127.0.0.1:{port}/");
    let out = Command::new(wrk)
        .args([
            "-t1",
            &format!("-c{conns}"),
            &format!("-d{secs}s"),
            "--latency",
            &url,
        ])
        .output()
        .map_err(|e| format!("wrk: {e}"))?;
    let text = String::from_utf8_lossy(&out.stdout);
    parse_wrk(&text).ok_or_else(|| format!("cannot read wrk's output: {text}"))
}

/// RSS growth of a server holding 1,000 idle connections, in KiB.
fn conn_memory(cfg: &Config, runner: &str, app: &Path) -> Result<Option<u64>, String> {
    let port = free_port();
    let s = start(cfg, runner, "batch", app, port)?;
    std::thread::sleep(Duration::from_millis(300));
    let before = run::rss_kib(s.child.id());
    let conns: Vec<TcpStream> = (0..1000)
        .filter_map(|_| TcpStream::connect(("127.0.0.1", port)).ok())
        .collect();
    // Let the server accept them all (each accept is a turn for persha).
    std::thread::sleep(Duration::from_millis(1500));
    let after = run::rss_kib(s.child.id());
    let n = conns.len() as u64;
    drop(conns);
    Ok(match (before, after) {
        (Some(b), Some(a)) if n > 0 => Some(a.saturating_sub(b) * 1000 / n),
        _ => None,
    })
}

pub fn measure(cfg: &Config) -> Result<Http, String> {
    let secs = if cfg.quick { 2 } else { 10 };
    let conns = 32;
    let mut h = Http {
        rows: Vec::new(),
        conn_mem: Vec::new(),
        wrk: None,
        notes: Vec::new(),
        secs,
        conns,
        fsync_ms: fsync_ms(),
    };
    if cfg.http == "none" {
        h.notes
            .push("HTTP not measured in this run (`--http none`).".into());
        return Ok(h);
    }
    let Some(wrk) = wrk() else {
        h.notes.push(
            "wrk is not installed and could not be installed (`apt-get install wrk`): HTTP skipped."
                .into(),
        );
        return Ok(h);
    };
    h.wrk = run::first_line(&wrk, &["-v"]).or(Some("wrk".into()));
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let hello = cfg.workloads_dir.join("http/hello.js");
    let mut apps: Vec<(&'static str, PathBuf)> = vec![("http hello", hello.clone())];
    let express = if cfg.http == "all" {
        express_dir(tmp.path())
    } else {
        Err("not asked for (`--http hello`)".into())
    };
    match express {
        Ok(d) => apps.push(("express hello", d.join("app.js"))),
        Err(e) => h.notes.push(format!("express skipped: {e}")),
    }
    let policies: &[&'static str] = if cfg.quick {
        &["always"]
    } else {
        &["always", "batch", "never"]
    };
    for (app, file) in &apps {
        let mut runners: Vec<(String, &'static str)> = Vec::new();
        if cfg.node.is_some() {
            runners.push(("node".into(), "-"));
        }
        for e in &cfg.engines {
            for p in policies {
                runners.push((e.clone(), p));
            }
        }
        for (runner, fsync) in runners {
            eprintln!("persha-bench: http {app} on {runner} --fsync={fsync}");
            let port = free_port();
            let row =
                start(cfg, &runner, fsync, file, port).and_then(|_s| load(&wrk, port, secs, conns));
            match row {
                Ok((rps, p50_ms, p99_ms)) => h.rows.push(HttpRow {
                    app,
                    runner: if runner == "node" {
                        "node".into()
                    } else {
                        format!("persha {runner}")
                    },
                    fsync,
                    rps,
                    p50_ms,
                    p99_ms,
                }),
                Err(e) => h
                    .notes
                    .push(format!("{app} on {runner} --fsync={fsync}: {e}")),
            }
        }
    }
    let mut mem_runners: Vec<String> = cfg.engines.clone();
    if cfg.node.is_some() {
        mem_runners.insert(0, "node".into());
    }
    for r in mem_runners {
        let kib = conn_memory(cfg, &r, &hello).unwrap_or_else(|e| {
            h.notes.push(format!("connection memory on {r}: {e}"));
            None
        });
        let label = if r == "node" {
            r
        } else {
            format!("persha {r}")
        };
        h.conn_mem.push((label, kib));
    }
    Ok(h)
}

fn find<'a>(h: &'a Http, app: &str, runner: &str, fsync: &str) -> Option<&'a HttpRow> {
    h.rows
        .iter()
        .find(|r| r.app == app && r.runner == runner && (fsync == "-" || r.fsync == fsync))
}

/// The targets of the benchmark issue, as measured ratios.
pub fn headlines(h: &Http) -> Vec<String> {
    let mut out = Vec::new();
    let runners: Vec<&String> = {
        let mut v: Vec<&String> = h.rows.iter().map(|r| &r.runner).collect();
        v.sort();
        v.dedup();
        v.into_iter().filter(|r| r.starts_with("persha")).collect()
    };
    for (app, target) in [("http hello", 0.5), ("express hello", 0.25)] {
        let Some(node) = find(h, app, "node", "-") else {
            continue;
        };
        for r in &runners {
            if let Some(p) = find(h, app, r, "always") {
                out.push(format!(
                    "**HTTP, {app}, {r}, `--fsync always`**: {:.0} req/s = **{:.2}×** node's {:.0} (target ≥ {target}); p99 {:.1} ms vs node's {:.1} ms (target ≤ 2 × node's + one fsync = {}).",
                    p.rps,
                    p.rps / node.rps,
                    node.rps,
                    p.p99_ms,
                    node.p99_ms,
                    h.fsync_ms
                        .map(|f| format!("{:.1} ms", 2.0 * node.p99_ms + f))
                        .unwrap_or_else(|| "unknown".into())
                ));
            }
        }
    }
    out
}

pub fn markdown(h: &Http) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let _ = writeln!(
        s,
        "## HTTP
"
    );
    let _ = writeln!(
        s,
        "`{}` on loopback, one thread, {} connections, {} s per run, against the same files under node (`bench/workloads/http/hello.js`; the express app is `examples/express/app.js` with its lockfile). One 4 KiB write + fsync on this disk: {}.
",
        h.wrk.as_deref().unwrap_or("wrk"),
        h.conns,
        h.secs,
        h.fsync_ms
            .map(|f| format!("{f:.2} ms"))
            .unwrap_or_else(|| "not measured".into())
    );
    if !h.rows.is_empty() {
        let _ = writeln!(
            s,
            "| app | runner | --fsync | req/s | ÷ node's | p50 ms | p99 ms |\n|---|---|---|---:|---:|---:|---:|"
        );
        for r in &h.rows {
            let rel = find(h, r.app, "node", "-")
                .map(|n| format!("{:.2}", r.rps / n.rps))
                .unwrap_or_else(|| "–".into());
            let _ = writeln!(
                s,
                "| {} | {} | {} | {:.0} | {rel} | {:.2} | {:.2} |",
                r.app, r.runner, r.fsync, r.rps, r.p50_ms, r.p99_ms
            );
        }
        s.push('\n');
    }
    if !h.conn_mem.is_empty() {
        let _ = writeln!(
            s,
            "Memory per 1,000 idle connections (RSS growth of the hello server after 1,000 connects):\n\n| runner | KiB per 1,000 connections |\n|---|---:|"
        );
        for (r, kib) in &h.conn_mem {
            let v = kib.map(|k| k.to_string()).unwrap_or_else(|| "–".into());
            let _ = writeln!(s, "| {r} | {v} |");
        }
        s.push('\n');
    }
    for n in &h.notes {
        let _ = writeln!(s, "- {n}");
    }
    if !h.notes.is_empty() {
        s.push('\n');
    }
    s
}

fn fsync_ms() -> Option<f64> {
    use std::io::Write;
    let mut f = tempfile::tempfile().ok()?;
    let mut times = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        f.write_all(&[7u8; 4096]).ok()?;
        f.sync_data().ok()?;
        times.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    Some(run::median(&times))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_wrk_output() {
        let out = "  Latency Distribution\n     50%  274.00us\n     75%    1.2ms\n     99%   21.98ms\n\
                   Requests/sec:  27162.96\nTransfer/sec:      3.65MB\n";
        assert_eq!(parse_wrk(out), Some((27162.96, 0.274, 21.98)));
        assert_eq!(ms("1.5s"), Some(1500.0));
    }
}
