//! The difference between the Settings page and a desired state, grouped
//! into the fewest requests, and its execution with an exact account of what
//! was applied when a request fails midway.
//!
//! One notifications `PATCH`, one low-limit `PUT`, one spending-reports
//! `PATCH`, one email 2FA `PUT`, in that order. TOTP cannot be changed here:
//! enrolling needs the app and disabling needs a code, so a TOTP difference is
//! reported as manual work (`teliqon 2fa totp enable|disable`).

use crate::api::{ChannelsPatch, Event, Money, NotificationsPatch, SpendingReportsPatch};
use crate::change::{Change, SettingValue};
use crate::client::{Client, ClientError};
use crate::error::{Error, Exit};
use crate::settings_file::SettingsFile;
use crate::view::SettingsView;
use serde::Serialize;
use std::sync::atomic::Ordering::SeqCst;

/// The request a change travels in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Request {
    /// `PATCH /settings/notifications`.
    Notifications,
    /// `PUT /settings/balance/low-limit`.
    LowLimit,
    /// `PATCH /settings/spending-reports`.
    SpendingReports,
    /// `PUT /settings/two-factor/email`.
    TwoFactorEmail,
}

impl Request {
    pub const ORDER: [Request; 4] = [
        Request::Notifications,
        Request::LowLimit,
        Request::SpendingReports,
        Request::TwoFactorEmail,
    ];
}

/// One setting that differs (or, for `set`, that was asked for).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Planned {
    #[serde(flatten)]
    pub change: Change,
    /// The request that makes it; `None` when it cannot be made here.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request: Option<Request>,
    /// What to run instead, when `request` is `None`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub manual: Option<&'static str>,
}

/// Every managed setting compared with the current state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// Every managed setting, in document order, changed or not.
    pub items: Vec<Planned>,
}

impl Plan {
    /// Only the settings that differ.
    pub fn changes(&self) -> impl Iterator<Item = &Planned> {
        self.items.iter().filter(|p| p.change.is_change())
    }

    pub fn has_changes(&self) -> bool {
        self.changes().next().is_some()
    }

    /// Differences `apply` can make.
    pub fn automatic(&self) -> impl Iterator<Item = &Planned> {
        self.changes().filter(|p| p.request.is_some())
    }

    /// Differences only the user can make (TOTP).
    pub fn manual(&self) -> impl Iterator<Item = &Planned> {
        self.changes().filter(|p| p.request.is_none())
    }

    /// Lines for people: `key: before → after`, manual ones with what to run.
    pub fn render(&self, io: Option<&crate::io::Io>, with_unchanged: bool) -> String {
        let mut out = String::new();
        for item in &self.items {
            if !with_unchanged && !item.change.is_change() {
                continue;
            }
            out.push_str(&item.change.render(io));
            if let (true, Some(manual)) = (item.change.is_change(), item.manual) {
                out.push_str(&format!("  (not changed by apply: run `{manual}`)"));
            }
            out.push('\n');
        }
        out
    }

    /// The JSON document of `plan -o json` and `set --dry-run -o json`.
    pub fn to_json(&self, with_unchanged: bool) -> serde_json::Value {
        let changes: Vec<&Planned> = self
            .items
            .iter()
            .filter(|p| with_unchanged || p.change.is_change())
            .collect();
        let mut value = serde_json::json!({
            "in_sync": !self.has_changes(),
            "changes": changes,
        });
        if with_unchanged {
            for (entry, item) in value["changes"]
                .as_array_mut()
                .into_iter()
                .flatten()
                .zip(changes)
            {
                entry["changed"] = item.change.is_change().into();
            }
        }
        value
    }
}

