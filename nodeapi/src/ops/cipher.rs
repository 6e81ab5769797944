//! Pure ops behind `crypto`'s ciphers: AES-128/192/256 in ECB, CBC, CTR,
//! CFB (128-bit), CFB8, OFB and GCM, as `createCipheriv` & co. use them.
//!
//! Nothing lives on the Rust side between calls. A cipher's whole state (key,
//! chaining register, keystream position, GHASH accumulator, bytes waiting
//! for a full block) is an opaque byte string that JavaScript keeps in its
//! heap and hands back with every call: `cryptoCipherUpdate(state, data)`
//! returns the output and the next state. So a cipher updated before a
//! restart carries on after it, and replay recomputes the same bytes.
//!
//! Error messages are Node v0.12's (OpenSSL 1.0's for the EVP errors).

use super::{OpDef, OpFn, arg_str};
use aes::{Aes128, Aes192, Aes256};
use cipher::consts::U16;
use cipher::crypto_common::InnerInit;
use cipher::generic_array::GenericArray;
use cipher::{
    BlockCipher, BlockDecrypt, BlockDecryptMut, BlockEncrypt, BlockEncryptMut, BlockSizeUser,
    InnerIvInit, IvState, KeyInit, StreamCipher, StreamCipherSeek,
};
use ghash::GHash;
use ghash::universal_hash::UniversalHash;
use md5::Digest;
use persha_engine::{HostError, Value};

pub(super) const OPS: &[OpDef] = &[
    OpDef {
        name: "cryptoCipherInit",
        run: OpFn::Pure(init),
    },
    OpDef {
        name: "cryptoCipherKey",
        run: OpFn::Pure(bytes_to_key),
    },
    OpDef {
        name: "cryptoCipherAad",
        run: OpFn::Pure(aad),
    },
    OpDef {
        name: "cryptoCipherUpdate",
        run: OpFn::Pure(update),
    },
    OpDef {
        name: "cryptoCipherFinal",
        run: OpFn::Pure(final_),
    },
    OpDef {
        name: "cryptoCiphers",
        run: OpFn::Pure(list),
    },
];

const BS: usize = 16;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    Cbc,
    Cfb,
    Cfb8,
    Ctr,
    Ecb,
    Gcm,
    Ofb,
}

/// Mode names in `getCiphers()` order; the index is the mode's tag in a state.
const MODES: [(&str, Mode); 7] = [
    ("cbc", Mode::Cbc),
    ("cfb", Mode::Cfb),
    ("cfb8", Mode::Cfb8),
    ("ctr", Mode::Ctr),
    ("ecb", Mode::Ecb),
    ("gcm", Mode::Gcm),
    ("ofb", Mode::Ofb),
];

impl Mode {
    fn iv_len(self) -> usize {
        match self {
            Mode::Ecb => 0,
            // OpenSSL 1.0 (so Node v0.12) takes only 96-bit GCM nonces.
            Mode::Gcm => 12,
            _ => BS,
        }
    }

    fn tag(self) -> u8 {
        MODES.iter().position(|(_, m)| *m == self).unwrap() as u8
    }
}

/// `aes-128-cbc`, `AES-256-GCM`, `aes192` (OpenSSL's alias for CBC) → (key
/// length in bytes, mode). OpenSSL 1.0 knows each name in lower and upper
/// case; any case is accepted here.
fn lookup(name: &str) -> Option<(usize, Mode)> {
    let n = name.to_ascii_lowercase();
    let key_len = |bits: &str| match bits {
        "128" => Some(16),
        "192" => Some(24),
        "256" => Some(32),
        _ => None,
    };
    if let Some(bits) = n.strip_prefix("aes")
        && let Some(k) = key_len(bits)
    {
        return Some((k, Mode::Cbc));
    }
    let rest = n.strip_prefix("aes-")?;
    let (bits, mode) = rest.split_once('-')?;
    let k = key_len(bits)?;
    let (_, m) = MODES.iter().find(|(s, _)| *s == mode)?;
    Some((k, *m))
}

fn unknown_cipher() -> HostError {
    HostError::new("Unknown cipher")
}

/// An OpenSSL 1.0 error string, as v0.12 throws it from `final()`.
fn evp_error(code: &str, func: &str, reason: &str) -> HostError {
    HostError::new(format!(
        "error:{code}:digital envelope routines:{func}:{reason}"
    ))
}

fn bad_arg(op: &str, i: usize, what: &str) -> HostError {
    HostError::with_code("EINVAL", format!("{op}: argument {i} must be {what}"))
}

