use std::fmt;
use std::str::FromStr;

/// Identity of a node within one reasoning line. Written as `n<number>` in files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NodeId(pub u32);

/// Identity of an edge within one reasoning line. Written as `e<number>` in files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EdgeId(pub u32);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("not an id of the form {prefix}<number>: {text:?}")]
pub struct ParseIdError {
    pub prefix: char,
    pub text: String,
}

fn parse_prefixed(text: &str, prefix: char) -> Result<u32, ParseIdError> {
    text.strip_prefix(prefix)
        .filter(|digits| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|digits| digits.parse().ok())
        .ok_or_else(|| ParseIdError {
            prefix,
            text: text.to_owned(),
        })
}

impl fmt::Display for NodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "n{}", self.0)
    }
}

impl fmt::Display for EdgeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "e{}", self.0)
    }
}

impl FromStr for NodeId {
    type Err = ParseIdError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        parse_prefixed(text, 'n').map(NodeId)
    }
}

impl FromStr for EdgeId {
    type Err = ParseIdError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        parse_prefixed(text, 'e').map(EdgeId)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_through_text() {
        assert_eq!("n7".parse::<NodeId>(), Ok(NodeId(7)));
        assert_eq!(NodeId(7).to_string(), "n7");
        assert_eq!("e0".parse::<EdgeId>(), Ok(EdgeId(0)));
        assert_eq!(EdgeId(12).to_string(), "e12");
    }

    #[test]
    fn malformed_ids_are_rejected() {
        for text in [
            "",
            "n",
            "7",
            "e7",
            "n-1",
            "n+1",
            "n 1",
            "n99999999999",
            "N1",
            "n1a",
        ] {
            assert!(text.parse::<NodeId>().is_err(), "{text:?} parsed");
        }
    }
}