/// Compares the current state with the desired one. Fails (usage) when the
/// file asks for what cannot be changed at all (another currency).
pub fn diff(view: &SettingsView, desired: &SettingsFile) -> Result<Plan, Error> {
    let mut items = Vec::new();
    fn push(
        items: &mut Vec<Planned>,
        key: String,
        before: bool,
        after: Option<bool>,
        request: Request,
    ) {
        if let Some(after) = after {
            items.push(Planned {
                change: Change::new(key, SettingValue::Bool(before), SettingValue::Bool(after)),
                request: Some(request),
                manual: None,
            });
        }
    }
    if let Some(tf) = desired.two_factor {
        push(
            &mut items,
            "two_factor.email".into(),
            view.two_factor.email,
            tf.email,
            Request::TwoFactorEmail,
        );
    }
    // TOTP goes in its place in document order, after two_factor.email.
    let totp = desired
        .two_factor
        .and_then(|tf| tf.totp)
        .map(|after| Planned {
            change: Change::new(
                "two_factor.totp",
                SettingValue::Bool(view.two_factor.totp),
                SettingValue::Bool(after),
            ),
            request: None,
            manual: Some(if after {
                "teliqon 2fa totp enable"
            } else {
                "teliqon 2fa totp disable"
            }),
        });
    let low_limit = desired.balance.as_ref().and_then(|b| b.low_limit.as_ref());
    for event in Event::ALL {
        let channels = event_channels(desired, event);
        let current = current_channels(view, event);
        let prefix = format!("{}.{}", event.section().key(), event.key());
        if let Some(channels) = channels {
            push(
                &mut items,
                format!("{prefix}.email"),
                current.email,
                channels.email,
                Request::Notifications,
            );
            push(
                &mut items,
                format!("{prefix}.portal"),
                current.portal,
                channels.portal,
                Request::Notifications,
            );
        }
        if event == Event::LowLimit
            && let Some(limit) = low_limit
        {
            if let Some(amount) = limit.amount {
                items.push(Planned {
                    change: Change::new(
                        "balance.low_limit.amount",
                        SettingValue::Amount(view.balance.low_limit.amount),
                        SettingValue::Amount(amount),
                    ),
                    request: Some(Request::LowLimit),
                    manual: None,
                });
            }
            if let Some(currency) = &limit.currency
                && !currency.eq_ignore_ascii_case(&view.balance.low_limit.currency)
            {
                return Err(Error::usage(format!(
                    "balance.low_limit.currency is {:?} in the file, but the account's currency is {:?}",
                    currency, view.balance.low_limit.currency
                ))
                .with_hint(
                    "the currency belongs to the account and cannot be changed; fix or remove the key",
                ));
            }
        }
    }
    if let Some(r) = desired.spending_reports {
        let current = view.spending_reports;
        push(
            &mut items,
            "spending_reports.daily".into(),
            current.daily,
            r.daily,
            Request::SpendingReports,
        );
        push(
            &mut items,
            "spending_reports.weekly".into(),
            current.weekly,
            r.weekly,
            Request::SpendingReports,
        );
        push(
            &mut items,
            "spending_reports.monthly".into(),
            current.monthly,
            r.monthly,
            Request::SpendingReports,
        );
    }
    if let Some(totp) = totp {
        let at = items
            .iter()
            .position(|p| p.change.key == "two_factor.email")
            .map_or(0, |i| i + 1);
        items.insert(at, totp);
    }
    Ok(Plan { items })
}

fn event_channels(desired: &SettingsFile, event: Event) -> Option<ChannelsPatch> {
    match event {
        Event::DidSpam => desired.did.and_then(|d| d.spam),
        Event::LowLimit => desired
            .balance
            .as_ref()
            .and_then(|b| b.low_limit.as_ref())
            .map(|l| ChannelsPatch {
                email: l.email,
                portal: l.portal,
            }),
        Event::TopUp => desired.balance.as_ref().and_then(|b| b.top_up),
        Event::Expiring => desired.subscriptions.and_then(|s| s.expiring),
        Event::Billing => desired.subscriptions.and_then(|s| s.billing),
    }
}

fn current_channels(view: &SettingsView, event: Event) -> crate::api::Channels {
    match event {
        Event::DidSpam => view.did.spam,
        Event::LowLimit => crate::api::Channels {
            email: view.balance.low_limit.email,
            portal: view.balance.low_limit.portal,
        },
        Event::TopUp => view.balance.top_up,
        Event::Expiring => view.subscriptions.expiring,
        Event::Billing => view.subscriptions.billing,
    }
}

