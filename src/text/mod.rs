//! Persian text primitives: character classes, the aligned text that every
//! edit goes through, the normalization pipeline and the tokenizer.

pub mod aligned;
pub mod chars;
pub mod normalize;
pub mod tokenize;
