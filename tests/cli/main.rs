//! The one integration-test binary: runs the real `teliqon` executable.

#[cfg(feature = "sandbox")]
mod reports;
#[cfg(feature = "sandbox")]
mod sandbox;
#[cfg(feature = "sandbox")]
#[allow(dead_code)] // not every helper is used by every build of the test modules
mod support;
