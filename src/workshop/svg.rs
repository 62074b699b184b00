//! The reveal of an estimate question as a standalone SVG strip plot: one dot per estimate on a
//! number line, a line at the real value and a diamond at the median. Pure and deterministic;
//! accessible (`<title>`, `<desc>`, `role="img"`); colours come from classes, never from inline
//! style attributes, so the app's stylesheet or the embedded `<style>` decides them.

use std::fmt::Write as _;

use super::summary::EstimateLine;
use super::text::{misjudgement_text, show_number, with_unit};
use crate::i18n::{Lang, WorkshopText};
use crate::number;
use crate::report::escape;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 150.0;
const LEFT: f64 = 40.0;
const RIGHT: f64 = 40.0;
/// The number line; dots stack upwards from just above it.
const AXIS_Y: f64 = 110.0;
const DOT_RADIUS: f64 = 5.0;

/// Colours by class, matching the app's design tokens (`styles/tokens.css`).
const STYLE: &str =
    ".plot-axis{stroke:#4b4b4b;stroke-width:1}.plot-tick{font-size:11px;fill:#4b4b4b}\
.plot-estimate{fill:#1c4181;fill-opacity:.75}.plot-real{stroke:#b00020;stroke-width:2}\
.plot-real-label{font-size:12px;fill:#b00020;font-weight:bold}.plot-median{fill:#a34f00}\
.plot-median-label{font-size:12px;fill:#a34f00}.plot-empty{font-size:13px;fill:#4b4b4b}";

/// The strip plot of one estimate question, with its colours, for a file or a printed page.
/// Element ids carry the question id, so several plots can sit in one HTML page.
pub fn estimate_plot_svg(line: &EstimateLine, lang: Lang) -> String {
    plot(line, lang, true)
}

/// The same plot without its `<style>` element, for the app: its Content-Security-Policy allows
/// no inline styles, and `styles/app.css` colours the classes instead.
pub fn estimate_plot_svg_unstyled(line: &EstimateLine, lang: Lang) -> String {
    plot(line, lang, false)
}

fn plot(line: &EstimateLine, lang: Lang, styled: bool) -> String {
    let reveal = &line.reveal;
    let id = line.question.to_string();
    let mut svg = String::new();
    let (w, h) = (n0(WIDTH), n0(HEIGHT));
    let _ = writeln!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" class="estimate-plot" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="img" aria-labelledby="plot-{id}-title plot-{id}-desc" font-family="Arial, sans-serif">"#
    );
    let _ = writeln!(
        svg,
        r#"<title id="plot-{id}-title">{}</title>"#,
        escape(&line.text)
    );
    let _ = writeln!(
        svg,
        r#"<desc id="plot-{id}-desc">{}</desc>"#,
        escape(&description(line, lang))
    );
    if styled {
        let _ = writeln!(svg, "<style>{STYLE}</style>");
    }
    let scale = Scale::new(&reveal.estimates, reveal.real, reveal.median);
    let (x1, x2) = (n1(LEFT), n1(WIDTH - RIGHT));
    let axis = n1(AXIS_Y);
    let _ = writeln!(
        svg,
        r#"<line class="plot-axis" x1="{x1}" y1="{axis}" x2="{x2}" y2="{axis}"/>"#
    );
    let ticks = n1(AXIS_Y + 18.0);
    let _ = writeln!(
        svg,
        r#"<text class="plot-tick" x="{x1}" y="{ticks}" text-anchor="start">{}</text><text class="plot-tick" x="{x2}" y="{ticks}" text-anchor="end">{}</text>"#,
        escape(&show_number(scale.low, lang)),
        escape(&show_number(scale.high, lang))
    );
    let mut placed: Vec<(f64, f64)> = Vec::with_capacity(reveal.estimates.len());
    for &value in &reveal.estimates {
        let x = scale.x(value);
        // Dots that would overlap stack upwards, so every participant stays visible.
        let stacked = placed
            .iter()
            .filter(|(other, _)| (other - x).abs() < 2.0 * DOT_RADIUS)
            .count();
        let y =
            (AXIS_Y - DOT_RADIUS - 2.0 - 2.0 * DOT_RADIUS * stacked as f64).max(DOT_RADIUS + 30.0);
        placed.push((x, y));
        let _ = writeln!(
            svg,
            r#"<circle class="plot-estimate" cx="{}" cy="{}" r="{}"><title>{}</title></circle>"#,
            n1(x),
            n1(y),
            n0(DOT_RADIUS),
            escape(&with_unit(value, &line.unit, lang))
        );
    }
    let real = n1(scale.x(reveal.real));
    let _ = writeln!(
        svg,
        r#"<line class="plot-real" x1="{real}" y1="24" x2="{real}" y2="{}"/><text class="plot-real-label" x="{real}" y="18" text-anchor="middle">{}: {}</text>"#,
        n1(AXIS_Y + 4.0),
        escape(lang.tr(WorkshopText::RealValue)),
        escape(&with_unit(reveal.real, &line.unit, lang))
    );
    match reveal.median {
        Some(median) => {
            let (x, y) = (scale.x(median), AXIS_Y + 30.0);
            let _ = writeln!(
                svg,
                r#"<path class="plot-median" d="M{} {}L{} {}L{} {}L{} {}Z"><title>{}: {}</title></path>"#,
                n1(x),
                n1(y - 7.0),
                n1(x + 7.0),
                n1(y),
                n1(x),
                n1(y + 7.0),
                n1(x - 7.0),
                n1(y),
                escape(lang.tr(WorkshopText::Median)),
                escape(&with_unit(median, &line.unit, lang))
            );
        }
        None => {
            let _ = writeln!(
                svg,
                r#"<text class="plot-empty" x="{}" y="{}" text-anchor="middle">{}</text>"#,
                n1(WIDTH / 2.0),
                n1(AXIS_Y - 30.0),
                escape(lang.tr(WorkshopText::NoAnswers))
            );
        }
    }
    svg.push_str("</svg>\n");
    svg
}

