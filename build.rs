//! With the `split` feature (the Trunk build, see Cargo.toml), the wasm binary keeps its
//! relocations, which `scripts/split.mjs` (wasm_split_cli_support) needs to split it.

fn main() {
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    if split && wasm {
        println!("cargo:rustc-link-arg-bin=asg-lab=--emit-relocs");
    }
}
