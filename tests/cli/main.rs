//! The one integration-test binary: every module drives the real `teliqon`
//! binary, mostly against a sandbox server process on loopback.

mod support;

mod auth;
mod docs;
mod faults;
mod network;
mod show;
mod twofa;
