// process.argv, process.env, process.version, nextTick, hrtime, platform.
function check(cond, msg) { if (!cond) throw new Error(msg); }
check(Array.isArray(process.argv) && process.argv.length >= 2, 'argv ' + process.argv);
check(/test-basics\.js$/.test(process.argv[1]), 'argv[1] is the script: ' + process.argv[1]);
check(typeof process.env === 'object' && process.env !== null, 'env');
check(typeof process.version === 'string' && process.version.charAt(0) === 'v', 'version ' + process.version);
check(typeof process.platform === 'string', 'platform');
check(typeof process.cwd() === 'string', 'cwd');
check(typeof process.pid === 'number', 'pid');
var ticked = false;
process.nextTick(function () { ticked = true; });
check(!ticked, 'nextTick is asynchronous');
setTimeout(function () {
  check(ticked === true, 'nextTick ran');
  console.log('process ok');
}, 5);
