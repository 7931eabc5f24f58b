//! `teliqon settings show`.

use crate::context::Context;
use crate::error::Error;
use crate::output::settings::{SHOW_FORMATS, print_settings};
use crate::view::SettingsView;

pub async fn run(ctx: &Context) -> Result<(), Error> {
    ctx.format().expect_one_of(SHOW_FORMATS)?;
    let view = SettingsView::fetch(ctx.client().await?).await?;
    print_settings(&ctx.io, ctx.format(), &view)
}
