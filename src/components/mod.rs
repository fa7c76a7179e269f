//! The page's components. Each maps snapshot data and the current view to
//! markup; the rules they show (filters, counts, highlights) live in
//! `counterpoint_core::filter` and `crate::format`.

pub mod articles;
pub mod body;
pub mod export;
pub mod facets;
pub mod link;
pub mod local;
pub mod marks;
pub mod meta;
pub mod waiting;
