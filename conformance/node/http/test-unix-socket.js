// A server on a Unix-domain socket and a client using socketPath.
'use strict';
var assert = require('assert');
var os = require('os');
var path = require('path');
var fs = require('fs');
var h = require('./h-helpers');

// Journaled values: the same path on every replay of this program.
var sockPath = path.join(os.tmpdir(), 'persha-http-' + process.pid + '-' + Date.now() + '.sock');

h.run([
  function overUnixSocket(t) {
    var server = t.server(function (req, res) {
      res.end('unix ' + req.url + ' ' + req.headers.host);
    });
    try { fs.unlinkSync(sockPath); } catch (e) { /* not there yet */ }
    server.listen(sockPath, t.cb(function () {
      assert.strictEqual(server.address(), sockPath);
      t.get({ socketPath: sockPath, path: '/via-path' }, function (res) {
        t.body(res, function (body) {
          assert.strictEqual(body, 'unix /via-path localhost');
          t.log('socketPath request: ' + body);
          t.done();
        });
      });
    }));
  }
]);
