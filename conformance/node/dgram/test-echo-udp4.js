// Echo over IPv4 loopback: rinfo, send callbacks, 'listening' and 'close'.
var assert = require('assert');
var h = require('./d-helpers');

var words = ['alpha', 'beta', 'gamma'];

h.step(function (t) {
  var server = t.socket('udp4');
  var client = t.socket('udp4');
  server.on('message', function (msg, rinfo) {
    assert.ok(Buffer.isBuffer(msg));
    assert.strictEqual(rinfo.address, '127.0.0.1');
    assert.strictEqual(rinfo.family, 'IPv4');
    assert.strictEqual(rinfo.port, client.address().port);
    assert.strictEqual(rinfo.size, msg.length);
    var reply = Buffer.concat([new Buffer('echo:'), msg]);
    server.send(reply, 0, reply.length, rinfo.port, rinfo.address);
  });
  server.on('listening', t.cb(function () {
    var addr = server.address();
    assert.strictEqual(addr.address, '127.0.0.1');
    assert.strictEqual(addr.family, 'IPv4');
    assert.ok(addr.port > 0);
    console.log('server listening');
    client.bind(0, '127.0.0.1', t.cb(function () {
      console.log('client bound');
      send(0);
    }));
  }));
  function send(i) {
    if (i === words.length) {
      big();
      return;
    }
    var buf = new Buffer(words[i]);
    client.once('message', function (msg, rinfo) {
      assert.strictEqual(msg.toString(), 'echo:' + words[i]);
      assert.strictEqual(rinfo.port, server.address().port);
      console.log('reply ' + i + ' ' + msg);
      send(i + 1);
    });
    client.send(buf, 0, buf.length, server.address().port, '127.0.0.1', t.cb(function (err, bytes) {
      assert.ifError(err);
      assert.strictEqual(bytes, buf.length);
    }));
  }
  // A datagram near the largest size: it arrives whole.
  function big() {
    var buf = new Buffer(60000);
    for (var j = 0; j < buf.length; j++) buf[j] = j % 251;
    client.once('message', function (msg) {
      assert.strictEqual(msg.length, 60005);
      assert.strictEqual(msg.toString('ascii', 0, 5), 'echo:');
      for (var j = 0; j < buf.length; j++) assert.strictEqual(msg[j + 5], j % 251);
      console.log('big reply whole');
      client.close(function () { console.log('client close event'); });
      server.close();
    });
    client.send(buf, 0, buf.length, server.address().port, '127.0.0.1');
  }
  server.on('close', t.cb(function () {
    console.log('server close event');
    t.done();
  }));
  server.bind(0, '127.0.0.1');
}, function () {
  console.log('echo udp4 done');
});