fn arg_bytes<'a>(op: &str, args: &'a [Value], i: usize) -> Result<&'a [u8], HostError> {
    match args.get(i) {
        Some(Value::Bytes(b)) => Ok(b),
        _ => Err(bad_arg(op, i, "a Uint8Array")),
    }
}

fn arg_bool(args: &[Value], i: usize) -> bool {
    args.get(i).and_then(Value::as_bool).unwrap_or(false)
}

// ---- the state, as JavaScript holds it ---------------------------------------

const VERSION: u8 = 1;

#[derive(Clone, Debug, PartialEq)]
struct State {
    mode: Mode,
    decrypt: bool,
    /// GCM: data has started, so no more AAD (its last block is hashed).
    aad_closed: bool,
    key: Vec<u8>,
    /// CBC: the previous ciphertext block. CFB: the crate's buffered block.
    /// CFB8: the shift register. OFB: the register at the start of the
    /// current block. CTR: the initial counter block. GCM: J0.
    reg: [u8; BS],
    /// GCM: the GHASH accumulator.
    ghash: [u8; BS],
    /// CTR, GCM: data bytes so far (the keystream position). CFB: the
    /// position within the current block.
    pos: u64,
    /// GCM: AAD bytes so far.
    aad_len: u64,
    /// Input not yet turned into output: ECB/CBC's partial block (or, when
    /// decrypting with padding, the last whole block, which may be padding);
    /// OFB's input of the current partial block; GCM's AAD or ciphertext
    /// bytes short of a whole GHASH block.
    pending: Vec<u8>,
}

impl State {
    fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(4 + self.key.len() + 2 * BS + 16 + self.pending.len());
        out.push(VERSION);
        out.push(self.mode.tag());
        out.push(u8::from(self.decrypt) | (u8::from(self.aad_closed) << 1));
        out.push(self.key.len() as u8);
        out.extend_from_slice(&self.key);
        out.extend_from_slice(&self.reg);
        out.extend_from_slice(&self.ghash);
        out.extend_from_slice(&self.pos.to_le_bytes());
        out.extend_from_slice(&self.aad_len.to_le_bytes());
        out.extend_from_slice(&self.pending);
        out
    }

    fn decode(b: &[u8]) -> Result<State, HostError> {
        let bad = || HostError::with_code("EINVAL", "not a cipher state");
        if b.len() < 4 || b[0] != VERSION {
            return Err(bad());
        }
        let mode = MODES.get(b[1] as usize).ok_or_else(bad)?.1;
        let key_len = b[3] as usize;
        if ![16, 24, 32].contains(&key_len) {
            return Err(bad());
        }
        let fixed = 4 + key_len + 2 * BS + 16;
        if b.len() < fixed {
            return Err(bad());
        }
        let mut at = 4;
        let mut take = |n: usize| {
            let s = &b[at..at + n];
            at += n;
            s
        };
        let key = take(key_len).to_vec();
        let reg = take(BS).try_into().unwrap();
        let ghash = take(BS).try_into().unwrap();
        let pos = u64::from_le_bytes(take(8).try_into().unwrap());
        let aad_len = u64::from_le_bytes(take(8).try_into().unwrap());
        Ok(State {
            mode,
            decrypt: b[2] & 1 != 0,
            aad_closed: b[2] & 2 != 0,
            key,
            reg,
            ghash,
            pos,
            aad_len,
            pending: b[fixed..].to_vec(),
        })
    }
}

fn state_arg(op: &str, args: &[Value], i: usize) -> Result<State, HostError> {
    State::decode(arg_bytes(op, args, i)?)
}

// ---- the ops --------------------------------------------------------------------

/// `cryptoCipherInit(alg, key, iv, decrypt)` → the initial state.
fn init(args: &[Value]) -> Result<Value, HostError> {
    const OP: &str = "cryptoCipherInit";
    let (key_len, mode) = lookup(arg_str(OP, args, 0)?).ok_or_else(unknown_cipher)?;
    let key = arg_bytes(OP, args, 1)?;
    let iv = arg_bytes(OP, args, 2)?;
    // v0.12 checks the IV before the key.
    if iv.len() != mode.iv_len() {
        return Err(HostError::new("Invalid IV length"));
    }
    if key.len() != key_len {
        return Err(HostError::new("Invalid key length"));
    }
    let mut st = State {
        mode,
        decrypt: arg_bool(args, 3),
        aad_closed: false,
        key: key.to_vec(),
        reg: [0; BS],
        ghash: [0; BS],
        pos: 0,
        aad_len: 0,
        pending: Vec::new(),
    };
    match mode {
        Mode::Ecb => {}
        Mode::Gcm => {
            st.reg[..12].copy_from_slice(iv);
            st.reg[15] = 1;
        }
        Mode::Cfb => with_aes(&st.key.clone(), CfbStart(&mut st, iv)),
        _ => st.reg.copy_from_slice(iv),
    }
    Ok(Value::Bytes(st.encode()))
}

