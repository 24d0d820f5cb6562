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
    for n in INDEXED {
        if !names.iter().any(|x| x == n) {
            continue;
        }
        let text = fs::read_to_string(dir.join(n)).unwrap();
        let idx = Path::new(&out_dir).join(format!("{n}.idx"));
        fs::write(&idx, strtab::strtab_build(&text)).unwrap();
        out.push_str(&format!(
            "    ({n:?}, include_bytes!({:?})),\n",
            idx.display().to_string()
        ));
    }
    out.push_str("];\n");
    out.push_str("/// Prebuilt key filters of the indexes above, sorted by name.\npub static FILTERS: &[(&str, &[u8])] = &[\n");
    for n in INDEXED {
        if !names.iter().any(|x| x == n) {
            continue;
        }
        let idx = fs::read(Path::new(&out_dir).join(format!("{n}.idx"))).unwrap();
        let filter = Path::new(&out_dir).join(format!("{n}.filter"));
        fs::write(&filter, strtab::strtab_filter_build(&idx)).unwrap();
        out.push_str(&format!(
            "    ({n:?}, include_bytes!({:?})),\n",
            filter.display().to_string()
        ));
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("embedded_lexicons.rs");
    fs::write(dest, out).unwrap();
}