/// The request bodies for the automatic changes of a plan (only what differs).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Requests {
    pub notifications: NotificationsPatch,
    pub low_limit: Option<Money>,
    pub spending_reports: SpendingReportsPatch,
    pub two_factor_email: Option<bool>,
}

impl Requests {
    pub fn from_plan(plan: &Plan) -> Requests {
        let mut requests = Requests::default();
        for item in plan.automatic() {
            let key = item.change.key.as_str();
            match (item.request, item.change.after) {
                (Some(Request::Notifications), SettingValue::Bool(on)) => {
                    let event = Event::ALL
                        .into_iter()
                        .find(|e| key.starts_with(&format!("{}.{}.", e.section().key(), e.key())));
                    if let Some(event) = event {
                        let mut patch = requests.notifications.get(event).unwrap_or_default();
                        if key.ends_with(".email") {
                            patch.email = Some(on);
                        } else {
                            patch.portal = Some(on);
                        }
                        requests.notifications.set(event, patch);
                    }
                }
                (Some(Request::LowLimit), SettingValue::Amount(amount)) => {
                    requests.low_limit = Some(amount)
                }
                (Some(Request::SpendingReports), SettingValue::Bool(on)) => {
                    let r = &mut requests.spending_reports;
                    match key {
                        "spending_reports.daily" => r.daily = Some(on),
                        "spending_reports.weekly" => r.weekly = Some(on),
                        _ => r.monthly = Some(on),
                    }
                }
                (Some(Request::TwoFactorEmail), SettingValue::Bool(on)) => {
                    requests.two_factor_email = Some(on)
                }
                _ => {}
            }
        }
        requests
    }

    /// The requests to send, in order.
    pub fn needed(&self) -> Vec<Request> {
        Request::ORDER
            .into_iter()
            .filter(|r| match r {
                Request::Notifications => !self.notifications.is_empty(),
                Request::LowLimit => self.low_limit.is_some(),
                Request::SpendingReports => !self.spending_reports.is_empty(),
                Request::TwoFactorEmail => self.two_factor_email.is_some(),
            })
            .collect()
    }

    async fn send(&self, client: &Client, request: Request) -> Result<(), ClientError> {
        match request {
            Request::Notifications => client
                .patch_notifications(&self.notifications)
                .await
                .map(drop),
            Request::LowLimit => match self.low_limit {
                Some(amount) => client.set_low_balance_limit(amount).await.map(drop),
                None => Ok(()),
            },
            Request::SpendingReports => client
                .patch_spending_reports(&self.spending_reports)
                .await
                .map(drop),
            Request::TwoFactorEmail => match self.two_factor_email {
                Some(on) => client.set_email_two_factor(on).await.map(drop),
                None => Ok(()),
            },
        }
    }
}

/// Why a run of requests stopped, and what it had done by then.
#[derive(Debug)]
pub struct Stopped {
    /// Why it stopped: the failing request's error, or a cancellation.
    pub error: Error,
    /// Changes whose request succeeded.
    pub applied: Vec<Change>,
    /// Changes of the failed request when the failure leaves it unknown
    /// whether the server acted (no answer, or an unreadable success).
    pub unknown: Vec<Change>,
    /// Changes that were certainly not made.
    pub not_applied: Vec<Change>,
}

impl Stopped {
    /// Writes the account of what happened to stderr (never muted: it is the outcome).
    pub fn report(&self) {
        for change in &self.applied {
            crate::io::stderr_line(&format!("applied:     {change}"));
        }
        for change in &self.unknown {
            crate::io::stderr_line(&format!(
                "unknown:     {change} (no clear answer: it may have been applied)"
            ));
        }
        for change in &self.not_applied {
            crate::io::stderr_line(&format!("not applied: {change}"));
        }
    }

