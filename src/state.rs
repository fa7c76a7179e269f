//! The page's state and how messages change it. Pure: no DOM here, so the
//! rules are unit-tested natively. The component maps events to [`Msg`] and
//! applies the returned [`Nav`] to the browser history.

use counterpoint_core::model::Snapshot;
use counterpoint_core::query::{self, View};

#[derive(Clone, Debug, PartialEq)]
pub struct Model {
    pub view: View,
    /// What the URL held that could not be shown.
    pub notices: Vec<String>,
    /// Outcome of the last "Copy link".
    pub copied: Option<bool>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    /// A discrete change: a chip, a tab, a link.
    Navigate(View),
    /// Typing in the search box.
    Search(String),
    /// Back or Forward: the browser already changed the URL.
    Popped(String),
    DismissNotices,
    Copied(bool),
}

/// What to do with the browser history after an update.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Nav {
    None,
    /// A new entry (Back undoes it).
    Push(String),
    /// Replace the current entry (typing does not flood the history).
    Replace(String),
}

impl Model {
    pub fn from_query(query: &str, snap: &Snapshot) -> Self {
        let (view, notices) = query::parse(query, snap);
        Model { view, notices, copied: None }
    }

    pub fn update(&mut self, msg: Msg, snap: &Snapshot) -> Nav {
        match msg {
            Msg::Navigate(v) => {
                self.copied = None;
                if v == self.view {
                    return Nav::None;
                }
                self.view = v;
                Nav::Push(query::write(&self.view))
            }
            Msg::Search(q) => {
                self.copied = None;
                let q: String = q.chars().filter(|c| !c.is_control()).take(query::MAX_QUERY_CHARS).collect();
                if q == self.view.q {
                    return Nav::None;
                }
                self.view.q = q;
                self.view.page = 0;
                Nav::Replace(self.url_query())
            }
            Msg::Popped(qs) => {
                let (view, notices) = query::parse(&qs, snap);
                self.view = view;
                self.notices = notices;
                self.copied = None;
                Nav::None
            }
            Msg::DismissNotices => {
                self.notices.clear();
                Nav::None
            }
            Msg::Copied(ok) => {
                self.copied = Some(ok);
                Nav::None
            }
        }
    }

    /// The query string for the current view, with the search trimmed.
    pub fn url_query(&self) -> String {
        let mut v = self.view.clone();
        v.q = v.q.trim().to_string();
        query::write(&v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use counterpoint_core::query::ViewKind;

    fn snap() -> Snapshot {
        let c = counterpoint_core::corpus::load_dir(&std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus")).unwrap();
        counterpoint_core::analyse::analyse(&c)
    }

    #[test]
    fn chips_push_and_typing_replaces() {
        let s = snap();
        let mut m = Model::from_query("", &s);
        let v = m.view.toggle_entity("china");
        assert_eq!(m.update(Msg::Navigate(v.clone()), &s), Nav::Push("?entity=china".into()));
        assert_eq!(m.update(Msg::Navigate(v), &s), Nav::None);
        assert_eq!(m.update(Msg::Search("cyber ".into()), &s), Nav::Replace("?entity=china&q=cyber".into()));
        assert_eq!(m.view.q, "cyber ");
        assert_eq!(m.update(Msg::Search("cyber ".into()), &s), Nav::None);
    }

    #[test]
    fn back_restores_the_view_and_reports_what_was_dropped() {
        let s = snap();
        let mut m = Model::from_query("?view=claims", &s);
        assert_eq!(m.view.kind, ViewKind::Claims);
        m.update(Msg::Popped("?entity=nobody".into()), &s);
        assert_eq!(m.view, View::default());
        assert_eq!(m.notices.len(), 1);
        m.update(Msg::DismissNotices, &s);
        assert!(m.notices.is_empty());
    }
}
