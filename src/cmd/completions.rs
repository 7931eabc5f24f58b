//! `teliqon completions`: shell completion scripts, with profile names
//! completed from the local config (never the network).

use crate::config::LoadedConfig;
use crate::error::Error;
use crate::io::Io;
use clap::{Args, CommandFactory};
use clap_complete::Shell;
use std::path::{Path, PathBuf};

/// Long help of the command, with examples.
pub const LONG_ABOUT: &str = "Print the completion script for a shell. Subcommands, flags, event names, \
section names and output formats complete; for bash, zsh and fish, --profile completes the profile \
names of the local config.\n\n\
Examples:\n  teliqon completions bash > ~/.local/share/bash-completion/completions/teliqon\n  \
teliqon completions zsh > \"${fpath[1]}/_teliqon\"\n  \
teliqon completions fish > ~/.config/fish/completions/teliqon.fish";

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to print the script for
    #[arg(value_enum, required_unless_present_any = ["out_dir", "list_profiles"])]
    pub shell: Option<Shell>,

    /// Write the scripts of all five shells into this directory instead
    #[arg(long, value_name = "DIR", conflicts_with = "shell")]
    pub out_dir: Option<PathBuf>,

    /// Print the profile names of the local config, one per line (used by the scripts)
    #[arg(long, hide = true)]
    pub list_profiles: bool,
}

const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

pub fn run(io: &Io, args: CompletionsArgs) -> Result<(), Error> {
    if args.list_profiles {
        let config = LoadedConfig::load()?;
        let names: String = config
            .config
            .profiles
            .keys()
            .map(|name| format!("{name}\n"))
            .collect();
        return io.out(&names);
    }
    if let Some(dir) = args.out_dir {
        return write_all(&dir);
    }
    let shell = args.shell.ok_or_else(|| {
        Error::usage("name a shell").with_hint("bash, zsh, fish, powershell or elvish")
    })?;
    io.out(&script(shell))
}

/// Writes the scripts of every shell into `dir` (used to refresh `completions/`).
pub fn write_all(dir: &Path) -> Result<(), Error> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::failure(format!("cannot create {}: {e}", dir.display())))?;
    for shell in SHELLS {
        let path = dir.join(file_name(shell));
        std::fs::write(&path, script(shell))
            .map_err(|e| Error::failure(format!("cannot write {}: {e}", path.display())))?;
    }
    Ok(())
}

/// The conventional file name of a shell's script.
pub fn file_name(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "teliqon.bash",
        Shell::Zsh => "_teliqon",
        Shell::Fish => "teliqon.fish",
        Shell::PowerShell => "_teliqon.ps1",
        Shell::Elvish => "teliqon.elv",
        _ => "teliqon.completion",
    }
}

/// The full script of one shell: clap's, plus profile-name completion.
pub fn script(shell: Shell) -> String {
    let mut command = crate::cli::Cli::command();
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut command, "teliqon", &mut buffer);
    let mut text = String::from_utf8_lossy(&buffer).into_owned();
    match shell {
        Shell::Bash => text.push_str(BASH_PROFILES),
        Shell::Fish => text.push_str(FISH_PROFILES),
        Shell::Zsh => {
            text = text.replace(":PROFILE:_default", ":PROFILE:_teliqon_profiles");
            text = text.replacen(
                "#compdef teliqon\n",
                &format!("#compdef teliqon\n{ZSH_PROFILES}"),
                1,
            );
        }
        _ => {}
    }
    text
}

const BASH_PROFILES: &str = r#"
# Profile names come from the local config (no network).
_teliqon_with_profiles() {
    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"
    if [[ "$prev" == "--profile" ]]; then
        COMPREPLY=($(compgen -W "$("${COMP_WORDS[0]}" completions --list-profiles 2>/dev/null)" -- "$cur"))
        return 0
    fi
    _teliqon "$@"
}
if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _teliqon_with_profiles -o nosort -o bashdefault -o default teliqon
else
    complete -F _teliqon_with_profiles -o bashdefault -o default teliqon
fi
"#;

const FISH_PROFILES: &str = r#"
# Profile names come from the local config (no network).
complete -c teliqon -l profile -r -f -a '(teliqon completions --list-profiles 2>/dev/null)'
"#;

const ZSH_PROFILES: &str = r#"
# Profile names come from the local config (no network).
_teliqon_profiles() {
    local -a profiles
    profiles=(${(f)"$(teliqon completions --list-profiles 2>/dev/null)"})
    _describe 'profile' profiles
}
"#;
