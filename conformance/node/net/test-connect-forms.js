// connect() forms: (port, host, cb), (options), (path) for pipes elsewhere;
// a host name is looked up first ('lookup'); write callbacks; address().
'use strict';
var assert = require('assert');
var net = require('net');
var h = require('./n-helpers');

h.steps([
  function byName(t) {
    var s = t.server(net.createServer(function (c) {
      t.socket(c);
      c.end('hi');
    }));
    s.listen(0, '127.0.0.1', function () {
      var c = t.socket(net.connect({ port: s.address().port, host: 'localhost', family: 4 }));
      var looked = false;
      c.on('lookup', function (err, address, family) {
        assert.strictEqual(err, null);
        assert.strictEqual(address, '127.0.0.1');
        assert.strictEqual(family, 4);
        looked = true;
      });
      c.on('connect', function () {
        assert.ok(looked, 'lookup came before connect');
        var a = c.address();
        assert.strictEqual(a.address, '127.0.0.1');
        assert.strictEqual(a.family, 'IPv4');
        assert.strictEqual(typeof a.port, 'number');
        console.log('connected by name after a lookup');
      });
      c.resume();
      c.on('close', function () {
        if (t.stale) return;
        s.close(function () { t.done(); });
      });
    });
  },
  function writeCallbacks(t) {
    var got = '';
    var s = t.server(net.createServer(function (c) {
      t.socket(c);
      c.setEncoding('utf8');
      c.on('data', function (d) { got += d; });
      c.on('end', function () {
        assert.strictEqual(got, 'onetwothree');
        console.log('server read every write in order');
        c.end();
      });
    }));
    s.listen(0, '127.0.0.1', function () {
      var c = t.socket(new net.Socket());
      var calls = [];
      // Writes made while connecting wait for the connection.
      c.connect(s.address().port, '127.0.0.1');
      assert.strictEqual(c.readyState, 'opening');
      c.write('one', function () { calls.push(1); });
      c.write(new Buffer('two'), function () { calls.push(2); });
      c.end('three', 'utf8');
      c.on('finish', function () {
        assert.deepEqual(calls, [1, 2]);
        console.log('write callbacks ran in order before finish');
      });
      c.resume();
      c.on('close', function (hadError) {
        if (t.stale) return;
        assert.strictEqual(hadError, false);
        s.close(function () { t.done(); });
      });
    });
  },
  function destroyEmitsClose(t) {
    var s = t.server(net.createServer(function (c) { t.socket(c); }));
    s.listen(0, '127.0.0.1', function () {
      var c = t.socket(net.connect(s.address().port, '127.0.0.1'));
      c.on('connect', function () {
        c.destroy();
        assert.strictEqual(c.destroyed, true);
        assert.strictEqual(c.readyState, 'closed');
      });
      c.on('close', function (hadError) {
        if (t.stale) return;
        assert.strictEqual(hadError, false);
        console.log('destroy closes without error');
        s.close(function () { t.done(); });
      });
    });
  }
]);
