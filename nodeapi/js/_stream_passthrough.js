'use strict';
// Node v0.12 exposes the stream classes as modules of their own.
module.exports = require('internal/stream/passthrough');