/// `cryptoCipherKey(alg, password)` → `[key, iv]` as `createCipher` derives
/// them: OpenSSL's EVP_BytesToKey with MD5, no salt, one iteration.
fn bytes_to_key(args: &[Value]) -> Result<Value, HostError> {
    const OP: &str = "cryptoCipherKey";
    let (key_len, mode) = lookup(arg_str(OP, args, 0)?).ok_or_else(unknown_cipher)?;
    let password = arg_bytes(OP, args, 1)?;
    let want = key_len + mode.iv_len();
    let mut out = Vec::with_capacity(want + 16);
    let mut prev: Vec<u8> = Vec::new();
    while out.len() < want {
        let mut h = md5::Md5::new();
        h.update(&prev);
        h.update(password);
        prev = h.finalize().to_vec();
        out.extend_from_slice(&prev);
    }
    Ok(Value::Array(vec![
        Value::Bytes(out[..key_len].to_vec()),
        Value::Bytes(out[key_len..want].to_vec()),
    ]))
}

/// `cryptoCipherAad(state, aad)` → the state with `aad` authenticated (GCM,
/// before any data; may be called more than once).
fn aad(args: &[Value]) -> Result<Value, HostError> {
    const OP: &str = "cryptoCipherAad";
    let mut st = state_arg(OP, args, 0)?;
    let data = arg_bytes(OP, args, 1)?;
    if st.mode != Mode::Gcm || st.aad_closed {
        return Err(HostError::new("Attempting to set AAD in unsupported state"));
    }
    st.aad_len += data.len() as u64;
    let h = hash_key(&st.key);
    absorb(&mut st.ghash, &h, &mut st.pending, data);
    Ok(Value::Bytes(st.encode()))
}

/// `cryptoCipherUpdate(state, data, padding)` → `[output, state]`.
fn update(args: &[Value]) -> Result<Value, HostError> {
    const OP: &str = "cryptoCipherUpdate";
    let mut st = state_arg(OP, args, 0)?;
    let data = arg_bytes(OP, args, 1)?;
    let padding = arg_bool(args, 2);
    let out = with_aes(&st.key.clone(), Update(&mut st, data, padding));
    Ok(Value::Array(vec![
        Value::Bytes(out),
        Value::Bytes(st.encode()),
    ]))
}

/// `cryptoCipherFinal(state, padding, tag)` → `[output, tag]`: the last
/// block (with padding added or checked) and, for GCM, the tag computed when
/// encrypting (`null` otherwise). Decrypting GCM checks `tag`.
fn final_(args: &[Value]) -> Result<Value, HostError> {
    const OP: &str = "cryptoCipherFinal";
    let mut st = state_arg(OP, args, 0)?;
    let padding = arg_bool(args, 1);
    let expected = match args.get(2) {
        Some(Value::Bytes(b)) => Some(b.as_slice()),
        _ => None,
    };
    with_aes(&st.key.clone(), Final(&mut st, padding, expected))
}

/// `cryptoCiphers()` → every cipher name, lowercase and sorted.
fn list(_args: &[Value]) -> Result<Value, HostError> {
    let mut names: Vec<String> = ["128", "192", "256"]
        .iter()
        .flat_map(|bits| {
            let mut v: Vec<String> = MODES
                .iter()
                .map(|(m, _)| format!("aes-{bits}-{m}"))
                .collect();
            v.push(format!("aes{bits}"));
            v
        })
        .collect();
    names.sort();
    Ok(Value::Array(names.into_iter().map(Value::String).collect()))
}

// ---- the work, generic over the key size ------------------------------------------

/// The AES block ciphers, as the mode crates want them.
trait Aes:
    BlockCipher + BlockEncrypt + BlockDecrypt + KeyInit + BlockSizeUser<BlockSize = U16> + Clone
{
}
impl<T> Aes for T where
    T: BlockCipher + BlockEncrypt + BlockDecrypt + KeyInit + BlockSizeUser<BlockSize = U16> + Clone
{
}

/// Work to do with the AES of the state's key size.
trait WithAes {
    type Out;
    fn run<C: Aes>(self, cipher: C) -> Self::Out;
}

fn with_aes<W: WithAes>(key: &[u8], w: W) -> W::Out {
    match key.len() {
        16 => w.run(Aes128::new_from_slice(key).expect("checked key length")),
        24 => w.run(Aes192::new_from_slice(key).expect("checked key length")),
        _ => w.run(Aes256::new_from_slice(key).expect("checked key length")),
    }
}

