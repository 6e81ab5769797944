var assert = require('assert');
var constants = require('constants');

var expect = { EPERM: 1, ENOENT: 2, ESRCH: 3, EINTR: 4, EIO: 5, EBADF: 9, EAGAIN: 11, ENOMEM: 12, EACCES: 13, EEXIST: 17, ENOTDIR: 20, EISDIR: 21, EINVAL: 22, EMFILE: 24, ENOSPC: 28, EPIPE: 32, ENOSYS: 38, ENOTEMPTY: 39, ELOOP: 40, EADDRINUSE: 98, ECONNRESET: 104, ETIMEDOUT: 110, ECONNREFUSED: 111, EWOULDBLOCK: 11, ENOTSUP: 95 };
Object.keys(expect).forEach(function (k) { assert.strictEqual(constants[k], expect[k], k); });
console.log('errno ok');
