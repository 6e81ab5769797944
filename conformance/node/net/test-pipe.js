// Unix-domain sockets: listen on a path, connect by path, the path is
// removed when the server closes.
'use strict';
var assert = require('assert');
var fs = require('fs');
var net = require('net');
var os = require('os');
var path = require('path');
var h = require('./n-helpers');

var n = 0;
h.steps([
  function pipe(t) {
    var p = path.join(os.tmpdir(), 'persha-net-pipe-' + process.pid + '-' + (n++) + '.sock');
    try { fs.unlinkSync(p); } catch (_) { /* fresh */ }
    var s = t.server(net.createServer(function (c) {
      t.socket(c);
      c.end('over a pipe');
    }));
    s.listen(p, function () {
      assert.strictEqual(s.address(), p);
      assert.ok(fs.existsSync(p));
      console.log('listening on a path');
      var c = t.socket(net.connect(p));
      var got = '';
      c.setEncoding('utf8');
      c.on('data', function (d) { got += d; });
      c.on('end', function () {
        assert.strictEqual(got, 'over a pipe');
        console.log('read over the pipe');
      });
      c.on('close', function () {
        if (t.stale) return;
        s.close(function () {
          assert.ok(!fs.existsSync(p), 'socket file removed');
          console.log('socket file removed on close');
          t.done();
        });
      });
    });
  }
]);
