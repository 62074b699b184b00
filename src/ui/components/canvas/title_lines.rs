/// Splits a title into at most `max_lines` lines of at most `width` characters at spaces; what
/// does not fit ends in an ellipsis. SVG text does not wrap by itself.
pub fn title_lines(title: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut words = title.split_whitespace().peekable();
    while let Some(word) = words.next() {
        let needed = if current.is_empty() { 0 } else { 1 } + word.chars().count();
        if current.chars().count() + needed <= width {
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        if lines.len() == max_lines {
            return with_ellipsis(lines, width);
        }
        current = word.chars().take(width).collect();
        if word.chars().count() > width && words.peek().is_none() {
            lines.push(std::mem::take(&mut current));
            return with_ellipsis(lines, width);
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        return with_ellipsis(lines, width);
    }
    lines
}

fn with_ellipsis(mut lines: Vec<String>, width: usize) -> Vec<String> {
    if let Some(last) = lines.last_mut() {
        let keep: String = last.chars().take(width.saturating_sub(1)).collect();
        *last = format!("{}…", keep.trim_end());
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::title_lines;

    #[test]
    fn short_titles_stay_on_one_line() {
        assert_eq!(title_lines("Minder armoede", 20, 2), vec!["Minder armoede"]);
        assert!(title_lines("   ", 20, 2).is_empty());
    }

    #[test]
    fn long_titles_wrap_and_end_in_an_ellipsis() {
        let lines = title_lines(
            "Minder kinderen groeien op in een huishouden met een laag inkomen",
            24,
            2,
        );
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0], "Minder kinderen groeien");
        assert!(lines[1].ends_with('…'));
        assert!(lines.iter().all(|l| l.chars().count() <= 24));
    }

    #[test]
    fn very_long_words_are_cut() {
        let lines = title_lines("Schuldhulpverleningsaanmeldingsformulieren", 10, 2);
        assert!(lines.iter().all(|l| l.chars().count() <= 10), "{lines:?}");
        assert!(lines.last().unwrap().ends_with('…'));
    }
}
