//! teliqon: the Teliqon portal's Settings page on the command line.

pub mod api;
pub mod error;
pub mod secret;
