//! Browser entry point: trunk builds this binary for wasm32 and the page calls `main`.

fn main() {
    #[cfg(target_arch = "wasm32")]
    asg_lab::app::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("ASG Lab runs in the browser: see README.md (the serve command).");
}
