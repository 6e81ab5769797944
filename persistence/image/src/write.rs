//! Writing an image from a copy-on-write fork: the engine's thread pauses
//! only for `fork` itself (page tables are copied, memory is not), and the
//! child writes the memory as it was at that instant while the parent goes
//! on running turns.
//!
//! The child of a multi-threaded process may only make async-signal-safe
//! calls: everything it needs (paths, the prelude, a staging buffer) is
//! prepared before the fork, and it uses raw system calls only — no
//! allocation, no locks, no panics.

use crate::{END_MAGIC, FORMAT_VERSION, ImageError, ImageMeta, MAGIC, PAGE, file_name};
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const STAGING: usize = 4 << 20;

/// An image being written by a child process.
#[derive(Debug)]
pub struct Pending {
    pid: libc::pid_t,
    pub lsn: u64,
    pub path: PathBuf,
    pub tmp: PathBuf,
    started: Instant,
    /// How long the caller's thread was stopped for the fork.
    pub pause: Duration,
    done: bool,
}

/// A durable image.
#[derive(Debug, Clone)]
pub struct Finished {
    pub lsn: u64,
    pub path: PathBuf,
    /// Size of the file.
    pub bytes: u64,
    /// From the fork to the parent noticing the child's exit.
    pub elapsed: Duration,
    pub pause: Duration,
}

fn cstr(p: &Path) -> Result<CString, ImageError> {
    CString::new(p.as_os_str().as_bytes()).map_err(|_| ImageError::Damaged {
        path: p.to_path_buf(),
        why: "path holds a NUL byte".into(),
    })
}

/// Fork a child that writes `ranges` of this process's memory, as they are
/// at the fork, to `dir/<lsn>.img`. The caller keeps the memory still
/// (no thread writing to it) until this returns.
pub fn spawn(
    dir: &Path,
    meta: &ImageMeta,
    ranges: &[(usize, usize)],
) -> Result<Pending, ImageError> {
    std::fs::create_dir_all(dir).map_err(|e| ImageError::io(dir, e))?;
    let path = dir.join(file_name(meta.lsn));
    let tmp = dir.join(format!(".{}.{}.img.tmp", meta.lsn, std::process::id()));
    let (c_dir, c_path, c_tmp) = (cstr(dir)?, cstr(&path)?, cstr(&tmp)?);
    let meta_bytes = meta.encode();
    let mut head = Vec::with_capacity(16 + meta_bytes.len());
    head.extend_from_slice(MAGIC);
    head.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    head.extend_from_slice(&(meta_bytes.len() as u32).to_le_bytes());
    head.extend_from_slice(&meta_bytes);
    // Reserved, not touched: only the child's copy is ever written.
    let mut staging: Vec<u8> = Vec::with_capacity(STAGING);
    let parent = unsafe { libc::getpid() };

    let t = Instant::now();
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        // The child: never returns.
        let spare = staging.spare_capacity_mut();
        let buf =
            unsafe { std::slice::from_raw_parts_mut(spare.as_mut_ptr() as *mut u8, spare.len()) };
        let code = unsafe { child(parent, &head, ranges, buf, &c_dir, &c_path, &c_tmp) };
        unsafe { libc::_exit(code) };
    }
    let pause = t.elapsed();
    if pid < 0 {
        return Err(ImageError::io(&path, std::io::Error::last_os_error()));
    }
    Ok(Pending {
        pid,
        lsn: meta.lsn,
        path,
        tmp,
        started: t,
        pause,
        done: false,
    })
}

impl Pending {
    /// The outcome, once the child has exited.
    pub fn poll(&mut self) -> Option<Result<Finished, ImageError>> {
        self.reap(libc::WNOHANG)
    }

    /// Wait for the child.
    pub fn wait(mut self) -> Result<Finished, ImageError> {
        self.reap(0).expect("a blocking wait returns")
    }

    fn reap(&mut self, flags: i32) -> Option<Result<Finished, ImageError>> {
        if self.done {
            return None;
        }
        let mut status = 0;
        let r = loop {
            let r = unsafe { libc::waitpid(self.pid, &mut status, flags) };
            if r < 0 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            break r;
        };
        if r == 0 {
            return None;
        }
        self.done = true;
        if r < 0 {
            return Some(Err(ImageError::io(
                &self.path,
                std::io::Error::last_os_error(),
            )));
        }
        if !(libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0) {
            let _ = std::fs::remove_file(&self.tmp);
            let why = if libc::WIFEXITED(status) {
                child_failure(libc::WEXITSTATUS(status))
            } else {
                format!("the writer died (signal {})", libc::WTERMSIG(status))
            };
            return Some(Err(ImageError::Damaged {
                path: self.path.clone(),
                why,
            }));
        }
        let bytes = std::fs::metadata(&self.path).map(|m| m.len()).unwrap_or(0);
        Some(Ok(Finished {
            lsn: self.lsn,
            path: self.path.clone(),
            bytes,
            elapsed: self.started.elapsed(),
            pause: self.pause,
        }))
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        if !self.done {
            // Abandoned (the driver failed): stop the child, leave no zombie.
            unsafe {
                libc::kill(self.pid, libc::SIGKILL);
                libc::waitpid(self.pid, std::ptr::null_mut(), 0);
            }
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

const E_PARENT: i32 = 3;
const E_OPEN: i32 = 4;
const E_WRITE: i32 = 5;
const E_SYNC: i32 = 6;
const E_RENAME: i32 = 7;
const E_DIR: i32 = 8;

fn child_failure(code: i32) -> String {
    match code {
        E_PARENT => "the writer's parent had already exited".into(),
        E_OPEN => "the writer could not create the file".into(),
        E_WRITE => "the writer could not write the file (disk full?)".into(),
        E_SYNC => "the writer could not fsync the file".into(),
        E_RENAME => "the writer could not rename the file into place".into(),
        E_DIR => "the writer could not fsync the directory".into(),
        c => format!("the writer exited with status {c}"),
    }
}

struct Out<'a> {
    fd: i32,
    buf: &'a mut [u8],
    used: usize,
    crc: crc32fast::Hasher,
}

impl Out<'_> {
    unsafe fn write_all(fd: i32, mut b: &[u8]) -> bool {
        while !b.is_empty() {
            let n = unsafe { libc::write(fd, b.as_ptr() as *const _, b.len()) };
            if n < 0 {
                if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                    continue;
                }
                return false;
            }
            b = &b[n as usize..];
        }
        true
    }

