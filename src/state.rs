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
    /// What the page could not do with this browser's saved articles.
    pub alerts: Vec<String>,
    /// Outcome of the last "Copy link".
    pub copied: Option<bool>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    /// A discrete change: a chip, a brush, a button.
    Navigate(View),
    /// A click on a link to another view: its href's query string, read as
    /// a loaded URL is read.
    Follow(String),
    /// A filter chip pressed: on if it was off, off if it was on.
    Toggle(Facet),
    /// Typing in the search box.
    Search(String),
    /// Back or Forward: the browser already changed the URL.
    Popped(String),
    DismissNotices,
    Copied(bool),
    /// The data changed (the user added or removed an article of their
    /// own): keep the view if it still holds, else show the nearest valid one.
    DataChanged,
    /// Something the page could not do on its own (not from the URL).
    Notice(String),
}

/// What a filter chip stands for. A chip carries it as a `data-facet`
/// attribute ([`Facet::attr`]), so one listener serves every chip and a
/// render builds no view or closure per chip.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Facet {
    Entity(String),
    Outlet(String),
    Year(u16),
}

impl Facet {
    pub fn attr(&self) -> String {
        match self {
            Facet::Entity(id) => format!("entity:{id}"),
            Facet::Outlet(id) => format!("outlet:{id}"),
            Facet::Year(y) => format!("year:{y}"),
        }
    }

    pub fn parse(attr: &str) -> Option<Facet> {
        let (kind, value) = attr.split_once(':')?;
        match kind {
            "entity" => Some(Facet::Entity(value.to_string())),
            "outlet" => Some(Facet::Outlet(value.to_string())),
            "year" => value.parse().ok().map(Facet::Year),
            _ => None,
        }
    }

    /// `view` with this chip pressed (or released, if it was on).
    pub fn toggled(&self, view: &View) -> View {
        match self {
            Facet::Entity(id) => view.toggle_entity(id),
            Facet::Outlet(id) => {
                let on = view.outlet.as_deref() == Some(id.as_str());
                view.refiltered(|v| v.outlet = if on { None } else { Some(id.clone()) })
            }
            Facet::Year(y) => {
                let d = counterpoint_core::date::PubDate::new(*y, None, None);
                let on = view.from == d && view.to == d;
                view.refiltered(|v| (v.from, v.to) = if on { (None, None) } else { (d, d) })
            }
        }
    }
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
        Model { view, notices, alerts: Vec::new(), copied: None }
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
            Msg::Toggle(f) => {
                let v = f.toggled(&self.view);
                self.update(Msg::Navigate(v), snap)
            }
            Msg::Follow(qs) => {
                let (view, notices) = query::parse(&qs, snap);
                // A link made before the data changed (a removed article of
                // one's own) says what it could not show, as a URL would.
                if !notices.is_empty() {
                    self.notices = notices;
                }
                self.update(Msg::Navigate(view), snap)
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
                self.alerts.clear();
                Nav::None
            }
            Msg::Copied(ok) => {
                self.copied = Some(ok);
                Nav::None
            }
            Msg::Notice(n) => {
                self.alerts.push(n);
                Nav::None
            }
            Msg::DataChanged => {
                let (view, notices) = query::parse(&query::write(&self.view), snap);
                if view == self.view {
                    return Nav::None;
                }
                self.view = view;
                self.notices = notices;
                Nav::Replace(self.url_query())
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
    fn chips_toggle_their_facet_on_and_off() {
        let s = snap();
        let mut m = Model::from_query("?view=claims&page=2", &s);
        for (f, on) in [
            (Facet::Entity("china".into()), "?view=claims&entity=china"),
            (Facet::Outlet("computer-weekly".into()), "?view=claims&entity=china&outlet=computer-weekly"),
            (Facet::Year(2013), "?view=claims&entity=china&outlet=computer-weekly&from=2013&to=2013"),
        ] {
            assert_eq!(Facet::parse(&f.attr()), Some(f.clone()));
            assert_eq!(m.update(Msg::Toggle(f), &s), Nav::Push(on.into()));
        }
        // Pressed again, each goes off.
        m.update(Msg::Toggle(Facet::Entity("china".into())), &s);
        m.update(Msg::Toggle(Facet::Outlet("computer-weekly".into())), &s);
        assert_eq!(m.update(Msg::Toggle(Facet::Year(2013)), &s), Nav::Push("?view=claims".into()));
        for bad in ["", "entity", "year:x", "colour:red"] {
            assert_eq!(Facet::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_followed_link_is_read_as_a_url_is() {
        let s = snap();
        let mut m = Model::from_query("", &s);
        assert_eq!(m.update(Msg::Follow("?view=claims&entity=china".into()), &s), Nav::Push("?view=claims&entity=china".into()));
        assert_eq!((m.view.kind, m.view.entities.clone()), (ViewKind::Claims, vec!["china".to_string()]));
        assert_eq!(m.update(Msg::Follow("?view=claims&entity=china".into()), &s), Nav::None);
        // "./" is the default view; a link that no longer holds says why.
        assert_eq!(m.update(Msg::Follow(String::new()), &s), Nav::Push(String::new()));
        assert_eq!(m.update(Msg::Follow("?view=article&article=gone".into()), &s), Nav::None);
        assert_eq!(m.notices.len(), 1);
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
        // What the page could not do is said apart from the link's problems.
        assert_eq!(m.update(Msg::Notice("saved articles could not be shown".into()), &s), Nav::None);
        assert_eq!((m.notices.len(), m.alerts.len()), (0, 1));
        m.update(Msg::DismissNotices, &s);
        assert!(m.alerts.is_empty());
    }

    #[test]
    fn a_view_of_a_removed_article_falls_back_when_the_data_changes() {
        let s = snap();
        let c = counterpoint_core::corpus::load_dir(&std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus")).unwrap();
        let g = counterpoint_core::analyse::corpus_gazetteer(&c);
        let d = counterpoint_core::local::draft(&g, "Talks resume in May\n\nOfficials said the talks would resume.\n", "Pasted text", &Default::default()).unwrap();
        let with = counterpoint_core::local::merge(&s, &[d]);
        let mut m = Model::from_query("?view=article&article=talks-resume-in-may", &with);
        assert_eq!(m.view.kind, ViewKind::Article);
        assert_eq!(m.update(Msg::DataChanged, &with), Nav::None);
        assert_eq!(m.update(Msg::DataChanged, &s), Nav::Replace(String::new()));
        assert_eq!(m.view.kind, ViewKind::Articles);
        assert_eq!(m.notices.len(), 1);
    }
}
