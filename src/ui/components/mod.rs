mod app_footer;
mod app_header;
mod canvas;
mod csv_import;
mod empty_state;
mod language_switch;
mod node_kinds;
mod notice_banner;
mod outline;
mod panel;
mod side_panel;
mod start_actions;
mod workspace;

pub use app_footer::AppFooter;
pub use app_header::AppHeader;
pub use notice_banner::NoticeBanner;
pub use side_panel::SidePanel;
pub use workspace::Workspace;
