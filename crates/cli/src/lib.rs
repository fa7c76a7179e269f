//! Library side of the `counterpoint` command, so its tests can reach the
//! scorer.

pub mod eval;
pub mod explain;
pub mod head;
pub mod phases;
pub mod synth;
