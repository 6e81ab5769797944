//! Pure ops behind `crypto`: one-shot digests, HMACs and PBKDF2.
//!
//! No hasher lives on the Rust side between calls: a `Hash`/`Hmac` object
//! keeps the data it was updated with in the JavaScript heap (so it survives
//! a restart half-way) and hashes it all at `digest()`. Random bytes are not
//! here: they are an input (the `random` op of process.rs).

use super::{OpDef, OpFn, arg_num, arg_str};
use hmac::{Hmac, Mac};
use persha_engine::{HostError, Value};
use sha2::Digest;

pub(super) const OPS: &[OpDef] = &[
    OpDef {
        name: "cryptoHash",
        run: OpFn::Pure(hash),
    },
    OpDef {
        name: "cryptoHmac",
        run: OpFn::Pure(hmac),
    },
    OpDef {
        name: "cryptoPbkdf2",
        run: OpFn::Pure(pbkdf2),
    },
];

/// The digests persha implements (names as `crypto.getHashes()` lists them).
#[derive(Clone, Copy)]
enum Alg {
    Md5,
    Sha1,
    Sha224,
    Sha256,
    Sha384,
    Sha512,
}

fn alg_of(op: &str, args: &[Value], i: usize) -> Result<Alg, HostError> {
    let name = arg_str(op, args, i)?;
    Ok(match name.to_ascii_lowercase().as_str() {
        "md5" => Alg::Md5,
        "sha1" => Alg::Sha1,
        "sha224" => Alg::Sha224,
        "sha256" => Alg::Sha256,
        "sha384" => Alg::Sha384,
        "sha512" => Alg::Sha512,
        _ => {
            return Err(HostError::with_code(
                "EINVAL",
                format!("{op}: unknown digest '{name}'"),
            ));
        }
    })
}

fn bytes_of<'a>(op: &str, args: &'a [Value], i: usize) -> Result<&'a [u8], HostError> {
    match args.get(i) {
        Some(Value::Bytes(b)) => Ok(b),
        _ => Err(HostError::with_code(
            "EINVAL",
            format!("{op}: argument {i} must be a Uint8Array"),
        )),
    }
}

fn digest_with<D: Digest>(data: &[u8]) -> Vec<u8> {
    D::digest(data).to_vec()
}

fn hmac_with<M: Mac + hmac::digest::KeyInit>(key: &[u8], data: &[u8]) -> Vec<u8> {
    // HMAC accepts keys of any length.
    let mut m = <M as hmac::digest::KeyInit>::new_from_slice(key).expect("any key length");
    m.update(data);
    m.finalize().into_bytes().to_vec()
}

/// `cryptoHash(alg, bytes)` → the digest's bytes.
fn hash(args: &[Value]) -> Result<Value, HostError> {
    let alg = alg_of("cryptoHash", args, 0)?;
    let data = bytes_of("cryptoHash", args, 1)?;
    Ok(Value::Bytes(match alg {
        Alg::Md5 => digest_with::<md5::Md5>(data),
        Alg::Sha1 => digest_with::<sha1::Sha1>(data),
        Alg::Sha224 => digest_with::<sha2::Sha224>(data),
        Alg::Sha256 => digest_with::<sha2::Sha256>(data),
        Alg::Sha384 => digest_with::<sha2::Sha384>(data),
        Alg::Sha512 => digest_with::<sha2::Sha512>(data),
    }))
}

/// `cryptoHmac(alg, key, bytes)` → the MAC's bytes.
fn hmac(args: &[Value]) -> Result<Value, HostError> {
    let alg = alg_of("cryptoHmac", args, 0)?;
    let key = bytes_of("cryptoHmac", args, 1)?;
    let data = bytes_of("cryptoHmac", args, 2)?;
    Ok(Value::Bytes(match alg {
        Alg::Md5 => hmac_with::<Hmac<md5::Md5>>(key, data),
        Alg::Sha1 => hmac_with::<Hmac<sha1::Sha1>>(key, data),
        Alg::Sha224 => hmac_with::<Hmac<sha2::Sha224>>(key, data),
        Alg::Sha256 => hmac_with::<Hmac<sha2::Sha256>>(key, data),
        Alg::Sha384 => hmac_with::<Hmac<sha2::Sha384>>(key, data),
        Alg::Sha512 => hmac_with::<Hmac<sha2::Sha512>>(key, data),
    }))
}

/// `cryptoPbkdf2(alg, password, salt, iterations, keylen)` → the key.
fn pbkdf2(args: &[Value]) -> Result<Value, HostError> {
    const OP: &str = "cryptoPbkdf2";
    let alg = alg_of(OP, args, 0)?;
    let password = bytes_of(OP, args, 1)?;
    let salt = bytes_of(OP, args, 2)?;
    let iterations = arg_num(OP, args, 3)?;
    let keylen = arg_num(OP, args, 4)?;
    if !(1.0..=u32::MAX as f64).contains(&iterations) || iterations.fract() != 0.0 {
        return Err(HostError::with_code("EINVAL", "Bad iterations"));
    }
    if !(0.0..=0x3fff_ffff as f64).contains(&keylen) || keylen.fract() != 0.0 {
        return Err(HostError::with_code("EINVAL", "Bad key length"));
    }
    let rounds = iterations as u32;
    let mut out = vec![0u8; keylen as usize];
    match alg {
        Alg::Md5 => pbkdf2::pbkdf2_hmac::<md5::Md5>(password, salt, rounds, &mut out),
        Alg::Sha1 => pbkdf2::pbkdf2_hmac::<sha1::Sha1>(password, salt, rounds, &mut out),
        Alg::Sha224 => pbkdf2::pbkdf2_hmac::<sha2::Sha224>(password, salt, rounds, &mut out),
        Alg::Sha256 => pbkdf2::pbkdf2_hmac::<sha2::Sha256>(password, salt, rounds, &mut out),
        Alg::Sha384 => pbkdf2::pbkdf2_hmac::<sha2::Sha384>(password, salt, rounds, &mut out),
        Alg::Sha512 => pbkdf2::pbkdf2_hmac::<sha2::Sha512>(password, salt, rounds, &mut out),
    }
    Ok(Value::Bytes(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(v: Value) -> String {
        match v {
            Value::Bytes(b) => b.iter().map(|x| format!("{x:02x}")).collect(),
            other => panic!("not bytes: {other:?}"),
        }
    }

    #[test]
    fn known_answers() {
        let abc = Value::Bytes(b"abc".to_vec());
        assert_eq!(
            hex(hash(&["sha256".into(), abc.clone()]).unwrap()),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            hex(hash(&["MD5".into(), abc.clone()]).unwrap()),
            "900150983cd24fb0d6963f7d28e17f72"
        );
        // RFC 2202 test case 2.
        assert_eq!(
            hex(hmac(&[
                "sha1".into(),
                Value::Bytes(b"Jefe".to_vec()),
                Value::Bytes(b"what do ya want for nothing?".to_vec())
            ])
            .unwrap()),
            "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
        );
        // RFC 6070 test case 1.
        assert_eq!(
            hex(pbkdf2(&[
                "sha1".into(),
                Value::Bytes(b"password".to_vec()),
                Value::Bytes(b"salt".to_vec()),
                Value::Number(1.0),
                Value::Number(20.0)
            ])
            .unwrap()),
            "0c60c80f961f0e71f3a9b524af6012062fe037a6"
        );
        assert!(hash(&["sha3".into(), abc]).is_err());
    }
}
