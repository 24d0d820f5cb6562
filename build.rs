//! Embeds every file of `lexicons/` into the binary: writes
//! `$OUT_DIR/embedded_lexicons.rs`, a sorted table of (file name, contents)
//! that `src/lexicon/mod.rs` includes. Adding a lexicon is adding a file.

use std::{env, fs, path::Path};

#[allow(dead_code)]
#[path = "src/lexicon/strtab.rs"]
mod strtab;

/// Files that get a prebuilt [`strtab`] index (`$OUT_DIR/NAME.idx`) and
/// key filter (`$OUT_DIR/NAME.filter`).
const INDEXED: &[&str] = &["zwnj_words.tsv"];

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
    out.push_str("/// Prebuilt string-table indexes of embedded files, sorted by name.\npub static INDEXES: &[(&str, &[u8])] = &[\n");
    let out_dir = env::var("OUT_DIR").unwrap();
    // each index and its key filter, built once, listed in two tables
    let mut filters =
        String::from("/// Prebuilt key filters of the indexes above, sorted by name.\npub static FILTERS: &[(&str, &[u8])] = &[\n");
    for n in INDEXED.iter().filter(|n| names.iter().any(|x| x == *n)) {
        let text = fs::read_to_string(dir.join(n)).unwrap();
        let index = strtab::strtab_build(&text);
        let filter = strtab::strtab_filter_build(&index);
        for (ext, bytes, list) in [("idx", index, &mut out), ("filter", filter, &mut filters)] {
            let path = Path::new(&out_dir).join(format!("{n}.{ext}"));
            fs::write(&path, bytes).unwrap();
            list.push_str(&format!(
                "    ({n:?}, include_bytes!({:?})),\n",
                path.display().to_string()
            ));
        }
    }
    out.push_str("];\n");
    filters.push_str("];\n");
    out.push_str(&filters);
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("embedded_lexicons.rs");
    fs::write(dest, out).unwrap();
}
