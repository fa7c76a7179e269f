//! Links between views are plain `<a href="?…">` elements: they can be
//! opened in a new tab, copied and shared like any link. A plain click on one
//! is caught once, at the document ([`crate::browser::on_view_link`]), and
//! changes the view in place by parsing the href exactly as a loaded URL is
//! parsed — so a link is its own state, and a page of 50 result cards costs
//! no component, closure or listener per link.

use counterpoint_core::query::{self, View};

/// The href of a view: its query string, or "./" for the default view.
pub fn href(v: &View) -> String {
    let q = query::write(v);
    if q.is_empty() { "./".to_string() } else { q }
}

/// The query string an in-app href stands for ("./" is the default view),
/// or `None` for any other link (a fragment, a download, another page).
pub fn view_query(href: &str) -> Option<&str> {
    match href {
        "./" => Some(""),
        h if h.starts_with('?') => Some(h),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use counterpoint_core::query::ViewKind;

    #[test]
    fn view_links_are_told_from_other_links() {
        assert_eq!(view_query("./"), Some(""));
        assert_eq!(view_query("?view=claims"), Some("?view=claims"));
        for other in ["#main", "blob:http://x/1", "https://example.com/?a", "", "/counterpoint/"] {
            assert_eq!(view_query(other), None, "{other}");
        }
    }

    #[test]
    fn an_href_is_the_view_written_as_a_query() {
        assert_eq!(href(&View::default()), "./");
        let v = View { kind: ViewKind::Claims, ..View::default() };
        assert_eq!(view_query(&href(&v)), Some(query::write(&v).as_str()));
    }
}
