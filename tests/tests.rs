//! The integration tests: one binary, one module per concern.

// Running the khabar binary: normalize, tokenize, analyze.
mod cli;
// Figures and dates: the seed's golden figures, offsets in damaged text.
mod extract_figures;
// Offsets slice the original input correctly.
mod offsets;
// Properties: idempotence, offsets, no panics on arbitrary input.
mod properties;
// Shared helpers.
mod util;
