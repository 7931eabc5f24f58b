//! `teliqon 2fa show`.

use crate::context::Context;
use crate::error::Error;
use crate::output::settings::{SectionView, print_section};
use crate::view::TwoFactorView;

pub async fn run(ctx: &Context) -> Result<(), Error> {
    let format = ctx.show_format()?;
    let view = TwoFactorView::from(ctx.client().await?.two_factor().await?);
    print_section(&ctx.io, format, SectionView::TwoFactor(&view))
}
