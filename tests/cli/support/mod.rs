//! Shared test support.

pub mod cmd;
pub mod http;
pub mod sandbox;
pub mod tmux;

pub use cmd::{Home, bin};
