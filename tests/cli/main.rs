//! The one integration-test binary: runs the real `teliqon` executable.

#[cfg(feature = "sandbox")]
mod sandbox;
#[cfg(feature = "sandbox")]
mod set;
#[cfg(feature = "sandbox")]
mod settings_as_code;
#[cfg(feature = "sandbox")]
mod support;
