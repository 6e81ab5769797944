//! The shared adapter conformance kit, one test per check.

use persha_engine::testkit;
use persha_engine_boa::BoaFactory;

macro_rules! kit_tests {
    ($($name:ident),* $(,)?) => {
        $(
            #[test]
            fn $name() {
                testkit::$name(&BoaFactory);
            }
        )*
    };
}

kit_tests!(
    host_values_from_js,
    host_values_to_js,
    host_errors_thrown,
    run_script_global_bindings,
    run_script_sloppy_mode,
    syntax_errors,
    stacks_and_filenames,
    thrown_values,
    call_global,
    promise_jobs,
    throwing_job_does_not_stop_others,
    interrupt,
    no_gc_observers,
    deep_recursion,
);
