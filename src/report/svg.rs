//! The reasoning line as a standalone SVG drawing, with each node's data status and a legend, for
//! reports and presentations. Deterministic: the same line, layout and analysis give the same
//! file.

use std::fmt::Write as _;

use super::print::escape;
use crate::analysis::{Analysis, DataStatus};
use crate::i18n::Lang;
use crate::layout::geometry::{bounds, edge_path, Rect, NODE_HEIGHT, NODE_WIDTH};
use crate::layout::Layout;
use crate::model::{kind_name, NodeKind, ReasoningLine};
use crate::number;

const MARGIN: f64 = 24.0;
const TITLE_HEIGHT: f64 = 40.0;
const LEGEND_HEIGHT: f64 = 64.0;
/// Characters per line of a node title; longer titles wrap to a second line and are cut there.
const LINE_CHARS: usize = 30;

/// The drawing as an SVG document (every node of `layout` that the line has).
pub fn graph_svg(line: &ReasoningLine, layout: &Layout, analysis: &Analysis, lang: Lang) -> String {
    let area = bounds(layout).unwrap_or(Rect {
        x: 0.0,
        y: 0.0,
        width: 0.0,
        height: 0.0,
    });
    let width = (area.width + 2.0 * MARGIN).max(640.0);
    let height = area.height + 2.0 * MARGIN + TITLE_HEIGHT + LEGEND_HEIGHT;
    // Shift so the drawing starts below the title, whatever its own coordinates.
    let dx = MARGIN - area.x;
    let dy = MARGIN + TITLE_HEIGHT - area.y;
    let mut svg = String::new();
    let (w, h) = (n0(width), n0(height));
    let _ = write!(
        svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="Arial, sans-serif">
<style>.kind{{font-size:10px;font-weight:bold;fill:#4b4b4b}}.title{{font-size:13px;fill:#000}}.legend{{font-size:12px;fill:#000}}</style>
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L10 5L0 10z" fill="#555"/></marker></defs>
<rect width="100%" height="100%" fill="#fff"/>
<text x="{}" y="{}" font-size="18" font-weight="bold">{}</text>
"##,
        n0(MARGIN),
        n0(MARGIN + 12.0),
        escape(&line.title)
    );
    let _ = writeln!(svg, r#"<g transform="translate({} {})">"#, n1(dx), n1(dy));
    for edge in line.edges() {
        if let (Some(from), Some(to)) = (
            layout.positions.get(&edge.from),
            layout.positions.get(&edge.to),
        ) {
            let _ = writeln!(
                svg,
                r##"<path d="{}" fill="none" stroke="#555" stroke-width="1.5" marker-end="url(#arrow)"/>"##,
                edge_path(*from, *to)
            );
        }
    }
    for (&id, at) in &layout.positions {
        let Some(node) = line.node(id) else {
            continue;
        };
        let status = analysis
            .node_status
            .get(&id)
            .copied()
            .unwrap_or(DataStatus::NoNeeds);
        let (x, y) = (at.x, at.y);
        let (xs, ys, nw, nh) = (n1(x), n1(y), n0(NODE_WIDTH), n0(NODE_HEIGHT));
        let _ = writeln!(
            svg,
            r##"<g class="node" data-id="{id}"><rect x="{xs}" y="{ys}" width="{nw}" height="{nh}" rx="4" fill="#fff" stroke="#b3b3b3"/><rect x="{xs}" y="{ys}" width="6" height="{nh}" fill="{}"/>"##,
            kind_colour(node.kind)
        );
        let _ = writeln!(
            svg,
            r#"<text class="kind" x="{}" y="{}">{}</text>"#,
            n1(x + 14.0),
            n1(y + 16.0),
            escape(&kind_name(node.kind, lang).to_ascii_uppercase())
        );
        for (n, part) in wrap(&node.title).iter().enumerate() {
            let _ = writeln!(
                svg,
                r#"<text class="title" x="{}" y="{}">{}</text>"#,
                n1(x + 14.0),
                n1(y + 36.0 + 17.0 * n as f64),
                escape(part)
            );
        }
        let _ = writeln!(
            svg,
            r#"<circle cx="{}" cy="{}" r="8" fill="{}"><title>{}</title></circle></g>"#,
            n1(x + NODE_WIDTH - 14.0),
            n1(y + 14.0),
            status_colour(status),
            escape(status.label(lang))
        );
    }
    svg.push_str("</g>\n");
    legend(&mut svg, height - LEGEND_HEIGHT + 8.0, lang);
    svg.push_str("</svg>\n");
    svg
}

fn legend(svg: &mut String, top: f64, lang: Lang) {
    let mut x = MARGIN;
    for kind in [NodeKind::Goal, NodeKind::Outcome, NodeKind::Intervention] {
        let _ = writeln!(
            svg,
            r#"<rect x="{}" y="{}" width="12" height="12" fill="{}"/><text class="legend" x="{}" y="{}">{}</text>"#,
            n0(x),
            n0(top),
            kind_colour(kind),
            n0(x + 18.0),
            n0(top + 11.0),
            escape(kind_name(kind, lang))
        );
        x += 130.0;
    }
    let mut x = MARGIN;
    let top = top + 26.0;
    for status in [
        DataStatus::Covered,
        DataStatus::Partly,
        DataStatus::Missing,
        DataStatus::NoNeeds,
    ] {
        let _ = writeln!(
            svg,
            r#"<circle cx="{}" cy="{}" r="6" fill="{}"/><text class="legend" x="{}" y="{}">{}</text>"#,
            n0(x + 6.0),
            n0(top + 6.0),
            status_colour(status),
            n0(x + 18.0),
            n0(top + 11.0),
            escape(status.label(lang))
        );
        x += 180.0;
    }
}

// Coordinates through `number::fixed`, not `format!("{:.1}")`: the bundle leaves out core's
// float formatter (see `src/number.rs`).
fn n0(value: f64) -> String {
    number::fixed(value, 0)
}

fn n1(value: f64) -> String {
    number::fixed(value, 1)
}

/// The colours of the app's design tokens (`styles/tokens.css`).
fn kind_colour(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::Goal => "#1c4181",
        NodeKind::Outcome => "#0f7d6b",
        NodeKind::Intervention => "#a34f00",
    }
}

fn status_colour(status: DataStatus) -> &'static str {
    match status {
        DataStatus::Covered => "#2f7d1f",
        DataStatus::Partly => "#a35d00",
        DataStatus::ToLink => "#5a3e9b",
        DataStatus::Missing => "#b00020",
        DataStatus::NoNeeds => "#6b6b6b",
    }
}

/// A title in at most two lines of `LINE_CHARS`, broken at spaces, the rest cut with "…".
fn wrap(title: &str) -> Vec<String> {
    let mut lines: Vec<String> = vec![String::new()];
    for word in title.split_whitespace() {
        let current = lines.last().map_or(0, |l| l.chars().count());
        if current > 0 && current + 1 + word.chars().count() > LINE_CHARS {
            if lines.len() == 2 {
                if let Some(last) = lines.last_mut() {
                    last.push('…');
                }
                return lines;
            }
            lines.push(String::new());
        }
        if let Some(last) = lines.last_mut() {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(word);
        }
    }
    lines
}
