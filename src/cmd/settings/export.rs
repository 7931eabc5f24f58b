//! `teliqon settings export`.

use crate::context::Context;
use crate::error::Error;
use crate::output::{Format, print_json};
use crate::settings_file::{SettingsFile, export_toml};
use crate::view::SettingsView;

pub async fn run(ctx: &Context) -> Result<(), Error> {
    let format = match ctx.format() {
        // The default `table` means the default file format here.
        Format::Table | Format::Toml => Format::Toml,
        other => other.expect_one_of(&[Format::Toml, Format::Json])?,
    };
    let view = SettingsView::fetch(ctx.client().await?).await?;
    match format {
        Format::Json => print_json(&ctx.io, &SettingsFile::from_view(&view)),
        _ => ctx.io.out(&export_toml(&view)),
    }
}
