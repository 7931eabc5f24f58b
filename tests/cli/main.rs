//! The one integration-test binary: every module drives the real `teliqon`
//! binary, mostly against a sandbox server process on loopback.

#![cfg(feature = "sandbox")]

mod support;

mod architecture;
mod auth;
mod contract;
mod docs;
mod faults;
mod files;
mod local;
mod network;
mod reports;
mod sandbox;
mod set;
mod settings_as_code;
mod show;
mod twofa;