fn block_mut(b: &mut [u8]) -> &mut GenericArray<u8, U16> {
    GenericArray::from_mut_slice(b)
}

/// The crate's CFB state starts as E(IV): ask it, rather than assume.
struct CfbStart<'a>(&'a mut State, &'a [u8]);

impl WithAes for CfbStart<'_> {
    type Out = ();
    fn run<C: Aes>(self, c: C) {
        let iv = GenericArray::from_slice(self.1);
        let (block, pos) = if self.0.decrypt {
            let d = cfb_mode::BufDecryptor::<C>::inner_iv_init(c, iv);
            let (b, p) = d.get_state();
            (*b, p)
        } else {
            let e = cfb_mode::BufEncryptor::<C>::inner_iv_init(c, iv);
            let (b, p) = e.get_state();
            (*b, p)
        };
        self.0.reg.copy_from_slice(&block);
        self.0.pos = pos as u64;
    }
}

struct Update<'a>(&'a mut State, &'a [u8], bool);

impl WithAes for Update<'_> {
    type Out = Vec<u8>;
    fn run<C: Aes>(self, c: C) -> Vec<u8> {
        let Update(st, data, padding) = self;
        match st.mode {
            Mode::Ecb | Mode::Cbc => block_update(c, st, data, padding),
            Mode::Ctr => {
                let mut out = data.to_vec();
                let mut ctr =
                    ctr::Ctr128BE::<C>::from_core(ctr::CtrCore::inner_iv_init(c, (&st.reg).into()));
                ctr.seek(st.pos);
                ctr.apply_keystream(&mut out);
                st.pos += data.len() as u64;
                out
            }
            Mode::Cfb => {
                let mut out = data.to_vec();
                let reg = GenericArray::from_slice(&st.reg);
                let (block, pos) = if st.decrypt {
                    let mut d = cfb_mode::BufDecryptor::from_state(c, reg, st.pos as usize);
                    d.decrypt(&mut out);
                    let (b, p) = d.get_state();
                    (*b, p)
                } else {
                    let mut e = cfb_mode::BufEncryptor::from_state(c, reg, st.pos as usize);
                    e.encrypt(&mut out);
                    let (b, p) = e.get_state();
                    (*b, p)
                };
                st.reg.copy_from_slice(&block);
                st.pos = pos as u64;
                out
            }
            Mode::Cfb8 => {
                let mut out = data.to_vec();
                let reg = (&st.reg).into();
                // CFB8's blocks are single bytes.
                let blocks = out.chunks_exact_mut(1).map(GenericArray::from_mut_slice);
                let next = if st.decrypt {
                    let mut d = cfb8::Decryptor::<C>::inner_iv_init(c, reg);
                    blocks.for_each(|b| d.decrypt_block_mut(b));
                    d.iv_state()
                } else {
                    let mut e = cfb8::Encryptor::<C>::inner_iv_init(c, reg);
                    blocks.for_each(|b| e.encrypt_block_mut(b));
                    e.iv_state()
                };
                st.reg.copy_from_slice(&next);
                out
            }
            Mode::Ofb => {
                // The crate's mid-block position can't be exported: redo the
                // current block's earlier bytes from its start register.
                let skip = st.pending.len();
                let mut input = std::mem::take(&mut st.pending);
                input.extend_from_slice(data);
                let mut buf = input.clone();
                ofb::Ofb::<C>::from_core(ofb::OfbCore::inner_iv_init(c, (&st.reg).into()))
                    .apply_keystream(&mut buf);
                let whole = input.len() / BS * BS;
                if whole > 0 {
                    // The keystream of the last whole block feeds the next.
                    for i in 0..BS {
                        st.reg[i] = input[whole - BS + i] ^ buf[whole - BS + i];
                    }
                }
                st.pending = input[whole..].to_vec();
                buf.split_off(skip)
            }
            Mode::Gcm => {
                let h = hash_key_with(&c);
                close_aad(st, &h);
                let mut out = data.to_vec();
                let mut ctr = ctr::Ctr32BE::<C>::from_core(ctr::CtrCore::inner_iv_init(
                    c,
                    (&gcm_first_counter(st)).into(),
                ));
                ctr.seek(st.pos);
                ctr.apply_keystream(&mut out);
                st.pos += data.len() as u64;
                let ciphertext = if st.decrypt { data } else { &out[..] };
                absorb(&mut st.ghash, &h, &mut st.pending, ciphertext);
                out
            }
        }
    }
}

