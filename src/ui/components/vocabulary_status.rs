use yew::prelude::*;

use crate::i18n::{vocabulary_in_use, VocabularyText};
use crate::matching::{is_word_char, push_lowercase, Vocabulary};
use crate::ui::download::download;
use crate::ui::hooks::use_lang;
use crate::ui::session::Session;
use crate::ui::state::{AppAction, Notice, TeamVocabulary, VocabularyChange};

#[derive(Properties, PartialEq)]
pub struct VocabularyStatusProps {
    pub session: Session,
}

/// Which synonyms the suggestions use (the shipped list, and the data team's if one is loaded),
/// with buttons to download the team's file again and to go back to the shipped list alone.
#[component]
pub fn VocabularyStatus(props: &VocabularyStatusProps) -> Html {
    let lang = use_lang();
    let state = &props.session.state;
    let shipped = Vocabulary::shipped().groups().len();
    let team = state.team_vocabulary.clone();
    let line = vocabulary_in_use(
        shipped,
        team.as_ref().map(|t| (t.title.as_str(), t.groups())),
        lang,
    );
    let actions = match team {
        Some(team) => {
            let remove = props
                .session
                .callback(|_: MouseEvent| AppAction::ChangeVocabulary(VocabularyChange::Removed));
            let session = props.session.clone();
            let offer = Callback::from(move |_: MouseEvent| {
                if let Err(detail) = offer_file(&team) {
                    session.dispatch(AppAction::Notify(Notice::SaveFailed(detail)));
                }
            });
            html! {
                <div class="rl-catalog__tools">
                    <button type="button" class="utrecht-button utrecht-button--subtle"
                        data-action="download-vocabulary" onclick={offer}>
                        { lang.tr(VocabularyText::Download) }
                    </button>
                    <button type="button" class="utrecht-button utrecht-button--subtle"
                        data-action="remove-vocabulary" onclick={remove}>
                        { lang.tr(VocabularyText::Remove) }
                    </button>
                </div>
            }
        }
        None => html! {
            <p class="rl-vocabulary__hint">{ lang.tr(VocabularyText::AddHint) }</p>
        },
    };
    html! {
        <div class="rl-vocabulary" data-testid="vocabulary-status">
            <p class="rl-vocabulary__line" data-testid="vocabulary-in-use">{ line }</p>
            { actions }
        </div>
    }
}

/// Offers the team's vocabulary file, named after its title.
fn offer_file(team: &TeamVocabulary) -> Result<(), String> {
    let text = team.file_text().map_err(|error| error.to_string())?;
    download(&file_name(&team.title), &text, "application/json")
}

/// "woorden-van-het-datateam.json": letters and digits of the title, the rest as single hyphens.
fn file_name(title: &str) -> String {
    // The crate's own character classes (`matching::case`), not the standard library's Unicode
    // tables, which the bundle does without.
    let mut lower = String::with_capacity(title.len());
    for c in title.chars() {
        push_lowercase(c, &mut lower);
    }
    let mut name = String::new();
    for c in lower.chars() {
        if is_word_char(c) {
            name.push(c);
        } else if !name.is_empty() && !name.ends_with('-') {
            name.push('-');
        }
        if name.chars().count() >= MAX_NAME_CHARS {
            break;
        }
    }
    let name = name.trim_end_matches('-');
    if name.is_empty() {
        "woordenlijst.json".to_owned()
    } else {
        format!("{name}.json")
    }
}

/// File names stay well inside what every file system takes.
const MAX_NAME_CHARS: usize = 80;

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn the_file_is_named_after_the_title() {
        assert_eq!(
            file_name("Woorden van het datateam Sociaal Domein"),
            "woorden-van-het-datateam-sociaal-domein.json"
        );
        assert_eq!(file_name("  Wmo / Jeugd!  "), "wmo-jeugd.json");
        assert_eq!(file_name("***"), "woordenlijst.json");
    }
}
