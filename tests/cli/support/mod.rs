//! Shared test support.

pub mod cmd;
pub mod env;
pub mod http;
pub mod proxy;
pub mod sandbox;
pub mod tls;
pub mod tmux;

pub use cmd::{Home, bin};
