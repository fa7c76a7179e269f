//! The user's own articles, kept in this browser's `localStorage`.
//!
//! All of them live under one key (scoped to the page's path, so two
//! explorers on one site keep separate lists), written in one `setItem`:
//! a save either happens whole or, when the browser's quota is full, not at
//! all, and the error says so. The value is a [`Saved`] (the drafts, and
//! the delta that joins them to the built snapshot) as postcard bytes in
//! base64 behind a format tag; a value this version cannot read is moved
//! aside under another key, never overwritten.

use base64::Engine;
use counterpoint_core::assemble::Draft;
use counterpoint_core::local::Delta;
use counterpoint_core::model::SNAPSHOT_VERSION;
use serde::{Deserialize, Serialize};

/// What is kept: the articles, and their join to the snapshot it was made
/// for (`delta.base`), so a reload needs no engine.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub drafts: Vec<Draft>,
    pub delta: Option<Delta>,
}

/// The format tag: the snapshot layout version the drafts were written with.
fn tag() -> String {
    format!("cp{SNAPSHOT_VERSION}:")
}

/// Encode for storage.
pub fn encode(saved: &Saved) -> String {
    let bytes = postcard::to_allocvec(saved).unwrap_or_default();
    format!("{}{}", tag(), base64::engine::general_purpose::STANDARD.encode(bytes))
}

/// Decode a stored value; `None` when it is not one this version wrote.
pub fn decode(value: &str) -> Option<Saved> {
    let b64 = value.strip_prefix(&tag())?;
    let bytes = base64::engine::general_purpose::STANDARD.decode(b64).ok()?;
    postcard::from_bytes(&bytes).ok()
}

#[derive(Debug, PartialEq)]
pub enum SaveError {
    /// The browser refused: its storage for this site is full.
    Full,
    /// Storage is off (private mode, a policy) or failed otherwise.
    Unavailable(String),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::Full => f.write_str("This browser's storage for the site is full, so nothing was saved. Remove one of your articles, or free space in the browser's site settings, and try again."),
            SaveError::Unavailable(why) => write!(f, "This browser does not let the page keep articles ({why}), so nothing was saved."),
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod web {
    use super::*;
    use wasm_bindgen::JsCast;

    fn storage() -> Result<web_sys::Storage, SaveError> {
        let w = web_sys::window().ok_or_else(|| SaveError::Unavailable("no window".into()))?;
        match w.local_storage() {
            Ok(Some(s)) => Ok(s),
            _ => Err(SaveError::Unavailable("localStorage is off".into())),
        }
    }

    fn key() -> String {
        let path = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
        format!("counterpoint.local:{path}")
    }

    /// What was saved, and a warning when a stored value could not be read
    /// (it is kept under another key).
    pub fn load() -> (Saved, Option<String>) {
        let Ok(s) = storage() else { return (Saved::default(), None) };
        let Ok(Some(value)) = s.get_item(&key()) else { return (Saved::default(), None) };
        match decode(&value) {
            Some(d) => (d, None),
            None => {
                let aside = format!("{}:unreadable", key());
                let _ = s.set_item(&aside, &value);
                let _ = s.remove_item(&key());
                (Saved::default(), Some(format!("Your saved articles were written by another version of Counterpoint and cannot be shown; they are kept in this browser under “{aside}”.")))
            }
        }
    }

    /// Is anything kept for this page (read or not)?
    pub fn kept() -> bool {
        storage().ok().and_then(|s| s.get_item(&key()).ok().flatten()).is_some_and(|v| !v.is_empty())
    }

    /// Replace what is saved, whole or not at all.
    pub fn save(saved: &Saved) -> Result<(), SaveError> {
        let s = storage()?;
        let result = if saved.drafts.is_empty() { s.remove_item(&key()) } else { s.set_item(&key(), &encode(saved)) };
        result.map_err(|e| {
            let name = e.dyn_ref::<web_sys::DomException>().map(|d| d.name()).unwrap_or_default();
            if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
                SaveError::Full
            } else {
                SaveError::Unavailable(if name.is_empty() { "an unknown error".into() } else { name })
            }
        })
    }
}

#[cfg(target_arch = "wasm32")]
pub use web::{kept, load, save};

/// Outside a browser nothing is kept.
#[cfg(not(target_arch = "wasm32"))]
pub fn load() -> (Saved, Option<String>) {
    (Saved::default(), None)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn kept() -> bool {
    false
}

#[cfg(not(target_arch = "wasm32"))]
pub fn save(_: &Saved) -> Result<(), SaveError> {
    Err(SaveError::Unavailable("not in a browser".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drafts_round_trip_and_foreign_values_are_refused() {
        let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus");
        let c = counterpoint_core::corpus::load_dir(&dir).unwrap();
        let g = counterpoint_core::analyse::corpus_gazetteer(&c);
        let d = counterpoint_core::local::draft(&g, "Headline here\n\nOfficials said the talks went well.\n", "Pasted text", &Default::default()).unwrap();
        let saved = Saved { drafts: vec![d], delta: Some(Delta { base: 42, ..Delta::default() }) };
        let v = encode(&saved);
        assert_eq!(decode(&v), Some(saved));
        assert_eq!(decode("cp0:AAAA"), None);
        assert_eq!(decode(&v.replace(&tag(), "cp999:")), None);
        assert_eq!(decode(&format!("{}not base64!", tag())), None);
    }
}
