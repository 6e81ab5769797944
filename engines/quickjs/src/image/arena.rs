//! The fixed-address region a QuickJS world lives in, so that the region's
//! bytes alone are the world (see `docs/ARCHITECTURE.md`, "Checkpoints").
//!
//! Layout: a [`Header`] at [`BASE`] (magic, the root pointer, and the state of
//! the `talc` allocator itself), then the heap, grown upward inside an
//! address reservation. Only `[BASE, end())` is ever touched, so that prefix
//! is the image.
//!
//! Rust allocations land here only on a thread whose flag is set
//! ([`scope`]); frees are routed by address, so memory allocated here can be
//! freed from anywhere. Freed memory is zeroed (large blocks handed back to
//! the kernel), so data the program deleted never reaches an image and free
//! gaps cost nothing in a sparse image.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::ptr::{self, NonNull};
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};

use talc::DefaultBinning;
use talc::base::Talc;
use talc::base::binning::Binning;
use talc::source::Source;

/// Where the region starts: far from where Linux puts the executable,
/// the brk heap, shared libraries and thread stacks.
pub const BASE: usize = 0x2000_0000_0000;
/// Address space reserved (not committed: `MAP_NORESERVE`).
pub const RESERVE: usize = 32 << 30;
const HEAP_OFF: usize = 4096;
const GROW_MIN: usize = 1 << 20;
pub const PAGE: usize = 4096;
/// Frees at least this large give whole pages back instead of zeroing them.
const RELEASE_MIN: usize = 64 << 10;
const MAGIC: u64 = u64::from_le_bytes(*b"PSHARENA");
/// Bump when [`Header`] or the allocator changes shape.
pub const LAYOUT_VERSION: u64 = 1;

/// Grows the heap upward inside the reservation.
#[derive(Debug)]
pub struct ArenaSource {
    heap_end: Option<NonNull<u8>>,
}

unsafe impl Source for ArenaSource {
    fn acquire<B: Binning>(talc: &mut Talc<Self, B>, layout: Layout) -> Result<(), ()> {
        let cur_end = talc
            .source
            .heap_end
            .map_or(BASE + HEAP_OFF, |p| p.as_ptr() as usize);
        // Grow by an eighth of what is used, at least the request plus 1 MiB.
        let want = (layout.size() + layout.align() + GROW_MIN).max((cur_end - BASE) / 8);
        let want = want.next_multiple_of(PAGE);
        if cur_end + want > BASE + RESERVE {
            return Err(());
        }
        unsafe {
            let end = match talc.source.heap_end {
                None => talc.claim((BASE + HEAP_OFF) as *mut u8, want).ok_or(())?,
                Some(end) => talc.extend(end, (cur_end + want) as *mut u8),
            };
            talc.source.heap_end = Some(end);
        }
        Ok(())
    }
}

#[repr(C)]
struct Header {
    magic: u64,
    layout_version: u64,
    /// The adapter's root object (its `Box` pointer), 0 when none.
    root: usize,
    talc: Talc<ArenaSource, DefaultBinning>,
}

const _: () = assert!(size_of::<Header>() <= HEAP_OFF);

fn hdr() -> *mut Header {
    BASE as *mut Header
}

const UNMAPPED: u8 = 0;
const READY: u8 = 1;
static STATE: AtomicU8 = AtomicU8::new(UNMAPPED);
/// Set by the first allocation through [`Router`]: proves it is the global
/// allocator, without which Rust-side engine data would escape the region.
static ROUTER_SEEN: AtomicBool = AtomicBool::new(false);
/// One engine per process may own the region.
static CLAIMED: AtomicBool = AtomicBool::new(false);
static LOCK: AtomicBool = AtomicBool::new(false);

thread_local! {
    static IN_ARENA: Cell<bool> = const { Cell::new(false) };
}

pub fn contains(p: *const u8) -> bool {
    (p as usize).wrapping_sub(BASE) < RESERVE
}

fn lock() {
    while LOCK
        .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
        .is_err()
    {
        std::hint::spin_loop();
    }
}

fn unlock() {
    LOCK.store(false, Ordering::Release);
}

