//! khabar
