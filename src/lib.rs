//! teliqon: the Teliqon portal's Settings page on the command line.

pub mod api;
pub mod error;
#[cfg(feature = "sandbox")]
pub mod sandbox;
pub mod secret;
