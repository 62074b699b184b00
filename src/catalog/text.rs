//! A dataset's concepts as officers type them in one text box: one concept per line, other names
//! for it after a `|` on the same line (`Aantal inwoners | AantalInwoners_5`).

use super::Variable;

/// Reads the text box: empty lines and empty names are skipped, spaces around names trimmed, a
/// concept given twice is kept once (its aliases merged), in the order typed.
pub fn variables_from_text(text: &str) -> Vec<Variable> {
    let mut variables: Vec<Variable> = Vec::new();
    for line in text.lines() {
        let mut names = line.split('|').map(str::trim).filter(|n| !n.is_empty());
        let Some(concept) = names.next() else {
            continue;
        };
        let at = match variables.iter().position(|v| v.concept == concept) {
            Some(at) => at,
            None => {
                variables.push(Variable {
                    concept: concept.to_owned(),
                    aliases: Vec::new(),
                });
                variables.len() - 1
            }
        };
        if let Some(variable) = variables.get_mut(at) {
            for alias in names {
                if alias != variable.concept && !variable.aliases.iter().any(|a| a == alias) {
                    variable.aliases.push(alias.to_owned());
                }
            }
        }
    }
    variables
}

/// Writes the text box that `variables_from_text` reads back to the same variables.
pub fn variables_text(variables: &[Variable]) -> String {
    let lines: Vec<String> = variables
        .iter()
        .map(|v| {
            std::iter::once(v.concept.as_str())
                .chain(v.aliases.iter().map(String::as_str))
                .collect::<Vec<_>>()
                .join(" | ")
        })
        .collect();
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn variable(concept: &str, aliases: &[&str]) -> Variable {
        Variable {
            concept: concept.to_owned(),
            aliases: aliases.iter().map(|a| (*a).to_owned()).collect(),
        }
    }

    #[test]
    fn lines_are_concepts_and_bars_separate_their_other_names() {
        let typed = "Aantal inwoners | AantalInwoners_5\n\n  Huishoudens met kinderen|HuishoudensMetKinderen_32 |\n| \nAantal inwoners | Inwoners";
        assert_eq!(
            variables_from_text(typed),
            vec![
                variable("Aantal inwoners", &["AantalInwoners_5", "Inwoners"]),
                variable("Huishoudens met kinderen", &["HuishoudensMetKinderen_32"]),
            ]
        );
    }

    #[test]
    fn what_is_written_reads_back_the_same() {
        let variables = vec![
            variable("Wmo-cliënten", &["WmoClienten_100"]),
            variable("Gebruik kindpakket", &[]),
        ];
        let text = variables_text(&variables);
        assert_eq!(text, "Wmo-cliënten | WmoClienten_100\nGebruik kindpakket");
        assert_eq!(variables_from_text(&text), variables);
    }
}