    /// The error to exit with: the failing request's code, and a summary.
    pub fn into_error(self, rerun_hint: &str) -> Error {
        let base = self.error;
        let exit = base.exit;
        let summary = if self.applied.is_empty() && self.unknown.is_empty() {
            "nothing was changed".to_owned()
        } else {
            let mut parts = Vec::new();
            for (n, what) in [
                (self.applied.len(), "applied"),
                (self.unknown.len(), "perhaps applied (no clear answer)"),
                (self.not_applied.len(), "not applied"),
            ] {
                if n > 0 {
                    parts.push(format!("{} {what}", count(n)));
                }
            }
            parts.join(", ")
        };
        let hint = match base.hint {
            Some(h) => format!("{h}; {rerun_hint}"),
            None => rerun_hint.to_owned(),
        };
        Error::new(exit, format!("{}; {summary}", base.message)).with_hint(hint)
    }
}

fn count(n: usize) -> String {
    if n == 1 {
        "1 setting".into()
    } else {
        format!("{n} settings")
    }
}

/// True when a failed request certainly changed nothing on the server.
fn certainly_not_applied(error: &ClientError) -> bool {
    match error {
        ClientError::Auth { .. }
        | ClientError::Rejected { .. }
        | ClientError::RateLimited { .. }
        | ClientError::Server { .. } => true,
        ClientError::Decode { status, .. } => *status >= 400,
        ClientError::Setup { .. } => true,
        ClientError::Transport { .. } => false,
    }
}

/// Sends the plan's requests in order; stops at the first failure.
/// Answers the changes made.
pub async fn execute(client: &Client, plan: &Plan) -> Result<Vec<Change>, Box<Stopped>> {
    let requests = Requests::from_plan(plan);
    let of = |request: Request| -> Vec<Change> {
        plan.automatic()
            .filter(|p| p.request == Some(request))
            .map(|p| p.change.clone())
            .collect()
    };
    let needed = requests.needed();
    let mut applied = Vec::new();
    // Ctrl-C lets the request in flight finish, then stops before the next
    // one, so the account of what was applied stays exact. A second Ctrl-C, or
    // one after the last request, ends the process at once (exit 130).
    let phase = std::sync::Arc::new(std::sync::atomic::AtomicU8::new(APPLYING));
    {
        let phase = std::sync::Arc::clone(&phase);
        tokio::spawn(async move {
            while tokio::signal::ctrl_c().await.is_ok() {
                let was = phase.compare_exchange(APPLYING, INTERRUPTED, SeqCst, SeqCst);
                if was.is_ok() {
                    crate::io::stderr_line(
                        "Stopping after the request in flight (Ctrl-C again to quit now)…",
                    );
                } else {
                    crate::io::stderr_line("error: interrupted");
                    std::process::exit(i32::from(Exit::Cancelled.code()));
                }
            }
        });
    }
    let interrupted = || phase.load(SeqCst) == INTERRUPTED;
    for (i, request) in needed.iter().enumerate() {
        if interrupted() {
            return Err(Box::new(Stopped {
                error: Error::cancelled("interrupted"),
                applied,
                unknown: Vec::new(),
                not_applied: needed[i..].iter().flat_map(|r| of(*r)).collect(),
            }));
        }
        if let Err(error) = requests.send(client, *request).await {
            let mut not_applied: Vec<Change> =
                needed[i + 1..].iter().flat_map(|r| of(*r)).collect();
            let mut unknown = Vec::new();
            if certainly_not_applied(&error) {
                not_applied.splice(0..0, of(*request));
            } else {
                unknown = of(*request);
            }
            return Err(Box::new(Stopped {
                error: Error::from(error),
                applied,
                unknown,
                not_applied,
            }));
        }
        applied.extend(of(*request));
    }
    if phase
        .compare_exchange(APPLYING, FINISHED, SeqCst, SeqCst)
        .is_err()
    {
        // Interrupted during the last request: it finished; say so and stop.
        return Err(Box::new(Stopped {
            error: Error::cancelled("interrupted"),
            applied,
            unknown: Vec::new(),
            not_applied: Vec::new(),
        }));
    }
    Ok(applied)
}

