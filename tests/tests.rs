//! The integration tests: one binary, one module per concern.

// Running the khabar binary: normalize, tokenize, analyze.
mod cli;
// Officials, roles and coreference on the seed article (issue 4).
mod officials;
// Offsets slice the original input correctly.
mod offsets;
// Properties: idempotence, offsets, no panics on arbitrary input.
mod properties;
// Shared helpers.
mod util;
