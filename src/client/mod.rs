//! The typed HTTP client of the Teliqon API: one async method per endpoint.
//!
//! It knows the contract only through [`crate::api`]; it never sees the
//! sandbox. Every answer is read with a size cap and decoded from the
//! `{"status": …, "data": …}` envelope; every failure is a [`ClientError`].

mod error;
mod options;
mod retry;
mod transport;

/// Parsers the fuzzer (`src/fuzz.rs`) drives directly.
#[cfg(test)]
pub(crate) mod fuzz_entry {
    pub(crate) use super::options::check_base_url;
    pub(crate) use super::retry::{MAX_DELAY, parse_retry_after};
    pub(crate) use super::transport::{EXCERPT_CHARS, decode_parts};
}

pub use error::ClientError;
pub use options::{ClientOptions, check_base_url};

use crate::api::{
    self, AdditionalBilling, ApiSettings, Balances, BillingKind, BillingPage, BillingQuery,
    EmailTwoFactor, LowBalanceLimit, LowBalanceLimitUpdate, Money, Notifications,
    NotificationsPatch, SpendingReports, SpendingReportsPatch, TotpCode, TotpEnrolment, TwoFactor,
    VoiceBilling, paths,
};
use crate::secret::Secret;
use reqwest::Method;
use serde::Serialize;
use serde::de::DeserializeOwned;
use transport::Transport;

/// A started TOTP enrolment, with the server's clock for a skew check.
#[derive(Debug, Clone)]
pub struct StartedEnrolment {
    pub enrolment: TotpEnrolment,
    /// The server's `Date` header, when it sent one.
    pub server_date: Option<jiff::Timestamp>,
}

/// A client bound to one API base URL and token.
#[derive(Debug)]
pub struct Client {
    transport: Transport,
}

impl Client {
    /// Builds the client (TLS stack included). Fails on a bad base URL or CA file.
    pub fn new(
        base_url: &str,
        token: Secret,
        options: &ClientOptions,
    ) -> Result<Client, ClientError> {
        Ok(Client {
            transport: Transport::new(base_url, token, options)?,
        })
    }

    /// The base URL requests go to, without a trailing slash.
    pub fn base_url(&self) -> &str {
        self.transport.base_url()
    }

    async fn get<T: DeserializeOwned>(&self, path: &str) -> Result<T, ClientError> {
        Ok(self
            .transport
            .send::<(), T>(Method::GET, path, &[], None)
            .await?
            .data)
    }

