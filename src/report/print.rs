//! Reports as a page to print: one standalone HTML document with its own print styles (A4), so
//! it opens and prints from any browser, without the app and without a network. Every text comes
//! from officers' files (titles, owners, notes) and is escaped: a node title may hold `<script>`.

use std::fmt::Write as _;

use super::section::ReportSection;
use super::RequestLine;
use crate::i18n::{Lang, ReportText};

/// What a printable report shows, top to bottom.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PrintPage<'a> {
    pub title: String,
    /// What the report is for, in one or two sentences.
    pub intro: String,
    /// Label and value pairs under the title: which reasoning line, which dataset list, when.
    pub facts: Vec<(String, String)>,
    pub sections: Vec<ReportSection>,
    /// A drawing shown before the tables. It is inserted as it is, so it must be made by the app
    /// (`graph_svg`), never taken from a file.
    pub figure: Option<&'a str>,
    /// A4 landscape instead of portrait (for a wide drawing).
    pub landscape: bool,
}

const STYLE: &str = "*{box-sizing:border-box}\
body{font-family:Arial,Helvetica,sans-serif;font-size:10pt;line-height:1.35;color:#000;background:#fff;margin:0 auto;max-width:190mm;padding:8mm 4mm}\
h1{font-size:18pt;margin:0 0 4pt}\
h2{font-size:13pt;margin:14pt 0 4pt;break-after:avoid;page-break-after:avoid}\
p{margin:0 0 6pt}\
dl{display:grid;grid-template-columns:max-content 1fr;gap:1pt 8pt;margin:6pt 0 10pt}\
dt{font-weight:bold}dd{margin:0}\
table{width:100%;border-collapse:collapse;margin:4pt 0 10pt;font-size:9pt}\
thead{display:table-header-group}\
th,td{border:.5pt solid #8c8c8c;padding:3pt 4pt;text-align:left;vertical-align:top;overflow-wrap:break-word;hyphens:auto}\
thead th{background:#e6e6e6;-webkit-print-color-adjust:exact;print-color-adjust:exact}\
tr{break-inside:avoid;page-break-inside:avoid}\
figure{margin:0 0 10pt}figure svg{max-width:100%;height:auto}\
footer{margin-top:12pt;border-top:.5pt solid #8c8c8c;padding-top:4pt;font-size:8pt;color:#333}\
@media print{body{max-width:none;padding:0}}";

/// The report as a complete HTML document in `lang`. Deterministic: the same page gives the same
/// text.
pub fn print_html(page: &PrintPage<'_>, lang: Lang) -> String {
    let orientation = if page.landscape { " landscape" } else { "" };
    let mut html = String::with_capacity(4096);
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>@page{{size:A4{orientation};margin:14mm 12mm}}{STYLE}</style>\n\
         </head>\n<body>\n<header>\n<h1>{}</h1>\n",
        lang.code(),
        escape(&page.title),
        escape(&page.title),
    );
    if !page.intro.is_empty() {
        let _ = writeln!(html, "<p>{}</p>", escape(&page.intro));
    }
    if !page.facts.is_empty() {
        html.push_str("<dl>\n");
        for (label, value) in &page.facts {
            let _ = writeln!(html, "<dt>{}</dt><dd>{}</dd>", escape(label), escape(value));
        }
        html.push_str("</dl>\n");
    }
    html.push_str("</header>\n<main>\n");
    if let Some(svg) = page.figure {
        let _ = writeln!(html, "<figure>{svg}</figure>");
    }
    for section in &page.sections {
        write_section(&mut html, section, lang);
    }
    let _ = write!(
        html,
        "</main>\n<footer>{}</footer>\n</body>\n</html>\n",
        escape(ReportText::MadeWith.text(lang))
    );
    html
}

