//! Embeds every file of `lexicons/` into the binary: writes
//! `$OUT_DIR/embedded_lexicons.rs`, a sorted table of (file name, contents)
//! that `src/lexicon/mod.rs` includes. Adding a lexicon is adding a file.

use std::{env, fs, path::Path};

fn main() {
    println!("cargo:rerun-if-changed=lexicons");
    let dir = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("lexicons");
    let mut names: Vec<String> = match fs::read_dir(&dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_file())
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(".tsv") || n == "NOTICE")
            .collect(),
        Err(_) => Vec::new(),
    };
    names.sort();
    let mut out = String::from(
        "/// Embedded lexicon files, sorted by name.\npub static EMBEDDED: &[(&str, &str)] = &[\n",
    );
    for n in &names {
        println!("cargo:rerun-if-changed=lexicons/{n}");
        out.push_str(&format!(
            "    ({n:?}, include_str!({:?})),\n",
            dir.join(n).display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("embedded_lexicons.rs");
    fs::write(dest, out).unwrap();
}