/// ECB/CBC: process whole blocks; keep the rest (and, when decrypting with
/// padding, the last whole block, since it may be all padding).
fn block_update<C: Aes>(c: C, st: &mut State, data: &[u8], padding: bool) -> Vec<u8> {
    let mut buf = std::mem::take(&mut st.pending);
    buf.extend_from_slice(data);
    let mut whole = buf.len() / BS * BS;
    if st.decrypt && padding && whole == buf.len() && whole > 0 {
        whole -= BS;
    }
    st.pending = buf.split_off(whole);
    crypt_blocks(c, st, &mut buf);
    buf
}

/// Encrypt or decrypt whole blocks in place, moving CBC's chain on.
fn crypt_blocks<C: Aes>(c: C, st: &mut State, buf: &mut [u8]) {
    if buf.is_empty() {
        return;
    }
    let blocks = buf.chunks_exact_mut(BS).map(block_mut);
    match (st.mode, st.decrypt) {
        (Mode::Ecb, false) => {
            let mut e = ecb::Encryptor::<C>::inner_init(c);
            blocks.for_each(|b| e.encrypt_block_mut(b));
        }
        (Mode::Ecb, true) => {
            let mut d = ecb::Decryptor::<C>::inner_init(c);
            blocks.for_each(|b| d.decrypt_block_mut(b));
        }
        (_, false) => {
            let mut e = cbc::Encryptor::<C>::inner_iv_init(c, (&st.reg).into());
            blocks.for_each(|b| e.encrypt_block_mut(b));
            st.reg.copy_from_slice(&e.iv_state());
        }
        (_, true) => {
            let mut d = cbc::Decryptor::<C>::inner_iv_init(c, (&st.reg).into());
            blocks.for_each(|b| d.decrypt_block_mut(b));
            st.reg.copy_from_slice(&d.iv_state());
        }
    }
}

struct Final<'a>(&'a mut State, bool, Option<&'a [u8]>);

impl WithAes for Final<'_> {
    type Out = Result<Value, HostError>;
    fn run<C: Aes>(self, c: C) -> Result<Value, HostError> {
        let Final(st, padding, expected) = self;
        let out = |bytes: Vec<u8>, tag: Value| Ok(Value::Array(vec![Value::Bytes(bytes), tag]));
        match st.mode {
            Mode::Ecb | Mode::Cbc => {
                let mut buf = std::mem::take(&mut st.pending);
                if !st.decrypt {
                    if padding {
                        let n = BS - buf.len();
                        buf.resize(BS, n as u8);
                    } else if !buf.is_empty() {
                        return Err(evp_error(
                            "0607F08A",
                            "EVP_EncryptFinal_ex",
                            "data not multiple of block length",
                        ));
                    }
                    crypt_blocks(c, st, &mut buf);
                    return out(buf, Value::Null);
                }
                if !padding {
                    if buf.len() % BS != 0 {
                        return Err(evp_error(
                            "0606508A",
                            "EVP_DecryptFinal_ex",
                            "data not multiple of block length",
                        ));
                    }
                    // A block held back before padding was turned off.
                    crypt_blocks(c, st, &mut buf);
                    return out(buf, Value::Null);
                }
                if buf.len() != BS {
                    return Err(evp_error(
                        "0606506D",
                        "EVP_DecryptFinal_ex",
                        "wrong final block length",
                    ));
                }
                crypt_blocks(c, st, &mut buf);
                let n = buf[BS - 1] as usize;
                if n == 0 || n > BS || buf[BS - n..].iter().any(|&b| b as usize != n) {
                    return Err(evp_error("06065064", "EVP_DecryptFinal_ex", "bad decrypt"));
                }
                buf.truncate(BS - n);
                out(buf, Value::Null)
            }
            Mode::Gcm => {
                let h = hash_key_with(&c);
                close_aad(st, &h);
                flush(&mut st.ghash, &h, &mut st.pending);
                let mut lengths = [0u8; BS];
                lengths[..8].copy_from_slice(&(st.aad_len.wrapping_mul(8)).to_be_bytes());
                lengths[8..].copy_from_slice(&(st.pos.wrapping_mul(8)).to_be_bytes());
                ghash_blocks(&mut st.ghash, &h, &lengths);
                let mut tag = st.reg;
                c.encrypt_block(block_mut(&mut tag));
                for (t, g) in tag.iter_mut().zip(st.ghash) {
                    *t ^= g;
                }
                if !st.decrypt {
                    return out(Vec::new(), Value::Bytes(tag.to_vec()));
                }
                // OpenSSL takes tags of 1 to 16 bytes and checks that many.
                let ok = match expected {
                    Some(t) if !t.is_empty() && t.len() <= BS => {
                        t.iter().zip(tag).fold(0u8, |acc, (a, b)| acc | (a ^ b)) == 0
                    }
                    _ => false,
                };
                if !ok {
                    return Err(HostError::new(
                        "Unsupported state or unable to authenticate data",
                    ));
                }
                out(Vec::new(), Value::Null)
            }
            // Stream modes have handed out every byte already.
            _ => out(Vec::new(), Value::Null),
        }
    }
}

