//! `teliqon settings show`.

use crate::context::Context;
use crate::error::Error;
use crate::output::settings::print_settings;
use crate::view::SettingsView;

pub async fn run(ctx: &Context) -> Result<(), Error> {
    let format = ctx.show_format()?;
    let view = SettingsView::fetch(ctx.client().await?).await?;
    print_settings(&ctx.io, format, &view)
}
