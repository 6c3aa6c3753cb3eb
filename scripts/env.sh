# Sourced by the scripts: where cargo-installed and npm tools live.
export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export PATH="$CARGO_HOME/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
# Trunk: fail with a clear message instead of trying to download a tool.
export TRUNK_OFFLINE=true
export TRUNK_SKIP_VERSION_CHECK=true
