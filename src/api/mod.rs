//! The HTTP contract of the Teliqon API, as plain data.
//!
//! This module is the only place that knows the path prefix, the paths, the
//! authentication header and the envelope shape (see `docs/openapi.yaml`).
//! The client and the sandbox both build on it; it imports nothing else of ours.
//! What is not publicly documented about the real API (everything below the
//! prefix) is our own design and lives here so it can be corrected in one place.

pub mod billing;
pub mod envelope;
pub mod money;
pub mod settings;

pub use billing::*;
pub use envelope::*;
pub use money::Money;
pub use settings::*;

/// Header that carries the access token on every request (public fact).
pub const AUTH_HEADER: &str = "X-Access-Token";

/// Path prefix shared by every endpoint (public fact for the SMS API; assumed for settings).
pub const PATH_PREFIX: &str = "/api/v1";

/// Every endpoint's path below the base URL, in the order of the Settings page.
pub mod paths {
    /// `GET`: the API URL and access token shown in the API Settings section.
    pub const API_SETTINGS: &str = "/api/v1/settings/api";
    /// `GET`: the account behind the token (email, project, currency, time zone).
    pub const ACCOUNT: &str = "/api/v1/account";
    /// `GET`: two-factor state.
    pub const TWO_FACTOR: &str = "/api/v1/settings/two-factor";
    /// `PUT`: email two-factor on/off.
    pub const TWO_FACTOR_EMAIL: &str = "/api/v1/settings/two-factor/email";
    /// `POST`: start TOTP enrolment (fresh secret and `otpauth://` URI).
    pub const TOTP_ENROLMENT: &str = "/api/v1/settings/two-factor/totp/enrolment";
    /// `POST`: confirm a pending enrolment with a code.
    pub const TOTP_CONFIRM: &str = "/api/v1/settings/two-factor/totp/confirm";
    /// `POST`: disable TOTP with a valid code.
    pub const TOTP_DISABLE: &str = "/api/v1/settings/two-factor/totp/disable";
    /// `GET` all event channels, `PATCH` any subset of them.
    pub const NOTIFICATIONS: &str = "/api/v1/settings/notifications";
    /// `GET`/`PUT`: the low balance limit amount.
    pub const LOW_BALANCE_LIMIT: &str = "/api/v1/settings/balance/low-limit";
    /// `GET` the spending report schedule, `PATCH` any subset of it.
    pub const SPENDING_REPORTS: &str = "/api/v1/settings/spending-reports";
    /// `GET`: the voice, additional and SMS balances.
    pub const BALANCES: &str = "/api/v1/balances";
    /// `GET`: one page of voice billings.
    pub const BILLINGS_VOICE: &str = "/api/v1/billings/voice";
    /// `GET`: one page of additional billings.
    pub const BILLINGS_ADDITIONAL: &str = "/api/v1/billings/additional";

    /// Every path with the methods the contract allows on it.
    pub const ALL: &[(&str, &[&str])] = &[
        (API_SETTINGS, &["GET"]),
        (ACCOUNT, &["GET"]),
        (TWO_FACTOR, &["GET"]),
        (TWO_FACTOR_EMAIL, &["PUT"]),
        (TOTP_ENROLMENT, &["POST"]),
        (TOTP_CONFIRM, &["POST"]),
        (TOTP_DISABLE, &["POST"]),
        (NOTIFICATIONS, &["GET", "PATCH"]),
        (LOW_BALANCE_LIMIT, &["GET", "PUT"]),
        (SPENDING_REPORTS, &["GET", "PATCH"]),
        (BALANCES, &["GET"]),
        (BILLINGS_VOICE, &["GET"]),
        (BILLINGS_ADDITIONAL, &["GET"]),
    ];
}
