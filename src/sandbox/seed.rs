//! The demo project a fresh sandbox starts with: the same every time, except the
//! token (random) and the billing anchor (the creation time, unless given).

use super::state::{
    BillingParams, FORMAT_VERSION, Overrides, State, StoredBalances, TwoFactorState,
};
use crate::api::{
    Account, BalanceEvents, Channels, DidEvents, Money, Notifications, SpendingReports,
    SubscriptionEvents,
};

/// Billing rows of a fresh sandbox (both kinds together).
pub const DEFAULT_BILLINGS: u64 = 4000;
/// Seed of the billing generator.
pub const BILLING_SEED: u64 = 0x7e11_90a5_eed5_2026;
pub const EMAIL: &str = "demo@example.com";
pub const PROJECT: &str = "Demo project";
pub const CURRENCY: &str = "EUR";
pub const TIME_ZONE: &str = "Europe/Berlin";

pub fn seed(token: String, overrides: Overrides) -> State {
    State {
        version: FORMAT_VERSION,
        token,
        account: Account {
            email: EMAIL.into(),
            project: PROJECT.into(),
            currency: CURRENCY.into(),
            time_zone: TIME_ZONE.into(),
        },
        two_factor: TwoFactorState {
            email: true,
            totp: false,
            totp_secret: None,
            pending: None,
        },
        notifications: Notifications {
            did: DidEvents {
                spam: Channels {
                    email: true,
                    portal: true,
                },
            },
            balance: BalanceEvents {
                low_limit: Channels {
                    email: true,
                    portal: true,
                },
                top_up: Channels {
                    email: false,
                    portal: true,
                },
            },
            subscriptions: SubscriptionEvents {
                expiring: Channels {
                    email: true,
                    portal: false,
                },
                billing: Channels {
                    email: false,
                    portal: false,
                },
            },
        },
        low_balance_limit: Money(2000),
        spending_reports: SpendingReports {
            daily: false,
            weekly: true,
            monthly: true,
        },
        balances: StoredBalances {
            voice: Money(12_437),
            additional: Money(4_850),
            sms: Money(1_215),
        },
        billings: BillingParams {
            count: overrides.billings.unwrap_or(DEFAULT_BILLINGS),
            anchor: overrides.anchor.unwrap_or_else(now_to_the_minute),
            seed: BILLING_SEED,
        },
    }
}

fn now_to_the_minute() -> jiff::Timestamp {
    let now = jiff::Timestamp::now().as_second();
    jiff::Timestamp::from_second(now - now.rem_euclid(60))
        .unwrap_or_else(|_| jiff::Timestamp::now())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_but_for_the_token() {
        let o = Overrides {
            billings: None,
            anchor: Some("2026-03-01T12:00:00Z".parse().unwrap()),
        };
        let mut a = seed("a".into(), o);
        let b = seed("b".into(), o);
        a.token = "b".into();
        assert_eq!(a, b);
        assert_eq!(a.billings.count, DEFAULT_BILLINGS);
        let now = seed("c".into(), Overrides::default()).billings.anchor;
        assert_eq!(now.as_second() % 60, 0);
    }
}
