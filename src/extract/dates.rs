//! Dates (placeholder).