fn write_section(html: &mut String, section: &ReportSection, lang: Lang) {
    html.push_str("<section>\n");
    if !section.heading.is_empty() {
        let _ = writeln!(html, "<h2>{}</h2>", escape(&section.heading));
    }
    let mut rows = section.rows.iter();
    let header = rows.next();
    if rows.len() == 0 {
        let _ = writeln!(html, "<p>{}</p>", escape(ReportText::Nothing.text(lang)));
        html.push_str("</section>\n");
        return;
    }
    html.push_str("<table>\n");
    if let Some(header) = header {
        html.push_str("<thead><tr>");
        for cell in header {
            let _ = write!(html, "<th scope=\"col\">{}</th>", escape(cell));
        }
        html.push_str("</tr></thead>\n");
    }
    html.push_str("<tbody>\n");
    for row in rows {
        html.push_str("<tr>");
        for cell in row {
            let _ = write!(html, "<td>{}</td>", escape(cell));
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody>\n</table>\n</section>\n");
}

/// The data request as one table per supplier (suppliers not known yet last), so each part can
/// go to whoever must answer it.
pub fn request_sections(lines: &[RequestLine], lang: Lang) -> Vec<ReportSection> {
    let rows = super::data_request_rows(lines, lang);
    let mut rows = rows.into_iter();
    let header: Vec<String> = rows
        .next()
        .map(|h| h.into_iter().skip(1).collect())
        .unwrap_or_default();
    let mut sections: Vec<ReportSection> = Vec::new();
    for row in rows {
        let mut cells = row.into_iter();
        let supplier = cells.next().unwrap_or_default();
        let cells: Vec<String> = cells.collect();
        match sections.last_mut() {
            Some(section) if section.heading == supplier => section.rows.push(cells),
            _ => sections.push(ReportSection {
                heading: supplier,
                rows: vec![header.clone(), cells],
            }),
        }
    }
    sections
}

/// Text as HTML content or attribute value.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(sections: Vec<ReportSection>) -> PrintPage<'static> {
        PrintPage {
            title: "Datavraag <Armoede>".to_owned(),
            intro: "Wat ontbreekt".to_owned(),
            facts: vec![(
                "Redeneerlijn".to_owned(),
                "Kansrijk opgroeien & meedoen".to_owned(),
            )],
            sections,
            figure: None,
            landscape: false,
        }
    }

    #[test]
    fn text_from_files_is_escaped() {
        let section = ReportSection {
            heading: "<script>alert(1)</script>".to_owned(),
            rows: vec![
                vec!["titel".to_owned()],
                vec!["<img src=x onerror=alert(1)>".to_owned()],
            ],
        };
        let html = print_html(&page(vec![section]), Lang::Nl);
        assert!(!html.contains("<script>"));
        assert!(!html.contains("<img"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("<title>Datavraag &lt;Armoede&gt;</title>"));
        assert!(html.contains("<dd>Kansrijk opgroeien &amp; meedoen</dd>"));
    }

    #[test]
    fn a4_in_the_orientation_asked_and_the_language_of_the_page() {
        let portrait = print_html(&page(Vec::new()), Lang::Nl);
        assert!(portrait.contains("@page{size:A4;"));
        assert!(portrait.contains("<html lang=\"nl\">"));
        let mut wide = page(Vec::new());
        wide.landscape = true;
        let landscape = print_html(&wide, Lang::En);
        assert!(landscape.contains("@page{size:A4 landscape;"));
        assert!(landscape.contains("<html lang=\"en\">"));
        assert!(landscape.contains("no data was sent anywhere"));
    }

    #[test]
    fn an_empty_table_says_so_instead_of_printing_headers_only() {
        let section = ReportSection {
            heading: "Ongebruikte data".to_owned(),
            rows: vec![vec!["id".to_owned(), "titel".to_owned()]],
        };
        let html = print_html(&page(vec![section]), Lang::Nl);
        assert!(html.contains("<h2>Ongebruikte data</h2>\n<p>Niets te melden.</p>"));
        assert!(!html.contains("<table>"));
    }

    #[test]
    fn headers_are_column_headers_and_rows_follow_in_order() {
        let section = ReportSection {
            heading: String::new(),
            rows: vec![
                vec!["a".to_owned(), "b".to_owned()],
                vec!["1".to_owned(), "2".to_owned()],
                vec!["3".to_owned(), "4".to_owned()],
            ],
        };
        let html = print_html(&page(vec![section]), Lang::Nl);
        assert!(html
            .contains("<thead><tr><th scope=\"col\">a</th><th scope=\"col\">b</th></tr></thead>"));
        assert!(html.contains("<tr><td>1</td><td>2</td></tr>\n<tr><td>3</td><td>4</td></tr>"));
    }
}