const APPLYING: u8 = 0;
const INTERRUPTED: u8 = 1;
const FINISHED: u8 = 2;

/// After applying: the settings that still differ from the desired state
/// (automatic ones only), as an error; `Ok` when they all match.
pub fn verify(after: &SettingsView, desired: &SettingsFile) -> Result<Plan, Error> {
    let plan = diff(after, desired)?;
    let left: Vec<String> = plan.automatic().map(|p| p.change.to_string()).collect();
    if left.is_empty() {
        Ok(plan)
    } else {
        Err(Error::new(
            Exit::Failure,
            format!(
                "the settings read back after applying still differ: {}",
                left.join("; ")
            ),
        )
        .with_hint("another change may have raced this one; run the command again"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings_file::{BalanceFile, LowLimitFile, TwoFactorFile, parse};

    fn view() -> SettingsView {
        crate::settings_file::tests_support::sample_view()
    }

    #[test]
    fn verify_passes_only_when_the_read_back_matches() {
        let view = view();
        let wanted = !view.did.spam.email;
        let desired = parse("t.toml", &format!("[did.spam]\nemail = {wanted}\n")).unwrap();
        // The server answered the write but the setting did not change.
        let err = verify(&view, &desired).unwrap_err();
        assert_eq!(err.exit, Exit::Failure);
        assert!(err.message.contains("did.spam.email"), "{}", err.message);
        let mut changed = view.clone();
        changed.did.spam.email = wanted;
        assert!(verify(&changed, &desired).is_ok());
    }

    #[test]
    fn no_difference_for_the_exported_state() {
        let v = view();
        let plan = diff(&v, &SettingsFile::from_view(&v)).unwrap();
        assert!(!plan.has_changes());
        assert_eq!(plan.items.len(), 16); // every key but the currency
        assert!(Requests::from_plan(&plan).needed().is_empty());
    }

    #[test]
    fn groups_into_the_fewest_requests() {
        let v = view();
        let file = parse(
            "t.toml",
            "[two_factor]\nemail = false\ntotp = true\n\
             [did.spam]\nemail = false\nportal = true\n\
             [balance.top_up]\nemail = true\n\
             [balance.low_limit]\namount = \"50\"\n\
             [spending_reports]\ndaily = true\nweekly = true\n",
        )
        .unwrap();
        let plan = diff(&v, &file).unwrap();
        let keys: Vec<String> = plan.changes().map(|p| p.change.to_string()).collect();
        assert_eq!(
            keys,
            [
                "two_factor.email: on → off",
                "two_factor.totp: off → on",
                "did.spam.email: on → off",
                "did.spam.portal: off → on",
                "balance.low_limit.amount: 25.00 → 50.00",
                "balance.top_up.email: off → on",
                "spending_reports.daily: off → on",
            ]
        );
        assert_eq!(plan.manual().count(), 1);
        let r = Requests::from_plan(&plan);
        assert_eq!(r.needed(), Request::ORDER.to_vec());
        assert_eq!(
            serde_json::to_value(r.notifications).unwrap(),
            serde_json::json!({"did": {"spam": {"email": false, "portal": true}}, "balance": {"top_up": {"email": true}}})
        );
        assert_eq!(
            serde_json::to_value(r.spending_reports).unwrap(),
            serde_json::json!({"daily": true})
        );
        assert_eq!(r.low_limit, Some(Money(5000)));
        assert_eq!(r.two_factor_email, Some(false));
    }

    #[test]
    fn other_currency_is_refused() {
        let file = SettingsFile {
            balance: Some(BalanceFile {
                low_limit: Some(LowLimitFile {
                    currency: Some("EUR".into()),
                    ..LowLimitFile::default()
                }),
                top_up: None,
            }),
            two_factor: Some(TwoFactorFile::default()),
            ..SettingsFile::default()
        };
        assert_eq!(diff(&view(), &file).unwrap_err().exit, Exit::Usage);
    }
}
