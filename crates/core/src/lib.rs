//! Counterpoint's engine: turns a folder of scraped news articles into who
//! claims what, who disputes it, and where each side said so.
//!
//! The crate is pure and deterministic: no web crates (but for the
//! browser's lower-casing in the page: `case`), no clocks, no random
//! state, and the same corpus always gives the same snapshot bytes. It runs
//! natively (the `counterpoint` CLI, the app's `build.rs`) and in wasm.
//!
//! Pipeline: [`corpus`] reads files → [`ingest`] cleans each article →
//! [`analyse`] finds entities, claims and disputes → [`model::Snapshot`].

pub mod corpus;
pub mod reading;
pub mod date;
pub mod ingest;
pub mod model;
pub mod text;
pub mod tokens;
pub mod lexicon;
pub mod gazetteer;
pub mod entities;
pub mod polarity;
pub mod stance_words;
pub mod claims;
pub mod analyse;
pub mod assemble;
pub mod stories;
pub mod local;
pub mod disputes;
pub mod export;
pub mod query;
pub mod filter;
pub mod chunks;
pub mod front;
pub mod search;
pub mod case;
