//! The Billings page: deductions from the voice and additional balances.

use super::Money;
use serde::{Deserialize, Serialize};

/// Page sizes the portal offers; the API accepts only these.
pub const PAGE_SIZES: [u32; 6] = [10, 15, 25, 50, 100, 250];
/// Page size used when the request names none.
pub const DEFAULT_PAGE_SIZE: u32 = 25;
/// The largest page size.
pub const MAX_PAGE_SIZE: u32 = 250;
/// Shortest search text the API accepts.
pub const MIN_SEARCH_LEN: usize = 2;

/// The two lists of the Billings page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BillingKind {
    Voice,
    Additional,
}

impl BillingKind {
    pub fn path(self) -> &'static str {
        match self {
            BillingKind::Voice => super::paths::BILLINGS_VOICE,
            BillingKind::Additional => super::paths::BILLINGS_ADDITIONAL,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            BillingKind::Voice => "voice",
            BillingKind::Additional => "additional",
        }
    }
}

/// Query parameters of the billings endpoints; every one optional.
///
/// Defaults: the last 30 days, no search, no amount bounds, page 1, 25 rows.
/// `from` is inclusive and `to` exclusive; rows are ordered newest first, then
/// by id descending.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct BillingQuery {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<jiff::Timestamp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<jiff::Timestamp>,
    /// Part of the comment, at least two characters, case-insensitive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub search: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_net: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_net: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_total: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_total: Option<Money>,
    /// 1-based page number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<u32>,
}

/// One page of billing rows.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct BillingPage<R> {
    pub rows: Vec<R>,
    /// Number of rows matching the filters, over all pages.
    pub total: u64,
    pub page: u32,
    pub page_size: u32,
    pub currency: String,
}

/// A charge for one call.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct VoiceBilling {
    pub id: u64,
    pub timestamp: jiff::Timestamp,
    pub comment: String,
    /// Destination country or network of the call, e.g. `Germany (mobile)`.
    pub destination: String,
    /// The called number.
    pub number: String,
    pub duration_seconds: u32,
    pub net: Money,
    pub tax: Money,
    pub total: Money,
}

/// A deduction for an extra service (DID rental, subscriptions, …).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct AdditionalBilling {
    pub id: u64,
    pub timestamp: jiff::Timestamp,
    pub comment: String,
    pub service: String,
    pub quantity: u32,
    pub net: Money,
    pub tax: Money,
    pub total: Money,
}
