pub mod api;
pub mod client;
pub mod error;
pub mod secret;
