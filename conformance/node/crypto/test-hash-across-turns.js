// A Hash updated over many turns (timers) gives the same digest as one-shot
// hashing: its state lives in the heap, so a restart in between (crash mode)
// must not lose any update.
var assert = require('assert');
var crypto = require('crypto');

var streaming = crypto.createHash('sha512');
var hmac = crypto.createHmac('sha256', 'turn key');
var parts = [];
var n = 0;

function step() {
  n++;
  var part = 'part ' + n + ';';
  parts.push(part);
  streaming.update(part);
  hmac.update(part);
  console.log('updated turn ' + n);
  if (n < 8) {
    setTimeout(step, 5);
    return;
  }
  var whole = parts.join('');
  assert.strictEqual(streaming.digest('hex'),
    crypto.createHash('sha512').update(whole).digest('hex'));
  assert.strictEqual(hmac.digest('base64'),
    crypto.createHmac('sha256', 'turn key').update(whole).digest('base64'));
  console.log('digests across turns match');
}

setTimeout(step, 5);