/// What the plot shows, in words, for screen readers and the page's text.
fn description(line: &EstimateLine, lang: Lang) -> String {
    let reveal = &line.reveal;
    let mut text = format!(
        "{} {}: {}. {}: {}.",
        lang.tr(WorkshopText::PlotDesc),
        lang.tr(WorkshopText::RealValue),
        with_unit(reveal.real, &line.unit, lang),
        lang.tr(WorkshopText::Answers),
        reveal.estimates.len()
    );
    if let Some(median) = reveal.median {
        let _ = write!(
            text,
            " {}: {} ({}).",
            lang.tr(WorkshopText::Median),
            with_unit(median, &line.unit, lang),
            misjudgement_text(reveal.misjudgement.as_ref(), lang)
        );
    }
    text
}

/// Maps values to x positions. Works on halves so that even values near `f64::MAX` on both
/// sides give a finite span.
struct Scale {
    low: f64,
    high: f64,
}

impl Scale {
    fn new(estimates: &[f64], real: f64, median: Option<f64>) -> Scale {
        let values = estimates.iter().copied().chain([real]).chain(median);
        let finite = values.filter(|v| v.is_finite());
        let (low, high) = finite.fold((real, real), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let (low, high) = if low.is_finite() && high.is_finite() {
            (low, high)
        } else {
            (0.0, 0.0)
        };
        let half_span = high / 2.0 - low / 2.0;
        let pad = if half_span > 0.0 {
            half_span * 0.1
        } else {
            (low.abs() / 2.0).max(0.5)
        };
        Scale {
            low: (low - pad).max(f64::MIN),
            high: (high + pad).min(f64::MAX),
        }
    }

    fn x(&self, value: f64) -> f64 {
        let half_span = self.high / 2.0 - self.low / 2.0;
        let share = if half_span > 0.0 {
            ((value / 2.0 - self.low / 2.0) / half_span).clamp(0.0, 1.0)
        } else {
            0.5
        };
        let share = if share.is_finite() { share } else { 0.5 };
        LEFT + share * (WIDTH - LEFT - RIGHT)
    }
}

fn n0(value: f64) -> String {
    number::fixed(value, 0)
}

fn n1(value: f64) -> String {
    number::fixed(value, 1)
}
