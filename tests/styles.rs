//! The stylesheets parse: a brace left open (as a merge once left one) silently drops every rule
//! after it in the browser, with no error anywhere.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

/// Every `{` with its line and the selector (or at-rule) before it.
fn blocks(text: &str, name: &str) -> Vec<(usize, String)> {
    let mut open: Vec<(usize, String)> = Vec::new();
    let mut seen = Vec::new();
    let mut selector = String::new();
    let mut line = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => {
                line += 1;
                selector.push(' ');
            }
            '/' if chars.peek() == Some(&'*') => {
                // Skip the comment.
                let mut last = ' ';
                for c in chars.by_ref() {
                    if c == '\n' {
                        line += 1;
                    }
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
            }
            '{' => {
                let here = selector.trim().to_owned();
                if let Some((outer_line, outer)) = open.last() {
                    assert!(
                        outer.starts_with('@'),
                        "{name}:{line}: `{here}` opens inside the rule `{outer}` of line {outer_line}: a `}}` is missing"
                    );
                }
                open.push((line, here.clone()));
                seen.push((line, here));
                selector.clear();
            }
            '}' => {
                assert!(open.pop().is_some(), "{name}:{line}: `}}` closes nothing");
                selector.clear();
            }
            ';' => selector.clear(),
            c => selector.push(c),
        }
    }
    assert!(open.is_empty(), "{name}: blocks {open:?} are never closed");
    seen
}

#[test]
fn every_block_in_the_stylesheets_is_closed() {
    for name in ["styles/app.css", "styles/tokens.css"] {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(name);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!blocks(&text, name).is_empty());
    }
}

#[test]
fn a_missing_brace_is_found() {
    let broken = ".a {\n  color: red;\n.b {\n  color: blue;\n}\n";
    let result = std::panic::catch_unwind(|| blocks(broken, "broken.css"));
    assert!(result.is_err());
}
