//! Helpers shared by the integration tests.

pub mod cmd;
pub mod http;
pub mod sandbox;
