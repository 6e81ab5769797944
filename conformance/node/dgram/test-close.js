// close(): the 'close' event, its callback, and what a closed socket does.
var assert = require('assert');
var dgram = require('dgram');
var h = require('./d-helpers');

// An unbound socket closes too; 'close' comes at once, as in v0.12.
var u = dgram.createSocket('udp4');
var closed = 0;
u.on('close', function () { closed++; });
u.close(function () { closed++; });
assert.strictEqual(closed, 2);
assert.throws(function () { u.close(); }, /Not running/);
assert.throws(function () { u.bind(0); }, /Not running/);
console.log('unbound close emits close at once');

// A close while the bind is under way: no 'listening', no error.
var b = dgram.createSocket('udp4');
b.on('listening', function () { assert.fail('listening after close'); });
b.bind(0, '127.0.0.1');
b.close();
console.log('close during bind');

h.step(function (t) {
  var server = t.socket('udp4');
  var client = t.socket('udp4');
  var messages = 0;
  server.on('message', function () { messages++; });
  server.bind(0, '127.0.0.1', t.cb(function () {
    var port = server.address().port;
    client.send(new Buffer('one'), 0, 3, port, '127.0.0.1', t.cb(function (err) {
      assert.ifError(err);
    }));
    server.once('message', t.cb(function (msg) {
      assert.strictEqual(msg.toString(), 'one');
      var events = [];
      server.on('close', function () { events.push('event'); });
      server.close(function () { events.push('callback'); });
      assert.deepEqual(events, ['event', 'callback']);
      console.log('bound close: event then callback, at once');
      // Datagrams to a closed socket are not delivered.
      client.send(new Buffer('two'), 0, 3, port, '127.0.0.1', t.cb(function (err) {
        assert.ifError(err);
        t.timeout(function () {
          assert.strictEqual(messages, 1);
          console.log('no message after close');
          t.done();
        }, 30);
      }));
    }));
  }));
}, function () {
  console.log('close done');
});