    async fn send<B: Serialize, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: &B,
    ) -> Result<T, ClientError> {
        Ok(self
            .transport
            .send(method, path, &[], Some(body))
            .await?
            .data)
    }

    /// `GET` the API Settings section (URL and token as the portal shows them).
    pub async fn api_settings(&self) -> Result<ApiSettings, ClientError> {
        self.get(paths::API_SETTINGS).await
    }

    /// `GET` the account behind the token.
    pub async fn account(&self) -> Result<api::Account, ClientError> {
        self.get(paths::ACCOUNT).await
    }

    /// `GET` the two-factor state.
    pub async fn two_factor(&self) -> Result<TwoFactor, ClientError> {
        self.get(paths::TWO_FACTOR).await
    }

    /// `PUT` email two-factor on or off; answers the new state.
    pub async fn set_email_two_factor(&self, enabled: bool) -> Result<TwoFactor, ClientError> {
        self.send(
            Method::PUT,
            paths::TWO_FACTOR_EMAIL,
            &EmailTwoFactor { enabled },
        )
        .await
    }

    /// `POST`: start a TOTP enrolment (never retried).
    pub async fn start_totp_enrolment(&self) -> Result<StartedEnrolment, ClientError> {
        let answer = self
            .transport
            .send::<serde_json::Value, TotpEnrolment>(
                Method::POST,
                paths::TOTP_ENROLMENT,
                &[],
                Some(&serde_json::json!({})),
            )
            .await?;
        Ok(StartedEnrolment {
            enrolment: answer.data,
            server_date: answer.server_date,
        })
    }

    /// `POST`: confirm the pending enrolment with a code (never retried).
    pub async fn confirm_totp(&self, code: &str) -> Result<TwoFactor, ClientError> {
        let body = TotpCode {
            code: code.to_owned(),
        };
        self.send(Method::POST, paths::TOTP_CONFIRM, &body).await
    }

    /// `POST`: turn TOTP off with a valid code (never retried).
    pub async fn disable_totp(&self, code: &str) -> Result<TwoFactor, ClientError> {
        let body = TotpCode {
            code: code.to_owned(),
        };
        self.send(Method::POST, paths::TOTP_DISABLE, &body).await
    }

    /// `GET` every event's channels.
    pub async fn notifications(&self) -> Result<Notifications, ClientError> {
        self.get(paths::NOTIFICATIONS).await
    }

    /// `PATCH` any subset of the channels in one request; answers them all.
    pub async fn patch_notifications(
        &self,
        patch: &NotificationsPatch,
    ) -> Result<Notifications, ClientError> {
        self.send(Method::PATCH, paths::NOTIFICATIONS, patch).await
    }

    /// `GET` the low balance limit.
    pub async fn low_balance_limit(&self) -> Result<LowBalanceLimit, ClientError> {
        self.get(paths::LOW_BALANCE_LIMIT).await
    }

    /// `PUT` the low balance limit amount.
    pub async fn set_low_balance_limit(
        &self,
        amount: Money,
    ) -> Result<LowBalanceLimit, ClientError> {
        self.send(
            Method::PUT,
            paths::LOW_BALANCE_LIMIT,
            &LowBalanceLimitUpdate { amount },
        )
        .await
    }

    /// `GET` the spending report schedule.
    pub async fn spending_reports(&self) -> Result<SpendingReports, ClientError> {
        self.get(paths::SPENDING_REPORTS).await
    }

    /// `PATCH` any subset of the report schedule.
    pub async fn patch_spending_reports(
        &self,
        patch: &SpendingReportsPatch,
    ) -> Result<SpendingReports, ClientError> {
        self.send(Method::PATCH, paths::SPENDING_REPORTS, patch)
            .await
    }

    /// `GET` the three balances.
    pub async fn balances(&self) -> Result<Balances, ClientError> {
        self.get(paths::BALANCES).await
    }

    /// `GET` one page of voice billings.
    pub async fn voice_billings(
        &self,
        query: &BillingQuery,
    ) -> Result<BillingPage<VoiceBilling>, ClientError> {
        self.billings(BillingKind::Voice, query).await
    }

    /// `GET` one page of additional billings.
    pub async fn additional_billings(
        &self,
        query: &BillingQuery,
    ) -> Result<BillingPage<AdditionalBilling>, ClientError> {
        self.billings(BillingKind::Additional, query).await
    }

    async fn billings<R: DeserializeOwned>(
        &self,
        kind: BillingKind,
        query: &BillingQuery,
    ) -> Result<BillingPage<R>, ClientError> {
        let pairs = billing_query_pairs(query);
        Ok(self
            .transport
            .send::<(), BillingPage<R>>(Method::GET, kind.path(), &pairs, None)
            .await?
            .data)
    }
}

/// The query string of a billings request, in a stable order.
fn billing_query_pairs(query: &BillingQuery) -> Vec<(&'static str, String)> {
    let mut pairs = Vec::new();
    let mut push = |key: &'static str, value: Option<String>| {
        if let Some(value) = value {
            pairs.push((key, value));
        }
    };
    push("from", query.from.map(|t| t.to_string()));
    push("to", query.to.map(|t| t.to_string()));
    push("search", query.search.clone());
    push("min_net", query.min_net.map(|m| m.to_string()));
    push("max_net", query.max_net.map(|m| m.to_string()));
    push("min_total", query.min_total.map(|m| m.to_string()));
    push("max_total", query.max_total.map(|m| m.to_string()));
    push("page", query.page.map(|p| p.to_string()));
    push("page_size", query.page_size.map(|p| p.to_string()));
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn billing_query_keeps_only_given_filters_in_order() {
        let query = BillingQuery {
            search: Some("DID".into()),
            max_total: Some("10.50".parse().unwrap()),
            page_size: Some(250),
            ..BillingQuery::default()
        };
        let pairs = billing_query_pairs(&query);
        assert_eq!(
            pairs,
            vec![
                ("search", "DID".to_string()),
                ("max_total", "10.50".to_string()),
                ("page_size", "250".to_string())
            ]
        );
    }
}