    unsafe fn flush(&mut self) -> bool {
        let ok = unsafe { Self::write_all(self.fd, &self.buf[..self.used]) };
        self.used = 0;
        ok
    }

    /// Checksummed output.
    unsafe fn put(&mut self, b: &[u8]) -> bool {
        self.crc.update(b);
        unsafe { self.put_raw(b) }
    }

    unsafe fn put_raw(&mut self, b: &[u8]) -> bool {
        if self.used + b.len() > self.buf.len() {
            if !unsafe { self.flush() } {
                return false;
            }
            if b.len() > self.buf.len() / 2 {
                return unsafe { Self::write_all(self.fd, b) };
            }
        }
        self.buf[self.used..self.used + b.len()].copy_from_slice(b);
        self.used += b.len();
        true
    }
}

fn is_zero(page: &[u8]) -> bool {
    let (pre, words, post) = unsafe { page.align_to::<u64>() };
    pre.iter().all(|&b| b == 0) && words.iter().all(|&w| w == 0) && post.iter().all(|&b| b == 0)
}

#[allow(clippy::too_many_arguments)]
unsafe fn child(
    parent: libc::pid_t,
    head: &[u8],
    ranges: &[(usize, usize)],
    buf: &mut [u8],
    dir: &CString,
    path: &CString,
    tmp: &CString,
) -> i32 {
    unsafe {
        // Signals meant for persha (Ctrl-C, SIGTERM) are not the writer's;
        // it dies with its parent instead, so no writer outlives the run
        // that started it.
        let mut all: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut all);
        libc::pthread_sigmask(libc::SIG_SETMASK, &all, std::ptr::null_mut());
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
        if libc::getppid() != parent {
            return E_PARENT;
        }
        // Sockets, the store lock, journal files: the child holds none of them.
        libc::syscall(libc::SYS_close_range, 3u32, u32::MAX, 0u32);
        let fd = libc::open(
            tmp.as_ptr(),
            libc::O_WRONLY | libc::O_CREAT | libc::O_TRUNC | libc::O_CLOEXEC,
            0o600,
        );
        if fd < 0 {
            return E_OPEN;
        }
        let mut out = Out {
            fd,
            buf,
            used: 0,
            crc: crc32fast::Hasher::new(),
        };
        if !out.put(head) {
            return E_WRITE;
        }
        for &(addr, len) in ranges {
            let mem = std::slice::from_raw_parts(addr as *const u8, len);
            let mut at = 0;
            while at < len {
                // A run of pages that hold data; free pages are zero.
                while at < len && is_zero(&mem[at..(at + PAGE).min(len)]) {
                    at += PAGE;
                }
                let start = at.min(len);
                while at < len && !is_zero(&mem[at..(at + PAGE).min(len)]) {
                    at += PAGE;
                }
                let end = at.min(len);
                if end > start {
                    let mut h = [0u8; 16];
                    h[..8].copy_from_slice(&((addr + start) as u64).to_le_bytes());
                    h[8..].copy_from_slice(&((end - start) as u64).to_le_bytes());
                    if !out.put(&h) || !out.put(&mem[start..end]) {
                        return E_WRITE;
                    }
                }
            }
        }
        let mut trailer = [0u8; 12];
        if !out.put(&[0u8; 16]) {
            return E_WRITE;
        }
        let crc = std::mem::replace(&mut out.crc, crc32fast::Hasher::new()).finalize();
        trailer[..4].copy_from_slice(&crc.to_le_bytes());
        trailer[4..].copy_from_slice(END_MAGIC);
        if !out.put_raw(&trailer) || !out.flush() {
            return E_WRITE;
        }
        if libc::fsync(fd) != 0 {
            return E_SYNC;
        }
        libc::close(fd);
        if libc::rename(tmp.as_ptr(), path.as_ptr()) != 0 {
            return E_RENAME;
        }
        let dfd = libc::open(
            dir.as_ptr(),
            libc::O_RDONLY | libc::O_DIRECTORY | libc::O_CLOEXEC,
        );
        if dfd < 0 || libc::fsync(dfd) != 0 {
            return E_DIR;
        }
        libc::close(dfd);
        0
    }
}
