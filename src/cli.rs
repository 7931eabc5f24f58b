//! The command line: global flags and the command tree, one module per section.

use crate::cmd;
use crate::output::Format;
use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

/// Administer the Teliqon portal's Settings page from the shell and from CI.
#[derive(Debug, Parser)]
#[command(
    name = "teliqon",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Flags every command takes.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Profile to use (credentials and preferences) [env: TELIQON_PROFILE]
    #[arg(
        long,
        global = true,
        env = "TELIQON_PROFILE",
        default_value = "default",
        hide_env = true
    )]
    pub profile: String,

    /// Start the embedded sandbox and run the command against it (no account needed)
    #[arg(long, global = true)]
    pub sandbox: bool,

    /// Output format
    #[arg(short = 'o', long, global = true, value_enum, default_value_t = Format::Table)]
    pub output: Format,

    /// Never prompt; fail and name the flag to pass instead
    #[arg(long, global = true)]
    pub no_input: bool,

    /// Print no notes on stderr (errors and warnings still show)
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Log HTTP requests to stderr (-v: retries, -vv: every request; tokens redacted)
    #[arg(short, long, global = true, action = clap::ArgAction::Count)]
    pub verbose: u8,

    /// API base URL, overriding the profile's [env: TELIQON_API_URL]
    #[arg(long, global = true, value_name = "URL")]
    pub api_url: Option<String>,

    /// Seconds to establish a connection [default: 10]
    #[arg(long, global = true, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub connect_timeout: Option<u64>,

    /// Seconds for a whole request before giving up [default: 30]
    #[arg(long, global = true, value_name = "SECONDS", value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub timeout: Option<u64>,

    /// Extra tries for reads and idempotent writes on 429/502/503/504 and connect errors [default: 3]
    #[arg(long, global = true, value_name = "N")]
    pub max_retries: Option<u32>,

    /// Extra trusted CA certificates, PEM (corporate TLS interception) [env: TELIQON_CA_BUNDLE]
    #[arg(
        long,
        global = true,
        value_name = "FILE",
        env = "TELIQON_CA_BUNDLE",
        hide_env = true
    )]
    pub ca_file: Option<PathBuf>,

    /// Allow http:// API URLs other than loopback (the token travels unencrypted)
    #[arg(long, global = true)]
    pub allow_insecure_http: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Sign in and out; see which token is in use
    #[command(
        long_about = "Sign in with the API URL and token from the portal's API Settings; the token goes to the OS keyring.\n\nExamples:\n  teliqon auth login\n  teliqon auth status\n  teliqon --profile staging auth logout"
    )]
    #[command(subcommand)]
    Auth(cmd::auth::AuthCommand),
    /// The whole Settings page at once
    #[command(
        long_about = "All six sections of the Settings page: show them, export them to a file, and plan or apply a file (settings as code, for CI).\n\nExamples:\n  teliqon settings show\n  teliqon settings export > teliqon.toml\n  teliqon settings plan -f teliqon.toml --detailed-exitcode"
    )]
    #[command(subcommand)]
    Settings(cmd::settings::SettingsCommand),
    /// API settings: the API URL and the access token
    #[command(
        long_about = "The API Settings section: the URL to send API requests to and the access token. Read only.\n\nExamples:\n  teliqon api show\n  teliqon api copy token\n  export TELIQON_TOKEN=\"$(teliqon api token)\""
    )]
    #[command(subcommand)]
    Api(cmd::api::ApiCommand),
    /// Two-factor authentication: email and TOTP
    #[command(
        long_about = "The Two Factor Authentication section: a notice by email on sign-in, and TOTP codes from an authenticator app (Google Authenticator, 2FAS, Authy…).\n\nExamples:\n  teliqon 2fa show\n  teliqon 2fa email on\n  teliqon 2fa totp enable"
    )]
    #[command(name = "2fa", subcommand)]
    TwoFactor(cmd::twofa::TwoFactorCommand),
    /// DID numbers: notifications when a number goes to spam
    #[command(
        long_about = "The DID numbers section: where to be told when a DID number goes to spam (email, portal).\n\nExamples:\n  teliqon did show\n  teliqon did set spam --email on --portal off"
    )]
    #[command(subcommand)]
    Did(cmd::did::DidCommand),
    /// Balance: low balance limit and top-up notifications
    #[command(
        long_about = "The Balance section: notifications for \"Low balance limit\" (and the limit amount) and \"Balance top-up\".\n\nExamples:\n  teliqon balance show\n  teliqon balance set low-limit --amount 50.00 --email on\n  teliqon balance set top-up --portal off"
    )]
    #[command(subcommand)]
    Balance(cmd::balance::BalanceCommand),
    /// Subscriptions: expiring and billing notifications
    #[command(
        long_about = "The Subscriptions section: notifications for \"Subscriptions expiring\" and \"Subscriptions billing\".\n\nExamples:\n  teliqon subscriptions show\n  teliqon subscriptions set expiring --email on"
    )]
    #[command(subcommand)]
    Subscriptions(cmd::subscriptions::SubscriptionsCommand),
    /// Spending reports: the email schedule and the reports themselves
    #[command(
        long_about = "The Spending reports section: which report emails are sent (daily, weekly, monthly), and the reports themselves as terminal tables.\n\nExamples:\n  teliqon reports show\n  teliqon reports set --weekly on\n  teliqon reports print --period monthly"
    )]
    #[command(subcommand)]
    Reports(cmd::reports::ReportsCommand),
    /// Billings: the voice and additional deductions, as on the Billings page
    #[command(
        long_about = "The Billings page: deductions from the voice and additional balances, with the portal's filters.\n\nExamples:\n  teliqon billings list --kind voice --limit 20\n  teliqon billings list --kind additional --search DID -o json"
    )]
    #[command(subcommand)]
    Billings(cmd::billings::BillingsCommand),
    /// Shell completion scripts (bash, zsh, fish, powershell, elvish)
    #[command(long_about = cmd::completions::LONG_ABOUT)]
    Completions(cmd::completions::CompletionsArgs),
    /// Manual pages
    #[command(long_about = cmd::man::LONG_ABOUT)]
    Man(cmd::man::ManArgs),
    /// The local sandbox server that implements the API contract
    #[cfg(feature = "sandbox")]
    #[command(
        long_about = "A local server that implements the API contract (docs/openapi.yaml) with demo data and persisted state, to try teliqon with no account.\n\nExamples:\n  teliqon sandbox serve\n  teliqon --sandbox settings show"
    )]
    #[command(subcommand)]
    Sandbox(cmd::sandbox::SandboxCommand),
}

#[cfg(test)]
mod tests {
    use super::Cli;
    use clap::CommandFactory;

    /// Every command has a one-line summary; every leaf has long help with examples.
    #[test]
    fn every_command_teaches_with_examples() {
        fn walk(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for sub in command
                .get_subcommands()
                .filter(|s| !s.is_hide_set() && s.get_name() != "help")
            {
                let path = format!("{path} {}", sub.get_name());
                if sub.get_about().is_none() {
                    missing.push(format!("{path}: no summary"));
                }
                let has_leaves = sub.get_subcommands().any(|s| s.get_name() != "help");
                if !has_leaves {
                    let long = sub
                        .get_long_about()
                        .map(|s| s.to_string())
                        .unwrap_or_default();
                    if !long.contains("Example") {
                        missing.push(format!("{path}: no examples in long help"));
                    }
                }
                walk(sub, &path, missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "teliqon", &mut missing);
        assert!(missing.is_empty(), "{missing:#?}");
    }

    #[test]
    fn the_command_tree_is_consistent() {
        Cli::command().debug_assert();
    }
}