/// Holds the allocator still (for a `fork` that copies the region): no
/// other thread can be half-way through an arena free when the copy is made.
pub struct Hold(());

impl Hold {
    pub(crate) fn new() -> Hold {
        lock();
        Hold(())
    }
}

impl Drop for Hold {
    fn drop(&mut self) {
        unlock();
    }
}

pub(crate) unsafe fn alloc(layout: Layout) -> *mut u8 {
    lock();
    let r = unsafe { (*hdr()).talc.allocate(layout) };
    unlock();
    r.map_or(ptr::null_mut(), NonNull::as_ptr)
}

/// Zero `len` bytes at `p`; whole pages of large blocks go back to the
/// kernel instead (they read as zeros and cost no memory).
unsafe fn scrub(p: *mut u8, len: usize) {
    let a = p as usize;
    if len >= RELEASE_MIN {
        let start = a.next_multiple_of(PAGE);
        let end = (a + len) & !(PAGE - 1);
        unsafe {
            ptr::write_bytes(p, 0, start - a);
            libc::madvise(start as *mut _, end - start, libc::MADV_DONTNEED);
            ptr::write_bytes(end as *mut u8, 0, a + len - end);
        }
    } else {
        unsafe { ptr::write_bytes(p, 0, len) };
    }
}

pub(crate) unsafe fn dealloc(p: *mut u8, layout: Layout) {
    unsafe { scrub(p, layout.size()) };
    lock();
    unsafe { (*hdr()).talc.deallocate(p, layout) };
    unlock();
}

pub(crate) unsafe fn realloc(p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
    if new_size < layout.size() {
        // The cut-off tail is freed data too (a shrink always succeeds in
        // place, so this never zeroes a block that then has to move).
        unsafe { scrub(p.add(new_size), layout.size() - new_size) };
    }
    lock();
    let ok = unsafe { (*hdr()).talc.try_realloc_in_place(p, layout, new_size) };
    unlock();
    if ok {
        return p;
    }
    let new_layout = unsafe { Layout::from_size_align_unchecked(new_size, layout.align()) };
    let np = unsafe { alloc(new_layout) };
    if !np.is_null() {
        unsafe {
            ptr::copy_nonoverlapping(p, np, layout.size().min(new_size));
            dealloc(p, layout);
        }
    }
    np
}

/// The global allocator of an image-capable binary: new allocations go to
/// the region while the thread's flag is set, frees go wherever the address
/// belongs.
pub struct Router;

unsafe impl GlobalAlloc for Router {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if IN_ARENA.get() && STATE.load(Ordering::Relaxed) == READY {
            unsafe { alloc(layout) }
        } else {
            if !ROUTER_SEEN.load(Ordering::Relaxed) {
                ROUTER_SEEN.store(true, Ordering::Relaxed);
            }
            unsafe { System.alloc(layout) }
        }
    }
    #[inline]
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        if contains(p) {
            unsafe { dealloc(p, layout) }
        } else {
            unsafe { System.dealloc(p, layout) }
        }
    }
    #[inline]
    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if contains(p) {
            unsafe { realloc(p, layout, new_size) }
        } else {
            unsafe { System.realloc(p, layout, new_size) }
        }
    }
}

pub fn router_installed() -> bool {
    ROUTER_SEEN.load(Ordering::Relaxed)
}

/// Run `f` with this thread's Rust allocations going to the region.
pub fn scope<R>(on: bool, f: impl FnOnce() -> R) -> R {
    struct Reset(bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            IN_ARENA.set(self.0);
        }
    }
    let _reset = Reset(IN_ARENA.replace(on));
    f()
}

/// Take the region for one engine: `false` when another engine has it.
pub fn claim() -> bool {
    CLAIMED
        .compare_exchange(false, true, Ordering::AcqRel, Ordering::Relaxed)
        .is_ok()
}

