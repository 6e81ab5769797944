// Cipher, Decipher, Hash and Hmac are Transform streams (v0.12): write/end
// then read, pipe, setEncoding, and errors from final() as 'error' events.
var assert = require('assert');
var crypto = require('crypto');
var stream = require('stream');

var KEY = new Buffer('2b7e151628aed2a6abf7158809cf4f3c', 'hex');
var IV = new Buffer('000102030405060708090a0b0c0d0e0f', 'hex');
var MSG = 'a message that spans a few AES blocks, to see chunks flow';

function sealed(alg) {
  var c = crypto.createCipheriv(alg, KEY, IV);
  return Buffer.concat([c.update(MSG, 'utf8'), c.final()]);
}

var c = crypto.createCipheriv('aes-128-cbc', KEY, IV);
assert.ok(c instanceof stream.Transform);
assert.ok(crypto.createHash('md5') instanceof stream.Transform);
assert.ok(crypto.createHmac('md5', 'k') instanceof stream.Readable);
// (Duplex streams are not instanceof Writable in v0.12, but they write.)
assert.strictEqual(typeof crypto.createDecipher('aes128', 'pw').write, 'function');
console.log('crypto objects are streams');

// write() and end() transform synchronously; read() gets all of it.
c.write(MSG.slice(0, 9), 'utf8');
c.write(new Buffer(MSG.slice(9, 40), 'utf8'));
c.end(MSG.slice(40), 'utf8');
assert.strictEqual(c.read().toString('hex'), sealed('aes-128-cbc').toString('hex'));
console.log('cipher write, end, read ok');

// Written strings without an encoding are 'binary', as update() takes them.
var h = crypto.createHash('sha1');
h.write('\u00e9');
h.end();
assert.strictEqual(h.read().toString('hex'), crypto.createHash('sha1').update(new Buffer([0xe9])).digest('hex'));
var hx = crypto.createHash('sha256');
hx.setEncoding('hex');
hx.end('abc');
assert.strictEqual(hx.read(), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
var mac = crypto.createHmac('sha1', 'Jefe');
mac.setEncoding('base64');
mac.write('what do ya want ');
mac.end('for nothing?');
assert.strictEqual(new Buffer(mac.read(), 'base64').toString('hex'),
  'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79');
console.log('hash and hmac streams ok');

// The update()/digest() interface still works beside the stream one.
var plain = crypto.createHash('md5');
plain.update('ab');
plain.write('c');
assert.strictEqual(plain.digest('hex'), '900150983cd24fb0d6963f7d28e17f72');
console.log('update and write mix');

// pipe a cipher into a decipher, fed across ticks; 'data' chunks have the
// readable side's encoding.
var enc = crypto.createCipheriv('aes-128-ctr', KEY, IV);
var dec = crypto.createDecipheriv('aes-128-ctr', KEY, IV);
dec.setEncoding('utf8');
var received = '';
dec.on('data', function (s) {
  assert.strictEqual(typeof s, 'string');
  received += s;
});
dec.on('end', function () {
  assert.strictEqual(received, MSG);
  console.log('cipher piped into decipher ok');
  gcmStream();
});
enc.pipe(dec);
var pos = 0;
(function feed() {
  if (pos >= MSG.length) return enc.end();
  enc.write(MSG.slice(pos, pos + 11), 'utf8');
  pos += 11;
  setImmediate(feed);
})();

// GCM through the stream interface; the tag is there after 'end'.
function gcmStream() {
  var g = crypto.createCipheriv('aes-128-gcm', KEY, IV.slice(0, 12));
  g.setAAD(new Buffer('header'));
  var parts = [];
  g.on('data', function (b) { parts.push(b); });
  g.on('end', function () {
    var tag = g.getAuthTag();
    var d = crypto.createDecipheriv('aes-128-gcm', KEY, IV.slice(0, 12));
    d.setAAD(new Buffer('header'));
    d.setAuthTag(tag);
    var out = d.update(Buffer.concat(parts), 'buffer', 'utf8') + d.final('utf8');
    assert.strictEqual(out, MSG);
    console.log('gcm stream and tag ok');
    badDecrypt();
  });
  g.end(MSG);
}

// A failing final() becomes an 'error' event.
function badDecrypt() {
  var d = crypto.createDecipheriv('aes-128-cbc', KEY, IV);
  d.on('error', function (e) {
    assert.strictEqual(e.message,
      'error:0606506D:digital envelope routines:EVP_DecryptFinal_ex:wrong final block length');
    console.log('final error is an error event');
    tagError();
  });
  d.on('data', function () {});
  d.end(new Buffer(20));
}

function tagError() {
  var d = crypto.createDecipheriv('aes-128-gcm', KEY, IV.slice(0, 12));
  d.setAuthTag(new Buffer(16));
  d.on('error', function (e) {
    assert.strictEqual(e.message, 'Unsupported state or unable to authenticate data');
    console.log('bad tag is an error event');
  });
  d.resume();
  d.end(sealed('aes-128-ctr'));
}
