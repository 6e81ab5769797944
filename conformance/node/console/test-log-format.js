// console.log formats its arguments like util.format (printed lines are the check).
function check(cond, msg) { if (!cond) throw new Error(msg); }
console.log('plain string');
console.log('two', 'words', 3, true, null, undefined);
console.log('%s is %d years', 'Bob', 42);
console.log('json %j', { a: [1, 2] });
console.log('percent %% sign');
console.log({ k: 'v', n: 1 });
console.log([1, 'b', [3]]);
check(typeof console.error === 'function' && typeof console.warn === 'function', 'error/warn');
check(typeof console.info === 'function' && typeof console.dir === 'function', 'info/dir');
console.error('this goes to stderr');
console.log('console ok');
