//! A dataset as it is offered: title, what it is, why it was offered and what it lacks for the
//! need. Shared by the concept field's suggestions, the needs list and the review of links.

use yew::prelude::*;

use crate::analysis::{dataset_facts, reason_text, Gaps};
use crate::catalog::Dataset;
use crate::i18n::EditorText;
use crate::matching::Reason;
use crate::ui::hooks::use_lang;

#[derive(Properties, PartialEq)]
pub struct DatasetSummaryProps {
    pub dataset: Dataset,
    #[prop_or_default]
    pub reasons: Vec<Reason>,
    #[prop_or_default]
    pub gaps: Gaps,
}

#[component]
pub fn DatasetSummary(props: &DatasetSummaryProps) -> Html {
    let lang = use_lang();
    let reasons: Vec<String> = props.reasons.iter().map(|r| reason_text(r, lang)).collect();
    let gaps: Vec<String> = props.gaps.iter().map(|g| g.message(lang)).collect();
    html! {
        <span class="rl-suggestion">
            <span class="rl-suggestion__title">{ &props.dataset.title }</span>
            <span class="rl-suggestion__facts">{ dataset_facts(&props.dataset, lang) }</span>
            if !reasons.is_empty() {
                <span class="rl-suggestion__why">
                    { format!("{}: {}", lang.tr(EditorText::SuggestionWhy), reasons.join("; ")) }
                </span>
            }
            if !gaps.is_empty() {
                <span class="rl-suggestion__gaps">
                    { format!("{}: {}", lang.tr(EditorText::SuggestionLacks), gaps.join(" ")) }
                </span>
            }
        </span>
    }
}
