//! The engine gives the same run in wasm as natively: the digest of a busy six-hour scenario
//! must equal the native one, which `scripts/test.sh` passes in `ASG_NATIVE_DIGEST` at build time.

use wasm_bindgen_test::wasm_bindgen_test;

#[path = "../common/digest.rs"]
mod digest;

#[wasm_bindgen_test]
fn same_run_natively_and_in_wasm() {
    // Read at build time, so the crate still builds without it (`--no-run`, clippy) and only
    // this test fails.
    let Some(native) = option_env!("ASG_NATIVE_DIGEST") else {
        panic!("ASG_NATIVE_DIGEST is not set: run the browser tests through scripts/test.sh")
    };
    assert_eq!(format!("{:016x}", digest::digest()), native);
}