// ---- GCM's GHASH -----------------------------------------------------------------

/// H = E(K, 0^128), the GHASH key.
fn hash_key_with<C: Aes>(c: &C) -> [u8; BS] {
    let mut h = [0u8; BS];
    c.encrypt_block(block_mut(&mut h));
    h
}

fn hash_key(key: &[u8]) -> [u8; BS] {
    struct H;
    impl WithAes for H {
        type Out = [u8; BS];
        fn run<C: Aes>(self, c: C) -> [u8; BS] {
            hash_key_with(&c)
        }
    }
    with_aes(key, H)
}

/// The counter block of the first data byte: J0 + 1 (in its low 32 bits).
fn gcm_first_counter(st: &State) -> [u8; BS] {
    let mut ctr = st.reg;
    let low = u32::from_be_bytes(ctr[12..].try_into().unwrap()).wrapping_add(1);
    ctr[12..].copy_from_slice(&low.to_be_bytes());
    ctr
}

/// Hash whole blocks into the accumulator `y`. The crate's GHASH starts from
/// zero, and Y' = (Y ^ X1)·H, so XORing Y into the first block resumes it.
fn ghash_blocks(y: &mut [u8; BS], h: &[u8; BS], data: &[u8]) {
    debug_assert_eq!(data.len() % BS, 0);
    if data.is_empty() {
        return;
    }
    let mut g = GHash::new(h.into());
    let mut first = [0u8; BS];
    for i in 0..BS {
        first[i] = data[i] ^ y[i];
    }
    g.update(&[first.into()]);
    g.update_padded(&data[BS..]);
    y.copy_from_slice(&g.finalize());
}

/// Add bytes to a GHASH input that is hashed a whole block at a time.
fn absorb(y: &mut [u8; BS], h: &[u8; BS], pending: &mut Vec<u8>, data: &[u8]) {
    pending.extend_from_slice(data);
    let whole = pending.len() / BS * BS;
    ghash_blocks(y, h, &pending[..whole]);
    pending.drain(..whole);
}

/// End a GHASH input: its last partial block is padded with zeros.
fn flush(y: &mut [u8; BS], h: &[u8; BS], pending: &mut Vec<u8>) {
    if !pending.is_empty() {
        pending.resize(BS, 0);
        ghash_blocks(y, h, pending);
        pending.clear();
    }
}

