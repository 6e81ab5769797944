// createSocket(type, listener) and createSocket(options, listener).
var assert = require('assert');
var dgram = require('dgram');
var h = require('./d-helpers');

assert.ok(dgram.createSocket('udp4') instanceof dgram.Socket);
assert.ok(dgram.createSocket({ type: 'udp6' }) instanceof require('events').EventEmitter);
console.log('sockets are EventEmitters');

h.step(function (t) {
  var seen = [];
  var a = t.socket('udp4', function (msg, rinfo) {
    seen.push('a:' + msg);
    assert.strictEqual(rinfo.address, '127.0.0.1');
    if (seen.length === 2) finish();
  });
  var b = t.socket({ type: 'udp4', reuseAddr: false }, function (msg) {
    seen.push('b:' + msg);
    if (seen.length === 2) finish();
  });
  function finish() {
    seen.sort();
    assert.deepEqual(seen, ['a:to a', 'b:to b']);
    console.log('both listeners got their datagram');
    t.done();
  }
  a.bind(0, '127.0.0.1', t.cb(function () {
    b.bind(0, '127.0.0.1', t.cb(function () {
      a.send(new Buffer('to b'), 0, 4, b.address().port, '127.0.0.1');
      b.send(new Buffer('to a'), 0, 4, a.address().port, '127.0.0.1');
    }));
  }));
}, function () {
  console.log('message listener done');
});
