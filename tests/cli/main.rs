//! The one integration-test binary: runs the real `teliqon` executable.

#[cfg(feature = "sandbox")]
mod sandbox;
#[cfg(feature = "sandbox")]
mod set;
#[cfg(feature = "sandbox")]
mod settings_as_code;
#[cfg(feature = "sandbox")]
#[allow(dead_code)] // not every helper is used by every branch's tests
mod support;