fn close_aad(st: &mut State, h: &[u8; BS]) {
    if !st.aad_closed {
        flush(&mut st.ghash, h, &mut st.pending);
        st.aad_closed = true;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unhex(s: &str) -> Vec<u8> {
        (0..s.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
            .collect()
    }

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    fn bytes(v: &Value) -> Vec<u8> {
        match v {
            Value::Bytes(b) => b.clone(),
            other => panic!("not bytes: {other:?}"),
        }
    }

    fn pair(v: Value) -> (Vec<u8>, Value) {
        match v {
            Value::Array(mut a) if a.len() == 2 => {
                let second = a.pop().unwrap();
                (bytes(&a[0]), second)
            }
            other => panic!("not a pair: {other:?}"),
        }
    }

    /// One cipher's setup, run over a message the way JavaScript does.
    #[derive(Clone, Copy)]
    struct Job<'a> {
        alg: &'a str,
        key: &'a [u8],
        iv: &'a [u8],
        decrypt: bool,
        aad: &'a [&'a [u8]],
        padding: bool,
        tag: Option<&'a [u8]>,
    }

    fn job<'a>(alg: &'a str, key: &'a [u8], iv: &'a [u8]) -> Job<'a> {
        Job {
            alg,
            key,
            iv,
            decrypt: false,
            aad: &[],
            padding: true,
            tag: None,
        }
    }

    impl Job<'_> {
        fn decrypting(self) -> Self {
            Job {
                decrypt: true,
                ..self
            }
        }

        fn unpadded(self) -> Self {
            Job {
                padding: false,
                ..self
            }
        }

        /// init, update per `step` bytes of `data`, final: the output and
        /// the final op's tag.
        fn run(&self, data: &[u8], step: usize) -> Result<(Vec<u8>, Value), HostError> {
            let mut state = init(&[
                self.alg.into(),
                Value::Bytes(self.key.to_vec()),
                Value::Bytes(self.iv.to_vec()),
                Value::Bool(self.decrypt),
            ])?;
            for a in self.aad {
                state = aad(&[state, Value::Bytes(a.to_vec())])?;
            }
            let mut out = Vec::new();
            for chunk in data.chunks(step.max(1)) {
                let (o, s) = pair(update(&[
                    state,
                    Value::Bytes(chunk.to_vec()),
                    Value::Bool(self.padding),
                ])?);
                out.extend(o);
                state = s;
            }
            let tag = self
                .tag
                .map_or(Value::Undefined, |t| Value::Bytes(t.to_vec()));
            let (o, t) = pair(final_(&[state, Value::Bool(self.padding), tag])?);
            out.extend(o);
            Ok((out, t))
        }
    }

    // NIST SP 800-38A, appendix F: the four-block plaintext and its keys.
    const PT: &str = "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51\
                      30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710";
    const K128: &str = "2b7e151628aed2a6abf7158809cf4f3c";
    const K256: &str = "603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4";
    const IV: &str = "000102030405060708090a0b0c0d0e0f";
    const CTR_IV: &str = "f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff";

    #[test]
    fn sp800_38a_vectors_at_every_split() {
        let pt = unhex(PT);
        let cases = [
            (
                "aes-128-ecb",
                K128,
                "",
                "3ad77bb40d7a3660a89ecaf32466ef97f5d3d58503b9699de785895a96fdbaaf\
                 43b1cd7f598ece23881b00e3ed0306887b0c785e27e8ad3f8223207104725dd4",
            ),
            (
                "aes-128-cbc",
                K128,
                IV,
                "7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2\
                 73bed6b8e3c1743b7116e69e222295163ff1caa1681fac09120eca307586e1a7",
            ),
            (
                "aes-128-cfb",
                K128,
                IV,
                "3b3fd92eb72dad20333449f8e83cfb4ac8a64537a0b3a93fcde3cdad9f1ce58b\
                 26751f67a3cbb140b1808cf187a4f4dfc04b05357c5d1c0eeac4c66f9ff7f2e6",
            ),
            (
                "aes-128-ofb",
                K128,
                IV,
                "3b3fd92eb72dad20333449f8e83cfb4a7789508d16918f03f53c52dac54ed825\
                 9740051e9c5fecf64344f7a82260edcc304c6528f659c77866a510d9c1d6ae5e",
            ),
            (
                "aes-128-ctr",
                K128,
                CTR_IV,
                "874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff\
                 5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee",
            ),
            (
                "aes-256-ctr",
                K256,
                CTR_IV,
                "601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c5\
                 2b0930daa23de94ce87017ba2d84988ddfc9c58db67aada613c2dd08457941a6",
            ),
        ];
        for (alg, key, iv, ct) in cases {
            let (key, iv, ct) = (unhex(key), unhex(iv), unhex(ct));
            // Block modes would add a padding block; the vectors have none.
            let enc = job(alg, &key, &iv).unpadded();
            for step in [1, 5, 16, 17, 64] {
                let (out, _) = enc.run(&pt, step).unwrap();
                assert_eq!(hex(&out), hex(&ct), "{alg} encrypt step {step}");
                let (back, _) = enc.decrypting().run(&ct, step).unwrap();
                assert_eq!(hex(&back), hex(&pt), "{alg} decrypt step {step}");
            }
        }
    }

    #[test]
    fn cfb8_sp800_38a() {
        let pt = unhex("6bc1bee22e409f96e93d7e117393172aae2d");
        let (key, iv) = (unhex(K128), unhex(IV));
        let enc = job("aes-128-cfb8", &key, &iv);
        for step in [1, 3, 18] {
            let (out, _) = enc.run(&pt, step).unwrap();
            assert_eq!(hex(&out), "3b79424c9c0dd436bace9e0ed4586a4f32b9");
            assert_eq!(enc.decrypting().run(&out, step).unwrap().0, pt);
        }
    }

    #[test]
    fn padding_round_trips_and_checks() {
        let (key, iv) = (unhex(K128), unhex(IV));
        let cbc = job("aes-128-cbc", &key, &iv);
        for len in [0, 1, 15, 16, 17, 33] {
            let msg: Vec<u8> = (0..len as u8).collect();
            for step in [1, 7, 16, 40] {
                let (enc, _) = cbc.run(&msg, step).unwrap();
                assert_eq!(enc.len(), (len / 16 + 1) * 16);
                assert_eq!(cbc.decrypting().run(&enc, step).unwrap().0, msg);
            }
        }
        let ecb = job("aes-128-ecb", &key, &[]);
        // A block of zeros never ends in valid padding.
        let (zeros, _) = ecb.unpadded().run(&[0; 16], 16).unwrap();
        let err = ecb.decrypting().run(&zeros, 1).unwrap_err();
        assert!(err.message.ends_with(":bad decrypt"), "{}", err.message);
        let (enc, _) = ecb.run(b"hi", 1).unwrap();
        let err = ecb.decrypting().run(&enc[..15], 1).unwrap_err();
        assert!(err.message.ends_with("wrong final block length"));
        let err = ecb.unpadded().run(b"x", 1).unwrap_err();
        assert!(
            err.message
                .contains("EVP_EncryptFinal_ex:data not multiple")
        );
    }

    #[test]
    fn gcm_spec_test_cases_3_and_4() {
        // McGrew & Viega, "The Galois/Counter Mode of Operation", test cases
        // 4 (AAD, 60-byte message) and 3 (no AAD, 64 bytes).
        let key = unhex("feffe9928665731c6d6a8f9467308308");
        let iv = unhex("cafebabefacedbaddecaf888");
        let pt = unhex(
            "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72\
             1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39",
        );
        let ct = "42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e\
                  21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091";
        let aad_bytes = unhex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        let tag = unhex("5bc94fbc3221a5db94fae95ae7121a47");
        let mut bad = tag.clone();
        bad[3] ^= 1;
        let aad_parts: &[&[u8]] = &[&aad_bytes[..7], &aad_bytes[7..]];
        let enc = Job {
            aad: aad_parts,
            ..job("aes-128-gcm", &key, &iv)
        };
        for step in [1, 13, 16, 60] {
            let (out, t) = enc.run(&pt, step).unwrap();
            assert_eq!(hex(&out), ct);
            assert_eq!(t, Value::Bytes(tag.clone()));
            let dec = Job {
                tag: Some(&tag),
                ..enc.decrypting()
            };
            assert_eq!(dec.run(&out, step).unwrap().0, pt);
            let forged = Job {
                tag: Some(&bad),
                ..dec
            };
            assert!(forged.run(&out, step).is_err());
        }
        let pt3 = [&pt[..], &unhex("1aafd255")].concat();
        let (_, t) = job("aes-128-gcm", &key, &iv).run(&pt3, 9).unwrap();
        assert_eq!(t, Value::Bytes(unhex("4d5c2af327cd64a62cf35abd2ba6fab4")));
    }

    #[test]
    fn gcm_empty_everything() {
        // GCM spec test case 1: zero key, zero IV, nothing to encrypt.
        let (out, t) = job("aes-128-gcm", &[0; 16], &[0; 12]).run(&[], 1).unwrap();
        assert!(out.is_empty());
        assert_eq!(t, Value::Bytes(unhex("58e2fccefa7e3061367f1d57a4e7455a")));
    }

    #[test]
    fn init_errors_in_v0_12_order() {
        let e = |alg: &str, k: usize, iv: usize| {
            init(&[
                alg.into(),
                Value::Bytes(vec![0; k]),
                Value::Bytes(vec![0; iv]),
                Value::Bool(false),
            ])
            .unwrap_err()
            .message
        };
        assert_eq!(e("aes-128-xyz", 16, 16), "Unknown cipher");
        assert_eq!(e("aes-128-cbc", 3, 3), "Invalid IV length");
        assert_eq!(e("aes-128-cbc", 3, 16), "Invalid key length");
        assert_eq!(e("aes-128-ecb", 16, 16), "Invalid IV length");
        assert_eq!(e("aes-256-gcm", 32, 16), "Invalid IV length");
        assert!(lookup("AES256").is_some() && lookup("aes-192-CFB8").is_some());
    }

    #[test]
    fn evp_bytes_to_key() {
        // MD5("password"), then MD5(that || "password"), once more for the IV.
        let v = bytes_to_key(&["aes-256-cbc".into(), Value::Bytes(b"password".to_vec())]).unwrap();
        let Value::Array(kv) = v else { panic!() };
        assert_eq!(
            hex(&bytes(&kv[0])),
            "5f4dcc3b5aa765d61d8327deb882cf992b95990a9151374abd8ff8c5a7a0fe08"
        );
        assert_eq!(hex(&bytes(&kv[1])), "b7b4372cdfbcb3d16a2631b59b509e94");
    }

    #[test]
    fn state_round_trips() {
        let st = State::decode(&bytes(
            &init(&[
                "aes-192-ofb".into(),
                Value::Bytes(vec![7; 24]),
                Value::Bytes(vec![9; 16]),
                Value::Bool(true),
            ])
            .unwrap(),
        ))
        .unwrap();
        assert_eq!(st.mode, Mode::Ofb);
        assert!(st.decrypt);
        assert_eq!(State::decode(&st.encode()).unwrap(), st);
        assert!(State::decode(b"junk").is_err());
    }
}
