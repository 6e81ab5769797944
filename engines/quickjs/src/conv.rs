//! Conversions between QuickJS values and [`Value`].
//!
//! These run on every `$host` call, so they work on raw `JSValue`s: no
//! intermediate rquickjs wrappers (each would dup the value and the context),
//! strings are read straight out of QuickJS's buffer, and property keys are
//! defined from borrowed `&str`s.

use persha_engine::Value;
use rquickjs::{Ctx, Exception, qjs};
use std::ffi::c_char;

/// Nesting limit for JS → Value; deeper means a cycle (or absurd data) and
/// would otherwise overflow the Rust stack.
const MAX_DEPTH: u32 = 1000;

/// A string borrowed from QuickJS (`JS_ToCStringLen`): UTF-8, except that lone
/// surrogates are kept as 3-byte WTF-8 sequences. NUL-terminated.
pub(crate) struct JsCStr {
    ctx: *mut qjs::JSContext,
    ptr: *const c_char,
    len: usize,
}

impl JsCStr {
    /// `String(v)`; `None` when that threw (exception left pending).
    ///
    /// # Safety
    /// `ctx` must be live for the lifetime of the result and `v` belong to it.
    pub(crate) unsafe fn new(ctx: *mut qjs::JSContext, v: qjs::JSValue) -> Option<JsCStr> {
        let mut len = 0usize;
        let ptr = unsafe { qjs::JS_ToCStringLen(ctx, &mut len, v) };
        if ptr.is_null() {
            None
        } else {
            Some(JsCStr { ctx, ptr, len })
        }
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        // SAFETY: QuickJS guarantees `len` readable bytes at `ptr` until freed.
        unsafe { std::slice::from_raw_parts(self.ptr.cast(), self.len) }
    }

    pub(crate) fn as_ptr(&self) -> *const c_char {
        self.ptr
    }

    pub(crate) fn to_str_lossy(&self) -> std::borrow::Cow<'_, str> {
        wtf8_lossy(self.bytes())
    }
}

impl Drop for JsCStr {
    fn drop(&mut self) {
        unsafe { qjs::JS_FreeCString(self.ctx, self.ptr) }
    }
}

/// Decode QuickJS's WTF-8, turning each lone surrogate into one U+FFFD (so a
/// JS string maps to the same Rust string whatever engine produced it).
pub(crate) fn wtf8_lossy(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    match std::str::from_utf8(bytes) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(_) => {
            let mut out = String::with_capacity(bytes.len());
            let mut rest = bytes;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let (valid, bad) = rest.split_at(e.valid_up_to());
                        // SAFETY: from_utf8 validated this prefix.
                        out.push_str(unsafe { std::str::from_utf8_unchecked(valid) });
                        out.push('\u{FFFD}');
                        let skip = if bad.len() >= 3 && bad[0] == 0xED && bad[1] >= 0xA0 {
                            3 // an encoded surrogate
                        } else {
                            e.error_len().unwrap_or(bad.len())
                        };
                        rest = &bad[skip..];
                    }
                }
            }
            std::borrow::Cow::Owned(out)
        }
    }
}

fn throw_pending() -> rquickjs::Error {
    rquickjs::Error::Exception
}

/// Owned raw value freed on drop; keeps error paths leak-free.
struct Owned {
    ctx: *mut qjs::JSContext,
    v: qjs::JSValue,
}

impl Owned {
    fn new(ctx: *mut qjs::JSContext, v: qjs::JSValue) -> rquickjs::Result<Owned> {
        if unsafe { qjs::JS_IsException(v) } {
            Err(throw_pending())
        } else {
            Ok(Owned { ctx, v })
        }
    }
}

impl Drop for Owned {
    fn drop(&mut self) {
        unsafe { qjs::JS_FreeValue(self.ctx, self.v) }
    }
}

/// JS → [`Value`] following the documented rules. `v` is borrowed.
pub(crate) fn from_js(ctx: &Ctx<'_>, v: qjs::JSValue) -> rquickjs::Result<Value> {
    from_js_depth(ctx, v, 0)
}

