//! Where in a file something is, written the way a reader finds it: `nodes[3].indicators[0].level`.

use std::borrow::Cow;
use std::fmt;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq, Eq)]
enum Segment {
    Key(Cow<'static, str>),
    Index(usize),
}

/// A location in a JSON document. The root (the whole file) is the empty path.
///
/// Decoding builds a path for every field it reads and keeps one only for a problem, so a path is
/// a shared link to its parent: extending it allocates one link, and a field name known to the
/// program is not copied.
#[derive(Clone, Default)]
pub struct JsonPath(Option<Rc<Link>>);

struct Link {
    parent: JsonPath,
    segment: Segment,
}

impl JsonPath {
    pub fn root() -> JsonPath {
        JsonPath::default()
    }

    pub fn is_root(&self) -> bool {
        self.0.is_none()
    }

    pub fn key(&self, key: &str) -> JsonPath {
        self.child(Segment::Key(Cow::Owned(key.to_owned())))
    }

    /// `key` for a field name written in the program.
    pub(crate) fn field(&self, key: &'static str) -> JsonPath {
        self.child(Segment::Key(Cow::Borrowed(key)))
    }

    pub fn index(&self, index: usize) -> JsonPath {
        self.child(Segment::Index(index))
    }

    fn child(&self, segment: Segment) -> JsonPath {
        JsonPath(Some(Rc::new(Link {
            parent: self.clone(),
            segment,
        })))
    }

    /// The segments from the root down.
    fn segments(&self) -> Vec<&Segment> {
        let mut segments = Vec::new();
        let mut at = self;
        while let Some(link) = &at.0 {
            segments.push(&link.segment);
            at = &link.parent;
        }
        segments.reverse();
        segments
    }
}

impl PartialEq for JsonPath {
    fn eq(&self, other: &Self) -> bool {
        self.segments() == other.segments()
    }
}

impl Eq for JsonPath {}

impl fmt::Debug for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "JsonPath({:?})", self.to_string())
    }
}

/// Keys that look like names are written with a dot; anything else (layout keys from a
/// hand-written file can be any text) in brackets, quoted as JSON, so the path stays unambiguous.
fn is_plain_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (position, segment) in self.segments().into_iter().enumerate() {
            match segment {
                Segment::Index(index) => write!(f, "[{index}]")?,
                Segment::Key(key) if is_plain_key(key) => {
                    if position > 0 {
                        f.write_str(".")?;
                    }
                    f.write_str(key)?;
                }
                Segment::Key(key) => {
                    let quoted = serde_json::to_string(key).map_err(|_| fmt::Error)?;
                    write!(f, "[{quoted}]")?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_compare_by_their_segments() {
        let field = JsonPath::root().field("nodes").index(3).field("level");
        let key = JsonPath::root().key("nodes").index(3).key("level");
        assert_eq!(field, key);
        assert_ne!(field, JsonPath::root().key("nodes").index(4).key("level"));
        assert_ne!(field, JsonPath::root().key("nodes").index(3));
        assert!(JsonPath::root().is_root());
        assert!(!field.is_root());
        assert_eq!(format!("{field:?}"), "JsonPath(\"nodes[3].level\")");
    }

    #[test]
    fn paths_read_like_the_file() {
        let path = JsonPath::root()
            .key("nodes")
            .index(3)
            .key("indicators")
            .index(0)
            .key("level");
        assert_eq!(path.to_string(), "nodes[3].indicators[0].level");
        assert_eq!(JsonPath::root().to_string(), "");
        assert_eq!(
            JsonPath::root()
                .key("layout")
                .key("wijk \"Oost\"")
                .key("x")
                .to_string(),
            "layout[\"wijk \\\"Oost\\\"\"].x"
        );
    }
}
