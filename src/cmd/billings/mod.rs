//! `teliqon billings`: the Billings page (voice and additional deductions).

use crate::context::Context;
use crate::error::Error;
use clap::Subcommand;

pub mod list;

#[derive(Debug, Subcommand)]
pub enum BillingsCommand {
    /// List voice or additional billings, newest first, with the Billings page's filters
    #[command(
        long_about = "List the rows of the Billings page, newest first: voice billings (calls) or \
additional billings (extra services), with the same filters as the portal. Dates are days in the \
profile's time_zone (else the local zone), both included; without them the API's default applies \
(the last 30 days). Prints at most --limit rows (100 by default; --all for every row). A table \
on a terminal; on a pipe, tab-separated lines with the -o csv columns.\n\n\
Examples:\n  teliqon billings list --kind voice --from 2026-03-01 --to 2026-03-31\n  \
teliqon billings list --kind additional --search DID --min-total 1.00 -o json\n  \
teliqon billings list --all --from 2026-01-01 --to 2026-01-31 -o csv > january.csv"
    )]
    List(list::ListArgs),
}

pub async fn run(ctx: &Context, command: BillingsCommand) -> Result<(), Error> {
    match command {
        BillingsCommand::List(args) => list::run(ctx, args).await,
    }
}
