//! Request and response bodies of the Settings page sections.

use super::Money;
use serde::{Deserialize, Serialize};

/// API Settings section: where to send requests and with which token.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct ApiSettings {
    pub api_url: String,
    pub access_token: String,
}

/// The account the token belongs to.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Account {
    pub email: String,
    pub project: String,
    /// ISO 4217 code of every amount in this account, e.g. `USD`.
    pub currency: String,
    /// IANA time zone of the profile, e.g. `Europe/Berlin`.
    pub time_zone: String,
}

/// Two Factor Authentication section.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
pub struct TwoFactor {
    pub email: bool,
    pub totp: bool,
    /// An enrolment was started and not yet confirmed (it expires).
    #[serde(default)]
    pub totp_pending: bool,
}

/// Body of `PUT /settings/two-factor/email`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct EmailTwoFactor {
    pub enabled: bool,
}

/// Answer of `POST /settings/two-factor/totp/enrolment`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct TotpEnrolment {
    /// Base32 secret (the "setup key").
    pub secret: String,
    /// `otpauth://totp/Teliqon:<email>?secret=…&issuer=Teliqon…`
    pub otpauth_uri: String,
    /// When the pending enrolment expires (RFC 3339).
    pub expires_at: jiff::Timestamp,
}

/// Body of TOTP confirm and disable.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct TotpCode {
    pub code: String,
}

/// Where a notification goes.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Channels {
    pub email: bool,
    pub portal: bool,
}

/// A change to some channels of one event; absent fields keep their value.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct ChannelsPatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub portal: Option<bool>,
}

impl ChannelsPatch {
    pub fn is_empty(&self) -> bool {
        self.email.is_none() && self.portal.is_none()
    }

    /// The channels after this patch.
    pub fn applied_to(&self, current: Channels) -> Channels {
        Channels {
            email: self.email.unwrap_or(current.email),
            portal: self.portal.unwrap_or(current.portal),
        }
    }
}

/// The Settings sections that have notification events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    Did,
    Balance,
    Subscriptions,
}

impl Section {
    /// Key in JSON (`did`, `balance`, `subscriptions`).
    pub fn key(self) -> &'static str {
        match self {
            Section::Did => "did",
            Section::Balance => "balance",
            Section::Subscriptions => "subscriptions",
        }
    }
}

/// A notification event of the Settings page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Event {
    /// DID numbers: "DID Number goes to spam".
    DidSpam,
    /// Balance: "Low balance limit".
    LowLimit,
    /// Balance: "Balance top-up".
    TopUp,
    /// Subscriptions: "Subscriptions expiring".
    Expiring,
    /// Subscriptions: "Subscriptions billing".
    Billing,
}

impl Event {
    pub const ALL: [Event; 5] = [
        Event::DidSpam,
        Event::LowLimit,
        Event::TopUp,
        Event::Expiring,
        Event::Billing,
    ];

    pub fn section(self) -> Section {
        match self {
            Event::DidSpam => Section::Did,
            Event::LowLimit | Event::TopUp => Section::Balance,
            Event::Expiring | Event::Billing => Section::Subscriptions,
        }
    }

    /// Key in JSON under its section (`spam`, `low_limit`, `top_up`, `expiring`, `billing`).
    pub fn key(self) -> &'static str {
        match self {
            Event::DidSpam => "spam",
            Event::LowLimit => "low_limit",
            Event::TopUp => "top_up",
            Event::Expiring => "expiring",
            Event::Billing => "billing",
        }
    }

    /// The label the portal shows.
    pub fn label(self) -> &'static str {
        match self {
            Event::DidSpam => "DID number goes to spam",
            Event::LowLimit => "Low balance limit",
            Event::TopUp => "Balance top-up",
            Event::Expiring => "Subscriptions expiring",
            Event::Billing => "Subscriptions billing",
        }
    }
}

/// DID numbers section events.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct DidEvents {
    pub spam: Channels,
}

/// Balance section events.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct BalanceEvents {
    pub low_limit: Channels,
    pub top_up: Channels,
}

/// Subscriptions section events.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SubscriptionEvents {
    pub expiring: Channels,
    pub billing: Channels,
}

