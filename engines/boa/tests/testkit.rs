//! The shared adapter conformance kit, one test per check.

persha_engine::adapter_kit_tests!(persha_engine_boa::BoaFactory);
