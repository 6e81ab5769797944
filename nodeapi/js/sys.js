'use strict';
// The old name of util, kept (silently, as in Node v0.12) for old programs.
module.exports = require('util');
