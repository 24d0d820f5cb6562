//! The integration tests: one binary, one module per concern.

// Policy claims on the seed article (issue 5).
mod claims;
// Running the khabar binary: normalize, tokenize, analyze.
mod cli;
// The seed article against its reviewed golden file and the must-repair list.
mod golden;
// Figures and dates: the seed's golden figures, offsets in damaged text.
mod extract_figures;
// Officials, roles and coreference on the seed article (issue 4).
// Person and organisation name mentions (what PEYMA scores).
mod ner;
mod officials;
// Offsets slice the original input correctly.
mod offsets;
// Properties: idempotence, offsets, no panics on arbitrary input.
mod properties;
// Batch: order, bad records, resume, gzip, directories, SQLite, schema.
mod batch;
// The terminal report of one article.
mod inspect;
// Shared helpers.
mod util;
