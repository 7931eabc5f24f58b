//! The Settings page as one document: what `settings show -o json` prints and
//! what `settings export/plan/apply` compare against.
//!
//! Keys mirror the portal's sections; the token is always masked here.

use crate::api::{Channels, LowBalanceLimit, Money, Notifications, SpendingReports, TwoFactor};
use crate::client::{Client, ClientError};
use crate::secret::Secret;
use serde::{Deserialize, Serialize};

/// API Settings section (the token masked to its last 4 characters).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiView {
    pub api_url: String,
    pub token: String,
}

/// Two Factor Authentication section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TwoFactorView {
    pub email: bool,
    pub totp: bool,
}

/// DID numbers section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DidView {
    pub spam: Channels,
}

/// The "Low balance limit" event with its amount.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LowLimitView {
    pub email: bool,
    pub portal: bool,
    pub amount: Money,
    pub currency: String,
}

/// Balance section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BalanceView {
    pub low_limit: LowLimitView,
    pub top_up: Channels,
}

/// Subscriptions section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubscriptionsView {
    pub expiring: Channels,
    pub billing: Channels,
}

/// The whole Settings page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingsView {
    pub api: ApiView,
    pub two_factor: TwoFactorView,
    pub did: DidView,
    pub balance: BalanceView,
    pub subscriptions: SubscriptionsView,
    pub spending_reports: SpendingReports,
}

impl ApiView {
    pub fn new(api_url: String, token: &Secret) -> ApiView {
        ApiView {
            api_url,
            token: token.masked(),
        }
    }
}

impl From<TwoFactor> for TwoFactorView {
    fn from(t: TwoFactor) -> Self {
        TwoFactorView {
            email: t.email,
            totp: t.totp,
        }
    }
}

impl DidView {
    pub fn from_notifications(n: &Notifications) -> DidView {
        DidView { spam: n.did.spam }
    }
}

impl BalanceView {
    pub fn new(n: &Notifications, limit: LowBalanceLimit) -> BalanceView {
        BalanceView {
            low_limit: LowLimitView {
                email: n.balance.low_limit.email,
                portal: n.balance.low_limit.portal,
                amount: limit.amount,
                currency: limit.currency,
            },
            top_up: n.balance.top_up,
        }
    }
}

impl SubscriptionsView {
    pub fn from_notifications(n: &Notifications) -> SubscriptionsView {
        SubscriptionsView {
            expiring: n.subscriptions.expiring,
            billing: n.subscriptions.billing,
        }
    }
}

impl SettingsView {
    /// Fetches every section concurrently (one round trip of wall time).
    pub async fn fetch(client: &Client) -> Result<SettingsView, ClientError> {
        let (api, two_factor, notifications, limit, reports) = tokio::try_join!(
            client.api_settings(),
            client.two_factor(),
            client.notifications(),
            client.low_balance_limit(),
            client.spending_reports(),
        )?;
        Ok(SettingsView {
            api: ApiView::new(api.api_url, &Secret::new(api.access_token)),
            two_factor: two_factor.into(),
            did: DidView::from_notifications(&notifications),
            balance: BalanceView::new(&notifications, limit),
            subscriptions: SubscriptionsView::from_notifications(&notifications),
            spending_reports: reports,
        })
    }
}