/// Every notification event with its channels.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Notifications {
    pub did: DidEvents,
    pub balance: BalanceEvents,
    pub subscriptions: SubscriptionEvents,
}

impl Notifications {
    pub fn get(&self, event: Event) -> Channels {
        match event {
            Event::DidSpam => self.did.spam,
            Event::LowLimit => self.balance.low_limit,
            Event::TopUp => self.balance.top_up,
            Event::Expiring => self.subscriptions.expiring,
            Event::Billing => self.subscriptions.billing,
        }
    }

    pub fn get_mut(&mut self, event: Event) -> &mut Channels {
        match event {
            Event::DidSpam => &mut self.did.spam,
            Event::LowLimit => &mut self.balance.low_limit,
            Event::TopUp => &mut self.balance.top_up,
            Event::Expiring => &mut self.subscriptions.expiring,
            Event::Billing => &mut self.subscriptions.billing,
        }
    }

    /// The state after `patch`.
    pub fn patched(&self, patch: &NotificationsPatch) -> Notifications {
        let mut next = *self;
        for event in Event::ALL {
            if let Some(change) = patch.get(event) {
                *next.get_mut(event) = change.applied_to(self.get(event));
            }
        }
        next
    }
}

/// `PATCH /settings/notifications` body: the same nesting as [`Notifications`],
/// every level optional.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct NotificationsPatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub did: Option<DidPatch>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance: Option<BalancePatch>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscriptions: Option<SubscriptionsPatch>,
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct DidPatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spam: Option<ChannelsPatch>,
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct BalancePatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub low_limit: Option<ChannelsPatch>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_up: Option<ChannelsPatch>,
}

#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SubscriptionsPatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiring: Option<ChannelsPatch>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing: Option<ChannelsPatch>,
}

impl NotificationsPatch {
    pub fn get(&self, event: Event) -> Option<ChannelsPatch> {
        match event {
            Event::DidSpam => self.did.and_then(|d| d.spam),
            Event::LowLimit => self.balance.and_then(|b| b.low_limit),
            Event::TopUp => self.balance.and_then(|b| b.top_up),
            Event::Expiring => self.subscriptions.and_then(|s| s.expiring),
            Event::Billing => self.subscriptions.and_then(|s| s.billing),
        }
    }

    /// Adds (or replaces) the change for one event.
    pub fn set(&mut self, event: Event, change: ChannelsPatch) {
        match event {
            Event::DidSpam => self.did.get_or_insert_default().spam = Some(change),
            Event::LowLimit => self.balance.get_or_insert_default().low_limit = Some(change),
            Event::TopUp => self.balance.get_or_insert_default().top_up = Some(change),
            Event::Expiring => self.subscriptions.get_or_insert_default().expiring = Some(change),
            Event::Billing => self.subscriptions.get_or_insert_default().billing = Some(change),
        }
    }

    /// True when no event is changed.
    pub fn is_empty(&self) -> bool {
        Event::ALL
            .iter()
            .all(|e| self.get(*e).is_none_or(|c| c.is_empty()))
    }
}

/// The low balance limit: a notification is sent when the voice balance falls below it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct LowBalanceLimit {
    pub amount: Money,
    pub currency: String,
}

/// Body of `PUT /settings/balance/low-limit`.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct LowBalanceLimitUpdate {
    pub amount: Money,
}

/// Spending report emails, each frequency on or off (delivered by email only).
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SpendingReports {
    pub daily: bool,
    pub weekly: bool,
    pub monthly: bool,
}

/// `PATCH /settings/spending-reports` body; absent fields keep their value.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SpendingReportsPatch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub daily: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekly: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly: Option<bool>,
}

impl SpendingReportsPatch {
    pub fn is_empty(&self) -> bool {
        self.daily.is_none() && self.weekly.is_none() && self.monthly.is_none()
    }

    pub fn applied_to(&self, current: SpendingReports) -> SpendingReports {
        SpendingReports {
            daily: self.daily.unwrap_or(current.daily),
            weekly: self.weekly.unwrap_or(current.weekly),
            monthly: self.monthly.unwrap_or(current.monthly),
        }
    }
}

/// The project's three balances.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Balances {
    pub currency: String,
    pub voice: Money,
    pub additional: Money,
    pub sms: Money,
}
