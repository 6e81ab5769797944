// Ciphers and deciphers of every mode updated over many turns (timers) give
// the same bytes as one-shot use: their state lives in the heap, so a
// restart in between (crash mode) must lose nothing.
var assert = require('assert');
var crypto = require('crypto');

var KEY = new Buffer('8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b', 'hex');
var IV = new Buffer('0f0e0d0c0b0a09080706050403020100', 'hex');
var MODES = ['ecb', 'cbc', 'ctr', 'cfb', 'cfb8', 'ofb', 'gcm'];

function ivFor(mode) {
  return mode === 'ecb' ? new Buffer(0) : mode === 'gcm' ? IV.slice(0, 12) : IV;
}

var message = [];
var ciphers = {};
var outputs = {};
MODES.forEach(function (mode) {
  ciphers[mode] = crypto.createCipheriv('aes-192-' + mode, KEY, ivFor(mode));
  outputs[mode] = [];
});
ciphers.gcm.setAAD(new Buffer('turns'));

var n = 0;
function step() {
  n++;
  // Pieces of odd sizes, so block and keystream positions fall mid-block.
  var piece = new Buffer(n * 5 + 1);
  for (var i = 0; i < piece.length; i++) piece[i] = (n * 31 + i) & 0xff;
  message.push(piece);
  MODES.forEach(function (mode) {
    outputs[mode].push(ciphers[mode].update(piece));
  });
  console.log('updated in turn ' + n);
  if (n < 8) {
    setTimeout(step, 5);
    return;
  }
  setTimeout(finish, 5);
}

function finish() {
  var whole = Buffer.concat(message);
  MODES.forEach(function (mode) {
    outputs[mode].push(ciphers[mode].final());
    var sealed = Buffer.concat(outputs[mode]);
    var once = crypto.createCipheriv('aes-192-' + mode, KEY, ivFor(mode));
    if (mode === 'gcm') once.setAAD(new Buffer('turns'));
    var expected = Buffer.concat([once.update(whole), once.final()]);
    assert.strictEqual(sealed.toString('hex'), expected.toString('hex'), mode);
    if (mode === 'gcm') {
      assert.strictEqual(ciphers.gcm.getAuthTag().toString('hex'), once.getAuthTag().toString('hex'));
    }
    outputs[mode] = sealed;
  });
  console.log('ciphers across turns match one-shot');
  decipherAcrossTurns();
}

// Decipher the results, again a piece per turn.
function decipherAcrossTurns() {
  var deciphers = {};
  var plain = {};
  MODES.forEach(function (mode) {
    deciphers[mode] = crypto.createDecipheriv('aes-192-' + mode, KEY, ivFor(mode));
    plain[mode] = [];
  });
  deciphers.gcm.setAAD(new Buffer('turns'));
  deciphers.gcm.setAuthTag(ciphers.gcm.getAuthTag());
  var off = 0;
  var k = 0;
  function next() {
    k++;
    var size = k * 9 + 2;
    MODES.forEach(function (mode) {
      plain[mode].push(deciphers[mode].update(outputs[mode].slice(off, off + size)));
    });
    off += size;
    console.log('deciphered in turn ' + k);
    if (off < outputs.cbc.length) {
      setTimeout(next, 5);
      return;
    }
    var whole = Buffer.concat(message).toString('hex');
    MODES.forEach(function (mode) {
      plain[mode].push(deciphers[mode].final());
      assert.strictEqual(Buffer.concat(plain[mode]).toString('hex'), whole, mode);
    });
    console.log('deciphers across turns match');
  }
  setTimeout(next, 5);
}

setTimeout(step, 5);
