//! Counterclaims and disputes (placeholder until pairing lands).
use crate::model::*;

pub fn pair(_snap: &Snapshot) -> (Vec<Pair>, Vec<Dispute>) {
    (Vec::new(), Vec::new())
}
