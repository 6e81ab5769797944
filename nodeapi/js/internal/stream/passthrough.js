'use strict';
// stream.PassThrough: a Transform that outputs its input unchanged.

var common = require('internal/stream/common');
var Transform = require('internal/stream/transform');

function PassThrough(options) {
  if (!(this instanceof PassThrough)) return new PassThrough(options);
  Transform.call(this, options);
}
common.inherits(PassThrough, Transform);
module.exports = PassThrough;

PassThrough.prototype._transform = function _transform(chunk, encoding, cb) {
  cb(null, chunk);
};