fn from_js_depth(ctx: &Ctx<'_>, v: qjs::JSValue, depth: u32) -> rquickjs::Result<Value> {
    let raw = ctx.as_raw().as_ptr();
    unsafe {
        match qjs::JS_VALUE_GET_NORM_TAG(v) {
            qjs::JS_TAG_INT => Ok(Value::Number(qjs::JS_VALUE_GET_INT(v) as f64)),
            qjs::JS_TAG_FLOAT64 => Ok(Value::Number(qjs::JS_VALUE_GET_FLOAT64(v))),
            qjs::JS_TAG_BOOL => Ok(Value::Bool(qjs::JS_VALUE_GET_BOOL(v))),
            qjs::JS_TAG_NULL => Ok(Value::Null),
            qjs::JS_TAG_STRING | qjs::JS_TAG_STRING_ROPE => {
                let s = JsCStr::new(raw, v).ok_or_else(throw_pending)?;
                Ok(Value::String(s.to_str_lossy().into_owned()))
            }
            // Not in the Node v0.12 model; the nearest number is the least surprise.
            qjs::JS_TAG_BIG_INT | qjs::JS_TAG_SHORT_BIG_INT => {
                let s = JsCStr::new(raw, v).ok_or_else(throw_pending)?;
                Ok(Value::Number(s.to_str_lossy().parse().unwrap_or(f64::NAN)))
            }
            qjs::JS_TAG_OBJECT => object_from_js(ctx, raw, v, depth),
            // undefined, uninitialized, symbols and internal tags
            _ => Ok(Value::Undefined),
        }
    }
}

unsafe fn object_from_js(
    ctx: &Ctx<'_>,
    raw: *mut qjs::JSContext,
    v: qjs::JSValue,
    depth: u32,
) -> rquickjs::Result<Value> {
    unsafe {
        if qjs::JS_IsFunction(raw, v) {
            return Ok(Value::Undefined);
        }
        if depth >= MAX_DEPTH {
            return Err(Exception::throw_range(
                ctx,
                "$host: value nested too deeply (cyclic?)",
            ));
        }
        if qjs::JS_GetTypedArrayType(v) >= 0 {
            let (mut off, mut len, mut bpe): (qjs::size_t, qjs::size_t, qjs::size_t) = (0, 0, 0);
            let buf = Owned::new(
                raw,
                qjs::JS_GetTypedArrayBuffer(raw, v, &mut off, &mut len, &mut bpe),
            )?;
            return buffer_bytes(raw, buf.v, off as usize, len as usize);
        }
        if qjs::JS_IsDataView(v) {
            let buf = Owned::new(raw, qjs::JS_GetPropertyStr(raw, v, c"buffer".as_ptr()))?;
            let off = number_prop(raw, v, c"byteOffset")?;
            let len = number_prop(raw, v, c"byteLength")?;
            return buffer_bytes(raw, buf.v, off, len);
        }
        if qjs::JS_IsArray(v) {
            let mut len = 0i64;
            if qjs::JS_GetLength(raw, v, &mut len) < 0 {
                return Err(throw_pending());
            }
            let mut items = Vec::with_capacity(len.clamp(0, 1 << 16) as usize);
            for i in 0..len {
                let e = Owned::new(raw, qjs::JS_GetPropertyInt64(raw, v, i))?;
                items.push(from_js_depth(ctx, e.v, depth + 1)?);
            }
            return Ok(Value::Array(items));
        }
        let mut tab: *mut qjs::JSPropertyEnum = std::ptr::null_mut();
        let mut count = 0u32;
        let flags = (qjs::JS_GPN_STRING_MASK | qjs::JS_GPN_ENUM_ONLY) as i32;
        if qjs::JS_GetOwnPropertyNames(raw, &mut tab, &mut count, v, flags) < 0 {
            return Err(throw_pending());
        }
        // Freed on every path, including `?` below.
        struct Tab(*mut qjs::JSContext, *mut qjs::JSPropertyEnum, u32);
        impl Drop for Tab {
            fn drop(&mut self) {
                unsafe { qjs::JS_FreePropertyEnum(self.0, self.1, self.2) }
            }
        }
        let tab = Tab(raw, tab, count);
        let mut pairs = Vec::with_capacity(count as usize);
        for i in 0..count as usize {
            let atom = (*tab.1.add(i)).atom;
            let mut klen: qjs::size_t = 0;
            let kptr = qjs::JS_AtomToCStringLen(raw, &mut klen, atom);
            if kptr.is_null() {
                return Err(throw_pending());
            }
            let key = JsCStr {
                ctx: raw,
                ptr: kptr,
                len: klen as usize,
            };
            let e = Owned::new(raw, qjs::JS_GetProperty(raw, v, atom))?;
            pairs.push((
                key.to_str_lossy().into_owned(),
                from_js_depth(ctx, e.v, depth + 1)?,
            ));
        }
        Ok(Value::Object(pairs))
    }
}

