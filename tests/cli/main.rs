//! The one integration-test binary: runs the real `teliqon` executable.

#[cfg(feature = "sandbox")]
mod reports;
#[cfg(feature = "sandbox")]
mod sandbox;
#[cfg(feature = "sandbox")]
mod support;
