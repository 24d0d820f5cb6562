//! The `khabar` command: parse the command line, dispatch to `cli::<cmd>`,
//! turn the outcome into an exit status (0 ok, 1 some records failed, 2 error).

mod cli;

use std::process::ExitCode;

fn main() -> ExitCode {
    cli::main()
}
