// pause/resume, setTimeout, setNoDelay/setKeepAlive, ref/unref, readyState.
'use strict';
var assert = require('assert');
var net = require('net');
var h = require('./n-helpers');

h.steps([
  function pauseResume(t) {
    var s = t.server(net.createServer(function (c) {
      t.socket(c);
      c.setNoDelay(true);
      c.setKeepAlive(true, 1000);
      for (var i = 0; i < 5; i++) c.write('chunk' + i + ';');
      c.end();
    }));
    s.listen(0, '127.0.0.1', function () {
      var c = t.socket(net.connect(s.address().port, '127.0.0.1'));
      assert.strictEqual(c.readyState, 'opening');
      var got = '';
      c.setEncoding('utf8');
      c.pause();
      c.on('connect', function () {
        assert.strictEqual(c.readyState, 'open');
        setTimeout(function () {
          assert.strictEqual(got, '');
          console.log('nothing read while paused');
          c.resume();
        }, 50);
      });
      c.on('data', function (d) { got += d; });
      c.on('end', function () {
        assert.strictEqual(got, 'chunk0;chunk1;chunk2;chunk3;chunk4;');
        console.log('all chunks after resume');
      });
      c.on('close', function () {
        if (t.stale) return;
        s.close(function () { t.done(); });
      });
    });
  },
  function idleTimeout(t) {
    var s = t.server(net.createServer(function (c) { t.socket(c); }));
    s.listen(0, '127.0.0.1', function () {
      var c = t.socket(net.connect(s.address().port, '127.0.0.1'));
      c.setTimeout(80, function () {
        console.log('idle timeout fired');
        c.destroy();
      });
      c.on('close', function () {
        if (t.stale) return;
        s.close(function () { t.done(); });
      });
    });
  },
  function unrefServerLetsProgramEnd(t) {
    var s = net.createServer();
    s.listen(0, '127.0.0.1', function () {
      s.unref();
      console.log('unref server does not keep the program alive');
      t.done();
    });
  }
]);
