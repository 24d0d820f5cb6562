//! The integration tests: one binary, one module per concern.

// Running the khabar binary: normalize, tokenize, analyze.
mod cli;
// The seed article against its reviewed golden file and the must-repair list.
mod golden;
// Offsets slice the original input correctly.
mod offsets;
// Properties: idempotence, offsets, no panics on arbitrary input.
mod properties;
// Shared helpers.
mod util;