fn reserve() -> Result<(), String> {
    let p = unsafe {
        libc::mmap(
            BASE as *mut _,
            RESERVE,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE
                | libc::MAP_ANONYMOUS
                | libc::MAP_NORESERVE
                | libc::MAP_FIXED_NOREPLACE,
            -1,
            0,
        )
    };
    if p as usize != BASE {
        let e = std::io::Error::last_os_error();
        if p != libc::MAP_FAILED {
            unsafe { libc::munmap(p, RESERVE) };
        }
        return Err(format!("cannot map the heap region at {BASE:#x}: {e}"));
    }
    Ok(())
}

/// Map an empty region with a fresh allocator (for a new engine).
pub fn init_fresh() -> Result<(), String> {
    reserve()?;
    unsafe {
        ptr::write(
            hdr(),
            Header {
                magic: MAGIC,
                layout_version: LAYOUT_VERSION,
                root: 0,
                talc: Talc::new(ArenaSource { heap_end: None }),
            },
        );
    }
    STATE.store(READY, Ordering::Release);
    Ok(())
}

/// Map an empty region to read an image into; [`finish_restore`] checks it
/// and makes it live, [`unmap`] abandons it.
pub fn begin_restore() -> Result<(), String> {
    reserve()
}

/// Make a restored region live; returns its root pointer.
pub fn finish_restore() -> Result<usize, String> {
    let h = unsafe { &*hdr() };
    if h.magic != MAGIC || h.layout_version != LAYOUT_VERSION {
        return Err("the image's heap region has another layout".into());
    }
    STATE.store(READY, Ordering::Release);
    Ok(h.root)
}

/// Drop a region that never became live (a restore that failed).
pub fn unmap() {
    if STATE.load(Ordering::Acquire) != READY {
        unsafe { libc::munmap(BASE as *mut _, RESERVE) };
    }
}

pub fn set_root(root: usize) {
    unsafe { (*hdr()).root = root };
}

/// End of the used part of the region: the image is `[BASE, end())`.
pub fn end() -> usize {
    lock();
    let e =
        unsafe { (*hdr()).talc.source.heap_end }.map_or(BASE + HEAP_OFF, |p| p.as_ptr() as usize);
    unlock();
    e
}

/// Memory for QuickJS itself: always in the region, whatever the flag says
/// (QuickJS allocates from inside Rust callbacks too). A 16-byte prefix
/// keeps each block's size, as `usable_size` needs.
pub struct QjsAlloc;

const QH: usize = 16;

unsafe impl rquickjs::allocator::Allocator for QjsAlloc {
    fn alloc(&mut self, size: usize) -> *mut u8 {
        unsafe {
            let p = alloc(Layout::from_size_align_unchecked(size + QH, 16));
            if p.is_null() {
                return p;
            }
            (p as *mut usize).write(size);
            p.add(QH)
        }
    }

    fn calloc(&mut self, count: usize, size: usize) -> *mut u8 {
        let Some(n) = count.checked_mul(size) else {
            return ptr::null_mut();
        };
        let p = self.alloc(n);
        if !p.is_null() {
            unsafe { ptr::write_bytes(p, 0, n) };
        }
        p
    }

    unsafe fn dealloc(&mut self, p: *mut u8) {
        unsafe {
            let b = p.sub(QH);
            let size = *(b as *const usize);
            dealloc(b, Layout::from_size_align_unchecked(size + QH, 16));
        }
    }

    unsafe fn realloc(&mut self, p: *mut u8, new_size: usize) -> *mut u8 {
        unsafe {
            if p.is_null() {
                return self.alloc(new_size);
            }
            if new_size == 0 {
                self.dealloc(p);
                return ptr::null_mut();
            }
            let b = p.sub(QH);
            let size = *(b as *const usize);
            let nb = realloc(
                b,
                Layout::from_size_align_unchecked(size + QH, 16),
                new_size + QH,
            );
            if nb.is_null() {
                return nb;
            }
            (nb as *mut usize).write(new_size);
            nb.add(QH)
        }
    }

    unsafe fn usable_size(p: *mut u8) -> usize {
        unsafe { *(p.sub(QH) as *const usize) }
    }
}

/// Give the region up after a failed claim or restore.
pub fn release_claim() {
    CLAIMED.store(false, Ordering::Release);
}