unsafe fn number_prop(
    raw: *mut qjs::JSContext,
    v: qjs::JSValue,
    name: &std::ffi::CStr,
) -> rquickjs::Result<usize> {
    unsafe {
        let p = Owned::new(raw, qjs::JS_GetPropertyStr(raw, v, name.as_ptr()))?;
        let mut n = 0f64;
        if qjs::JS_ToFloat64(raw, &mut n, p.v) < 0 {
            return Err(throw_pending());
        }
        Ok(n as usize)
    }
}

unsafe fn buffer_bytes(
    raw: *mut qjs::JSContext,
    buf: qjs::JSValue,
    off: usize,
    len: usize,
) -> rquickjs::Result<Value> {
    unsafe {
        let mut size: qjs::size_t = 0;
        let p = qjs::JS_GetArrayBuffer(raw, &mut size, buf);
        let size = size as usize;
        if p.is_null() {
            return Err(throw_pending()); // detached
        }
        let start = off.min(size);
        let end = off.saturating_add(len).min(size);
        Ok(Value::Bytes(
            std::slice::from_raw_parts(p.add(start), end - start).to_vec(),
        ))
    }
}

/// [`Value`] → JS. Returns an owned raw value, or `JS_EXCEPTION` with an
/// exception pending (out of memory).
pub(crate) unsafe fn to_js(raw: *mut qjs::JSContext, v: &Value) -> qjs::JSValue {
    unsafe {
        match v {
            Value::Undefined => qjs::JS_UNDEFINED,
            Value::Null => qjs::JS_MKVAL(qjs::JS_TAG_NULL, 0),
            Value::Bool(b) => {
                if *b {
                    qjs::JS_TRUE
                } else {
                    qjs::JS_FALSE
                }
            }
            // Keeps -0 (a float) apart from 0 (an int).
            Value::Number(n) => qjs::JS_NewFloat64(*n),
            Value::String(s) => qjs::JS_NewStringLen(raw, s.as_ptr().cast(), s.len() as _),
            Value::Bytes(b) => qjs::JS_NewUint8ArrayCopy(raw, b.as_ptr(), b.len() as _),
            Value::Array(items) => {
                let arr = qjs::JS_NewArray(raw);
                if qjs::JS_IsException(arr) {
                    return arr;
                }
                for (i, item) in items.iter().enumerate() {
                    let e = to_js(raw, item);
                    // Define, not set: no user setters on Array.prototype run.
                    if qjs::JS_IsException(e)
                        || qjs::JS_DefinePropertyValueUint32(
                            raw,
                            arr,
                            i as u32,
                            e,
                            qjs::JS_PROP_C_W_E as i32,
                        ) < 0
                    {
                        qjs::JS_FreeValue(raw, arr);
                        return qjs::JS_EXCEPTION;
                    }
                }
                arr
            }
            Value::Object(pairs) => {
                let obj = qjs::JS_NewObject(raw);
                if qjs::JS_IsException(obj) {
                    return obj;
                }
                for (k, item) in pairs {
                    // Define, not set: a `__proto__` key stays an own property.
                    let atom = qjs::JS_NewAtomLen(raw, k.as_ptr().cast(), k.len() as _);
                    if atom == qjs::JS_ATOM_NULL {
                        qjs::JS_FreeValue(raw, obj);
                        return qjs::JS_EXCEPTION;
                    }
                    let e = to_js(raw, item);
                    let ok = !qjs::JS_IsException(e)
                        && qjs::JS_DefinePropertyValue(
                            raw,
                            obj,
                            atom,
                            e,
                            qjs::JS_PROP_C_W_E as i32,
                        ) >= 0;
                    qjs::JS_FreeAtom(raw, atom);
                    if !ok {
                        qjs::JS_FreeValue(raw, obj);
                        return qjs::JS_EXCEPTION;
                    }
                }
                obj
            }
        }
    }
}

/// [`Value`] → rquickjs value.
pub(crate) fn to_js_value<'js>(
    ctx: &Ctx<'js>,
    v: &Value,
) -> rquickjs::Result<rquickjs::Value<'js>> {
    unsafe {
        let r = to_js(ctx.as_raw().as_ptr(), v);
        if qjs::JS_IsException(r) {
            Err(throw_pending())
        } else {
            Ok(rquickjs::Value::from_raw(ctx.clone(), r))
        }
    }
}
