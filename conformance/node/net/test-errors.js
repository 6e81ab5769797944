// Connection refused, address in use, writes after end.
'use strict';
var assert = require('assert');
var net = require('net');
var h = require('./n-helpers');

h.steps([
  function refused(t) {
    // A port that was just free: bind, learn it, close, then connect.
    var s = t.server(net.createServer());
    s.listen(0, '127.0.0.1', function () {
      var port = s.address().port;
      s.close(function () {
        var c = net.connect(port, '127.0.0.1');
        c.on('connect', function () { throw new Error('connected to a closed port'); });
        c.on('error', function (err) {
          if (t.restarted(err)) return;
          assert.strictEqual(err.code, 'ECONNREFUSED');
          assert.strictEqual(err.errno, 'ECONNREFUSED');
          assert.strictEqual(err.syscall, 'connect');
          assert.ok(/^connect ECONNREFUSED/.test(err.message), err.message);
          console.log('refused: ' + err.code);
        });
        c.on('close', function (hadError) {
          if (t.stale) return;
          assert.strictEqual(hadError, true);
          console.log('refused socket closed with error');
          t.done();
        });
      });
    });
  },
  function inUse(t) {
    var a = t.server(net.createServer());
    a.listen(0, '127.0.0.1', function () {
      var b = net.createServer();
      b.on('error', function (err) {
        assert.strictEqual(err.code, 'EADDRINUSE');
        assert.strictEqual(err.syscall, 'listen');
        assert.ok(/listen EADDRINUSE/.test(err.message), err.message);
        console.log('second listen: EADDRINUSE');
        a.close(function () { t.done(); });
      });
      b.listen(a.address().port, '127.0.0.1', function () {
        throw new Error('listened twice on one port');
      });
    });
  },
  function writeAfterPeerEnd(t) {
    var s = t.server(net.createServer(function (c) {
      t.socket(c);
      c.end('bye');
    }));
    s.listen(0, '127.0.0.1', function () {
      var c = t.socket(net.connect({ port: s.address().port, host: '127.0.0.1', allowHalfOpen: true }));
      c.on('data', function (d) { assert.strictEqual(d.toString(), 'bye'); });
      c.on('end', function () {
        console.log('half-open client still writable: ' + c.writable);
        c.end();
      });
      c.on('close', function () {
        if (t.stale) return;
        s.close(function () { t.done(); });
      });
    });
  }
]);
