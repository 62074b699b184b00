//! Where in a file something is, written the way a reader finds it: `nodes[3].indicators[0].level`.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
enum Segment {
    Key(String),
    Index(usize),
}

/// A location in a JSON document. The root (the whole file) is the empty path.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct JsonPath(Vec<Segment>);

impl JsonPath {
    pub fn root() -> JsonPath {
        JsonPath::default()
    }

    pub fn is_root(&self) -> bool {
        self.0.is_empty()
    }

    pub fn key(&self, key: &str) -> JsonPath {
        let mut segments = self.0.clone();
        segments.push(Segment::Key(key.to_owned()));
        JsonPath(segments)
    }

    pub fn index(&self, index: usize) -> JsonPath {
        let mut segments = self.0.clone();
        segments.push(Segment::Index(index));
        JsonPath(segments)
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
        for (position, segment) in self.0.iter().enumerate() {
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
